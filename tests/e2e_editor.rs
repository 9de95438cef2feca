//! End to end, `Ctrl-e` in notes: the real binary in a pseudo-terminal hands the notes to
//! `$VISUAL` (a script standing in for an editor), gives the terminal back to it (cooked
//! mode, the normal screen), takes it again after (raw mode, the alternate screen, the form
//! redrawn), puts what the editor wrote in the field; Ctrl-s saves it to the store.

#[path = "support/app.rs"]
mod app;
#[path = "support/pty.rs"]
mod pty;

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::time::{Duration, Instant};

use app::{BIN, Place, TODAY, wait_for_roadmap};
use pty::{ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, PATIENCE, Pty, rfind};

const BACK_TAB: &[u8] = b"\x1b[Z";
const CTRL_E: &[u8] = b"\x05";
const CTRL_S: &[u8] = b"\x13";

/// An editor that copies what it was handed, says so on the terminal, waits for the test's
/// go, then writes two lines (or fails with `status`).
fn fake_editor(dir: &Path, status: u8) -> std::path::PathBuf {
    let script = dir.join("editor.sh");
    let d = dir.display();
    let body = format!(
        "#!/bin/sh\n\
         cp \"$1\" '{d}/handed.txt'\n\
         printf 'editing %s\\n' \"$1\"\n\
         while [ ! -e '{d}/go' ]; do sleep 0.02; done\n\
         printf 'Première ligne\\nDeuxième ligne\\n' > \"$1\"\n\
         exit {status}\n"
    );
    fs::write(&script, body).expect("write the editor");
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("executable");
    script
}

/// jalons with `$VISUAL` set to `editor`, on the actions of the first objective, a new
/// action's form open with a title typed, its notes focused holding "Texte d'avant".
fn start_in_notes(place: &Place, editor: &Path) -> Pty {
    let mut cmd = place.command(&["-c", "exec \"$0\" \"$@\"", BIN]);
    cmd.arg("--store");
    cmd.arg(&place.store);
    cmd.args(["--today", TODAY, "--lang", "fr"]);
    cmd.env("VISUAL", editor);
    cmd.env_remove("EDITOR");
    let mut pty = Pty::spawn(cmd, 100, 30);
    wait_for_roadmap(&mut pty);
    pty.send(b"ll");
    pty.wait_for_text(&["Actions"]);
    pty.send(b"a");
    pty.wait_for_text(&["Nouvelle action"]);
    pty.send("Recevoir le maire de Porto".as_bytes());
    pty.send(BACK_TAB);
    pty.send("Texte d'avant".as_bytes());
    pty.wait_for_text(&["Texte d'avant", "Ctrl-e"]);
    pty
}

fn wait_for_file(path: &Path) {
    let deadline = Instant::now() + PATIENCE;
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} never written",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_e_edits_the_notes_in_the_editor_and_gives_the_terminal_back_meanwhile() {
    let place = Place::new();
    let editor = fake_editor(place.dir.path(), 0);
    let mut pty = start_in_notes(&place, &editor);
    assert_eq!(pty.cooked(), Some(false), "raw while the form is open");

    pty.send(CTRL_E);
    wait_for_file(&place.dir.path().join("handed.txt"));
    pty.wait_for_text(&["editing "]);
    // The editor has the terminal: cooked mode, the normal screen.
    assert_eq!(
        pty.cooked(),
        Some(true),
        "the terminal given back to the editor"
    );
    let raw = pty.raw();
    let (entered, left) = (rfind(&raw, ENTER_ALT_SCREEN), rfind(&raw, LEAVE_ALT_SCREEN));
    assert!(left > entered, "the alternate screen left for the editor");
    let handed = fs::read_to_string(place.dir.path().join("handed.txt")).expect("handed");
    assert_eq!(handed, "Texte d'avant\n");

    fs::write(place.dir.path().join("go"), b"").expect("go");
    pty.wait_for_text(&["Première ligne", "Deuxième ligne", "Ctrl-s"]);
    assert_eq!(pty.cooked(), Some(false), "raw again after the editor");
    let raw = pty.raw();
    assert!(
        rfind(&raw, ENTER_ALT_SCREEN) > rfind(&raw, LEAVE_ALT_SCREEN),
        "the alternate screen taken again"
    );
    assert!(!pty.screen().contains("editing "), "the form redrawn whole");

    pty.send(CTRL_S);
    pty.wait_for_text(&["Enregistré"]);
    pty.send(b"q");
    assert!(pty.wait_exit(PATIENCE).success());
    let store = place.store_json();
    let action = store["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["title"] == "Recevoir le maire de Porto")
        .expect("the new action saved");
    assert_eq!(action["notes"], "Première ligne\nDeuxième ligne");
}

#[test]
fn an_editor_that_fails_leaves_the_notes_as_they_were_and_says_so() {
    let place = Place::new();
    let editor = fake_editor(place.dir.path(), 3);
    let mut pty = start_in_notes(&place, &editor);
    fs::write(place.dir.path().join("go"), b"").expect("go");
    pty.send(CTRL_E);
    pty.wait_for_text(&["s'est arrêté en erreur (code 3)", "Texte d'avant"]);
    assert_eq!(pty.cooked(), Some(false), "raw again after the editor");
    assert!(!pty.screen().contains("Première ligne"));
}
