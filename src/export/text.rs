//! Text from the store as a file keeps it: what the adviser typed, Persian and Indic joiners,
//! emoji sequences, bidirectional marks and soft hyphens included. Only what no file format
//! here may hold, or what would reach a terminal that prints the file (`cat note.md`), is
//! changed: control characters are shown by their symbol (`␛`), as on screen.
//!
//! The terminal's own rule (`crate::sanitize`) also shows invisible and bidirectional
//! characters by code point, because a terminal line has no boundary they cannot cross. A
//! file has: each text here is one value, and what an override or an isolate opens inside it
//! is closed at the end of each of its lines, so it can never reorder the next cell, field or
//! line.

use std::borrow::Cow;
use std::fmt::Write;

/// The text as typed, line breaks as `\n`, tabs kept; controls shown by symbol; bidirectional
/// embeddings, overrides and isolates closed at the end of each line.
pub fn kept(text: &str) -> Cow<'_, str> {
    if !any_care(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut open: Vec<Opened> = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\r' => {
                // CRLF and a lone CR are line breaks too.
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                close(&mut out, &mut open);
                out.push('\n');
            }
            '\t' => out.push('\t'),
            '\u{0}'..='\u{1f}' => {
                // U+2400 "SYMBOL FOR NULL" onwards mirror C0 one for one.
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
            }
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "<U+{:04X}>", c as u32);
            }
            '\u{202a}' | '\u{202b}' | '\u{202d}' | '\u{202e}' => {
                open.push(Opened::Embedding);
                out.push(c);
            }
            '\u{2066}'..='\u{2068}' => {
                open.push(Opened::Isolate);
                out.push(c);
            }
            '\u{202c}' => {
                // A PDF closes the innermost embedding, never across an isolate.
                if open.last() == Some(&Opened::Embedding) {
                    open.pop();
                }
                out.push(c);
            }
            '\u{2069}' => {
                // A PDI closes the innermost isolate and whatever it holds still open.
                if let Some(at) = open.iter().rposition(|o| *o == Opened::Isolate) {
                    open.truncate(at);
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    close(&mut out, &mut open);
    Cow::Owned(out)
}

/// [`kept`] on one line: each line break becomes `joiner` (a space, `<br />`…), which is
/// written as it is.
pub fn kept_on_one_line<'a>(text: &'a str, joiner: &str) -> Cow<'a, str> {
    let text = kept(text);
    if text.contains('\n') {
        Cow::Owned(text.replace('\n', joiner))
    } else {
        text
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opened {
    Embedding,
    Isolate,
}

/// Closes, innermost first, what is still open.
fn close(out: &mut String, open: &mut Vec<Opened>) {
    while let Some(o) = open.pop() {
        out.push(match o {
            Opened::Embedding => '\u{202c}',
            Opened::Isolate => '\u{2069}',
        });
    }
}

/// Whether `needs_care` holds for a character of `text`, looking at bytes: every text of a
/// 10k calendar goes through here, and decoding each character cost more than the rest.
fn any_care(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' | b'\n' => false,
        0..=0x1f | 0x7f => true,
        // U+0080–U+009F.
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        // U+202A–U+202E, U+2066–U+2069.
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        // U+FFFE, U+FFFF.
        0xef => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0xbf), Some(0xbe | 0xbf))
        ),
        _ => false,
    })
}

/// The characters `kept` changes, one by one: what `any_care` finds in bytes.
#[cfg(test)]
const fn needs_care(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{b}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{fffe}'
            | '\u{ffff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joiners_emoji_and_marks_are_kept_as_typed() {
        for text in [
            "می\u{200c}خواهم",                       // Persian ZWNJ
            "क्\u{200d}ष",                            // Devanagari ZWJ
            "👩\u{200d}👩\u{200d}👧",                // an emoji family
            "שלום\u{200f} (Tel Aviv)",               // RLM
            "Bucarest\u{ad}Sector\u{2060}1\u{feff}", // soft hyphen, word joiner, BOM
            "Café — « réseau »\tcolonne",            // a tab
        ] {
            assert!(
                matches!(kept(text), Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_byte_scan_finds_exactly_the_characters_that_need_care() {
        for code in (0..0x3_0000).chain(0xe_0000..0x11_0000) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mut buf = [0; 4];
            let text = c.encode_utf8(&mut buf);
            assert_eq!(any_care(text.as_bytes()), needs_care(c), "U+{code:04X}");
        }
    }

    #[test]
    fn controls_are_shown_and_line_breaks_normalised() {
        assert_eq!(kept("a\u{1b}[31mb\u{7}"), "a\u{241b}[31mb\u{2407}");
        assert_eq!(kept("x\u{9b}y\u{7f}"), "x<U+009B>y\u{2421}");
        assert_eq!(kept("un\r\ndeux\rtrois\nquatre"), "un\ndeux\ntrois\nquatre");
        assert_eq!(kept_on_one_line("un\r\ndeux", " "), "un deux");
        assert_eq!(kept("\u{fffe}"), "<U+FFFE>");
    }

    #[test]
    fn what_an_override_or_isolate_opens_is_closed_at_the_end_of_its_line() {
        // An override left open is closed, before the line break and at the end.
        assert_eq!(kept("abc\u{202e}fed"), "abc\u{202e}fed\u{202c}");
        assert_eq!(
            kept("a\u{202e}b\nc\u{2067}d"),
            "a\u{202e}b\u{202c}\nc\u{2067}d\u{2069}"
        );
        // Balanced text is left as typed.
        assert_eq!(kept("a\u{202b}b\u{202c}c"), "a\u{202b}b\u{202c}c");
        assert_eq!(kept("\u{2068}x\u{2069}"), "\u{2068}x\u{2069}");
        // A PDI closes its isolate and the override it holds; a PDF cannot close an isolate.
        assert_eq!(
            kept("\u{2066}\u{202e}x\u{2069}y"),
            "\u{2066}\u{202e}x\u{2069}y"
        );
        assert_eq!(kept("\u{2066}x\u{202c}"), "\u{2066}x\u{202c}\u{2069}");
    }
}
