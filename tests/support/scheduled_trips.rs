//! The built-in roadmap as a cabinet would have it a few months on: trips dated over 2014 and
//! 2015 (the note dates none), some of them prepared, some work done. For the screens and
//! pictures that show dated trips, readiness and the rhythm of work.
#![allow(dead_code)]

use chrono::NaiveDate;
use jalons::domain::{Plan, Status, TripStatus};

pub fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

/// (trip, departure, return, status, checklist items done, the day they were done)
const TRIPS: &[(&str, &str, &str, TripStatus, usize, &str)] = &[
    (
        "berlin",
        "2014-06-10",
        "2014-06-11",
        TripStatus::Done,
        10,
        "2014-06-02",
    ),
    (
        "madrid",
        "2014-09-29",
        "2014-09-30",
        TripStatus::Preparing,
        1,
        "2014-08-01",
    ),
    (
        "new-york",
        "2014-10-20",
        "2014-10-24",
        TripStatus::Confirmed,
        4,
        "2014-09-10",
    ),
    (
        "rome",
        "2014-11-05",
        "2014-11-06",
        TripStatus::Preparing,
        0,
        "",
    ),
    (
        "dakar",
        "2014-11-29",
        "2014-11-30",
        TripStatus::Considered,
        0,
        "",
    ),
    (
        "bruxelles",
        "2015-02-10",
        "2015-02-10",
        TripStatus::Considered,
        0,
        "",
    ),
    (
        "auschwitz",
        "2015-01-27",
        "2015-01-27",
        TripStatus::ToCreate,
        0,
        "",
    ),
    (
        "bucarest",
        "2015-06-15",
        "2015-06-17",
        TripStatus::Cancelled,
        0,
        "",
    ),
];

/// (action, the day it was done)
const DONE: &[(&str, &str)] = &[
    ("a-berlin", "2014-06-12"),
    ("a-aimf-bureau", "2014-07-01"),
    ("a-concertation-delegations", "2014-08-25"),
    ("a-programme-international", "2014-09-02"),
    ("a-madrid", "2014-09-12"),
    ("a-cglu-grands-axes", "2014-09-15"),
];

pub fn plan() -> Plan {
    let mut plan = jalons::builtin::roadmap();
    for &(id, start, end, status, done, on) in TRIPS {
        let trip = plan
            .trips
            .iter_mut()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("no trip {id}"));
        trip.start = Some(day(start));
        trip.end = Some(day(end));
        trip.status = status;
        for item in trip.checklist.iter_mut().take(done) {
            item.done_on = Some(day(on));
        }
    }
    for &(id, on) in DONE {
        let action = plan
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .unwrap_or_else(|| panic!("no action {id}"));
        action.status = Status::Done { on: day(on) };
    }
    assert!(jalons::domain::validate(&plan).is_empty(), "a valid plan");
    plan
}
