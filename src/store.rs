//! The store: one JSON file holding the plan. Loads and validates it, saves it atomically,
//! and merges with changes another instance saved meanwhile.

mod backup;
mod cache;
mod error;
mod hygiene;
mod lock;
mod parallel;
mod read;
mod text;
mod write;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

pub use backup::{Backup, DEFAULT_KEPT, Restored, backups, daily_backup, find_backup, restore};
pub use error::{Position, StoreError};
pub use hygiene::{clean_stale_temps, permission_warning};
pub use lock::{Holder, holder, set_program};
pub use read::parse;
pub use write::{lock_path, resolve, temp_name, to_bytes};

use crate::domain::{Op, OpError, Plan, apply};

/// What identifies one version of the file on disk: a save by anyone replaces the file by
/// rename, which changes the inode even when size and time happen to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

impl Fingerprint {
    fn of(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            inode,
        })
    }
}

/// An open store file.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    seen: Option<Fingerprint>,
    /// The text of each action and trip as last written: a save writes again only what
    /// changed.
    cache: cache::TextCache,
}

/// What a save did.
#[derive(Debug, Default)]
pub struct Saved {
    /// The plan as saved, when another instance had changed the file and our operations were
    /// applied onto its version: the caller must show this one.
    pub merged: Option<Plan>,
    /// Our operations that no longer applied to the other instance's version.
    pub conflicts: Vec<(Op, OpError)>,
}

impl Store {
    /// Opens an existing store, reading and validating it.
    pub fn open(path: &Path) -> Result<(Self, Plan), StoreError> {
        let _ = clean_stale_temps(path);
        // The version seen is taken before reading: if another instance saves in between, our
        // next save merges with it (harmless) rather than taking it as read (losing it).
        let seen = Fingerprint::of(path);
        let plan = read::read(path)?;
        let store = Self {
            path: path.to_path_buf(),
            seen,
            cache: cache::TextCache::default(),
        };
        Ok((store, plan))
    }

    /// Opens the store, or creates it with `initial` when there is no file at all. Any other
    /// failure (unreadable, invalid) is returned untouched: such a file is never replaced.
    pub fn open_or_create(
        path: &Path,
        initial: impl FnOnce() -> Plan,
    ) -> Result<(Self, Plan, bool), StoreError> {
        Self::open_or_create_then(path, initial, |_| ())
            .map(|(store, plan, created, ())| (store, plan, created))
    }

    /// [`Store::open_or_create`], running `also` on the plan while it is validated (the
    /// interface builds its index meanwhile, on the other core).
    pub fn open_or_create_then<R: Send>(
        path: &Path,
        initial: impl FnOnce() -> Plan,
        also: impl FnOnce(&Plan) -> R + Send,
    ) -> Result<(Self, Plan, bool, R), StoreError> {
        let _ = clean_stale_temps(path);
        match fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let plan = initial();
                let store = Self::create(path, &plan)?;
                let extra = also(&plan);
                Ok((store, plan, true, extra))
            }
            _ => {
                let seen = Fingerprint::of(path);
                let (plan, extra) = read::read_then(path, also)?;
                let store = Self {
                    path: path.to_path_buf(),
                    seen,
                    cache: cache::TextCache::default(),
                };
                Ok((store, plan, false, extra))
            }
        }
    }

    /// Writes `plan` as a new store at `path`, creating its folder. Refuses to replace a file.
    pub fn create(path: &Path, plan: &Plan) -> Result<Self, StoreError> {
        if fs::symlink_metadata(path).is_ok() {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        let write_error = |cause| StoreError::Write {
            path: path.to_path_buf(),
            cause,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            write::create_private_dir(dir).map_err(write_error)?;
        }
        let _lock = self::lock(path)?;
        write::replace(path, &to_bytes(plan)).map_err(write_error)?;
        Ok(Self {
            path: path.to_path_buf(),
            seen: Fingerprint::of(path),
            cache: cache::TextCache::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Saves `plan`, which is the last saved plan with `pending` applied. If another instance
    /// saved meanwhile, `pending` is applied to its version instead, which is saved and
    /// returned in [`Saved::merged`]: nobody's change is lost. On error nothing is written and
    /// the caller keeps `pending` to try again.
    pub fn save(&mut self, plan: &Plan, pending: &[Op]) -> Result<Saved, StoreError> {
        let _lock = lock(&self.path)?;
        let now = Fingerprint::of(&self.path);
        let mut saved = Saved::default();
        let merged = if now.is_some() && now != self.seen {
            let mut theirs = read::read(&self.path)?;
            for op in pending {
                if let Err(e) = apply(&mut theirs, op) {
                    saved.conflicts.push((op.clone(), e));
                }
            }
            Some(theirs)
        } else {
            None
        };
        let plan = if let Some(theirs) = &merged {
            self.cache.forget();
            theirs
        } else {
            self.cache.changed(plan, pending);
            plan
        };
        let cache = &mut self.cache;
        let written = write::replace_with(&self.path, |out| cache.write(plan, out));
        if written.is_err() {
            // Half-filled or not, the kept texts are no longer known to match the file.
            self.cache.forget();
        }
        written.map_err(|cause| StoreError::Write {
            path: self.path.clone(),
            cause,
        })?;
        self.seen = Fingerprint::of(&self.path);
        saved.merged = merged;
        Ok(saved)
    }

    /// Re-reads the file if another instance changed it since we last read or wrote it.
    pub fn reload_if_changed(&mut self) -> Result<Option<Plan>, StoreError> {
        let now = Fingerprint::of(&self.path);
        if now.is_none() || now == self.seen {
            return Ok(None);
        }
        let plan = read::read(&self.path)?;
        self.seen = now;
        Ok(Some(plan))
    }
}

fn lock(path: &Path) -> Result<write::Lock, StoreError> {
    write::lock(path).map_err(|e| e.into_store_error(path))
}

/// Copies `path` aside as `<name>.<timestamp>.bak` before it is replaced; returns the copy.
pub fn backup(path: &Path, stamp: &str) -> Result<PathBuf, StoreError> {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{stamp}.bak"));
    let target = path.with_file_name(name);
    let bytes = fs::read(path).map_err(|cause| StoreError::Io {
        path: path.to_path_buf(),
        cause,
    })?;
    write::replace(&target, &bytes).map_err(|cause| StoreError::Write {
        path: target.clone(),
        cause,
    })?;
    Ok(target)
}

/// Replaces whatever is at `path` with `plan` (for `init --force`, after a backup).
pub fn overwrite(path: &Path, plan: &Plan) -> Result<(), StoreError> {
    let _lock = lock(path)?;
    write::replace(path, &to_bytes(plan)).map_err(|cause| StoreError::Write {
        path: path.to_path_buf(),
        cause,
    })
}

/// Replaces `path` with `bytes` the way the store itself is saved (a temporary file beside it,
/// flushed, renamed over it): for exports written with `-o`.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write::replace(path, bytes)
}
