//! Nothing the store holds may drive the terminal. Every string that comes from a store goes
//! through here before it reaches a widget or stderr: controls become visible symbols, tabs
//! become spaces, and invisible characters that reorder or hide text are shown by code point.

use std::borrow::Cow;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The text made inert, on one line: newlines are shown as symbols too.
pub fn inert(text: &str) -> Cow<'_, str> {
    clean(text, false)
}

/// The text made inert, keeping line breaks (for notes shown over several lines).
pub fn inert_lines(text: &str) -> Cow<'_, str> {
    clean(text, true)
}

/// The path as shown to the adviser: inert, with the home folder as `~`.
pub fn display_path(path: &Path) -> String {
    let shown = directories::BaseDirs::new()
        .and_then(|dirs| {
            path.strip_prefix(dirs.home_dir())
                .ok()
                .map(|rest| PathBuf::from("~").join(rest))
        })
        .unwrap_or_else(|| path.to_path_buf());
    inert(&shown.display().to_string()).into_owned()
}

fn clean(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| needs_care(c, keep_newlines)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !needs_care(c, keep_newlines) {
            out.push(c);
        } else if c == '\t' {
            out.push(' ');
        } else if (c as u32) < 0x20 {
            // U+2400 "SYMBOL FOR NULL" onwards mirror C0 one for one.
            out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
        } else if c == '\u{7f}' {
            out.push('\u{2421}');
        } else {
            let _ = write!(out, "<U+{:04X}>", c as u32);
        }
    }
    Cow::Owned(out)
}

fn needs_care(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' => !keep_newlines,
        // C0 and C1 controls, DEL; bidi embeddings, overrides, isolates and marks that
        // reorder; zero-width and invisible characters that hide or spoof text.
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{61c}'
        | '\u{200b}'..='\u{200d}'
        | '\u{2060}'..='\u{2064}'
        | '\u{feff}'
        | '\u{ad}' => true,
        _ => false,
    }
}

/// True when the text holds something [`inert`] would change (input fields refuse those).
pub fn has_controls(text: &str) -> bool {
    text.chars().any(|c| needs_care(c, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_french_text_is_borrowed_untouched() {
        let text = "Déplacement à Bucarest — coopération relative aux Rom « réseau »";
        assert!(matches!(inert(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn escape_sequences_cannot_reach_the_terminal() {
        let shown = inert("a\u{1b}]52;c;Zm9v\u{7}b\u{1b}[2Jc");
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert_eq!(shown, "a\u{241b}]52;c;Zm9v\u{2407}b\u{241b}[2Jc");
    }

    #[test]
    fn c1_del_bidi_and_zero_width_are_shown_by_code_point() {
        assert_eq!(inert("x\u{9b}y"), "x<U+009B>y");
        assert_eq!(inert("\u{7f}"), "\u{2421}");
        assert_eq!(inert("abc\u{202e}fed"), "abc<U+202E>fed");
        assert_eq!(inert("a\u{200b}b"), "a<U+200B>b");
        assert_eq!(inert("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>");
    }

    #[test]
    fn tabs_become_spaces_and_newlines_depend_on_the_use() {
        assert_eq!(inert("a\tb"), "a b");
        assert_eq!(inert("a\nb"), "a\u{240a}b");
        assert_eq!(inert_lines("a\nb\r"), "a\nb\u{240d}");
    }
}
