//! Keeping the store's folder clean and private: the leftovers of a writer that died, a store
//! others may write to.

use std::fs;
use std::io;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::Store;
use super::lock::{self, Lock};
use super::write::{parent, resolve};

/// A temporary file older than this is no save in progress: a save writes in well under a
/// second, and the lock lets only one run at a time.
const STALE_AFTER: Duration = Duration::from_secs(5);

/// Removes the temporary files a save of the store at `path` left behind when it was killed
/// (`.roadmap.json.<pid>.<random>.tmp`): those of a process that is gone, and any older than a
/// few seconds. Done under the store's lock, and skipped if another instance holds it (it may
/// be writing one now). Returns how many were removed; best effort, so the caller may ignore
/// an error.
pub fn clean_stale_temps(path: &Path) -> io::Result<usize> {
    let path = resolve(path);
    let Some(name) = path.file_name() else {
        return Ok(0);
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let dir = parent(&path);
    let candidates = || -> io::Result<Vec<_>> {
        Ok(fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.starts_with(&prefix) && name.ends_with(".tmp")
            })
            .collect())
    };
    // Looked for before the lock: most starts find nothing, and then leave no lock file behind
    // (`jalons check` on a store in a folder it may not write to, say).
    if candidates()?.is_empty() {
        return Ok(0);
    }
    let Some(_lock) = lock::try_lock(&path)? else {
        return Ok(0);
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in candidates()? {
        let name = entry.file_name();
        let rest = &name.to_string_lossy()[prefix.len()..];
        let pid = rest.split('.').next().and_then(|p| p.parse::<u32>().ok());
        let Ok(meta) = entry.metadata() else { continue };
        let age = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .unwrap_or_default();
        let stale = age > STALE_AFTER || pid.is_some_and(|p| !alive(p));
        if stale && meta.is_file() && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Whether process `pid` still runs, where the system says (Linux's `/proc`); elsewhere it is
/// taken as running, and only the age of its files tells.
fn alive(pid: u32) -> bool {
    if !Path::new("/proc/self").exists() {
        return true;
    }
    Path::new(&format!("/proc/{pid}")).exists()
}

/// A warning when the store may be written by people other than its owner (group or others
/// have the write bit): they could change the roadmap, or replace it. `None` when it is fine
/// or cannot be read.
pub fn permission_warning(path: &Path) -> Option<String> {
    permission_warning_in(path, crate::i18n::Lang::En)
}

/// [`permission_warning`] in the adviser's language, for the interface.
pub fn permission_warning_in(path: &Path, lang: crate::i18n::Lang) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).ok()?.permissions().mode() & 0o777;
        let (group, others) = (mode & 0o020 != 0, mode & 0o002 != 0);
        if !group && !others {
            return None;
        }
        let shown = crate::sanitize::inert(&path.display().to_string()).into_owned();
        Some((lang.catalogue().failure.writable)(
            &shown, group, others, mode,
        ))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, lang);
        None
    }
}

impl Store {
    /// Takes the store's lock now, or `None` when another instance holds it: the same lock
    /// [`Store::save`] waits for, whichever way the store was named.
    pub fn try_lock(&self) -> io::Result<Option<Lock>> {
        lock::try_lock(&self.path)
    }
}
