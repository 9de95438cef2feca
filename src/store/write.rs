//! Writing a store so that a crash, a full disk or a power cut leaves either the old file or
//! the new one, never half of each; and locking so two instances write one at a time.

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub use super::lock::{Lock, lock, lock_path};
use crate::domain::Plan;

/// The store's text: pretty-printed in field order with a trailing newline, for clean diffs.
pub fn to_bytes(plan: &Plan) -> Vec<u8> {
    super::text::to_bytes(plan)
}

/// Replaces `path` with `bytes` atomically: a fresh temporary file beside it, flushed to disk,
/// renamed over the target, and the directory flushed so the rename itself is durable. A
/// symbolic link is written through: its target is replaced and the link stays a link.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_with(path, |out| out.write_all(bytes))
}

/// [`replace`], the text written by `write` straight into the temporary file.
pub fn replace_with(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    replace_keeping(path, write).map(drop)
}

/// [`replace_with`], returning a handle on the file written, which is the store's version now
/// (read through it, it stays that version whatever replaces the store later).
pub fn replace_keeping(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<File>) -> io::Result<()>,
) -> io::Result<File> {
    let path = &resolve(path);
    let dir = parent(path);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let tmp = dir.join(temp_name(name));
    let result = write_new(&tmp, path, write).and_then(|file| {
        fs::rename(&tmp, path)?;
        Ok(file)
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    let file = result?;
    sync_dir(&dir)?;
    Ok(file)
}

/// The file a path leads to when it is a symbolic link (through every link of a chain, even
/// to a target that does not exist yet); the path itself otherwise. Only the last component
/// matters: a link to a folder leads to the same files whichever way they are named.
pub fn resolve(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    // A loop of links is left to fail where the file is opened, with the system's own error.
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {}
            _ => return path,
        }
        if let Ok(full) = fs::canonicalize(&path) {
            return full;
        }
        // A link to nothing yet: follow it by hand.
        match fs::read_link(&path) {
            Ok(target) => path = parent(&path).join(target),
            Err(_) => return path,
        }
    }
    path
}

/// A temporary file's name beside `name`: `.roadmap.json.<pid>.<16 hex digits>.tmp`. The pid
/// lets a later start tell a dead writer's leftovers; the random part (std's per-process
/// random hash keys, the clock and a counter) makes the name unguessable, so nobody can plant
/// a file or a link there in advance.
pub fn temp_name(name: &OsStr) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::hash::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    hasher.write_u128(now.as_nanos());
    format!(
        ".{}.{}.{:016x}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        hasher.finish()
    )
}

fn write_new(
    tmp: &Path,
    target: &Path,
    write: impl FnOnce(&mut io::BufWriter<File>) -> io::Result<()>,
) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
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
    file.sync_all()?;
    Ok(file)
}

pub(super) fn parent(path: &Path) -> PathBuf {
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

/// Creates `dir` and any missing parent, readable by the user alone (0700): a roadmap says
/// where elected officials travel, and when.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
