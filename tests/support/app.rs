//! jalons in a pseudo-terminal on a store in a folder of its own, with a home of its own
//! (where the data folder is, and a recovery file that cannot go beside the store); and what
//! the tests read of the process from /proc.
#![allow(dead_code)] // shared by test crates that each use a part of it

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;
use tempfile::TempDir;

use crate::pty::{ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, Pty, rfind};

pub const TODAY: &str = "2014-05-16";
pub const BIN: &str = env!("CARGO_BIN_EXE_jalons");
/// Printed by the shell before jalons starts: seen again once the alternate screen is left.
pub const BANNER: &str = "before-jalons";

/// A temporary folder with `shared/roadmap.json` (created by the first start) and a home.
pub struct Place {
    pub dir: TempDir,
    pub store: PathBuf,
    pub home: PathBuf,
}

impl Place {
    pub fn new() -> Self {
        let dir = TempDir::new().expect("temp dir");
        let store = dir.path().join("shared").join("roadmap.json");
        let home = dir.path().join("home");
        fs::create_dir_all(&home).expect("home dir");
        Self { dir, store, home }
    }

    /// The interface in `lang`, started by a shell that prints `BANNER` first (`exec`: the
    /// pid is jalons's).
    pub fn spawn(&self, lang: &str, cols: u16, rows: u16) -> Pty {
        let script = format!("printf '%s\\r\\n' {BANNER}; exec \"$0\" \"$@\"");
        let mut cmd = self.command(&["-c", &script, BIN]);
        cmd.arg("--store");
        cmd.arg(&self.store);
        cmd.args(["--today", TODAY, "--lang", lang]);
        Pty::spawn(cmd, cols, rows)
    }

    /// `sh` with `args`, in this place's environment.
    pub fn command(&self, args: &[&str]) -> CommandBuilder {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(args);
        cmd.cwd(self.dir.path());
        cmd.env("HOME", &self.home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUST_BACKTRACE", "0");
        for var in [
            "JALONS_STORE",
            "JALONS_TODAY",
            "JALONS_LANG",
            "JALONS_CONFIG",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "COLUMNS",
            "LINES",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// The same environment for a command run without a terminal.
    pub fn cli(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(BIN);
        cmd.arg("--store").arg(&self.store).args(args);
        cmd.current_dir(self.dir.path()).env("HOME", &self.home);
        for var in [
            "JALONS_STORE",
            "JALONS_LANG",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
        ] {
            cmd.env_remove(var);
        }
        cmd.stdin(std::process::Stdio::null());
        cmd
    }

    fn folder(&self) -> &Path {
        self.store.parent().expect("a folder")
    }

    fn away(&self) -> PathBuf {
        self.dir.path().join("shared.away")
    }

    /// Puts a regular file where the store's folder is: creating anything in it fails with
    /// ENOTDIR, for root too (permissions would not stop root).
    pub fn break_folder(&self) {
        fs::rename(self.folder(), self.away()).expect("move the folder away");
        fs::write(self.folder(), b"").expect("a file in its place");
    }

    /// The folder back, the store in it as it was (the same file: its inode unchanged).
    pub fn mend_folder(&self) {
        fs::remove_file(self.folder()).expect("remove the file");
        fs::rename(self.away(), self.folder()).expect("the folder back");
    }

    /// Where recovery files go when the store's folder cannot take them.
    pub fn data_recovery_dir(&self) -> PathBuf {
        self.home.join(".local/share/jalons/recovery")
    }

    /// The recovery files in `dir`.
    pub fn recovery_files(dir: &Path) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.to_string_lossy().contains(".recovery"))
            .collect();
        files.sort();
        files
    }

    pub fn store_json(&self) -> serde_json::Value {
        let text = fs::read_to_string(&self.store).expect("read the store");
        serde_json::from_str(&text).expect("the store is JSON")
    }
}

pub fn wait_for_roadmap(pty: &mut Pty) {
    pty.wait_for_text(&["Horizons", "100 premiers jours"]);
}

/// The IDs of the actions done on `day`.
pub fn done_on(store: &serde_json::Value, day: &str) -> Vec<String> {
    let expected = serde_json::json!({"state": "done", "on": day});
    store["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["status"] == expected)
        .map(|a| a["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

pub fn kill(pid: u32, signal: &str) {
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success(), "kill -{signal} {pid}");
}

/// The process's state letter (`R`, `S`, `T` stopped, `Z` exited and not yet reaped) and the
/// CPU time it has used, in clock ticks; `None` once it is reaped.
pub fn proc_stat(pid: u32) -> Option<(char, u64)> {
    let text = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command's name, which is in parentheses and may hold anything.
    let fields: Vec<&str> = text[text.rfind(')')? + 1..].split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    // utime and stime: fields 14 and 15 of the line, 11 and 12 after the name.
    Some((state, ticks(11)? + ticks(12)?))
}

/// Clock ticks a second, for `proc_stat`'s CPU time.
pub fn ticks_per_second() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100)
}

/// Polls `what` until it holds, for up to `timeout`.
pub fn wait_until(what: &str, timeout: Duration, mut holds: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !holds() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The raw output ends by leaving the alternate screen: only control sequences after it.
pub fn assert_restored(raw: &[u8]) {
    let tail = after_leaving(raw);
    let mut rest = tail;
    while let [0x1b, b'[', more @ ..] = rest {
        let end = more
            .iter()
            .position(|b| (0x40..=0x7e).contains(b))
            .expect("complete sequence");
        rest = &more[end + 1..];
    }
    assert!(
        rest.iter().all(|b| b"\r\n".contains(b)),
        "output after leaving the alternate screen: {}",
        tail.escape_ascii()
    );
}

/// What was written after the alternate screen was last left, checking it was left.
pub fn after_leaving(raw: &[u8]) -> &[u8] {
    let left = rfind(raw, LEAVE_ALT_SCREEN).expect("never left the alternate screen");
    let entered = rfind(raw, ENTER_ALT_SCREEN).expect("never entered the alternate screen");
    assert!(
        entered < left,
        "entered the alternate screen again after leaving it"
    );
    &raw[left + LEAVE_ALT_SCREEN.len()..]
}

/// Every mode the interface turns on is off again at the end: bracketed paste, the mouse.
pub fn assert_modes_off(raw: &[u8]) {
    for (on, off) in [
        (&b"\x1b[?2004h"[..], &b"\x1b[?2004l"[..]),
        (b"\x1b[?1000h", b"\x1b[?1000l"),
        (b"\x1b[?1006h", b"\x1b[?1006l"),
    ] {
        if let Some(set) = rfind(raw, on) {
            let reset = rfind(raw, off).unwrap_or(0);
            assert!(reset > set, "{} left on", on.escape_ascii());
        }
    }
}
