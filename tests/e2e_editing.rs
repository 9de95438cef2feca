//! End to end, editing: the real binary in a pseudo-terminal, an action added through its
//! form, edited, the edit undone, the action found again by searching, the store checked after
//! quitting; and a mouse click on a tab.

#[path = "support/pty.rs"]
mod pty;

use std::path::PathBuf;

use portable_pty::CommandBuilder;
use pty::{PATIENCE, Pty};
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2014-05-16";
const ENTER: &[u8] = b"\r";
const TAB: &[u8] = b"\t";
/// Ctrl-u: clears the field (tui-input's "delete line").
const CLEAR_LINE: &[u8] = b"\x15";

struct Jalons {
    pty: Pty,
    store: PathBuf,
    _dir: TempDir,
}

impl Jalons {
    /// Starts the interface on a fresh folder and waits for the roadmap.
    fn start(cols: u16, rows: u16) -> Self {
        let dir = TempDir::new().expect("temp dir");
        let store = dir.path().join("roadmap.json");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).expect("home dir");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
        cmd.arg("--store");
        cmd.arg(&store);
        cmd.args(["--today", TODAY, "--lang", "fr"]);
        cmd.cwd(dir.path());
        cmd.env("HOME", &home);
        cmd.env("XDG_CONFIG_HOME", home.join(".config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUST_BACKTRACE", "0");
        for var in [
            "JALONS_STORE",
            "JALONS_TODAY",
            "JALONS_LANG",
            "JALONS_CONFIG",
            "COLUMNS",
            "LINES",
        ] {
            cmd.env_remove(var);
        }
        let mut app = Self {
            pty: Pty::spawn(cmd, cols, rows),
            store,
            _dir: dir,
        };
        app.pty.wait_for_text(&["Horizons", "100 premiers jours"]);
        app
    }

    fn store_json(&self) -> Value {
        let text = std::fs::read_to_string(&self.store).expect("read the store");
        serde_json::from_str(&text).expect("the store is JSON")
    }

    /// Sends keys, then waits until the screen shows every one of `texts`.
    fn keys_then(&mut self, keys: &[u8], texts: &[&str]) {
        self.pty.send(keys);
        self.pty.wait_for_text(texts);
    }

    /// The last line but one: the status bar.
    fn wait_status(&mut self, what: &str) -> String {
        self.pty.wait_for(
            &format!("{what:?} in the status bar"),
            PATIENCE,
            |screen, _| {
                let (rows, cols) = screen.size();
                let status = screen.rows(0, cols).nth(usize::from(rows) - 2)?;
                status.contains(what).then_some(status)
            },
        )
    }

    /// Waits for the status bar to say that a change naming `what` is on disk: the change
    /// is drawn at once, "Enregistré" comes once the save is done.
    fn wait_saved(&mut self, what: &str) -> String {
        self.pty.wait_for(
            &format!("{what:?} saved in the status bar"),
            PATIENCE,
            |screen, _| {
                let (rows, cols) = screen.size();
                let status = screen.rows(0, cols).nth(usize::from(rows) - 2)?;
                (status.contains(what) && status.contains("Enregistré")).then_some(status)
            },
        )
    }

    fn quit(&mut self) {
        self.pty.send(b"q");
        let status = self.pty.wait_exit(PATIENCE);
        assert!(status.success(), "exit status {status:?}");
        assert!(
            !pty::contains(&self.pty.raw(), b"panicked"),
            "the program panicked"
        );
    }
}

fn actions_titled<'a>(store: &'a Value, title: &str) -> Vec<&'a Value> {
    store["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["title"] == title)
        .collect()
}

#[test]
fn add_edit_undo_search_quit_keeps_the_first_title() {
    const FIRST: &str = "Recevoir la maire de Lisbonne";
    const SECOND: &str = "Recevoir le maire de Porto";
    let mut app = Jalons::start(100, 30);

    // To the actions column, then a new action: title, owner by a few letters, Enter.
    app.keys_then(b"ll", &["Détail"]);
    app.keys_then(b"a", &["Nouvelle action"]);
    app.pty.send(FIRST.as_bytes());
    app.pty.send(TAB);
    app.keys_then(b"sanch", &["Hermano Sanches Ruivo"]);
    app.pty.send(ENTER);
    app.wait_status("Enregistré");
    let store = app.store_json();
    let added = actions_titled(&store, FIRST);
    assert_eq!(added.len(), 1, "the new action is saved at once");
    assert_eq!(added[0]["owner"], "d-europe");
    let id = added[0]["id"].as_str().expect("an id").to_owned();

    // `e`: the title changed with the line editor.
    app.keys_then(b"e", &["Modifier l'action"]);
    app.pty.send(CLEAR_LINE);
    app.pty.send(SECOND.as_bytes());
    app.pty.send(ENTER);
    app.wait_saved(SECOND);
    assert_eq!(actions_titled(&app.store_json(), SECOND).len(), 1);

    // `u`: the edit undone, and saved.
    app.pty.send(b"u");
    app.wait_status("Annulé");
    app.wait_status("Enregistré");

    // `/` and part of the title, Enter: the action is selected in its column.
    app.keys_then(b"/", &["Rechercher"]);
    app.keys_then(b"lisbo", &["Recevoir la maire"]);
    app.pty.send(ENTER);
    // (Until the search closes, the row marked is the result's, in the search overlay.)
    let row = app
        .pty
        .wait_for("the action selected", PATIENCE, |screen, _| {
            pty::focused_row(screen).filter(|(column, _)| column == "Actions")
        })
        .1;
    assert!(row.contains("Recevoir la maire"), "{row:?} selected");

    app.quit();
    let store = app.store_json();
    let kept = actions_titled(&store, FIRST);
    assert_eq!(kept.len(), 1, "the first title is back in the file");
    assert_eq!(kept[0]["id"], id.as_str());
    assert_eq!(kept[0]["owner"], "d-europe");
    assert!(actions_titled(&store, SECOND).is_empty());
}

/// Where a tab's label is drawn on the first line, 1-based as the terminal counts.
fn tab_at(app: &Jalons, label: &str) -> (usize, usize) {
    app.pty.with_screen(|screen| {
        let (_, cols) = screen.size();
        let line: Vec<String> = (0..cols)
            .map(|c| {
                screen
                    .cell(0, c)
                    .map_or("", vt100::Cell::contents)
                    .to_owned()
            })
            .collect();
        let at = (0..line.len())
            .find(|&c| line[c..].concat().starts_with(label))
            .unwrap_or_else(|| panic!("no tab {label:?} in {:?}", line.concat()));
        (at + 3, 1)
    })
}

/// A left click (SGR mouse report: button down, then up) at `(x, y)`, 1-based.
fn click(app: &Jalons, (x, y): (usize, usize)) {
    app.pty
        .send(format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m").as_bytes());
}

#[test]
fn a_click_on_a_tab_switches_screens() {
    let mut app = Jalons::start(100, 30);
    assert!(!app.pty.screen().contains("[2 Délégations"));
    click(&app, tab_at(&app, "2 Délégations"));
    app.pty
        .wait_for_text(&["[2 Délégations", "Relations internationales"]);
    // And back with a click on the first tab.
    click(&app, tab_at(&app, "1 Feuille de route"));
    app.pty.wait_for_text(&["[1 Feuille de route", "Horizons"]);
    app.quit();
}
