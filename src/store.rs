//! The store: one JSON file holding the plan. Loads and validates it, saves it atomically,
//! and merges with changes another instance saved meanwhile.

mod backup;
mod cache;
mod error;
mod error_text;
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
pub use hygiene::{clean_stale_temps, permission_warning, permission_warning_in};
pub use lock::{Holder, holder, set_program};
pub use read::parse;
pub use write::{Lock, lock_path, resolve, temp_name, to_bytes};

use crate::domain::{Op, Plan, keeps_valid, validate};
use crate::merge::{Conflict, merge3};

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

/// The file's text, and the version of the file it was read from.
type NewText = (Vec<u8>, Option<Fingerprint>);

/// An open store file.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    seen: Option<Fingerprint>,
    /// The file's text as this instance last read or wrote it: the *base* of the three-way
    /// merge when another instance saved meanwhile. Kept as text, parsed only for a merge.
    base: Vec<u8>,
    /// How many daily copies of the store are kept beside it (0: none).
    backups: usize,
    /// Whether a save waits for another instance's save to end. The interface does not: a
    /// key must never wait on the disk; it keeps the change and tries again a second later.
    waits: bool,
    /// The text of each action and trip as last written: a save writes again only what
    /// changed.
    cache: cache::TextCache,
}

/// What a save did.
#[derive(Debug, Default)]
pub struct Saved {
    /// The plan as saved, when another instance had changed the file and both versions were
    /// merged: the caller must show this one.
    pub merged: Option<Plan>,
    /// What the merge could not settle by itself: theirs kept, ours set aside.
    pub conflicts: Vec<Conflict>,
}

/// A save made ready under the store's lock, to be written by [`Staged::write`]
/// (on any thread), its outcome then given to [`Store::took`].
#[derive(Debug)]
pub struct Staged {
    lock: write::Lock,
    path: PathBuf,
    text: Vec<u8>,
    saved: Saved,
}

/// A staged save, on disk.
#[derive(Debug)]
pub struct Written {
    text: Vec<u8>,
    seen: Option<Fingerprint>,
    saved: Saved,
}

impl Staged {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the text is the merge of another instance's save with ours.
    pub fn merges(&self) -> bool {
        self.saved.merged.is_some()
    }

    /// Writes the text atomically (flushed to disk, renamed over the store), then lets go of
    /// the lock: the version seen is taken while it is still held, so that no other
    /// instance's save can pass for ours.
    pub fn write(self) -> Result<Written, StoreError> {
        let Self {
            lock,
            path,
            text,
            saved,
        } = self;
        write::replace(&path, &text).map_err(|cause| StoreError::Write {
            path: path.clone(),
            cause,
        })?;
        let seen = Fingerprint::of(&path);
        drop(lock);
        Ok(Written { text, seen, saved })
    }
}

impl Store {
    /// Opens an existing store, reading and validating it.
    pub fn open(path: &Path) -> Result<(Self, Plan), StoreError> {
        let _ = clean_stale_temps(path);
        // The version seen is taken before reading: if another instance saves in between, our
        // next save merges with it (harmless) rather than taking it as read (losing it).
        let seen = Fingerprint::of(path);
        let base = read::bytes(path)?;
        let plan = read::parse(path, &base)?;
        let store = Self {
            path: path.to_path_buf(),
            seen,
            base,
            cache: cache::TextCache::default(),
            backups: DEFAULT_KEPT,
            waits: true,
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
                let base = read::bytes(path)?;
                let (plan, extra) = read::parse_then(path, &base, also)?;
                let store = Self {
                    path: path.to_path_buf(),
                    seen,
                    base,
                    cache: cache::TextCache::default(),
                    backups: DEFAULT_KEPT,
                    waits: true,
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
        let problems = validate(plan);
        if !problems.is_empty() {
            return Err(StoreError::Unsound {
                path: path.to_path_buf(),
                problems: problems.iter().map(ToString::to_string).collect(),
            });
        }
        let _lock = self::lock(path)?;
        let base = to_bytes(plan);
        write::replace(path, &base).map_err(write_error)?;
        Ok(Self {
            path: path.to_path_buf(),
            seen: Fingerprint::of(path),
            base,
            cache: cache::TextCache::default(),
            backups: DEFAULT_KEPT,
            waits: true,
        })
    }

    /// Makes saves give up at once when another instance holds the lock (a
    /// [`StoreError::Locked`] that says who), instead of waiting up to five seconds.
    pub fn set_waiting(&mut self, waits: bool) {
        self.waits = waits;
    }

    /// Sets how many daily copies of the store are kept beside it (0: none).
    pub fn set_backups(&mut self, keep: usize) {
        self.backups = keep;
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Saves `plan`, which is the plan last read or written with `pending` applied. If the
    /// file changed since, the three versions are merged by record and field
    /// ([`crate::merge::merge3`]) and the merge is saved and returned in [`Saved::merged`]:
    /// nobody's change is lost, and what both sides changed differently is reported. Nothing
    /// that would not read back as a valid store is ever written. On error nothing is written
    /// and the caller keeps `pending` to try again.
    pub fn save(&mut self, plan: &Plan, pending: &[Op]) -> Result<Saved, StoreError> {
        let staged = self.stage(plan, pending)?;
        let written = staged.write();
        self.took(written)
    }

    /// The part of a save that needs the plan: the lock taken, the merge with another
    /// instance's save if there was one, the text checked and made. What is left, writing it
    /// to disk ([`Staged::write`]), needs nothing of the caller's and may run on another
    /// thread; [`Store::took`] then takes its outcome. No other save or reload of this store
    /// may come in between.
    pub fn stage(&mut self, plan: &Plan, pending: &[Op]) -> Result<Staged, StoreError> {
        let lock = if self.waits {
            lock(&self.path)?
        } else {
            lock::try_lock(&self.path)
                .map_err(|cause| StoreError::Write {
                    path: lock_path(&self.path),
                    cause,
                })?
                .ok_or_else(|| {
                    lock::LockError::Busy(lock::holder(&self.path)).into_store_error(&self.path)
                })?
        };
        // The first save of a day keeps yesterday's file aside. A copy that cannot be made
        // must not cost the adviser the change being saved: the save goes on.
        let _ = backup::daily_backup(&self.path, chrono::Local::now().date_naive(), self.backups);
        let mut saved = Saved::default();
        let text = if let Some(theirs) = self.changed_on_disk()? {
            let base = read::parse(&self.path, &self.base)?;
            let merged = merge3(&base, plan, &theirs);
            self.cache.forget();
            saved.conflicts = merged.conflicts;
            let text = self.text(&merged.plan, None)?;
            saved.merged = Some(merged.plan);
            text
        } else {
            self.cache.changed(plan, pending);
            self.text(plan, Some(pending))?
        };
        Ok(Staged {
            lock,
            path: self.path.clone(),
            text,
            saved,
        })
    }

    /// Takes the outcome of a staged save's write: its text is the new base.
    pub fn took(&mut self, written: Result<Written, StoreError>) -> Result<Saved, StoreError> {
        match written {
            Ok(written) => {
                self.seen = written.seen;
                self.base = written.text;
                Ok(written.saved)
            }
            Err(e) => {
                // Half-filled or not, the kept texts are no longer known to match the file.
                self.cache.forget();
                Err(e)
            }
        }
    }

    /// The plan on disk, if another instance (or a hand edit) changed the file since we last
    /// read or wrote it.
    fn changed_on_disk(&mut self) -> Result<Option<Plan>, StoreError> {
        self.changed_text()?
            .map(|(bytes, _)| read::parse(&self.path, &bytes))
            .transpose()
    }

    /// The file's text and fingerprint, if it changed since we last read or wrote it. A file
    /// touched, or written back as it was, has nothing new: it is taken as seen.
    fn changed_text(&mut self) -> Result<Option<NewText>, StoreError> {
        let now = Fingerprint::of(&self.path);
        if now.is_none() || now == self.seen {
            return Ok(None);
        }
        let bytes = read::bytes(&self.path)?;
        if bytes == self.base {
            self.seen = now;
            return Ok(None);
        }
        Ok(Some((bytes, now)))
    }

    /// The text of `plan` if it is a valid store. `pending`, when given, is what `plan` adds
    /// to the valid base: if it cannot make it invalid (ticks), the whole plan is not checked
    /// again.
    fn text(&mut self, plan: &Plan, pending: Option<&[Op]>) -> Result<Vec<u8>, StoreError> {
        let problems = if pending.is_some_and(keeps_valid) {
            Vec::new()
        } else {
            validate(plan)
        };
        if !problems.is_empty() {
            return Err(StoreError::Unsound {
                path: self.path.clone(),
                problems: problems.iter().map(ToString::to_string).collect(),
            });
        }
        let mut text = Vec::with_capacity(self.base.len() + (1 << 12));
        self.cache
            .write(plan, &self.base, &mut text)
            .expect("writing to memory does not fail");
        Ok(text)
    }

    /// Re-reads the file if another instance changed it since we last read or wrote it.
    pub fn reload_if_changed(&mut self) -> Result<Option<Plan>, StoreError> {
        let Some((bytes, now)) = self.changed_text()? else {
            return Ok(None);
        };
        let plan = read::parse(&self.path, &bytes)?;
        self.seen = now;
        self.base = bytes;
        // The kept places are those in the text we wrote, not in this one.
        self.cache.forget();
        Ok(Some(plan))
    }
}

fn lock(path: &Path) -> Result<write::Lock, StoreError> {
    write::lock(path).map_err(|e| e.into_store_error(path))
}

/// Takes the store's lock, as a save does, for a writer of the store other than a save (a
/// sync putting the merged version in place); held until dropped.
pub fn hold(path: &Path) -> Result<write::Lock, StoreError> {
    lock(path)
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
