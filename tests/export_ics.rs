//! The calendar, parsed back by a real iCalendar parser (the `icalendar` crate) and checked
//! event by event, to-do by to-do, in both ways of writing deadlines; read as an events-only
//! calendar would; its RFC 5545 form checked line by line; and its revisions followed across
//! exports through the binary: UIDs per store, SEQUENCE and LAST-MODIFIED that move with a
//! record's change and only then.

#[path = "support/export_cli.rs"]
mod export_cli;

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};
use export_cli::{Fixture, HOSTILE_NOTES_KEPT, HOSTILE_TITLE_KEPT, IDENTITY, scheduled, today};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventLike};
use jalons::domain::{Plan, Status, item_due};
use jalons::export::{Context, Deadlines, Export, Revisions, Zone, render};
use jalons::i18n::Lang;

const BOTH: [Deadlines; 2] = [Deadlines::Events, Deadlines::Todos];

fn ics_with(plan: &Plan, deadlines: Deadlines, zone: Zone) -> String {
    let revisions = Revisions::new(IDENTITY);
    let cx = Context {
        zone,
        ..Context::fixed(today(), Lang::Fr, &revisions)
    };
    let bytes = render(plan, &cx, &Export::Ics { deadlines }).expect("a calendar");
    String::from_utf8(bytes).expect("UTF-8")
}

fn ics(plan: &Plan, deadlines: Deadlines) -> String {
    ics_with(plan, deadlines, Zone::utc())
}

fn uid(id: &str) -> String {
    format!("{id}@{IDENTITY}.jalons")
}

fn date(d: Option<DatePerhapsTime>) -> NaiveDate {
    match d {
        Some(DatePerhapsTime::Date(d)) => d,
        other => panic!("an all-day date, not {other:?}"),
    }
}

/// By UID: (component, first day, day after the last, or None for a to-do's due day).
type Entries = BTreeMap<String, (&'static str, NaiveDate, Option<NaiveDate>)>;

/// What the plan says the calendar must hold.
fn expected(plan: &Plan, deadlines: Deadlines) -> Entries {
    let mut expected = BTreeMap::new();
    let mut deadline = |id: &str, due: NaiveDate| {
        let entry = match deadlines {
            Deadlines::Events => ("event", due, Some(due + Days::new(1))),
            Deadlines::Todos => ("todo", due, None),
        };
        expected.insert(uid(id), entry);
    };
    for trip in &plan.trips {
        for item in &trip.checklist {
            if let Some(due) = item_due(trip, item) {
                deadline(&item.id, due);
            }
        }
    }
    for a in &plan.actions {
        if let Some(due) = a.due {
            deadline(&a.id, due);
        }
    }
    for trip in &plan.trips {
        if let Some(start) = trip.start {
            let end = trip.end.unwrap_or(start) + Days::new(1);
            expected.insert(uid(&trip.id), ("event", start, Some(end)));
        }
    }
    expected
}

/// What a calendar reads: every component, by UID, checked to appear once with a DTSTAMP.
fn entries(text: &str) -> Entries {
    let calendar: Calendar = text.parse().expect("the calendar parses");
    let mut seen = BTreeMap::new();
    for component in &calendar.components {
        let (uid, entry) = match component {
            CalendarComponent::Event(e) => {
                let start = date(e.get_start());
                let end = date(e.get_end());
                assert!(end > start, "DTEND after DTSTART");
                (e.get_uid(), ("event", start, Some(end)))
            }
            CalendarComponent::Todo(t) => (t.get_uid(), ("todo", date(t.get_due()), None)),
            other => panic!("unexpected component {other:?}"),
        };
        let uid = uid.expect("every component has a UID").to_owned();
        let old = seen.insert(uid.clone(), entry);
        assert!(old.is_none(), "{uid} appears twice");
    }
    seen
}

#[test]
fn every_trip_and_dated_record_is_there_once_on_its_dates_either_way() {
    for plan in [jalons::builtin::roadmap(), scheduled()] {
        for deadlines in BOTH {
            assert_eq!(
                entries(&ics(&plan, deadlines)),
                expected(&plan, deadlines),
                "{deadlines:?}"
            );
        }
    }
    // The scheduled roadmap has 4 dated trips: the counts are not vacuous.
    let text = ics(&scheduled(), Deadlines::Todos);
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 4);
    assert!(text.matches("BEGIN:VTODO\r\n").count() > 40);
}

/// What a calendar that imports events only (khal, many phone apps) keeps of a file.
fn events_only(text: &str) -> Vec<icalendar::Event> {
    let calendar: Calendar = text.parse().expect("the calendar parses");
    calendar
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn an_events_only_calendar_gets_every_deadline_by_default() {
    for plan in [jalons::builtin::roadmap(), scheduled()] {
        let text = ics(&plan, Deadlines::Events);
        let all = expected(&plan, Deadlines::Events);
        let events = events_only(&text);
        assert_eq!(events.len(), all.len(), "nothing dropped");
        assert!(!text.contains("BEGIN:VTODO"));
        // The built-in roadmap has no dated trip: every one of these is a deadline.
        assert!(events.len() >= 37, "{} events", events.len());
        for event in &events {
            let is_trip = plan
                .trips
                .iter()
                .any(|t| Some(uid(&t.id).as_str()) == event.get_uid());
            if !is_trip {
                // One whole day, and free: a deadline takes no time.
                let start = date(event.get_start());
                assert_eq!(date(event.get_end()), start + Days::new(1));
                assert_eq!(event.property_value("TRANSP"), Some("TRANSPARENT"));
            }
        }
    }
    // With to-dos, an events-only calendar sees the trips alone: why events are the default.
    let todos = ics(&scheduled(), Deadlines::Todos);
    assert_eq!(events_only(&todos).len(), 4);
}

#[test]
fn a_done_deadline_event_says_so() {
    let text = ics(&scheduled(), Deadlines::Events);
    let events = events_only(&text);
    let madrid = events
        .iter()
        .find(|e| e.get_uid() == Some(uid("a-madrid").as_str()))
        .expect("the action done");
    let summary = madrid.get_summary().expect("a summary");
    assert!(
        summary.starts_with("✓ Préparer le déplacement"),
        "{summary}"
    );
    let description = madrid
        .get_description()
        .expect("a description")
        .replace('\u{a0}', " ");
    assert!(
        description.starts_with("Faite le 12 sept. 2014\nPorteur : "),
        "{description}"
    );
}

#[test]
fn uids_hold_the_store_identity_and_are_unique_and_stable() {
    let plan = scheduled();
    for deadlines in BOTH {
        let first = ics(&plan, deadlines);
        assert_eq!(first, ics(&plan, deadlines), "the same plan, the same file");
        let uids: Vec<&str> = first
            .lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .collect();
        let unique: HashSet<&str> = uids.iter().copied().collect();
        assert_eq!(uids.len(), unique.len());
        assert!(uids.iter().all(|u| u.ends_with("@fixture.jalons")));
        // A change elsewhere in the plan keeps every UID.
        let mut changed = plan.clone();
        changed.actions[0].title.push_str(" (modifié)");
        let again = ics(&changed, deadlines);
        let uids_again: Vec<&str> = again
            .lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .collect();
        assert_eq!(uids, uids_again);
    }
}

fn uids(text: &str) -> HashSet<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn two_stores_never_share_a_uid_and_each_keeps_its_own() {
    let plan = scheduled();
    let (one, two) = (Fixture::new(&plan), Fixture::new(&plan));
    let first = fixture_ics(&one);
    let other = fixture_ics(&two);
    assert!(
        uids(&first).is_disjoint(&uids(&other)),
        "two stores, two sets of UIDs"
    );
    assert_eq!(
        uids(&fixture_ics(&one)),
        uids(&first),
        "the same store keeps them"
    );
    // The identity is kept beside the store, private like it.
    let ledger = jalons::export::revisions::path_for(&one.store);
    let identity: Revisions =
        serde_json::from_slice(&std::fs::read(&ledger).expect("a ledger")).expect("JSON");
    assert!(first.contains(&format!("UID:a-madrid@{}.jalons", identity.store)));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&ledger)
            .expect("there")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

fn fixture_ics(fixture: &Fixture) -> String {
    export_cli::text(&fixture.ok(&["export", "ics"]))
}

/// The lines of the component with this UID, unfolded.
fn component<'a>(text: &'a str, id: &str) -> Vec<&'a str> {
    let start = text
        .find(&format!("UID:{}\r\n", uid(id)))
        .unwrap_or_else(|| panic!("{id} in the calendar"));
    text[start..]
        .split("\r\n")
        .take_while(|l| !l.starts_with("END:"))
        .collect()
}

fn property<'a>(lines: &[&'a str], name: &str) -> &'a str {
    lines
        .iter()
        .find_map(|l| l.strip_prefix(name))
        .unwrap_or_else(|| panic!("{name} in {lines:?}"))
}

#[test]
fn a_record_changed_looks_newer_and_the_others_stay_as_they_were() {
    let fixture = Fixture::new(&scheduled()).fixed_calendar();
    let first = fixture_ics(&fixture);
    let berlin = component(&first, "a-berlin");
    assert_eq!(property(&berlin, "SEQUENCE:"), "0");
    assert_eq!(property(&berlin, "LAST-MODIFIED:"), "20140916T063000Z");
    assert_eq!(property(&berlin, "DTSTAMP:"), "20140916T063000Z");
    // Nothing changed: the same file, byte for byte, even after another save.
    fixture.set_saved_at("2014-09-16T07:00:00Z");
    assert_eq!(fixture_ics(&fixture), first);

    // One action ticked, saved at 09:15 on the 17th.
    let out = fixture.run(&["done", "a-berlin"]);
    export_cli::assert_success(&out, &["done"]);
    fixture.set_saved_at("2014-09-17T09:15:00Z");
    let second = fixture_ics(&fixture);
    let berlin = component(&second, "a-berlin");
    assert_eq!(property(&berlin, "SEQUENCE:"), "1");
    assert_eq!(property(&berlin, "LAST-MODIFIED:"), "20140917T091500Z");
    assert_eq!(property(&berlin, "DTSTAMP:"), "20140917T091500Z");
    let calendar: Calendar = second.parse().expect("parses");
    let parsed = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) if e.get_uid() == Some(&uid("a-berlin")) => Some(e),
            _ => None,
        })
        .expect("the event");
    assert_eq!(parsed.get_sequence(), Some(1));
    assert_eq!(
        parsed.get_last_modified(),
        Some(
            "2014-09-17T09:15:00Z"
                .parse::<DateTime<Utc>>()
                .expect("an instant")
        )
    );
    // Every other component is as it was.
    let untouched = |text: &str| -> Vec<String> {
        text.split("BEGIN:")
            .filter(|c| !c.contains(&uid("a-berlin")))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(untouched(&first), untouched(&second));
    // And exporting again changes nothing more.
    assert_eq!(fixture_ics(&fixture), second);
}

#[test]
fn completed_is_noon_of_the_day_done_in_the_advisers_zone() {
    let plan = scheduled();
    let done = plan
        .actions
        .iter()
        .find(|a| a.id == "a-madrid")
        .expect("a done action");
    let Status::Done { on } = done.status else {
        panic!("done")
    };
    for hours in [-10, -5, 0, 2, 9] {
        let offset = FixedOffset::east_opt(hours * 3600).expect("an offset");
        let text = ics_with(&plan, Deadlines::Todos, Zone::Fixed(offset));
        let calendar: Calendar = text.parse().expect("parses");
        let completed = calendar
            .components
            .iter()
            .find_map(|c| match c {
                CalendarComponent::Todo(t) if t.get_uid() == Some(&uid("a-madrid")) => {
                    t.get_completed()
                }
                _ => None,
            })
            .expect("COMPLETED");
        // Shown on the day it was done by a calendar in the adviser's zone and in any zone
        // up to eleven hours away (midnight UTC put it on the day before west of Greenwich).
        for seen_from in [hours - 11, hours - 7, hours, hours + 7, hours + 11] {
            if !(-12..=14).contains(&seen_from) {
                continue;
            }
            let zone = FixedOffset::east_opt(seen_from * 3600).expect("an offset");
            assert_eq!(
                completed.with_timezone(&zone).date_naive(),
                on,
                "done at UTC{hours:+}, seen from UTC{seen_from:+}"
            );
        }
    }
    // The binary uses the system's zone: Paris in September is UTC+2.
    let fixture = Fixture::new(&plan).fixed_calendar();
    let text = export_cli::text(&fixture.ok(&["export", "ics", "--deadlines", "todos"]));
    let madrid = component(&text, "a-madrid");
    assert_eq!(property(&madrid, "COMPLETED:"), "20140912T100000Z");
}

#[test]
fn lines_are_crlf_and_at_most_75_octets() {
    for plan in [jalons::builtin::roadmap(), scheduled()] {
        for deadlines in BOTH {
            let text = ics(&plan, deadlines);
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
}

#[test]
fn hostile_text_survives_escaping_and_folding_kept() {
    for deadlines in BOTH {
        let text = ics(&scheduled(), deadlines);
        let calendar: Calendar = text.parse().expect("the calendar parses");
        let (summary, description) = calendar
            .components
            .iter()
            .find_map(|c| match c {
                CalendarComponent::Todo(t) if t.get_uid() == Some(&uid("a-hostile")) => {
                    Some((t.get_summary(), t.get_description()))
                }
                CalendarComponent::Event(e) if e.get_uid() == Some(&uid("a-hostile")) => {
                    Some((e.get_summary(), e.get_description()))
                }
                _ => None,
            })
            .expect("the hostile action");
        assert_eq!(summary, Some(HOSTILE_TITLE_KEPT));
        let description = description.expect("a description");
        assert!(description.ends_with(HOSTILE_NOTES_KEPT), "{description:?}");
        assert!(
            description
                .replace('\u{a0}', " ")
                .starts_with("Porteur : Europe — Hermano Sanches Ruivo\n")
        );
    }
}

#[test]
fn trips_are_multi_day_all_day_events_and_done_work_is_completed() {
    let plan = scheduled();
    let text = ics(&plan, Deadlines::Todos);
    let calendar: Calendar = text.parse().expect("the calendar parses");
    let by_uid = |id: &str| {
        let uid = uid(id);
        calendar
            .components
            .iter()
            .find(|c| match c {
                CalendarComponent::Event(e) => e.get_uid() == Some(&uid),
                CalendarComponent::Todo(t) => t.get_uid() == Some(&uid),
                _ => false,
            })
            .unwrap_or_else(|| panic!("{uid} in the calendar"))
    };
    let CalendarComponent::Event(ny) = by_uid("new-york") else {
        panic!("an event")
    };
    // Five days, 20 to 24 October: DTEND is the day after the return.
    assert_eq!(date(ny.get_start()), export_cli::day("2014-10-20"));
    assert_eq!(date(ny.get_end()), export_cli::day("2014-10-25"));
    assert_eq!(ny.get_summary(), Some("Déplacement\u{a0}: New York"));
    assert_eq!(ny.get_location(), Some("New York, États-Unis"));
    let CalendarComponent::Event(madrid) = by_uid("madrid") else {
        panic!("an event")
    };
    assert_eq!(madrid.property_value("STATUS"), Some("CANCELLED"));
    assert_eq!(date(madrid.get_end()), export_cli::day("2014-09-19"));
    let CalendarComponent::Todo(t) = by_uid("a-madrid") else {
        panic!("a to-do")
    };
    assert_eq!(t.property_value("STATUS"), Some("COMPLETED"));
}

#[test]
fn the_binary_prints_the_same_calendar() {
    let plan = scheduled();
    let fixture = Fixture::new(&plan).fixed_calendar();
    let revisions = Revisions::new(IDENTITY);
    let cx = Context {
        saved_at: export_cli::SAVED_AT.parse().expect("an instant"),
        ..Context::fixed(today(), Lang::Fr, &revisions)
    };
    let what = Export::Ics {
        deadlines: Deadlines::Events,
    };
    let expected = render(&plan, &cx, &what).expect("a calendar");
    assert_eq!(fixture.ok(&["export", "ics"]), expected);
}

#[test]
fn an_unreadable_ledger_is_an_error_not_new_uids() {
    let fixture = Fixture::builtin();
    let ledger = jalons::export::revisions::path_for(&fixture.store);
    std::fs::write(&ledger, "{ pas du JSON").expect("written");
    let out = fixture.run(&["export", "ics"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = export_cli::text(&out.stderr);
    assert!(
        stderr.contains("le suivi du calendrier est illisible"),
        "{stderr}"
    );
    assert!(stderr.contains("roadmap.json.calendar.json"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&ledger).expect("kept"),
        "{ pas du JSON",
        "left for the adviser to look at"
    );
}
