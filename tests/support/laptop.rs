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
