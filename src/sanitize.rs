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

/// The most characters of one store text the interface draws: more than a large terminal
/// shows of a title or a purpose, and few enough that wrapping and measuring what is drawn
/// cost the same whatever the store holds.
pub const SHOWN_CHARS: usize = 10_000;

/// What the interface draws of a store text: its start, up to [`SHOWN_CHARS`] characters
/// (with "…" where it was cut), made [`inert`].
pub fn shown(text: &str) -> Cow<'_, str> {
    shown_upto(text, SHOWN_CHARS, false)
}

/// [`shown`] keeping line breaks, cut after `most` characters (what fits the area it is
/// drawn in).
pub fn shown_lines(text: &str, most: usize) -> Cow<'_, str> {
    shown_upto(text, most, true)
}

fn shown_upto(text: &str, most: usize, keep_newlines: bool) -> Cow<'_, str> {
    // Fewer bytes than `most` are fewer characters too: nothing to count.
    let cut = if text.len() <= most {
        None
    } else {
        text.char_indices().nth(most).map(|(at, _)| at)
    };
    match cut {
        None => clean(text, keep_newlines),
        Some(at) => {
            let mut head = clean(&text[..at], keep_newlines).into_owned();
            head.push('…');
            Cow::Owned(head)
        }
    }
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
        | '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{feff}'
        | '\u{ad}' => true,
        // Tag characters: invisible, and able to carry a whole hidden text.
        c if is_tag(c) => true,
        // The zero-width non-joiner and joiner (U+200C, U+200D) are not here: Persian and
        // Indic scripts and emoji sequences need them, and they join or part the letters
        // around them without moving anything.
        _ => false,
    }
}

const fn is_tag(c: char) -> bool {
    matches!(c, '\u{e0000}'..='\u{e007f}')
}

/// True when the text holds something [`inert`] would change.
pub fn has_controls(text: &str) -> bool {
    text.chars().any(|c| needs_care(c, false))
}

/// The first character of a typed text that a form refuses: C0 and C1 controls and DEL (a
/// line break is kept in a text of several lines), the bidi embeddings, overrides and
/// isolates that reorder what follows them, and tag characters. Everything else an adviser
/// can type is kept, the zero-width joiners of Persian, Indic scripts and emoji included;
/// what the display shows by code point (a zero-width space) is still shown so, never
/// drawn raw.
pub fn refused_in_input(text: &str, lines: bool) -> Option<char> {
    text.chars().find(|&c| match c {
        '\n' => !lines,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => true,
        c => is_tag(c),
    })
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
        assert_eq!(inert("a\u{e0041}b"), "a<U+E0041>b");
    }

    #[test]
    fn joiners_are_drawn_as_they_are() {
        // "mi-khâham" in Persian with its non-joiner, a family emoji joined by ZWJ.
        for text in ["می\u{200c}خواهم", "👨\u{200d}👩\u{200d}👧"] {
            assert!(
                matches!(inert(text), Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn forms_refuse_only_what_drives_or_hides_text() {
        let kept = [
            "می\u{200c}خواهم",
            "क्\u{200d}ष",
            "👩\u{200d}💼 Dakar",
            "a\u{200b}b\u{ad}c",
            "עברית\u{200f} (RLM)",
        ];
        for text in kept {
            assert_eq!(refused_in_input(text, false), None, "{text:?}");
        }
        let refused = [
            ("a\u{1b}[2J", '\u{1b}'),
            ("a\tb", '\t'),
            ("x\u{7f}", '\u{7f}'),
            ("x\u{9b}y", '\u{9b}'),
            ("abc\u{202e}fed", '\u{202e}'),
            ("\u{2067}x", '\u{2067}'),
            ("hidden\u{e0049}\u{e0067}", '\u{e0049}'),
        ];
        for (text, c) in refused {
            assert_eq!(refused_in_input(text, true), Some(c), "{text:?}");
        }
        assert_eq!(refused_in_input("ligne 1\nligne 2", true), None);
        assert_eq!(refused_in_input("ligne 1\nligne 2", false), Some('\n'));
        assert_eq!(refused_in_input("a\r\nb", true), Some('\r'));
    }

    #[test]
    fn what_is_shown_is_cut_whatever_the_length() {
        let long = "é".repeat(SHOWN_CHARS * 50);
        let cut = shown(&long);
        assert_eq!(cut.chars().count(), SHOWN_CHARS + 1);
        assert!(cut.ends_with("é…"));
        assert!(matches!(shown("court"), Cow::Borrowed("court")));
        assert_eq!(shown_lines("a\nb\u{1b}cdef", 4), "a\nb\u{241b}…");
        assert_eq!(shown_lines("a\nb", 3), "a\nb");
    }

    #[test]
    fn tabs_become_spaces_and_newlines_depend_on_the_use() {
        assert_eq!(inert("a\tb"), "a b");
        assert_eq!(inert("a\nb"), "a\u{240a}b");
        assert_eq!(inert_lines("a\nb\r"), "a\nb\u{240d}");
    }
}
