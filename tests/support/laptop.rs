//! An adviser's laptop for the sync tests: a home of their own with a git identity, and the
//! path their store lives at.

#![allow(dead_code)] // each test crate uses its own part of it

use std::path::{Path, PathBuf};

/// `home-<name>` under `root`, its `.gitconfig` naming the adviser (tests also set
/// `GIT_CONFIG_NOSYSTEM=1`, so nothing of the machine's configuration leaks in).
pub fn home(root: &Path, name: &str) -> PathBuf {
    let home = root.join(format!("home-{name}"));
    std::fs::create_dir_all(&home).unwrap();
    let config = format!("[user]\n\tname = {name}\n\temail = {name}@paris.example\n");
    std::fs::write(home.join(".gitconfig"), config).unwrap();
    home
}

/// Where the adviser's store lives: `laptop-<name>/roadmap.json` under `root`.
pub fn store(root: &Path, name: &str) -> PathBuf {
    root.join(format!("laptop-{name}")).join("roadmap.json")
}

/// An adviser with their laptop: a home and a store, and jalons run there as they would,
/// in French on 16 September 2014, with nothing of this machine's git configuration.
pub struct Adviser {
    pub home: PathBuf,
    pub store: PathBuf,
}

impl Adviser {
    pub fn new(root: &Path, name: &str) -> Self {
        Self {
            home: home(root, name),
            store: store(root, name),
        }
    }

    /// The clone's work tree: the store's folder.
    pub fn folder(&self) -> &Path {
        self.store.parent().expect("the store is in a folder")
    }

    /// jalons on this laptop, to add arguments or environment to.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_jalons"));
        cmd.arg("--store")
            .arg(&self.store)
            .args(["--today", "2014-09-16", "--lang", "fr"])
            .args(args)
            .env("HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("JALONS_STORE")
            .env_remove("GIT_SSH_COMMAND");
        cmd
    }

    pub fn jalons(&self, args: &[&str]) -> std::process::Output {
        self.command(args).output().expect("jalons runs")
    }

    /// What jalons printed, after checking it succeeded.
    pub fn ok(&self, args: &[&str]) -> String {
        succeeded(args, &self.jalons(args))
    }
}

/// The standard output of a jalons run that must have succeeded, read as printed: the French
/// typography's non-breaking spaces are spaces.
pub fn succeeded(args: &[&str], out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "jalons {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    read(&out.stdout)
}

/// What jalons said, as read: the French typography's non-breaking spaces are spaces.
pub fn read(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace('\u{a0}', " ")
}
