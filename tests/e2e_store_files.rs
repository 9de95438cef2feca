//! The real interface in a pseudo-terminal on a store its group and others may write to: the
//! warning is the first thing the status bar says.

#[path = "support/pty.rs"]
mod pty;

use std::os::unix::fs::PermissionsExt;

use portable_pty::CommandBuilder;
use pty::{PATIENCE, Pty};

#[test]
fn the_interface_says_when_others_may_write_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    std::fs::write(&store, jalons::store::to_bytes(&jalons::builtin::roadmap())).unwrap();
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o666)).unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
    cmd.arg("--store");
    cmd.arg(&store);
    cmd.args(["--today", "2014-05-16", "--lang", "fr"]);
    cmd.cwd(dir.path());
    cmd.env("HOME", &home);
    cmd.env("TERM", "xterm-256color");
    for var in [
        "JALONS_STORE",
        "JALONS_TODAY",
        "JALONS_LANG",
        "COLUMNS",
        "LINES",
    ] {
        cmd.env_remove(var);
    }
    let mut pty = Pty::spawn(cmd, 200, 30);
    pty.wait_for_text(&["Horizons", "warning: ", "can be written by its group"]);
    pty.send(b"q");
    assert!(pty.wait_exit(PATIENCE).success());
}
