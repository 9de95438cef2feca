//! The calendar (RFC 5545): trips as all-day events over their dates, dated actions and
//! checklist items as to-dos with a due date. UIDs are the records' IDs (`<id>@jalons`), so
//! importing again updates rather than duplicates. Written by hand: text values escaped
//! (`\\ \; \, \n`) and kept as typed, controls shown by symbol, lines folded at 75 octets without splitting a character,
//! CRLF everywhere.

use std::fmt::Write;

use chrono::{Datelike, Days, NaiveDate};

use super::names::Names;
use super::text::kept;
use crate::domain::{Plan, Status, TripStatus, item_due};
use crate::i18n::Lang;

/// The longest a content line may be, in octets, CRLF excluded.
const FOLD_AT: usize = 75;

pub fn calendar(plan: &Plan, today: NaiveDate, lang: Lang) -> String {
    let c = lang.catalogue();
    let names = Names::new(plan, lang);
    let items: usize = plan.trips.iter().map(|t| t.checklist.len()).sum();
    let mut ics = Ics::new(1024 + (plan.actions.len() + items) * 320, today);
    ics.raw("BEGIN:VCALENDAR");
    ics.raw("VERSION:2.0");
    ics.raw(&format!(
        "PRODID:-//jalons//jalons {}//FR",
        env!("CARGO_PKG_VERSION")
    ));
    ics.raw("CALSCALE:GREGORIAN");
    ics.text("X-WR-CALNAME", &plan.title);

    for trip in &plan.trips {
        let Some(start) = trip.start else { continue };
        let end = trip.end.filter(|&e| e >= start).unwrap_or(start);
        ics.begin("VEVENT", &trip.id);
        ics.date("DTSTART;VALUE=DATE", start);
        // All-day events end on the day after the last one.
        ics.date("DTEND;VALUE=DATE", end + Days::new(1));
        ics.text(
            "SUMMARY",
            &(c.script.calendar.trip_event)(&trip.destination),
        );
        let location = if trip.country.is_empty() {
            trip.destination.clone()
        } else {
            format!("{}, {}", trip.destination, trip.country)
        };
        ics.text("LOCATION", &location);
        if !trip.purpose.is_empty() {
            ics.text("DESCRIPTION", &trip.purpose);
        }
        ics.raw(match trip.status {
            TripStatus::Confirmed | TripStatus::Done => "STATUS:CONFIRMED",
            TripStatus::Cancelled => "STATUS:CANCELLED",
            _ => "STATUS:TENTATIVE",
        });
        ics.raw("TRANSP:OPAQUE");
        ics.raw("END:VEVENT");
    }

    for a in &plan.actions {
        let Some(due) = a.due else { continue };
        ics.begin("VTODO", &a.id);
        ics.date("DUE;VALUE=DATE", due);
        ics.text("SUMMARY", &a.title);
        let mut about = format!(
            "{}{}{}",
            c.owner,
            c.script.colon,
            names.owner(Some(&a.owner))
        );
        if let Some(o) = names.objective(&a.objective) {
            let _ = write!(about, "\n{}{}{}", c.objective, c.script.colon, o.title);
        }
        if !a.notes.is_empty() {
            let _ = write!(about, "\n\n{}", a.notes);
        }
        ics.text("DESCRIPTION", &about);
        match a.status {
            Status::Done { on } => ics.completed(on),
            Status::InProgress => ics.raw("STATUS:IN-PROCESS"),
            Status::Todo | Status::Blocked => ics.raw("STATUS:NEEDS-ACTION"),
        }
        // Related to the trip's event, when it has one.
        let trip = a.trip.as_deref().and_then(|t| names.trip(t));
        if let Some(trip) = trip.filter(|t| t.start.is_some()) {
            let trip = &trip.id;
            ics.uid("RELATED-TO", trip);
        }
        ics.raw("END:VTODO");
    }

    for trip in &plan.trips {
        for item in &trip.checklist {
            let Some(due) = item_due(trip, item) else {
                continue;
            };
            ics.begin("VTODO", &item.id);
            ics.date("DUE;VALUE=DATE", due);
            let summary = (c.script.calendar.item_todo)(&trip.destination, &item.label);
            ics.text("SUMMARY", &summary);
            if item.owner.is_some() {
                let owner = names.owner(item.owner.as_deref());
                ics.text(
                    "DESCRIPTION",
                    &format!("{}{}{owner}", c.owner, c.script.colon),
                );
            }
            match item.done_on {
                Some(on) => ics.completed(on),
                None if trip.status == TripStatus::Cancelled => ics.raw("STATUS:CANCELLED"),
                None => ics.raw("STATUS:NEEDS-ACTION"),
            }
            if trip.start.is_some() {
                ics.uid("RELATED-TO", &trip.id);
            }
            ics.raw("END:VTODO");
        }
    }
    ics.raw("END:VCALENDAR");
    ics.out
}

struct Ics {
    out: String,
    /// The DTSTAMP line, the same for every component.
    stamp: String,
    /// The line being written, before it is folded into `out`.
    line: String,
}

impl Ics {
    fn new(capacity: usize, today: NaiveDate) -> Self {
        let mut stamp = "DTSTAMP:".to_owned();
        push_date(&mut stamp, today);
        // Deterministic: the same plan on the same day gives the same file.
        stamp.push_str("T000000Z");
        Self {
            out: String::with_capacity(capacity),
            stamp,
            line: String::with_capacity(256),
        }
    }

    fn begin(&mut self, component: &str, id: &str) {
        self.line.clear();
        self.line.push_str("BEGIN:");
        self.line.push_str(component);
        fold_into(&mut self.out, &self.line);
        self.uid("UID", id);
        fold_into(&mut self.out, &self.stamp);
    }

    fn completed(&mut self, on: NaiveDate) {
        self.raw("STATUS:COMPLETED");
        self.line.clear();
        self.line.push_str("COMPLETED:");
        push_date(&mut self.line, on);
        self.line.push_str("T000000Z");
        fold_into(&mut self.out, &self.line);
        self.raw("PERCENT-COMPLETE:100");
    }

    /// `<id>@jalons`, the stable UID of a record (and what RELATED-TO points at).
    fn uid(&mut self, name: &str, id: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        escape_into(&mut self.line, id);
        self.line.push_str("@jalons");
        fold_into(&mut self.out, &self.line);
    }

    /// A property with a DATE value.
    fn date(&mut self, name: &str, day: NaiveDate) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        push_date(&mut self.line, day);
        fold_into(&mut self.out, &self.line);
    }

    /// A property with a TEXT value, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.line.clear();
        self.line.push_str(name);
        self.line.push(':');
        escape_into(&mut self.line, value);
        fold_into(&mut self.out, &self.line);
    }

    /// A line written as it is.
    fn raw(&mut self, line: &str) {
        fold_into(&mut self.out, line);
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
        let mut ics = Ics::new(0, NaiveDate::MIN);
        ics.text("SUMMARY", &"é".repeat(100));
        for line in ics.out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= FOLD_AT, "{} octets", line.len());
        }
        let unfolded = ics.out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(100)));
    }
}
