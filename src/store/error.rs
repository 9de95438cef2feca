//! Everything that can go wrong with a store, each naming the file and, where there is one,
//! the position (line, column, JSON path) — so an adviser or a script can go straight to it.

use std::fmt::{self, Write};
use std::io;
use std::path::PathBuf;

use thiserror::Error;

use crate::sanitize::inert;

/// A place in the file: line and column from 1, and the JSON path when known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub path: String,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)?;
        if !self.path.is_empty() {
            // The path holds the store's own keys: inert, like every text from the store.
            write!(f, ": {}", inert(&self.path))?;
        }
        Ok(())
    }
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}: {cause}", shown(.path))]
    Io { path: PathBuf, cause: io::Error },
    #[error("{}: is a directory, not a store file", shown(.path))]
    NotAFile { path: PathBuf },
    #[error("{}: the file is empty", shown(.path))]
    Empty { path: PathBuf },
    #[error("{}:{at}: invalid UTF-8", shown(.path))]
    NotUtf8 { path: PathBuf, at: Position },
    #[error("{}:{at}: {}", shown(.path), inert(.message))]
    Syntax {
        path: PathBuf,
        at: Position,
        message: String,
    },
    #[error(
        "{}: schema_version {found} is newer than this jalons reads ({supported}): update jalons",
        shown(.path)
    )]
    NewerSchema {
        path: PathBuf,
        found: u64,
        supported: u32,
    },
    #[error("{}", invalid(.path, .problems))]
    Invalid {
        path: PathBuf,
        problems: Vec<(Position, String)>,
    },
    #[error(
        "{}: another jalons holds the lock {} and did not release it: {}",
        shown(.path), shown(.lock), inert(.holder)
    )]
    Locked {
        path: PathBuf,
        lock: PathBuf,
        /// Who, as the holder wrote in the lock: "held by pid 4242 (jalons interface, on
        /// poste-12) since 10:42".
        holder: String,
    },
    #[error("{}", unsound(.path, .problems))]
    Unsound {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error("{}: not saved: {cause}", shown(.path))]
    Write { path: PathBuf, cause: io::Error },
    #[error("{}: exists already (use --force to replace it; a backup is kept)", shown(.path))]
    Exists { path: PathBuf },
}

impl StoreError {
    /// True when the file itself is unreadable as a store (as opposed to the disk failing).
    pub const fn is_content(&self) -> bool {
        matches!(
            self,
            Self::Empty { .. }
                | Self::NotUtf8 { .. }
                | Self::Syntax { .. }
                | Self::NewerSchema { .. }
                | Self::Invalid { .. }
        )
    }
}

fn shown(path: &std::path::Path) -> String {
    inert(&path.display().to_string()).into_owned()
}

fn unsound(path: &std::path::Path, problems: &[String]) -> String {
    let mut out = format!(
        "{}: not saved: the result would not be a valid store",
        shown(path)
    );
    for message in problems.iter().take(5) {
        let _ = write!(out, "\n  {}", inert(message));
    }
    out
}

fn invalid(path: &std::path::Path, problems: &[(Position, String)]) -> String {
    let file = shown(path);
    let mut out = format!(
        "{file}: {} problem{} found",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for (at, message) in problems {
        let _ = write!(out, "\n{file}:{at}: {}", inert(message));
    }
    out
}
