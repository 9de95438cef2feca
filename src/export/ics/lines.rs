//! Content lines as RFC 5545 writes them: TEXT values escaped (`\\ \; \, \n`) and kept as
//! typed, controls shown by symbol; lines folded at 75 octets without splitting a character;
//! CRLF everywhere.

use std::fmt::Write;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::super::text::kept;

/// The longest a content line may be, in octets, CRLF excluded.
pub const FOLD_AT: usize = 75;

/// Lines written into `out`, each folded as it is added.
#[derive(Default)]
pub struct Lines {
    pub out: String,
    /// The line being written, before it is folded into `out`.
    line: String,
    /// The last instant written and its text: most components share one (the store's last
    /// save), and chrono's formatter costs more than the rest of the line.
    instant: Option<(DateTime<Utc>, String)>,
}

impl Lines {
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            out: String::with_capacity(capacity),
            line: String::with_capacity(256),
            instant: None,
        }
    }

    /// A line written as it is.
    pub fn raw(&mut self, line: &str) {
        fold_into(&mut self.out, line);
    }

    /// `BEGIN:VEVENT`, `END:VTODO`…
    pub fn begin_end(&mut self, which: &str, component: &str) {
        self.out.push_str(which);
        self.out.push_str(component);
        self.out.push_str("\r\n");
    }

    /// A property with a TEXT value, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        escape_into(&mut self.line, value);
        fold_into(&mut self.out, &self.line);
    }

    /// `<id>@<store>.jalons`: the UID of a record (and what RELATED-TO points at).
    pub fn uid(&mut self, name: &str, id: &str, store: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        escape_into(&mut self.line, id);
        self.line.push('@');
        escape_into(&mut self.line, store);
        self.line.push_str(".jalons");
        fold_into(&mut self.out, &self.line);
    }

    /// A property with a DATE value.
    pub fn date(&mut self, name: &str, day: NaiveDate) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        push_date(&mut self.line, day);
        fold_into(&mut self.out, &self.line);
    }

    /// A property with a DATE-TIME value in UTC (`20140916T080000Z`).
    pub fn instant(&mut self, name: &str, at: DateTime<Utc>) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        match &self.instant {
            Some((last, text)) if *last == at => self.line.push_str(text),
            _ => {
                let text = at.format("%Y%m%dT%H%M%SZ").to_string();
                self.line.push_str(&text);
                self.instant = Some((at, text));
            }
        }
        fold_into(&mut self.out, &self.line);
    }

    /// A property with an INTEGER value.
    pub fn integer(&mut self, name: &str, value: u32) {
        self.line.clear();
        let _ = write!(self.line, "{name}:{value}");
        fold_into(&mut self.out, &self.line);
    }
}

/// One content line, folded: no line longer than 75 octets, continuation lines starting with
/// a space, never inside a UTF-8 character; CRLF after each.
fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = FOLD_AT;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space of a continuation line counts.
        limit = FOLD_AT - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// `20140916`.
fn push_date(out: &mut String, day: NaiveDate) {
    let _ = write!(out, "{:04}{:02}{:02}", day.year(), day.month(), day.day());
}

/// Appends a TEXT value: kept (no control character but the tab may appear in iCalendar
/// text), then `\`, `;`, `,` and line breaks escaped.
fn escape_into(out: &mut String, text: &str) {
    let text = kept(text);
    // What needs escaping is ASCII: copy the runs between, byte offsets stay on characters.
    let mut run = 0;
    for (i, b) in text.bytes().enumerate() {
        let escaped = match b {
            b'\\' => "\\\\",
            b';' => "\\;",
            b',' => "\\,",
            b'\n' => "\\n",
            _ => continue,
        };
        out.push_str(&text[run..i]);
        out.push_str(escaped);
        run = i + 1;
    }
    out.push_str(&text[run..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape(text: &str) -> String {
        let mut out = String::new();
        escape_into(&mut out, text);
        out
    }

    #[test]
    fn text_is_escaped_and_inert() {
        assert_eq!(escape("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
        assert_eq!(escape("\u{1b}[2J"), "\u{241b}[2J");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut lines = Lines::default();
        lines.text("SUMMARY", &"é".repeat(100));
        for line in lines.out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= FOLD_AT, "{} octets", line.len());
        }
        let unfolded = lines.out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(100)));
    }
}
