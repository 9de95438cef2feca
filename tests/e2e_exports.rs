//! The interface's export menu (`E`) in a pseudo-terminal: it shows the folder it writes into
//! (`export_dir` from config.toml) before anything is chosen, and a file already there is
//! never written over: the menu shows the numbered name it will use instead.

#[path = "support/pty.rs"]
mod pty;

use std::path::Path;

use portable_pty::CommandBuilder;
use pty::{PATIENCE, Pty};

fn interface(dir: &Path, config: &Path, cols: u16) -> Pty {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
    cmd.arg("--store");
    cmd.arg(dir.join("roadmap.json"));
    cmd.arg("--config");
    cmd.arg(config);
    cmd.args(["--today", "2014-05-16", "--lang", "fr"]);
    cmd.cwd(dir);
    cmd.env("HOME", &home);
    cmd.env("TERM", "xterm-256color");
    for var in [
        "JALONS_STORE",
        "JALONS_TODAY",
        "JALONS_LANG",
        "COLUMNS",
        "LINES",
        "XDG_CONFIG_HOME",
    ] {
        cmd.env_remove(var);
    }
    Pty::spawn(cmd, cols, 30)
}

#[test]
fn the_menu_shows_its_folder_and_never_writes_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sortie");
    std::fs::create_dir(&out).unwrap();
    let taken = out.join("note-2014-05-16.html");
    std::fs::write(&taken, "la note d'hier").unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("export_dir = {:?}\n", out.display().to_string()),
    )
    .unwrap();

    let mut pty = interface(dir.path(), &config, 120);
    pty.wait_for_text(&["Horizons"]);
    pty.send(b"E");
    let folder = format!("Dans {}", out.display());
    pty.wait_for_text(&[&folder, "note-2014-05-16 (2).html", "note-2014-05-16.md"]);
    // The first entry, the note in HTML.
    pty.send(b"\r");
    pty.wait_for_text(&["Écrit dans", "note-2014-05-16 (2).html"]);
    assert_eq!(
        std::fs::read_to_string(&taken).unwrap(),
        "la note d'hier",
        "the file already there is untouched"
    );
    let written = std::fs::read_to_string(out.join("note-2014-05-16 (2).html")).unwrap();
    assert!(written.starts_with("<!DOCTYPE html>"));

    // Again: the next number.
    pty.send(b"E");
    pty.wait_for_text(&["note-2014-05-16 (3).html"]);
    pty.send(b"\x1b");
    pty.wait_for("the menu closed", PATIENCE, |screen, _| {
        (!screen.contents().contains("Dans ")).then_some(())
    });
    pty.send(b"q");
    assert!(pty.wait_exit(PATIENCE).success());
}
