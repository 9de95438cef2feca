//! End to end, check-ins: the real binary in a pseudo-terminal. `c` on an action opens the
//! check-in form; without words an alarm is refused; saved, it is in the store and the
//! detail, under the adviser's name; `u` takes it back out of both (one undo step), `Ctrl-r`
//! puts it back. On the weekly review, `r` lists whom to call, and a check-in takes its
//! action off the list.

#[path = "support/pty.rs"]
mod pty;

use std::path::PathBuf;

use portable_pty::CommandBuilder;
use pty::{PATIENCE, Pty};
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2014-09-16";
const ENTER: &[u8] = b"\r";
const TAB: &[u8] = b"\t";
const RIGHT: &[u8] = b"\x1b[C";
const CTRL_R: &[u8] = b"\x12";

struct Jalons {
    pty: Pty,
    store: PathBuf,
    _dir: TempDir,
}

impl Jalons {
    /// Starts the interface on a fresh folder, as adviser "camille", and waits for the roadmap.
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
        // No git name anywhere: the login names the adviser.
        cmd.env("GIT_CONFIG_NOSYSTEM", "1");
        cmd.env("GIT_CONFIG_GLOBAL", "/dev/null");
        cmd.env("USER", "camille");
        cmd.env("LOGNAME", "camille");
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

    fn keys_then(&mut self, keys: &[u8], texts: &[&str]) {
        self.pty.send(keys);
        self.pty.wait_for_text(texts);
    }

    /// Waits for the status bar to hold every one of `what`.
    fn wait_status(&mut self, what: &[&str]) -> String {
        self.pty.wait_for(
            &format!("{what:?} in the status bar"),
            PATIENCE,
            |screen, _| {
                let (rows, cols) = screen.size();
                let status = screen
                    .rows(0, cols)
                    .nth(usize::from(rows) - 2)?
                    .replace('\u{a0}', " ");
                what.iter().all(|w| status.contains(w)).then_some(status)
            },
        )
    }

    /// The check-ins of the first action, as the store holds them.
    fn first_action_checkins(&self) -> Vec<Value> {
        self.store_json()["actions"][0]["checkins"]
            .as_array()
            .cloned()
            .unwrap_or_default()
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

#[test]
fn c_saves_one_check_in_and_u_takes_it_back() {
    let mut app = Jalons::start(120, 40);
    // The first action is late: off track, and nobody has said anything yet.
    app.keys_then(b"ll", &["Aucun point d'étape"]);
    app.keys_then(b"c", &["Point d'étape sur", "en bonne voie"]);
    // At risk, and no words: refused, nothing written.
    app.pty.send(RIGHT);
    app.keys_then(ENTER, &["Dites ce qui se passe"]);
    assert!(app.first_action_checkins().is_empty());
    // Words, and a date the update announces.
    app.pty.send(TAB);
    app.pty.send("Secrétariat de l'UCUE vu".as_bytes());
    app.pty.send(TAB);
    app.pty.send(b"30/10");
    app.pty.send(ENTER);
    app.wait_status(&["Enregistré", "Point d'étape sur", "à risque"]);
    let saved = app.first_action_checkins();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert_eq!(saved[0]["health"], "at-risk");
    assert_eq!(saved[0]["text"], "Secrétariat de l'UCUE vu");
    assert_eq!(saved[0]["on"], TODAY);
    assert_eq!(saved[0]["due"], "2014-10-30");
    assert_eq!(saved[0]["by"], "camille");
    app.pty
        .wait_for_text(&["Secrétariat de l'UCUE vu", "par camille"]);

    // One undo takes it back out, on screen and on disk.
    app.pty.send(b"u");
    app.wait_status(&["Annulé", "Enregistré"]);
    app.pty.wait_for_text(&["Aucun point d'étape"]);
    assert!(app.first_action_checkins().is_empty());
    // And redo puts the same one back.
    app.pty.send(CTRL_R);
    app.wait_status(&["Rétabli", "Enregistré"]);
    let again = app.first_action_checkins();
    assert_eq!(again, saved);
    app.quit();
}

#[test]
fn the_weekly_review_lists_whom_to_call_and_a_check_in_takes_one_off() {
    let mut app = Jalons::start(100, 30);
    app.keys_then(b"4", &["Échéances", "à mettre à jour (12)"]);
    app.keys_then(b"r", &["À mettre à jour (12)", "jamais de point"]);
    // An on-track check-in needs no words the first time; the action leaves the list.
    app.keys_then(b"c", &["Point d'étape sur"]);
    app.pty.send(ENTER);
    app.wait_status(&["Enregistré", "en bonne voie"]);
    app.pty.wait_for_text(&["À mettre à jour (11)"]);
    // `r` again: the deadlines, which say how many are left.
    app.keys_then(b"r", &["à mettre à jour (11)", "En retard"]);
    // The store holds the one check-in.
    let store = app.store_json();
    let checked: Vec<&Value> = store["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a.get("checkins").is_some())
        .collect();
    assert_eq!(checked.len(), 1);
    assert_eq!(checked[0]["checkins"][0]["health"], "on-track");
    app.quit();
}
