//! The lock that makes instances save one at a time, and the note its holder leaves in it so
//! that one kept waiting can say who it waits for.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use chrono::{DateTime, Local};

use super::error::StoreError;
use super::write::resolve;

/// How long a save waits for another instance to finish its own.
const LOCK_PATIENCE: Duration = Duration::from_secs(5);

/// What this process calls itself in the lock ("jalons interface", "jalons done"). Set once
/// at start: it is a fact about the process, and threading it through every save would make
/// each caller of the store repeat it.
static PROGRAM: OnceLock<String> = OnceLock::new();

/// Names this process in the locks it takes; the first call wins.
pub fn set_program(name: &str) {
    let _ = PROGRAM.set(name.to_owned());
}

/// The side file whose lock serialises saves: `roadmap.json` → `roadmap.json.lock`, beside
/// the file a symbolic link leads to, so that instances opened on the link and on its target
/// take the same lock. A side file, because the store itself is replaced by rename and a lock
/// on it would not survive.
pub fn lock_path(path: &Path) -> PathBuf {
    let path = resolve(path);
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// Holds the exclusive lock until dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

pub enum LockError {
    Io(io::Error),
    /// Another process held it all along; who, as it wrote in the lock file.
    Busy(Option<Holder>),
}

impl LockError {
    pub fn into_store_error(self, path: &Path) -> StoreError {
        match self {
            Self::Busy(holder) => StoreError::Locked {
                path: path.to_path_buf(),
                lock: lock_path(path),
                holder: holder.map_or_else(
                    || "held by an unknown process".to_owned(),
                    |h| h.to_string(),
                ),
            },
            Self::Io(cause) => StoreError::Write {
                path: lock_path(path),
                cause,
            },
        }
    }
}

/// Who holds a lock, as the holder wrote it when it took it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    pub program: String,
    pub since: Option<DateTime<Local>>,
}

impl Holder {
    fn me() -> Self {
        Self {
            pid: std::process::id(),
            host: host_name(),
            program: PROGRAM.get().map_or("jalons", String::as_str).to_owned(),
            since: Some(Local::now()),
        }
    }

    fn to_text(&self) -> String {
        let since = self.since.map(|t| t.to_rfc3339()).unwrap_or_default();
        format!(
            "pid {}\nhost {}\nprogram {}\nsince {since}\n",
            self.pid, self.host, self.program
        )
    }

    fn parse(text: &str) -> Option<Self> {
        let value = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix(' '))
                .map(str::trim)
        };
        Some(Self {
            pid: value("pid")?.parse().ok()?,
            host: value("host").unwrap_or_default().to_owned(),
            program: value("program").unwrap_or_default().to_owned(),
            since: value("since")
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map(|t| t.with_timezone(&Local)),
        })
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "held by pid {}", self.pid)?;
        match (self.program.is_empty(), self.host.is_empty()) {
            (false, false) => write!(f, " ({}, on {})", self.program, self.host)?,
            (false, true) => write!(f, " ({})", self.program)?,
            (true, false) => write!(f, " (on {})", self.host)?,
            (true, true) => {}
        }
        if let Some(since) = self.since {
            let format = if since.date_naive() == Local::now().date_naive() {
                "%H:%M"
            } else {
                "%Y-%m-%d %H:%M"
            };
            write!(f, " since {}", since.format(format))?;
        }
        Ok(())
    }
}

/// The machine's name, for a lock seen from another machine sharing the folder.
fn host_name() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|f| fs::read_to_string(f).ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "?".to_owned())
}

fn open(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    // Not truncated on opening: the holder's note must survive until it is ours to replace.
    options.create(true).truncate(false).read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(lock_path(path))
}

/// Takes the lock now, or `None` when another process holds it.
pub fn try_lock(path: &Path) -> io::Result<Option<Lock>> {
    let file = open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(taken(file))),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Takes the lock, waiting up to [`LOCK_PATIENCE`] for another instance to release it.
pub fn lock(path: &Path) -> Result<Lock, LockError> {
    let file = open(path).map_err(LockError::Io)?;
    match file.try_lock() {
        Ok(()) => return Ok(taken(file)),
        Err(fs::TryLockError::WouldBlock) => {}
        Err(fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
    }
    // Wait in the kernel's queue rather than polling, so that an instance saving often
    // cannot starve this one; a thread does the waiting so that it can be given up.
    // Given up, the thread still takes the lock in the end, and drops it at once.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let taken = file.lock().map(|()| file);
        let _ = sender.send(taken);
    });
    match receiver.recv_timeout(LOCK_PATIENCE) {
        Ok(Ok(file)) => Ok(taken(file)),
        Ok(Err(e)) => Err(LockError::Io(e)),
        Err(_) => Err(LockError::Busy(holder(path))),
    }
}

/// Who holds the lock of the store at `path`, as written in the lock file.
pub fn holder(path: &Path) -> Option<Holder> {
    File::open(lock_path(path)).ok().and_then(|f| holder_in(&f))
}

fn holder_in(file: &File) -> Option<Holder> {
    let mut text = String::new();
    // The note is a few short lines: more is not one.
    file.take(4096).read_to_string(&mut text).ok()?;
    Holder::parse(&text)
}

/// The lock just taken, with our note written in it. The note is a courtesy to whoever waits:
/// failing to write it does not fail the save.
fn taken(file: File) -> Lock {
    let note = Holder::me().to_text();
    let _ = file
        .set_len(0)
        .and_then(|()| (&file).rewind())
        .and_then(|()| (&file).write_all(note.as_bytes()));
    Lock { _file: file }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_note_reads_back_and_says_who() {
        let me = Holder::me();
        let back = Holder::parse(&me.to_text()).expect("a note");
        assert_eq!(back.pid, me.pid);
        assert_eq!(back.host, me.host);
        let shown = back.to_string();
        let hhmm = me.since.expect("a time").format("%H:%M").to_string();
        assert!(
            shown.starts_with(&format!("held by pid {} (", me.pid)),
            "{shown}"
        );
        assert!(shown.ends_with(&format!(" since {hhmm}")), "{shown}");
        assert_eq!(Holder::parse("garbage"), None);
    }
}
