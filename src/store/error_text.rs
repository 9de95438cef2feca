//! A store's error in the adviser's language, for the interface: what went wrong first (the
//! system's words translated), then the file, shortened to `~`. [`StoreError`]'s `Display`
//! stays the English one, with the full path, for logs and scripts.

use std::fmt::Write;

use super::error::StoreError;
use crate::i18n::{Lang, os_error};
use crate::sanitize::{display_path, inert};

impl StoreError {
    /// The message in `lang`: "permission refusée (~/.local/share/jalons/roadmap.json)".
    pub fn message(&self, lang: Lang) -> String {
        let t = lang.catalogue().failure;
        let at = |path: &std::path::Path, what: &str| (t.at)(&display_path(path), what);
        match self {
            Self::Io { path, cause } | Self::Write { path, cause } => {
                at(path, &os_error(lang, cause))
            }
            Self::NotAFile { path } => at(path, t.not_a_file),
            Self::Empty { path } => at(path, t.empty),
            Self::NotUtf8 { path, at: pos } => {
                (t.at)(&format!("{}:{pos}", display_path(path)), t.not_utf8)
            }
            // The parser's own words (serde's) are kept: they name what it expected.
            Self::Syntax {
                path,
                at: pos,
                message,
            } => (t.at)(&format!("{}:{pos}", display_path(path)), &inert(message)),
            Self::NewerSchema {
                path,
                found,
                supported,
            } => at(path, &(t.newer_schema)(*found, *supported)),
            Self::Invalid { path, problems } => {
                let mut out = at(path, &(t.problems)(problems.len()));
                for (pos, message) in problems.iter().take(5) {
                    let _ = write!(out, "\n{pos}{}{}", lang.catalogue().colon, inert(message));
                }
                out
            }
            Self::Locked { path, lock, holder } => {
                at(path, &(t.locked)(&display_path(lock), &inert(holder)))
            }
            Self::Unsound { path, problems } => {
                let mut out = at(path, t.unsound);
                for message in problems.iter().take(5) {
                    let _ = write!(out, "\n{}", inert(message));
                }
                out
            }
            Self::Exists { path } => at(path, t.exists),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn a_refused_write_says_why_first_in_french() {
        let e = StoreError::Write {
            path: PathBuf::from("/srv/cabinet/roadmap.json"),
            cause: io::Error::from_raw_os_error(1),
        };
        assert_eq!(
            e.message(Lang::Fr),
            "permission refusée (/srv/cabinet/roadmap.json)"
        );
        assert_eq!(
            e.message(Lang::En),
            "permission denied (/srv/cabinet/roadmap.json)"
        );
        // The English Display, for logs, is unchanged.
        assert!(e.to_string().contains("not saved: Operation not permitted"));
        let full = StoreError::Io {
            path: PathBuf::from("roadmap.json"),
            cause: io::Error::from_raw_os_error(28),
        };
        assert_eq!(full.message(Lang::Fr), "disque plein (roadmap.json)");
    }
}
