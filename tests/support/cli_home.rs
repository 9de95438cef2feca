//! The real binary run as an adviser would, in a home folder of its own: no store, no
//! configuration but what the test writes, and the locale the test chooses.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

pub struct Home {
    pub dir: TempDir,
}

impl Home {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a home folder"),
        }
    }

    pub fn path(&self, rest: &str) -> PathBuf {
        self.dir.path().join(rest)
    }

    /// The default store's place: `~/.local/share/jalons/roadmap.json` on Linux.
    pub fn store(&self) -> PathBuf {
        self.path(".local/share/jalons/roadmap.json")
    }

    /// Writes `~/.config/jalons/config.toml`.
    pub fn config(&self, text: &str) {
        let path = self.path(".config/jalons/config.toml");
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("config folder");
        std::fs::write(path, text).expect("config written");
    }

    /// The command, with `locale` as `LANG` (and no other locale variable) and nothing of the
    /// tester's own environment that jalons reads.
    pub fn command(&self, locale: &str, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_jalons"));
        command
            .current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("LANG", locale)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        for var in [
            "LC_ALL",
            "LC_MESSAGES",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "JALONS_STORE",
            "JALONS_TODAY",
            "JALONS_LANG",
            "JALONS_CONFIG",
            "COLUMNS",
        ] {
            command.env_remove(var);
        }
        command.args(args);
        command
    }

    pub fn run(&self, locale: &str, args: &[&str]) -> Output {
        self.command(locale, args)
            .output()
            .expect("the binary runs")
    }

    /// Writes the built-in roadmap to the default store.
    pub fn with_builtin(self) -> Self {
        let out = self.run("C", &["init"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        self
    }
}

/// The output as read: the French typography's non-breaking spaces are spaces here (the
/// typography has its own tests, `tests/typography.rs`).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec())
        .expect("UTF-8 output")
        .replace(['\u{a0}', '\u{202f}'], " ")
}

pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}
