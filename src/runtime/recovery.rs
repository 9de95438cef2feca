//! The recovery file: changes the store would not take, kept as operations so that a full
//! disk, a folder gone read-only or a closed terminal loses nothing. Beside the store
//! (`roadmap.json.recovery.json`), or, when that folder cannot be written either, in the
//! user's data folder under a name tied to the store's path. The next start offers them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Op;
use crate::i18n::{Lang, os_error};

/// How many numbered names (`.recovery.2.json`…) are tried before giving up.
const NAMES: usize = 100;

/// What a recovery file holds.
#[derive(Debug, Serialize, Deserialize)]
struct Contents {
    /// The store the operations were made on: a file in the data folder is matched by it.
    store: PathBuf,
    /// Local time, RFC 3339: files are offered oldest first.
    kept_at: String,
    ops: Vec<Op>,
}

/// A recovery file found for a store.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    /// The operations, or why the file cannot be read (it is then left alone).
    pub ops: Result<Vec<Op>, String>,
    kept_at: String,
    store: Option<PathBuf>,
}

/// Where a recovery file went, and why not beside the store if it is elsewhere.
#[derive(Debug)]
pub struct Kept {
    pub path: PathBuf,
    pub not_beside: Option<String>,
}

/// The folder of the user's data where recovery files go when the store's folder fails.
pub fn fallback_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "jalons").map(|d| d.data_dir().join("recovery"))
}

/// Every recovery file for `store`, oldest first.
pub fn find(store: &Path, fallback: Option<&Path>) -> Vec<Found> {
    let store = absolute(store);
    let mut found: Vec<Found> = places(&store, fallback)
        .into_iter()
        .flat_map(|(dir, prefix)| matching(&dir, &prefix))
        .map(|path| read(&path))
        // One in the data folder may be another store's that shares the name and the hash.
        .filter(|f| f.path.parent() == store.parent() || f.store.as_deref() == Some(&store))
        .collect();
    found.sort_by(|a, b| (&a.kept_at, &a.path).cmp(&(&b.kept_at, &b.path)));
    found
}

/// Writes `ops` to a new recovery file for `store`: beside it if its folder takes the file,
/// else in `fallback`. A file of the same name is replaced only if it is one of `ours` (its
/// operations are among `ops`); any other, another instance's or one that cannot be read,
/// is left whole and a numbered name is used instead. Why not, said in `lang`.
pub fn keep(
    store: &Path,
    ops: &[Op],
    ours: &[PathBuf],
    fallback: Option<&Path>,
    lang: Lang,
) -> Result<Kept, String> {
    let store = absolute(store);
    let contents = Contents {
        store: store.clone(),
        kept_at: chrono::Local::now().to_rfc3339(),
        ops: ops.to_vec(),
    };
    let bytes = serde_json::to_vec_pretty(&contents).map_err(|e| e.to_string())?;
    let mut why_not_beside = None;
    for (n, (dir, prefix)) in places(&store, fallback).into_iter().enumerate() {
        if n > 0 {
            make_private_dir(&dir).map_err(|e| join(why_not_beside.as_deref(), &e, lang))?;
        }
        match write_new(&dir, &prefix, &bytes, ours) {
            Ok(path) => {
                return Ok(Kept {
                    path,
                    not_beside: why_not_beside,
                });
            }
            Err(e) if n == 0 => why_not_beside = Some(os_error(lang, &e)),
            Err(e) => return Err(join(why_not_beside.as_deref(), &e, lang)),
        }
    }
    Err(why_not_beside.unwrap_or_else(|| "no folder to write to".to_owned()))
}

/// Removes recovery files whose operations are now saved (or kept in a newer file).
pub fn remove(paths: &[PathBuf]) -> Result<(), (PathBuf, io::Error)> {
    for path in paths {
        match fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err((path.clone(), e)),
            _ => {}
        }
    }
    Ok(())
}

/// The folders and name prefixes, in order of preference: beside the store, then the data
/// folder, where the name carries a hash of the store's path (two stores may share a name).
fn places(store: &Path, fallback: Option<&Path>) -> Vec<(PathBuf, String)> {
    let name = store
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let beside = store
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut places = vec![(beside, format!("{name}.recovery"))];
    if let Some(dir) = fallback {
        let hash = fnv1a(store.as_os_str().as_encoded_bytes());
        places.push((dir.to_path_buf(), format!("{name}.{hash:016x}.recovery")));
    }
    places
}

/// `prefix.json`, then `prefix.2.json`, `prefix.3.json`…
fn name(prefix: &str, n: usize) -> String {
    if n <= 1 {
        format!("{prefix}.json")
    } else {
        format!("{prefix}.{n}.json")
    }
}

fn matching(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|file| {
            let Some(rest) = file.strip_prefix(prefix) else {
                return false;
            };
            let Some(middle) = rest.strip_suffix(".json") else {
                return false;
            };
            middle.is_empty()
                || middle
                    .strip_prefix('.')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|file| dir.join(file))
        .collect()
}

fn read(path: &Path) -> Found {
    let contents = fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| serde_json::from_slice::<Contents>(&bytes).map_err(|e| e.to_string()));
    match contents {
        Ok(c) => Found {
            path: path.to_path_buf(),
            ops: Ok(c.ops),
            kept_at: c.kept_at,
            store: Some(c.store),
        },
        Err(e) => Found {
            path: path.to_path_buf(),
            ops: Err(e),
            kept_at: String::new(),
            store: None,
        },
    }
}

fn write_new(dir: &Path, prefix: &str, bytes: &[u8], ours: &[PathBuf]) -> io::Result<PathBuf> {
    for n in 1..=NAMES {
        let path = dir.join(name(prefix, n));
        let taken = fs::symlink_metadata(&path).is_ok();
        if taken && !ours.contains(&path) {
            continue;
        }
        // Atomic, and 0600 for a new file: the changes may name people and trips.
        crate::store::write_file_atomically(&path, bytes)?;
        return Ok(path);
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many recovery files already",
    ))
}

fn make_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn join(first: Option<&str>, then: &io::Error, lang: Lang) -> String {
    let then = os_error(lang, then);
    match first {
        Some(first) => format!("{first}{}{then}", lang.catalogue().leaving.and_then),
        None => then,
    }
}

/// The store's path made absolute without touching the disk (its folder may be gone).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// FNV-1a: stable from one build to the next, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What must reach a recovery file if the interface ends before the store takes it: shared
/// by the loop, which keeps it current, and the signal thread, which may have to write it.
#[derive(Debug, Default)]
pub struct Unsaved {
    pub store: PathBuf,
    /// The operations of the recovery files found at start, while not applied (the adviser
    /// said not now, or has not answered): a newer file must hold them too.
    pub earlier: Vec<Op>,
    /// Those files: done with once their operations are saved or in a newer file.
    pub files: Vec<PathBuf>,
    /// The model's pending operations, as of its last update.
    pub pending: Vec<Op>,
    /// Set once the loop has saved or kept everything itself: nothing is left to do here.
    pub settled: bool,
    /// The language of what is said when a file cannot be written.
    pub lang: Lang,
}

impl Unsaved {
    /// The recovered operations were applied: they are pending now, like any change.
    pub fn absorb(&mut self) {
        self.earlier.clear();
    }

    /// After a save that left nothing pending: recovery files whose operations were applied
    /// are done with.
    pub fn saved(&mut self) -> Result<(), (PathBuf, io::Error)> {
        self.pending.clear();
        if self.earlier.is_empty() && !self.files.is_empty() {
            remove(&self.files)?;
            self.files.clear();
        }
        Ok(())
    }

    /// Writes everything not saved to a recovery file, which then supersedes the older ones.
    pub fn keep(&mut self) -> Result<Kept, String> {
        let ops: Vec<Op> = self.earlier.iter().chain(&self.pending).cloned().collect();
        let fallback = fallback_dir();
        let kept = keep(
            &self.store,
            &ops,
            &self.files,
            fallback.as_deref(),
            self.lang,
        )?;
        let older: Vec<PathBuf> = self
            .files
            .iter()
            .filter(|p| **p != kept.path)
            .cloned()
            .collect();
        // One left behind is offered again with the newer one; its operations then apply
        // twice, which, as target values, changes nothing.
        let _ = remove(&older);
        self.files = vec![kept.path.clone()];
        self.earlier = ops;
        self.pending.clear();
        Ok(kept)
    }
}

#[cfg(test)]
mod tests;
