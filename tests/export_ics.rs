//! The calendar, parsed back by a real iCalendar parser (the `icalendar` crate) and checked
//! event by event, to-do by to-do; and its RFC 5545 form checked line by line.

#[path = "support/export_cli.rs"]
mod export_cli;

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate};
use export_cli::{Fixture, HOSTILE_NOTES, HOSTILE_TITLE, scheduled, today};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventLike};
use jalons::domain::{Plan, Status, item_due};
use jalons::export::{Export, render};
use jalons::i18n::Lang;
use jalons::sanitize::inert_lines;

fn ics(plan: &Plan) -> String {
    let bytes = render(plan, today(), Lang::Fr, &Export::Ics).expect("a calendar");
    String::from_utf8(bytes).expect("UTF-8")
}

fn date(d: Option<DatePerhapsTime>) -> NaiveDate {
    match d {
        Some(DatePerhapsTime::Date(d)) => d,
        other => panic!("an all-day date, not {other:?}"),
    }
}

/// What the plan says the calendar must hold, by UID: (kind, first day, day after the last).
fn expected(plan: &Plan) -> BTreeMap<String, (&'static str, NaiveDate, Option<NaiveDate>)> {
    let mut expected = BTreeMap::new();
    for trip in &plan.trips {
        if let Some(start) = trip.start {
            let end = trip.end.unwrap_or(start) + Days::new(1);
            expected.insert(format!("{}@jalons", trip.id), ("event", start, Some(end)));
        }
        for item in &trip.checklist {
            if let Some(due) = item_due(trip, item) {
                expected.insert(format!("{}@jalons", item.id), ("todo", due, None));
            }
        }
    }
    for a in &plan.actions {
        if let Some(due) = a.due {
            expected.insert(format!("{}@jalons", a.id), ("todo", due, None));
        }
    }
    expected
}

fn check_against_plan(plan: &Plan) {
    let text = ics(plan);
    let calendar: Calendar = text.parse().expect("the calendar parses");
    let mut seen = BTreeMap::new();
    for component in &calendar.components {
        match component {
            CalendarComponent::Event(e) => {
                let uid = e.get_uid().expect("every event has a UID").to_owned();
                assert!(e.property_value("DTSTAMP").is_some(), "{uid} has DTSTAMP");
                let start = date(e.get_start());
                let end = date(e.get_end());
                assert!(end > start, "{uid}: DTEND after DTSTART");
                let old = seen.insert(uid.clone(), ("event", start, Some(end)));
                assert!(old.is_none(), "{uid} appears twice");
            }
            CalendarComponent::Todo(t) => {
                let uid = t.get_uid().expect("every to-do has a UID").to_owned();
                assert!(t.property_value("DTSTAMP").is_some(), "{uid} has DTSTAMP");
                let due = date(t.get_due());
                let old = seen.insert(uid.clone(), ("todo", due, None));
                assert!(old.is_none(), "{uid} appears twice");
            }
            other => panic!("unexpected component {other:?}"),
        }
    }
    assert_eq!(seen, expected(plan));
}

#[test]
fn every_trip_and_dated_record_is_there_once_on_its_dates() {
    let builtin = jalons::builtin::roadmap();
    check_against_plan(&builtin);
    let scheduled = scheduled();
    check_against_plan(&scheduled);
    // The scheduled roadmap has 4 dated trips: the counts are not vacuous.
    let text = ics(&scheduled);
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 4);
    assert_eq!(
        text.matches("BEGIN:VTODO\r\n").count(),
        expected(&scheduled).len() - 4
    );
}

#[test]
fn uids_are_unique_and_stable_across_runs() {
    let plan = scheduled();
    let first = ics(&plan);
    let second = ics(&plan);
    assert_eq!(
        first, second,
        "the same plan on the same day gives the same file"
    );
    let uids: Vec<&str> = first
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    let unique: HashSet<&str> = uids.iter().copied().collect();
    assert_eq!(uids.len(), unique.len());
    // A change elsewhere in the plan keeps every UID.
    let mut changed = plan.clone();
    changed.actions[0].title.push_str(" (modifié)");
    let again = ics(&changed);
    let uids_again: Vec<&str> = again
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    assert_eq!(uids, uids_again);
}

#[test]
fn lines_are_crlf_and_at_most_75_octets() {
    for plan in [jalons::builtin::roadmap(), scheduled()] {
        let text = ics(&plan);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at octet {i}");
            }
            if b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at octet {i}");
            }
        }
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
            assert!(!line.chars().any(char::is_control), "control in {line:?}");
        }
        // Long French titles really were folded.
        assert!(text.contains("\r\n "), "some lines are folded");
    }
}

#[test]
fn hostile_text_survives_escaping_and_folding_inert() {
    let text = ics(&scheduled());
    let calendar: Calendar = text.parse().expect("the calendar parses");
    let todo = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Todo(t) if t.get_uid() == Some("a-hostile@jalons") => Some(t),
            _ => None,
        })
        .expect("the hostile action is a to-do");
    assert_eq!(
        todo.get_summary(),
        Some(inert_lines(HOSTILE_TITLE).as_ref())
    );
    let description = todo.get_description().expect("a description");
    let notes = inert_lines(&HOSTILE_NOTES.replace("\r\n", "\n")).into_owned();
    assert!(description.ends_with(&notes), "{description:?}");
    assert!(description.starts_with("Porteur\u{a0}: Europe — Hermano Sanches Ruivo\n"));
}

#[test]
fn trips_are_all_day_events_and_done_work_is_completed() {
    let plan = scheduled();
    let text = ics(&plan);
    let calendar: Calendar = text.parse().expect("the calendar parses");
    let by_uid = |uid: &str| {
        calendar
            .components
            .iter()
            .find(|c| match c {
                CalendarComponent::Event(e) => e.get_uid() == Some(uid),
                CalendarComponent::Todo(t) => t.get_uid() == Some(uid),
                _ => false,
            })
            .unwrap_or_else(|| panic!("{uid} in the calendar"))
    };
    let CalendarComponent::Event(ny) = by_uid("new-york@jalons") else {
        panic!("an event")
    };
    assert_eq!(date(ny.get_start()), export_cli::day("2014-10-20"));
    assert_eq!(date(ny.get_end()), export_cli::day("2014-10-25"));
    assert_eq!(ny.get_summary(), Some("Déplacement\u{a0}: New York"));
    assert_eq!(ny.get_location(), Some("New York, États-Unis"));
    let CalendarComponent::Event(madrid) = by_uid("madrid@jalons") else {
        panic!("an event")
    };
    assert_eq!(madrid.property_value("STATUS"), Some("CANCELLED"));
    assert_eq!(date(madrid.get_end()), export_cli::day("2014-09-19"));
    let done = plan
        .actions
        .iter()
        .find(|a| a.status.is_done())
        .expect("a done action");
    let CalendarComponent::Todo(t) = by_uid(&format!("{}@jalons", done.id)) else {
        panic!("a to-do")
    };
    assert_eq!(t.property_value("STATUS"), Some("COMPLETED"));
    let Status::Done { on } = done.status else {
        unreachable!()
    };
    assert_eq!(
        t.get_completed().map(|c| c.date_naive()),
        Some(on),
        "COMPLETED carries the day it was done"
    );
}

#[test]
fn the_binary_prints_the_same_calendar() {
    let plan = scheduled();
    let fixture = Fixture::new(&plan);
    assert_eq!(fixture.ok(&["export", "ics"]), ics(&plan).into_bytes());
}
