//! Copies of the store kept beside it: one a day before the first save (the last few kept),
//! one before each restore; and restoring one of them.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::error::StoreError;
use super::write::{self, parent, resolve};
use crate::domain::Plan;

/// How many daily backups are kept when the configuration does not say.
pub const DEFAULT_KEPT: usize = 14;

/// Before the first save of `today`, copies the store to `roadmap.json.YYYY-MM-DD.bak` beside
/// it (atomically, readable by the user alone), then removes the daily copies beyond the
/// `keep` most recent. Nothing to do when today's copy exists, when there is no store yet, or
/// when `keep` is 0; returns the copy made.
pub fn daily_backup(path: &Path, today: NaiveDate, keep: usize) -> io::Result<Option<PathBuf>> {
    if keep == 0 {
        return Ok(None);
    }
    let path = resolve(path);
    let target = beside(&path, &today.format("%Y-%m-%d").to_string());
    if fs::symlink_metadata(&target).is_ok() {
        return Ok(None);
    }
    let mut source = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    write::replace_with(&target, |out| io::copy(&mut source, out).map(drop))?;
    rotate(&path, keep)?;
    Ok(Some(target))
}

/// `roadmap.json` + `stamp` → `roadmap.json.<stamp>.bak`, in the same folder.
fn beside(path: &Path, stamp: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{stamp}.bak"));
    path.with_file_name(name)
}

/// Removes the oldest daily copies until `keep` are left. Copies made before a restore or an
/// `init --force` (timestamped) are the adviser's own and are left alone.
fn rotate(path: &Path, keep: usize) -> io::Result<()> {
    let mut daily: Vec<Backup> = backups(path)?
        .into_iter()
        .filter(|b| NaiveDate::parse_from_str(&b.stamp, "%Y-%m-%d").is_ok())
        .collect();
    let extra = daily.len().saturating_sub(keep);
    for old in daily.drain(..extra) {
        fs::remove_file(old.path)?;
    }
    Ok(())
}

/// A copy of the store found beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// What the name carries between the store's name and `.bak`: `2014-06-02` for a daily
    /// copy, `20140602-104200` for one made before a restore or an `init --force`.
    pub stamp: String,
    pub size: u64,
}

impl Backup {
    /// The time order of the stamps, whichever their form (a day's copy comes before the
    /// timestamped ones of that day: it is made before the day's first save).
    fn order(&self) -> String {
        self.stamp.replace('-', "")
    }
}

/// The copies of the store at `path`, oldest first.
pub fn backups(path: &Path) -> io::Result<Vec<Backup>> {
    let path = resolve(path);
    let prefix = format!(
        "{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut found = Vec::new();
    for entry in fs::read_dir(parent(&path))? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(stamp) = name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix)?.strip_suffix(".bak"))
        else {
            continue;
        };
        let is_stamp = !stamp.is_empty() && stamp.chars().all(|c| c.is_ascii_digit() || c == '-');
        let meta = entry.metadata()?;
        if is_stamp && meta.is_file() {
            found.push(Backup {
                // Named like the store (`roadmap.json.….bak`, not `./roadmap.json.….bak`).
                path: path.with_file_name(&name),
                stamp: stamp.to_owned(),
                size: meta.len(),
            });
        }
    }
    found.sort_by_key(Backup::order);
    Ok(found)
}

/// The copy of the store at `path` that `which` names: a stamp as listed (`2014-06-02`,
/// `20140602-104200`), else a file's path.
pub fn find_backup(path: &Path, which: &str) -> io::Result<PathBuf> {
    if let Some(found) = backups(path)?.into_iter().find(|b| b.stamp == which) {
        return Ok(found.path);
    }
    let file = PathBuf::from(which);
    if file.is_file() {
        Ok(file)
    } else {
        Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("no backup {which:?} beside the store, and no such file"),
        ))
    }
}

/// `stamp`, or `stamp-2`, `stamp-3`… when a copy by that name exists already: two restores in
/// the same second must not keep the second copy over the first.
fn free_stamp(path: &Path, stamp: &str) -> String {
    let mut free = stamp.to_owned();
    let mut n = 2;
    while fs::symlink_metadata(beside(path, &free)).is_ok() {
        free = format!("{stamp}-{n}");
        n += 1;
    }
    free
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    /// The copy of the file it replaced, if there was one.
    pub kept: Option<PathBuf>,
    pub plan: Plan,
}

/// Replaces the store at `path` with the copy at `from`, once that copy reads and validates
/// as a store (else nothing is touched and its problems are returned). Under the lock: the
/// current file is first kept as `roadmap.json.<stamp>.bak`, then the copy written in its
/// place atomically, byte for byte.
pub fn restore(path: &Path, from: &Path, stamp: &str) -> Result<Restored, StoreError> {
    let bytes = fs::read(from).map_err(|cause| StoreError::Io {
        path: from.to_path_buf(),
        cause,
    })?;
    let plan = super::parse(from, &bytes)?;
    let _lock = super::lock(path)?;
    let target = resolve(path);
    let kept = match fs::metadata(&target) {
        Ok(meta) if meta.is_file() => Some(super::backup(&target, &free_stamp(&target, stamp))?),
        Ok(_) => {
            return Err(StoreError::NotAFile {
                path: path.to_path_buf(),
            });
        }
        Err(_) => None,
    };
    write::replace(&target, &bytes).map_err(|cause| StoreError::Write {
        path: path.to_path_buf(),
        cause,
    })?;
    Ok(Restored { kept, plan })
}
