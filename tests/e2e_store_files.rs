//! The real interface in a pseudo-terminal on a store its group and others may write to: the
//! warning is the first thing the status bar says.

#[path = "support/pty.rs"]
mod pty;

use std::os::unix::fs::PermissionsExt;

use portable_pty::CommandBuilder;
use pty::{PATIENCE, Pty};

/// The real interface on `store`, in a pseudo-terminal of `cols` columns, in French.
fn interface(dir: &std::path::Path, store: &std::path::Path, cols: u16) -> Pty {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
    cmd.arg("--store");
    cmd.arg(store);
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
    ] {
        cmd.env_remove(var);
    }
    Pty::spawn(cmd, cols, 30)
}

#[test]
fn the_interface_says_when_others_may_write_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    std::fs::write(&store, jalons::store::to_bytes(&jalons::builtin::roadmap())).unwrap();
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o666)).unwrap();
    let mut pty = interface(dir.path(), &store, 200);
    // In the interface's language (French here): who may write it, and what to do.
    pty.wait_for_text(&[
        "Horizons",
        "attention",
        "peut être modifié par son groupe",
        "chmod go-w",
    ]);
    pty.send(b"q");
    assert!(pty.wait_exit(PATIENCE).success());
}

/// Another instance holds the lock while the adviser ticks: the key is answered at once, the
/// status bar says who holds the lock, and the change is saved as soon as it is released.
#[test]
fn a_held_lock_never_freezes_the_interface_and_the_change_follows_when_it_is_released() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    std::fs::write(&store, jalons::store::to_bytes(&jalons::builtin::roadmap())).unwrap();
    let mut pty = interface(dir.path(), &store, 160);
    pty.wait_for_text(&["Horizons"]);
    let (other, _) = jalons::store::Store::open(&store).unwrap();
    let held = other.try_lock().unwrap().expect("the lock is free");
    let before = std::fs::read(&store).unwrap();

    pty.send(b"ll ");
    let asked = std::time::Instant::now();
    pty.wait_for_text(&["En attente", "(pid "]);
    assert!(
        asked.elapsed() < std::time::Duration::from_secs(2),
        "answered in {:?}, not after the five seconds a save may wait",
        asked.elapsed()
    );
    assert_eq!(
        std::fs::read(&store).unwrap(),
        before,
        "nothing written under their lock"
    );

    drop(held);
    pty.wait_for_text(&["Enregistré"]);
    let saved = jalons::store::parse(&store, &std::fs::read(&store).unwrap()).unwrap();
    assert!(
        saved.actions.iter().any(|a| a.status.is_done()),
        "the tick is on disk"
    );
    pty.send(b"q");
    assert!(pty.wait_exit(PATIENCE).success());
}
