//! `s` in the real interface, in a pseudo-terminal: the sync runs in the background, the
//! status bar says it started at once and then what it did, and what a colleague sent is on
//! screen and on disk.

#[path = "support/laptop.rs"]
mod laptop;
#[path = "support/pty.rs"]
mod pty;

use std::path::Path;
use std::process::Command;

use portable_pty::CommandBuilder;
use pty::{PATIENCE, Pty};

fn jalons(home: &Path, store: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_jalons"))
        .arg("--store")
        .arg(store)
        .args(["--today", "2014-09-16"])
        .args(args)
        .env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn s_syncs_in_the_background_and_shows_what_a_colleague_sent() {
    let root = tempfile::tempdir().unwrap();
    let bare = root.path().join("cabinet.git");
    let init = Command::new("git")
        .args(["init", "-q", "--bare", "-b", "main"])
        .arg(&bare)
        .output()
        .unwrap();
    assert!(init.status.success());
    let url = bare.to_str().unwrap();
    let (anne, bruno) = (
        laptop::home(root.path(), "anne"),
        laptop::home(root.path(), "bruno"),
    );
    let (store_a, store_b) = (
        root.path().join("a").join("roadmap.json"),
        root.path().join("b").join("roadmap.json"),
    );
    jalons(&anne, &store_a, &["init"]);
    jalons(&anne, &store_a, &["sync", "init", url]);
    jalons(&bruno, &store_b, &["sync", "join", url]);
    jalons(&bruno, &store_b, &["done", "a-madrid"]);
    jalons(&bruno, &store_b, &["sync"]);

    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_jalons"));
    cmd.arg("--store");
    cmd.arg(&store_a);
    cmd.args(["--today", "2014-09-16", "--lang", "fr"]);
    cmd.cwd(root.path());
    cmd.env("HOME", &anne);
    cmd.env("GIT_CONFIG_NOSYSTEM", "1");
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
    let mut pty = Pty::spawn(cmd, 160, 30);
    pty.wait_for_text(&["Horizons"]);
    pty.send(b"s");
    pty.wait_for_text(&["Synchronisé", "1 reçu"]);
    pty.send(b"q");
    assert!(pty.wait_exit(PATIENCE).success());
    let text = std::fs::read_to_string(&store_a).unwrap();
    let plan = jalons::store::parse(&store_a, text.as_bytes()).unwrap();
    let madrid = plan.actions.iter().find(|a| a.id == "a-madrid").unwrap();
    assert!(madrid.status.is_done(), "Bruno's tick reached Anne's store");
}
