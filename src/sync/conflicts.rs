//! The conflicts a clone has not settled yet, kept in its repository (`.git/jalons/
//! conflicts.json`, never in the shared store): they survive restarts, and `jalons conflicts`
//! and the interface read the same list.

use std::path::{Path, PathBuf};

use crate::merge::Conflict;

/// Where the conflicts of the store at `store` are kept, when it is shared through git.
pub fn file(store: &Path) -> Option<PathBuf> {
    let folder = store.parent().filter(|p| !p.as_os_str().is_empty())?;
    let git = folder.join(".git");
    git.is_dir()
        .then(|| git.join("jalons").join("conflicts.json"))
}

/// The unsettled conflicts (none when the store is not shared or the file is unreadable).
pub fn load(store: &Path) -> Vec<Conflict> {
    file(store)
        .and_then(|f| std::fs::read(f).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Keeps `conflicts` as the unsettled ones (the file goes when there are none).
pub fn save(store: &Path, conflicts: &[Conflict]) -> std::io::Result<()> {
    let Some(file) = file(store) else {
        return Ok(());
    };
    if conflicts.is_empty() {
        return match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let bytes = serde_json::to_vec_pretty(conflicts).map_err(std::io::Error::other)?;
    crate::store::write_file_atomically(&file, &bytes)
}

/// Adds `new` to the unsettled ones.
pub fn add(store: &Path, new: &[Conflict]) -> std::io::Result<()> {
    if new.is_empty() {
        return Ok(());
    }
    let mut all = load(store);
    all.extend(new.iter().cloned());
    save(store, &all)
}

/// The conflicts the merge driver appended to `report` (one JSON object a line).
pub fn read_report(report: &Path) -> Vec<Conflict> {
    std::fs::read_to_string(report)
        .map(|text| {
            text.lines()
                .filter_map(|line| serde_json::from_str(line).ok())
                .collect()
        })
        .unwrap_or_default()
}
