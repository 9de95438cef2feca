//! The merge's base — the file as this instance last read or wrote it — kept as an open
//! handle on that version of the file, not as a copy of its text in memory (a copy cost as
//! much memory as the store's whole text). Every writer of jalons replaces the store by
//! rename, so the version stays whole, unlinked, for as long as the handle is open. A program
//! that rewrites the file in place (some editors) changes the very version the handle reads:
//! `Store` notices (same inode, another time or size) and takes the base as lost.

use std::fs::File;
use std::io::{self, Read, Write};
use std::ops::Range;
use std::path::Path;
use std::time::SystemTime;

/// What identifies one version of the file on disk: a save by anyone replaces the file by
/// rename, which changes the inode even when size and time happen to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    modified: Option<SystemTime>,
    pub inode: u64,
}

impl Fingerprint {
    pub fn of(path: &Path) -> Option<Self> {
        std::fs::metadata(path).ok().map(|m| Self::of_meta(&m))
    }

    fn of_file(file: &File) -> Option<Self> {
        file.metadata().ok().map(|m| Self::of_meta(&m))
    }

    fn of_meta(meta: &std::fs::Metadata) -> Self {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            inode,
        }
    }
}

/// One version of the store's file, open for reading.
#[derive(Debug, Default)]
pub struct Base {
    file: Option<File>,
    /// The version as it was when read or written: if the handle's file no longer matches
    /// it, it was rewritten in place.
    seen: Option<Fingerprint>,
}

/// A version of the file just read: its text, and the handle that keeps that version.
pub struct Version {
    pub text: Vec<u8>,
    pub base: Base,
}

impl Base {
    /// Reads the file at `path` through a handle that then keeps that version.
    pub fn read(path: &Path) -> io::Result<Version> {
        let mut file = File::open(path)?;
        let seen = Fingerprint::of_file(&file);
        let capacity = seen.map_or(0, |s| usize::try_from(s.len).unwrap_or(0));
        let mut text = Vec::with_capacity(capacity);
        file.read_to_end(&mut text)?;
        Ok(Version {
            text,
            base: Self {
                file: Some(file),
                seen,
            },
        })
    }

    /// Opens the file at `path` through a handle that then keeps that version, reading
    /// nothing yet ([`Self::reader`] reads it a piece at a time).
    pub fn open(path: &Path) -> io::Result<Self> {
        let file = File::open(path)?;
        let seen = Fingerprint::of_file(&file);
        Ok(Self {
            file: Some(file),
            seen,
        })
    }

    /// The version's text from its start, read through the handle as it is asked for.
    pub fn reader(&self) -> impl Read + '_ {
        At {
            file: self.file.as_ref(),
            at: 0,
        }
    }

    /// The version just written through `file` (and renamed into place).
    pub fn written(file: File) -> Self {
        let seen = Fingerprint::of_file(&file);
        Self {
            file: Some(file),
            seen,
        }
    }

    /// The version as it was read or written.
    pub fn fingerprint(&self) -> Option<Fingerprint> {
        self.seen
    }

    /// Whether the version is still as it was read or written (nobody rewrote it in place).
    pub fn intact(&self) -> bool {
        self.file
            .as_ref()
            .is_some_and(|f| Fingerprint::of_file(f) == self.seen)
    }

    /// A second handle on the same version, for the writer's thread.
    pub fn try_clone(&self) -> io::Result<Self> {
        let file = self.file.as_ref().map(File::try_clone).transpose()?;
        Ok(Self {
            file,
            seen: self.seen,
        })
    }

    /// The whole text of the version.
    pub fn text(&self) -> io::Result<Vec<u8>> {
        let len = self.seen.map_or(0, |s| s.len);
        let mut text = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        self.copy(0..usize::try_from(len).unwrap_or(usize::MAX), &mut text)?;
        Ok(text)
    }

    /// Whether the version's text is `bytes`.
    pub fn same_text(&self, bytes: &[u8]) -> io::Result<bool> {
        if self.seen.is_none_or(|s| s.len != bytes.len() as u64) {
            return Ok(false);
        }
        let mut at = 0;
        let mut equal = true;
        self.each_chunk(0..bytes.len(), |chunk| {
            equal &= bytes[at..at + chunk.len()] == *chunk;
            at += chunk.len();
            Ok(())
        })?;
        Ok(equal)
    }

    /// Writes the bytes `range` of the version to `out`.
    pub fn copy(&self, range: Range<usize>, out: &mut impl Write) -> io::Result<()> {
        self.each_chunk(range, |chunk| out.write_all(chunk))
    }

    fn each_chunk(
        &self,
        range: Range<usize>,
        mut f: impl FnMut(&[u8]) -> io::Result<()>,
    ) -> io::Result<()> {
        const CHUNK: usize = 1 << 18;
        let Some(file) = &self.file else {
            return if range.is_empty() {
                Ok(())
            } else {
                Err(io::Error::other("no version of the store to copy from"))
            };
        };
        let mut buffer = vec![0; CHUNK.min(range.len())];
        let mut at = range.start;
        while at < range.end {
            let n = CHUNK.min(range.end - at);
            read_at(file, &mut buffer[..n], at as u64)?;
            f(&buffer[..n])?;
            at += n;
        }
        Ok(())
    }
}

/// Reads a file from an offset of its own, leaving the handle's position alone (the base's
/// other reads are positioned too).
struct At<'a> {
    file: Option<&'a File>,
    at: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let Some(file) = self.file else {
            return Ok(0);
        };
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(file, buffer, self.at)?;
        #[cfg(not(unix))]
        let n = std::os::windows::fs::FileExt::seek_read(file, buffer, self.at)?;
        self.at += n as u64;
        Ok(n)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, offset)
}

#[cfg(not(unix))]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::windows::fs::FileExt::seek_read(file, buffer, offset).and_then(|n| {
        if n == buffer.len() {
            Ok(())
        } else {
            Err(io::ErrorKind::UnexpectedEof.into())
        }
    })
}
