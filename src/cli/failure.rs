//! A command's failure in the adviser's language: a store not made yet says how to make it,
//! the store's errors and the system's are said in French under a French interface.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use crate::i18n::{Lang, StoreText};
use crate::sanitize::inert;
use crate::store::StoreError;

/// Where the store is, for the hint of a store not made yet.
pub struct StorePlace<'a> {
    pub path: &'a Path,
    /// Named by `--store` or `JALONS_STORE` rather than the default place.
    pub named: bool,
}

/// The message of `error` (not yet inert) in `lang`.
pub fn describe(error: &anyhow::Error, lang: Lang, store: Option<&StorePlace>) -> String {
    let text = lang.command_line();
    let said = match error.downcast_ref::<StoreError>() {
        Some(StoreError::Io { path, cause })
            if cause.kind() == io::ErrorKind::NotFound
                && store.is_some_and(|s| s.path == path.as_path()) =>
        {
            let place = store.expect("checked just above");
            let option = if place.named {
                format!(" --store {}", shell_word(&path.display().to_string()))
            } else {
                String::new()
            };
            (text.no_store)(&super::display_path(path), &option)
        }
        Some(e) => text
            .store
            .map_or_else(|| format!("{error:#}"), |words| store_error(e, words, lang)),
        None => format!("{error:#}"),
    };
    os_errors(&said, lang)
}

fn shown(path: &Path) -> String {
    inert(&path.display().to_string()).into_owned()
}

/// A store's error in the words given; the details the store gives (positions, JSON paths,
/// what the validation found) are kept as they are.
fn store_error(e: &StoreError, t: &StoreText, lang: Lang) -> String {
    let colon = lang.catalogue().script.colon;
    match e {
        StoreError::Io { path, cause } => format!("{}{colon}{cause}", shown(path)),
        StoreError::NotAFile { path } => (t.not_a_file)(&shown(path)),
        StoreError::Empty { path } => (t.empty)(&shown(path)),
        StoreError::NotUtf8 { path, at } => (t.not_utf8)(&format!("{}:{at}", shown(path))),
        StoreError::Syntax { .. } => e.to_string(),
        StoreError::NewerSchema {
            path,
            found,
            supported,
        } => (t.newer_schema)(&shown(path), *found, *supported),
        StoreError::Invalid { path, problems } => {
            let file = shown(path);
            let mut out = (t.invalid)(&file, problems.len());
            for (at, message) in problems {
                let _ = write!(out, "\n{file}:{at}: {}", inert(message));
            }
            out
        }
        StoreError::Locked { path, lock, holder } => {
            (t.locked)(&shown(path), &shown(lock), &inert(holder))
        }
        StoreError::Unsound { path, problems } => {
            let mut out = (t.unsound)(&shown(path));
            for message in problems.iter().take(5) {
                let _ = write!(out, "\n  {}", inert(message));
            }
            out
        }
        StoreError::Write { path, cause } => (t.not_saved)(&shown(path), &cause.to_string()),
        StoreError::Exists { path } => (t.exists)(&shown(path)),
    }
}

/// The system's errors within `text` ("No such file or directory (os error 2)") in `lang`'s
/// words. They are found by their number: the system's words for it are asked of the system
/// itself, so only those are replaced.
pub fn os_errors(text: &str, lang: Lang) -> String {
    let words = lang.command_line();
    let mut out = text.to_owned();
    let mut from = 0;
    while let Some(at) = out[from..].find("(os error ").map(|i| i + from) {
        let digits: String = out[at + "(os error ".len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        from = at + 1;
        let Ok(code) = digits.parse::<i32>() else {
            continue;
        };
        let system = io::Error::from_raw_os_error(code);
        let english = system.to_string();
        let Some(ours) = (words.os_error)(system.kind()) else {
            continue;
        };
        let Some(start) = at.checked_sub(english.len() - format!("(os error {code})").len()) else {
            continue;
        };
        if out
            .get(start..)
            .is_some_and(|rest| rest.starts_with(&english))
        {
            let replaced = format!("{ours} {}", (words.os_code)(code));
            out.replace_range(start..start + english.len(), &replaced);
            from = start + replaced.len();
        }
    }
    out
}

/// A path as one word of a shell command: as it is when it needs no quoting.
fn shell_word(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-~+,:@".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_are_said_in_french_and_keep_their_number() {
        let missing = io::Error::from(io::ErrorKind::NotFound);
        let code = io::Error::from_raw_os_error(2);
        assert_eq!(code.kind(), missing.kind(), "ENOENT is 2 here");
        let text = format!("/x/y.ics : écriture impossible : {code}");
        assert_eq!(
            os_errors(&text, Lang::Fr),
            "/x/y.ics : écriture impossible : fichier ou dossier introuvable (erreur système 2)"
        );
        assert_eq!(
            os_errors(&text, Lang::En),
            text,
            "English keeps the system's words"
        );
        let two = format!("{code}; {}", io::Error::from_raw_os_error(13));
        assert_eq!(
            os_errors(&two, Lang::Fr),
            "fichier ou dossier introuvable (erreur système 2); permission refusée (erreur système 13)"
        );
        let typed = "a title that says (os error 2) by itself";
        assert_eq!(os_errors(typed, Lang::Fr), typed, "only the system's words");
    }

    #[test]
    fn a_path_is_quoted_only_when_a_shell_needs_it() {
        assert_eq!(shell_word("/tmp/r.json"), "/tmp/r.json");
        assert_eq!(shell_word("/tmp/my r.json"), "'/tmp/my r.json'");
        assert_eq!(shell_word("it's.json"), r"'it'\''s.json'");
    }
}
