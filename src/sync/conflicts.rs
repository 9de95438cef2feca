//! The conflicts a clone has not settled yet, kept in its repository (`.git/jalons/
//! conflicts.json`, never in the shared store): they survive restarts, and `jalons conflicts`
//! and the interface read the same list.

use std::path::{Path, PathBuf};

use super::Git;
use crate::merge::{Conflict, ConflictKind};

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

/// Names who wrote each kept value among the conflicts the driver appended to `report` past
/// its first `known` bytes: the author of the newest received commit (`HEAD..@{u}`) whose
/// journal line changed that field of that record (or touched the record, for a record
/// deleted, brought back or taken whole). A report that cannot be read or rewritten is left
/// as it is: the names are a help, the conflicts themselves are what must not be lost.
pub(super) fn attribute(git: &Git, report: &Path, known: u64) {
    let Ok(text) = std::fs::read_to_string(report) else {
        return;
    };
    let Ok(start) = usize::try_from(known) else {
        return;
    };
    let Some(new) = text.get(start..).filter(|t| !t.is_empty()) else {
        return;
    };
    let mut out = text[..start].to_owned();
    for line in new.lines() {
        let named = serde_json::from_str::<Conflict>(line).ok().map(|mut c| {
            c.by = author(git, &c);
            c
        });
        match named.and_then(|c| serde_json::to_string(&c).ok()) {
            Some(line) => out.push_str(&line),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    let _ = crate::store::write_file_atomically(report, out.as_bytes());
}

fn author(git: &Git, c: &Conflict) -> Option<String> {
    if c.record_kind == "plan" {
        return None;
    }
    let needle = match (c.kind, &c.field) {
        (ConflictKind::Field, Some(field)) => format!("* {} {field}:", c.id),
        (ConflictKind::IdCollision, _) => return None,
        _ => format!("* {} ", c.id),
    };
    let name = git
        .text(&[
            "log",
            "-1",
            "--format=%an",
            "--fixed-strings",
            "--grep",
            &needle,
            "HEAD..@{u}",
        ])
        .ok()?;
    (!name.is_empty()).then_some(name)
}
