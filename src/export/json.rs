//! JSON for scripts, safe to print: `serde_json` already escapes C0 controls; this also
//! writes as `\u` escapes the characters it leaves raw that could drive or spoof a terminal
//! (DEL, C1 controls, bidi overrides, zero-width spaces, tag characters; not the joiners
//! that scripts and emoji need). The data is unchanged: any
//! JSON reader decodes the same strings.

use std::fmt::Write;

use serde::Serialize;

/// `value` as JSON (pretty: two-space indents, like the store), with a final newline.
pub fn to_json<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(4096);
    if pretty {
        serde_json::to_writer_pretty(&mut out, value)
    } else {
        serde_json::to_writer(&mut out, value)
    }
    .expect("plain data always serialises");
    out.push(b'\n');
    let text = String::from_utf8(out).expect("serde_json writes UTF-8");
    // Outside strings JSON is ASCII, so anything escaped here is inside a string. Only these
    // bytes can start a character to escape; none of them continues a character, so each
    // one found is on a character boundary.
    let bytes = text.as_bytes();
    let mut safe = String::new();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !matches!(bytes[i], 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef | 0xf3) {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts here");
        if escaped(c) {
            if safe.is_empty() {
                safe.reserve(text.len() + 64);
            }
            safe.push_str(&text[run..i]);
            let mut units = [0; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(safe, "\\u{unit:04x}");
            }
            run = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    if run == 0 {
        return text.into_bytes();
    }
    safe.push_str(&text[run..]);
    safe.into_bytes()
}

/// What `serde_json` leaves raw and [`crate::sanitize::inert`] would change: DEL, C1
/// controls, soft hyphen, bidi marks, overrides and isolates, zero-width spaces, BOM, tag
/// characters.
const fn escaped(c: char) -> bool {
    matches!(
        c,
        '\u{7f}'..='\u{9f}'
            | '\u{ad}'
            | '\u{61c}'
            | '\u{200b}'
            | '\u{200e}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_escaped_and_the_data_kept() {
        let text = "a\u{1b}[2J\u{9b}b\u{202e}c é";
        let json = to_json(&text, false);
        let shown = String::from_utf8(json.clone()).unwrap();
        assert_eq!(shown, "\"a\\u001b[2J\\u009bb\\u202ec é\"\n");
        let back: String = serde_json::from_slice(&json).unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn escapes_exactly_what_sanitize_would_change_above_ascii() {
        let mut buf = [0; 4];
        for c in '\u{7f}'..=char::MAX {
            let cares = crate::sanitize::has_controls(c.encode_utf8(&mut buf));
            assert_eq!(escaped(c), cares, "U+{:04X}", c as u32);
        }
    }
}
