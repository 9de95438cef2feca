//! The calendar (RFC 5545): trips as all-day events over their dates (a multi-day event from
//! departure to return), and the deadlines — dated actions and checklist items — as all-day
//! events (the default: many calendar apps import events only, and silently drop to-dos) or
//! as to-dos with a due date.
//!
//! Each record is one component whose UID is `<id>@<store>.jalons`: the same record keeps its
//! UID, so importing again updates rather than duplicates, and two stores never share one.
//! `SEQUENCE`, `LAST-MODIFIED` and `DTSTAMP` (which, without a METHOD, is when the entry was
//! last revised) come from the ledger of `super::revisions`: unchanged records keep them,
//! changed ones move on, so the same plan gives the same file and a changed one looks newer.

mod lines;

use std::fmt::Write;

use chrono::Days;

use super::Context;
use super::names::Names;
use super::revisions::{Revised, fingerprint};
use crate::domain::{Action, ChecklistItem, Plan, Status, Trip, TripStatus, item_due};
use lines::Lines;

/// How the deadlines of actions and checklist items are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Deadlines {
    /// All-day events on the due day: what every calendar shows.
    #[default]
    Events,
    /// To-dos with a due date, completed when done: for task-aware calendars.
    Todos,
}

/// The done mark before a deadline event's summary (an event has no completion of its own).
const DONE: &str = "✓ ";

/// The calendar, and what it moved in the ledger.
pub fn calendar(plan: &Plan, cx: &Context, deadlines: Deadlines) -> (String, Revised) {
    let items: usize = plan.trips.iter().map(|t| t.checklist.len()).sum();
    let mut cal = Cal {
        cx,
        names: Names::new(plan, cx.lang),
        deadlines,
        moved: Revised::default(),
        out: Lines::with_capacity(1024 + (plan.actions.len() + items) * 400),
        body: Lines::with_capacity(1024),
    };
    cal.out.raw("BEGIN:VCALENDAR");
    cal.out.raw("VERSION:2.0");
    cal.out.raw(&format!(
        "PRODID:-//jalons//jalons {}//FR",
        env!("CARGO_PKG_VERSION")
    ));
    cal.out.raw("CALSCALE:GREGORIAN");
    cal.out.text("X-WR-CALNAME", &plan.title);
    for trip in &plan.trips {
        cal.trip(trip);
    }
    for action in &plan.actions {
        cal.action(action);
    }
    for trip in &plan.trips {
        for item in &trip.checklist {
            cal.item(trip, item);
        }
    }
    cal.out.raw("END:VCALENDAR");
    (cal.out.out, cal.moved)
}

struct Cal<'a> {
    cx: &'a Context<'a>,
    names: Names<'a>,
    deadlines: Deadlines,
    moved: Revised,
    out: Lines,
    /// The component being written, before its revision is known.
    body: Lines,
}

impl Cal<'_> {
    /// A dated trip: an all-day event from departure to return.
    fn trip(&mut self, trip: &Trip) {
        let Some(start) = trip.start else { return };
        let c = self.cx.lang.catalogue();
        let end = trip.end.filter(|&e| e >= start).unwrap_or(start);
        self.body.date("DTSTART;VALUE=DATE", start);
        // All-day events end on the day after the last one.
        self.body.date("DTEND;VALUE=DATE", end + Days::new(1));
        self.body.text(
            "SUMMARY",
            &(c.script.calendar.trip_event)(&trip.destination),
        );
        let location = if trip.country.is_empty() {
            trip.destination.clone()
        } else {
            format!("{}, {}", trip.destination, trip.country)
        };
        self.body.text("LOCATION", &location);
        if !trip.purpose.is_empty() {
            self.body.text("DESCRIPTION", &trip.purpose);
        }
        self.body.raw(match trip.status {
            TripStatus::Confirmed | TripStatus::Done => "STATUS:CONFIRMED",
            TripStatus::Cancelled => "STATUS:CANCELLED",
            _ => "STATUS:TENTATIVE",
        });
        self.body.raw("TRANSP:OPAQUE");
        self.emit("VEVENT", &trip.id);
    }

    fn action(&mut self, a: &Action) {
        let Some(due) = a.due else { return };
        let c = self.cx.lang.catalogue();
        let done_on = match a.status {
            Status::Done { on } => Some(on),
            _ => None,
        };
        let kind = self.deadline(due, &a.title, done_on);
        let mut about = String::new();
        if let (Some(on), Deadlines::Events) = (done_on, self.deadlines) {
            let _ = writeln!(about, "{}", (c.script.calendar.action_done)(&c.date(on)));
        }
        let _ = write!(
            about,
            "{}{}{}",
            c.owner,
            c.script.colon,
            self.names.owner(Some(&a.owner))
        );
        if let Some(o) = self.names.objective(&a.objective) {
            let _ = write!(about, "\n{}{}{}", c.objective, c.script.colon, o.title);
        }
        if !a.notes.is_empty() {
            let _ = write!(about, "\n\n{}", a.notes);
        }
        self.body.text("DESCRIPTION", &about);
        match (a.status, self.deadlines) {
            (_, Deadlines::Events) => {}
            (Status::Done { on }, Deadlines::Todos) => self.completed(on),
            (Status::InProgress, Deadlines::Todos) => self.body.raw("STATUS:IN-PROCESS"),
            (Status::Todo | Status::Blocked, Deadlines::Todos) => {
                self.body.raw("STATUS:NEEDS-ACTION");
            }
        }
        // Related to the trip's event, when it has one.
        let trip = a.trip.as_deref().and_then(|t| self.names.trip(t));
        if let Some(trip) = trip.filter(|t| t.start.is_some()) {
            self.body
                .uid("RELATED-TO", &trip.id, &self.cx.revisions.store);
        }
        self.emit(kind, &a.id);
    }

    fn item(&mut self, trip: &Trip, item: &ChecklistItem) {
        let Some(due) = item_due(trip, item) else {
            return;
        };
        let c = self.cx.lang.catalogue();
        let summary = (c.script.calendar.item_todo)(&trip.destination, &item.label);
        let kind = self.deadline(due, &summary, item.done_on);
        let mut about = Vec::new();
        if let (Some(on), Deadlines::Events) = (item.done_on, self.deadlines) {
            about.push((c.script.calendar.item_done)(&c.date(on)));
        }
        if item.owner.is_some() {
            let owner = self.names.owner(item.owner.as_deref());
            about.push(format!("{}{}{owner}", c.owner, c.script.colon));
        }
        if !about.is_empty() {
            self.body.text("DESCRIPTION", &about.join("\n"));
        }
        match (item.done_on, self.deadlines) {
            (Some(on), Deadlines::Todos) => self.completed(on),
            (None, _) if trip.status == TripStatus::Cancelled => {
                self.body.raw("STATUS:CANCELLED");
            }
            (None, Deadlines::Todos) => self.body.raw("STATUS:NEEDS-ACTION"),
            (_, Deadlines::Events) => {}
        }
        if trip.start.is_some() {
            self.body
                .uid("RELATED-TO", &trip.id, &self.cx.revisions.store);
        }
        self.emit(kind, &item.id);
    }

    /// The dates and summary of a deadline, as an event or a to-do; returns which.
    fn deadline(
        &mut self,
        due: chrono::NaiveDate,
        summary: &str,
        done_on: Option<chrono::NaiveDate>,
    ) -> &'static str {
        match self.deadlines {
            Deadlines::Events => {
                self.body.date("DTSTART;VALUE=DATE", due);
                self.body.date("DTEND;VALUE=DATE", due + Days::new(1));
                if done_on.is_some() {
                    self.body.text("SUMMARY", &format!("{DONE}{summary}"));
                } else {
                    self.body.text("SUMMARY", summary);
                }
                // A deadline takes no time: free, not busy.
                self.body.raw("TRANSP:TRANSPARENT");
                "VEVENT"
            }
            Deadlines::Todos => {
                self.body.date("DUE;VALUE=DATE", due);
                self.body.text("SUMMARY", summary);
                "VTODO"
            }
        }
    }

    /// A to-do done on `on`: completed at noon of that day, the adviser's time, in UTC as
    /// RFC 5545 requires of COMPLETED.
    fn completed(&mut self, on: chrono::NaiveDate) {
        self.body.raw("STATUS:COMPLETED");
        self.body.instant("COMPLETED", self.cx.zone.noon(on));
        self.body.raw("PERCENT-COMPLETE:100");
    }

    /// Writes the component whose lines are in `body`, with its UID and its revision.
    fn emit(&mut self, kind: &str, id: &str) {
        let body = std::mem::take(&mut self.body.out);
        let hash = fingerprint(kind) ^ fingerprint(&body).rotate_left(1);
        let revision = self
            .cx
            .revisions
            .revise(id, hash, self.cx.saved_at, &mut self.moved);
        let modified = revision.modified();
        self.out.begin_end("BEGIN:", kind);
        self.out.uid("UID", id, &self.cx.revisions.store);
        self.out.instant("DTSTAMP", modified);
        self.out.integer("SEQUENCE", revision.sequence());
        self.out.instant("LAST-MODIFIED", modified);
        self.out.out.push_str(&body);
        self.out.begin_end("END:", kind);
        // The buffer is reused: its capacity stays.
        self.body.out = body;
        self.body.out.clear();
    }
}
