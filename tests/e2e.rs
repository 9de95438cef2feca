//! End to end: the real binary in a pseudo-terminal, driven by keys as a user drives it,
//! checked on the screen it draws, the store it writes and the terminal it leaves behind.

#[path = "support/app.rs"]
mod app;
#[path = "support/pty.rs"]
mod pty;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use app::assert_restored;
use portable_pty::CommandBuilder;
use pty::{ENTER_ALT_SCREEN, PATIENCE, Pty, contains};
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2014-05-16";

/// One run of `jalons` on a store in its own temporary folder, with its own home.
struct Jalons {
    pty: Pty,
    store: PathBuf,
    _dir: TempDir,
}

impl Jalons {
    /// Starts the interface on a fresh folder (no store yet).
    fn spawn(cols: u16, rows: u16) -> Self {
        Self::spawn_in(TempDir::new().expect("temp dir"), cols, rows)
    }

    fn spawn_in(dir: TempDir, cols: u16, rows: u16) -> Self {
        let store = dir.path().join("roadmap.json");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).expect("home dir");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
        cmd.arg("--store");
        cmd.arg(&store);
        cmd.args(["--today", TODAY, "--lang", "fr"]);
        cmd.cwd(dir.path());
        cmd.env("HOME", &home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUST_BACKTRACE", "0");
        for var in [
            "JALONS_STORE",
            "JALONS_TODAY",
            "JALONS_LANG",
            "COLUMNS",
            "LINES",
        ] {
            cmd.env_remove(var);
        }
        Self {
            pty: Pty::spawn(cmd, cols, rows),
            store,
            _dir: dir,
        }
    }

    /// Starts the interface and waits for the roadmap.
    fn start(cols: u16, rows: u16) -> Self {
        let mut app = Self::spawn(cols, rows);
        app.wait_for_roadmap();
        app
    }

    fn wait_for_roadmap(&mut self) {
        self.pty.wait_for_text(&["Horizons", "100 premiers jours"]);
    }

    fn store_json(&self) -> Value {
        let text = std::fs::read_to_string(&self.store).expect("read the store");
        serde_json::from_str(&text).expect("the store is JSON")
    }

    /// Quits with `q` and expects a clean exit.
    fn quit(&mut self) {
        self.pty.send(b"q");
        let status = self.pty.wait_exit(PATIENCE);
        assert!(status.success(), "exit status {status:?}");
        self.assert_no_panic();
    }

    fn assert_alive(&mut self) {
        assert!(
            self.pty.try_status().is_none(),
            "exited: {:?}",
            self.pty.try_status()
        );
        self.assert_no_panic();
    }

    fn assert_no_panic(&self) {
        assert!(
            !contains(&self.pty.raw(), b"panicked"),
            "the program panicked"
        );
    }
}

/// The actions whose status is done on `day`, as (id, title).
fn done_on(store: &Value, day: &str) -> Vec<(String, String)> {
    let expected = serde_json::json!({"state": "done", "on": day});
    store["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["status"] == expected)
        .map(|a| {
            let field = |k: &str| a[k].as_str().unwrap_or_default().to_owned();
            (field("id"), field("title"))
        })
        .collect()
}

#[test]
fn drill_tick_quit_saves() {
    let mut app = Jalons::spawn(100, 30);
    assert!(!app.store.exists());
    app.wait_for_roadmap();
    app.pty.wait_for_text(&["Première ouverture"]);
    assert!(
        done_on(&app.store_json(), TODAY).is_empty(),
        "done today before any key"
    );

    for key in [b"l", b"j", b"l"] {
        app.pty.send(key);
    }
    let (column, row) = app
        .pty
        .wait_for("the Actions column focused", PATIENCE, |screen, _| {
            pty::focused_row(screen).filter(|(column, _)| column == "Actions")
        });
    assert_eq!(column, "Actions");
    // "○ Title…": the status glyph, then the title, cut at the column's edge.
    let (_glyph, shown) = row.split_once(' ').expect("a glyph and a title");
    let shown = shown.trim().trim_end_matches('…').to_owned();
    assert!(!shown.is_empty(), "no title on the focused row {row:?}");

    app.pty.send(b" ");
    app.pty.wait_for_text(&["Enregistré"]);
    app.quit();

    let done = done_on(&app.store_json(), TODAY);
    assert_eq!(done.len(), 1, "actions done on {TODAY}: {done:?}");
    let (id, title) = &done[0];
    assert!(
        title.starts_with(&shown),
        "{id} {title:?} was ticked, but the focused row read {shown:?}"
    );
    assert_restored(&app.pty.raw());
}

#[test]
fn unreadable_store_is_refused_before_the_terminal() {
    let dir = TempDir::new().expect("temp dir");
    let store = dir.path().join("roadmap.json");
    let truncated = br#"{"schema_version": 1, "title": "#;
    std::fs::write(&store, truncated).expect("write the store");

    let mut app = Jalons::spawn_in(dir, 100, 30);
    let status = app.pty.wait_exit(PATIENCE);
    assert!(!status.success(), "exit status {status:?}");
    let raw = app.pty.raw();
    assert!(
        !contains(&raw, ENTER_ALT_SCREEN),
        "switched to the alternate screen"
    );
    // Joined, in case the message wrapped at the terminal's edge.
    let shown = app.pty.screen().replace('\n', "");
    let at = format!("{}:1:", path_text(&store));
    assert!(shown.contains(&at), "no {at:?} in the message");
    assert_eq!(std::fs::read(&store).expect("read the store"), truncated);
    app.assert_no_panic();
}

fn path_text(path: &Path) -> String {
    path.display().to_string()
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut app = Jalons::start(100, 30);
    let pid = app.pty.pid().to_string();
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("run kill");
    assert!(kill.success());
    let sent = Instant::now();
    let status = app.pty.wait_exit(Duration::from_secs(2));
    eprintln!("exited {:?} after SIGTERM: {status:?}", sent.elapsed());
    assert_eq!(
        status.signal(),
        None,
        "killed by the signal, not stopped by it"
    );
    assert_eq!(status.exit_code(), 128 + 15, "ended by a signal: not 0");
    assert_restored(&app.pty.raw());
    app.assert_no_panic();
}

#[test]
fn tiny_terminal_does_not_panic() {
    for (cols, rows) in [(10, 3), (1, 1)] {
        let mut app = Jalons::spawn(cols, rows);
        app.pty.wait_for_frame(0);
        // Keys make it draw again at that size.
        let frames = app.pty.frames();
        app.pty.send(b"j");
        app.pty.wait_for_frame(frames);
        app.assert_alive();
        app.quit();
    }

    let mut app = Jalons::start(80, 24);
    // The whole first frame, not only its top: what is still in flight at a resize would
    // be parsed at the new size.
    app.pty.wait_for_frame(0);
    for (cols, rows) in [(1, 1), (30, 8)] {
        let frames = app.pty.frames();
        app.pty.resize(cols, rows);
        app.pty.wait_for_frame(frames);
        app.assert_alive();
    }
    app.pty.resize(80, 24);
    app.pty
        .wait_for_text(&["Horizons", "Objectifs", "100 premiers jours"]);
    app.assert_alive();
    app.quit();
}

#[test]
fn a_checklist_item_ticked_on_the_trips_screen_is_saved() {
    let mut app = Jalons::start(100, 30);
    app.pty.send(b"3");
    app.pty.wait_for_text(&["[3 Déplacements", "Check-list"]);
    app.pty.send(b"l");
    let (column, row) = app
        .pty
        .wait_for("a checklist item selected", PATIENCE, |screen, _| {
            pty::focused_row(screen)
                .filter(|(column, row)| column != "Déplacements" && row.starts_with('○'))
        });
    assert!(
        !column.is_empty(),
        "the trip's detail is titled by the trip"
    );
    app.pty.send(b" ");
    app.pty.wait_for_text(&["Enregistré"]);
    app.quit();

    let store = app.store_json();
    let done: Vec<(String, String)> = store["trips"]
        .as_array()
        .expect("trips")
        .iter()
        .flat_map(|trip| {
            let trip_id = trip["id"].as_str().unwrap_or_default().to_owned();
            trip["checklist"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|item| item["done_on"] == TODAY)
                .map(move |item| {
                    (
                        trip_id.clone(),
                        item["label"].as_str().unwrap_or_default().to_owned(),
                    )
                })
        })
        .collect();
    assert_eq!(done.len(), 1, "items done on {TODAY}: {done:?}");
    let (trip, label) = &done[0];
    // The first trip shown (the roadmap's trips have no dates: plan order) is Madrid.
    assert_eq!(trip, "madrid");
    let shown = row.trim_start_matches('○').trim().trim_end_matches('…');
    assert!(
        label.starts_with(shown),
        "{label:?} was ticked, but the row read {row:?}"
    );
}
