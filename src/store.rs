//! The store: one JSON file holding the plan. Loads and validates it, saves it atomically,
//! and merges with changes another instance saved meanwhile.

mod backup;
mod base;
mod cache;
mod error;
mod error_text;
mod hygiene;
mod lock;
mod parallel;
mod read;
mod streamed;
mod text;
mod write;

use std::fs;
use std::path::{Path, PathBuf};

pub use backup::{Backup, DEFAULT_KEPT, Restored, backups, daily_backup, find_backup, restore};
pub use error::{Position, StoreError};
pub use hygiene::{clean_stale_temps, permission_warning, permission_warning_in};
pub use lock::{Holder, holder, set_program};
pub use read::parse;
pub use write::{Lock, lock_path, resolve, temp_name, to_bytes};

use crate::domain::{Op, Plan, keeps_valid, validate};
use crate::merge::{Conflict, merge3, rebase};
use base::{Base, Fingerprint};

/// The file's text as just read, the handle that keeps that version, and whether the base
/// was lost: the version we last read or wrote, rewritten in place by another program.
struct NewText {
    text: Vec<u8>,
    version: Base,
    base_lost: bool,
}

/// An open store file.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    seen: Option<Fingerprint>,
    /// The file as this instance last read or wrote it: the *base* of the three-way merge
    /// when another instance saved meanwhile, and what a save copies unchanged records from.
    /// An open handle on that version, read only when needed.
    base: Base,
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
    text: cache::Layout,
    /// The version the layout's unchanged records are copied from, if it copies any.
    base: Option<Base>,
    saved: Saved,
}

/// A staged save, on disk.
#[derive(Debug)]
pub struct Written {
    base: Base,
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
            base,
            saved,
        } = self;
        let file = write::replace_keeping(&path, |out| {
            let Some(base) = base else {
                return text.emit(out, |_, _| Err(std::io::Error::other("no base to copy")));
            };
            text.emit(out, |range, out| base.copy(range, out))?;
            // A program that rewrote the base in place meanwhile may have mixed its text
            // into ours: nothing is put in place, and the next save sees its change.
            if base.intact() {
                Ok(())
            } else {
                Err(std::io::Error::other(
                    "the store was rewritten in place while it was being saved",
                ))
            }
        })
        .map_err(|cause| StoreError::Write {
            path: path.clone(),
            cause,
        })?;
        let base = Base::written(file);
        drop(lock);
        Ok(Written { base, saved })
    }
}

impl Store {
    /// Opens an existing store, reading and validating it.
    pub fn open(path: &Path) -> Result<(Self, Plan), StoreError> {
        let _ = clean_stale_temps(path);
        // The version seen is taken before reading: if another instance saves in between, our
        // next save merges with it (harmless) rather than taking it as read (losing it).
        let (base, plan, ()) = read::open_then(path, |_| ())?;
        let store = Self {
            path: path.to_path_buf(),
            seen: base.fingerprint(),
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
                let (base, plan, extra) = read::open_then(path, also)?;
                let store = Self {
                    path: path.to_path_buf(),
                    seen: base.fingerprint(),
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
        let text = to_bytes(plan);
        let file = write::replace_keeping(path, |out| std::io::Write::write_all(out, &text))
            .map_err(write_error)?;
        let base = Base::written(file);
        Ok(Self {
            path: path.to_path_buf(),
            seen: base.fingerprint(),
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
        let merging = self.changed_text()?;
        let copies = merging.is_none();
        let text = if let Some(changed) = merging {
            let theirs = read::parse(&self.path, &changed.text)?;
            drop(changed.text);
            let merged = if changed.base_lost {
                // Our last version is gone: our changes, made again on theirs.
                rebase(theirs, pending)
            } else {
                let base = self.base.text().map_err(|cause| StoreError::Io {
                    path: self.path.clone(),
                    cause,
                })?;
                merge3(&read::parse(&self.path, &base)?, plan, &theirs)
            };
            // The merge is written whole: nothing is copied from a base. Ours stays the base
            // until it is on disk, so that a write that fails merges again next time.
            self.cache.forget();
            saved.conflicts = merged.conflicts;
            let text = self.text(&merged.plan, None)?;
            saved.merged = Some(merged.plan);
            text
        } else {
            self.cache.changed(plan, pending);
            self.text(plan, Some(pending))?
        };
        let base = copies
            .then(|| self.base.try_clone())
            .transpose()
            .map_err(|cause| StoreError::Io {
                path: self.path.clone(),
                cause,
            })?;
        Ok(Staged {
            lock,
            path: self.path.clone(),
            text,
            base,
            saved,
        })
    }

    /// Takes the outcome of a staged save's write: its text is the new base.
    pub fn took(&mut self, written: Result<Written, StoreError>) -> Result<Saved, StoreError> {
        match written {
            Ok(written) => {
                self.seen = written.base.fingerprint();
                self.base = written.base;
                Ok(written.saved)
            }
            Err(e) => {
                // Half-filled or not, the kept texts are no longer known to match the file.
                self.cache.forget();
                Err(e)
            }
        }
    }

    /// The file's text, if it changed since we last read or wrote it. A file written back as
    /// it was has nothing new: it is taken as seen. A file rewritten in place (the same
    /// inode) was our base: that version is lost.
    fn changed_text(&mut self) -> Result<Option<NewText>, StoreError> {
        let now = Fingerprint::of(&self.path);
        if now.is_none() || now == self.seen {
            return Ok(None);
        }
        let version = read::version(&self.path)?;
        let base_lost =
            !self.base.intact() || now.map(|n| n.inode) == self.base.fingerprint().map(|b| b.inode);
        let io = |cause| StoreError::Io {
            path: self.path.clone(),
            cause,
        };
        if !base_lost && self.base.same_text(&version.text).map_err(io)? {
            // Another version with our text: it is the base now (ours is no longer the file).
            self.seen = version.base.fingerprint();
            self.base = version.base;
            return Ok(None);
        }
        Ok(Some(NewText {
            text: version.text,
            version: version.base,
            base_lost,
        }))
    }

    /// The text of `plan` if it is a valid store. `pending`, when given, is what `plan` adds
    /// to the valid base: if it cannot make it invalid (ticks), the whole plan is not checked
    /// again.
    fn text(&mut self, plan: &Plan, pending: Option<&[Op]>) -> Result<cache::Layout, StoreError> {
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
        let base_len = self.base.fingerprint().map_or(0, |f| f.len);
        Ok(self
            .cache
            .layout(plan, usize::try_from(base_len).unwrap_or(usize::MAX)))
    }

    /// Re-reads the file if another instance changed it since we last read or wrote it.
    pub fn reload_if_changed(&mut self) -> Result<Option<Plan>, StoreError> {
        let Some(changed) = self.changed_text()? else {
            return Ok(None);
        };
        let plan = read::parse(&self.path, &changed.text)?;
        self.seen = changed.version.fingerprint();
        self.base = changed.version;
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
