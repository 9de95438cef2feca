//! Writing an export into a file: atomically, into regular files only, with the permissions
//! the adviser's umask gives (an export is made to be shared: a colleague must be able to open
//! the note that was just written for them; the store itself stays private).
//!
//! A device, a FIFO, a socket or a folder at the path is refused with a clear error, never
//! replaced. A symbolic link is refused too: an export is written where it is named, not
//! wherever a link planted there leads (the kernel's protection of links in shared folders
//! like `/tmp` does not cover a rename, so jalons does not follow them at all).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::ExportError;
use crate::i18n::FileKind;
use crate::store;

/// Writes `bytes` to `path`, replacing a regular file there (its permissions kept), refusing
/// anything else, and refusing to write over the store at `store_path` or its lock file
/// whatever way either is named (relative, `..`, a symbolic link).
pub fn write_file(path: &Path, bytes: &[u8], store_path: &Path) -> Result<(), ExportError> {
    let existing = check(path, store_path)?;
    let failed = |e| ExportError::Write(path.to_path_buf(), e);
    let tmp = write_temporary(path, bytes, existing.as_ref()).map_err(failed)?;
    let renamed = fs::rename(&tmp, path);
    if renamed.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    renamed.and_then(|()| sync_dir(path)).map_err(failed)
}

/// Writes `bytes` in `dir` under `name`, or, when a file has that name already, under the
/// first free numbered name ("note (2).html"): never over anything. Returns the path written.
pub fn write_new(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    store_path: &Path,
) -> Result<PathBuf, ExportError> {
    let first = dir.join(name);
    let failed = |e| ExportError::Write(first.clone(), e);
    fs::create_dir_all(dir).map_err(failed)?;
    let tmp = write_temporary(&first, bytes, None).map_err(failed)?;
    let mut result = Err(ExportError::Write(
        first.clone(),
        io::ErrorKind::AlreadyExists.into(),
    ));
    // A name taken between the look and the write moves on to the next one.
    for n in 1..=1000 {
        let path = dir.join(numbered(name, n));
        // Whatever has the name (a file, a folder, a link) is left alone: `place` moves on.
        if let Err(e) = guard_store(&path, store_path) {
            result = Err(e);
            break;
        }
        match place(&tmp, &path) {
            Ok(()) => {
                result = sync_dir(&path)
                    .map(|()| path.clone())
                    .map_err(|e| ExportError::Write(path, e));
                break;
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                result = Err(ExportError::Write(path, e));
                break;
            }
        }
    }
    let _ = fs::remove_file(&tmp);
    result
}

/// The first name in `dir` that nothing has: `name`, then "stem (2).ext", "stem (3).ext"…
pub fn free_name(dir: &Path, name: &str) -> String {
    (1..=1000)
        .map(|n| numbered(name, n))
        .find(|candidate| fs::symlink_metadata(dir.join(candidate)).is_err())
        .unwrap_or_else(|| name.to_owned())
}

/// `name` for 1, "stem (n).ext" after: the numbering file managers and browsers use.
fn numbered(name: &str, n: usize) -> String {
    if n == 1 {
        return name.to_owned();
    }
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem} ({n}).{ext}"),
        _ => format!("{name} ({n})"),
    }
}

/// What is at `path` now, if it is a regular file; an error for anything else or the store.
fn check(path: &Path, store_path: &Path) -> Result<Option<fs::Metadata>, ExportError> {
    // The store first: a link to it is named for what it leads to.
    guard_store(path, store_path)?;
    let existing = match fs::symlink_metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(ExportError::Write(path.to_path_buf(), e)),
    };
    if let Some(meta) = &existing
        && let Some(kind) = not_a_file(meta.file_type())
    {
        return Err(ExportError::NotAFile(path.to_path_buf(), kind));
    }
    Ok(existing)
}

/// Refuses the store and its lock file, however they are named.
fn guard_store(path: &Path, store_path: &Path) -> Result<(), ExportError> {
    let target = canonical(path);
    for guarded in [store_path.to_path_buf(), store::lock_path(store_path)] {
        if target.is_some() && target == canonical(&guarded) {
            return Err(ExportError::IntoStore(path.to_path_buf()));
        }
    }
    Ok(())
}

fn not_a_file(kind: fs::FileType) -> Option<FileKind> {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        return None;
    }
    Some(if kind.is_symlink() {
        FileKind::Link
    } else if kind.is_dir() {
        FileKind::Folder
    } else {
        #[cfg(unix)]
        {
            if kind.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if kind.is_socket() {
                return Some(FileKind::Socket);
            }
        }
        FileKind::Device
    })
}

/// A temporary file beside `path` holding `bytes`, flushed to disk: created with the umask's
/// permissions, or with those of the regular file it is to replace.
fn write_temporary(
    path: &Path,
    bytes: &[u8],
    replacing: Option<&fs::Metadata>,
) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let tmp = folder(path).join(store::temp_name(name));
    let written = (|| {
        // 0666 less the umask, as any program creating a document.
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        if let Some(meta) = replacing {
            file.set_permissions(meta.permissions())?;
        }
        file.write_all(bytes)?;
        file.sync_all()
    })();
    match written {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Gives the temporary file the name `path` unless something has it: a hard link fails on
/// a name taken, where a rename would replace it. Where links are not supported (some
/// network or FAT folders), a rename after a last look.
fn place(tmp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, path) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => {
            if fs::symlink_metadata(path).is_ok() {
                return Err(io::ErrorKind::AlreadyExists.into());
            }
            fs::copy(tmp, path).map(|_| ())
        }
        result => result,
    }
}

fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
fn sync_dir(path: &Path) -> io::Result<()> {
    File::open(folder(path))?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// The canonical path of a file that may not exist yet (its folder must).
fn canonical(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    Some(folder(path).canonicalize().ok()?.join(path.file_name()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_names_keep_the_extension() {
        assert_eq!(numbered("note-2014-09-16.html", 1), "note-2014-09-16.html");
        assert_eq!(
            numbered("note-2014-09-16.html", 2),
            "note-2014-09-16 (2).html"
        );
        assert_eq!(numbered("jalons", 3), "jalons (3)");
        assert_eq!(numbered(".hidden", 2), ".hidden (2)");
    }

    #[test]
    fn a_new_export_never_replaces_a_file() {
        let dir = tempfile::tempdir().expect("a folder");
        let store = dir.path().join("roadmap.json");
        fs::write(dir.path().join("jalons.ics"), "old").expect("written");
        assert_eq!(free_name(dir.path(), "jalons.ics"), "jalons (2).ics");
        let written = write_new(dir.path(), "jalons.ics", b"new", &store).expect("written");
        assert_eq!(written, dir.path().join("jalons (2).ics"));
        assert_eq!(
            fs::read(dir.path().join("jalons.ics")).expect("read"),
            b"old"
        );
        assert_eq!(fs::read(&written).expect("read"), b"new");
        let third = write_new(dir.path(), "jalons.ics", b"3", &store).expect("written");
        assert_eq!(third, dir.path().join("jalons (3).ics"));
        let leftovers = fs::read_dir(dir.path())
            .expect("listed")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            })
            .count();
        assert_eq!(leftovers, 0, "no temporary file left");
    }
}
