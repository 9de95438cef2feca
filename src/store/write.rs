//! Writing a store so that a crash, a full disk or a power cut leaves either the old file or
//! the new one, never half of each; and locking so two instances write one at a time.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use crate::domain::Plan;

/// How long a save waits for another instance to finish its own.
const LOCK_PATIENCE: Duration = Duration::from_secs(5);

/// The store's text: pretty-printed in field order with a trailing newline, for clean diffs.
pub fn to_bytes(plan: &Plan) -> Vec<u8> {
    super::text::to_bytes(plan)
}

/// Replaces `path` with `bytes` atomically: a fresh temporary file beside it, flushed to disk,
/// renamed over the target, and the directory flushed so the rename itself is durable.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_with(path, |out| out.write_all(bytes))
}

/// [`replace`], the text written by `write` straight into the temporary file.
pub fn replace_with(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = parent(path);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = write_new(&tmp, path, write).and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_dir(&dir)
}

fn write_new(
    tmp: &Path,
    target: &Path,
    write: impl FnOnce(&mut io::BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(tmp)?;
    // A store shared in a folder keeps the permissions its owner gave it.
    if let Ok(meta) = fs::metadata(target) {
        file.set_permissions(meta.permissions())?;
    }
    let mut out = io::BufWriter::with_capacity(1 << 20, file);
    write(&mut out)?;
    let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.sync_all()
}

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// The side file whose lock serialises saves: `roadmap.json` → `roadmap.json.lock`. A side
/// file, because the store itself is replaced by rename and a lock on it would not survive.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// Holds the exclusive lock until dropped.
pub struct Lock {
    _file: File,
}

pub enum LockError {
    Io(io::Error),
    Busy,
}

pub fn lock(path: &Path) -> Result<Lock, LockError> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))
        .map_err(LockError::Io)?;
    match file.try_lock() {
        Ok(()) => return Ok(Lock { _file: file }),
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
        Ok(Ok(file)) => Ok(Lock { _file: file }),
        Ok(Err(e)) => Err(LockError::Io(e)),
        Err(_) => Err(LockError::Busy),
    }
}
