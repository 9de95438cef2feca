//! "J-n" means one thing: so many days before departure, before and after the trip is
//! dated. The countdown from today is said apart, in words ("dans 12 j", "aujourd'hui",
//! "en retard de 3 j"), on every screen and in every export; a done item is never late.
//! A trip is late when its checklist or an action made for it is.
//!
//! Records are built from JSON, so that fields added later with defaults do not touch them.

use chrono::NaiveDate;
use jalons::domain::{ChecklistItem, Plan, Trip, item_late, late_actions_by_trip, trip_actions};
use jalons::i18n::Lang;
use pretty_assertions::assert_eq;
use serde_json::json;

fn date(s: &str) -> NaiveDate {
    s.parse().expect("a test date")
}

fn trip(start: Option<&str>, items: &serde_json::Value) -> Trip {
    let mut trip = json!({
        "id": "ny", "destination": "New York", "status": "preparing", "checklist": items,
    });
    if let Some(start) = start {
        trip["start"] = json!(start);
    }
    serde_json::from_value(trip).expect("a trip")
}

fn days_before(n: u32, done_on: Option<&str>) -> serde_json::Value {
    let mut item = json!({"id": "i", "label": "Presse", "due": {"days_before": n}});
    if let Some(on) = done_on {
        item["done_on"] = json!(on);
    }
    item
}

fn only_item(trip: &Trip) -> &ChecklistItem {
    &trip.checklist[0]
}

#[test]
fn j_minus_n_is_days_before_departure_before_the_trip_is_dated() {
    let c = Lang::Fr.catalogue();
    let trip = trip(None, &json!([days_before(3, None)]));
    let item = only_item(&trip);
    assert_eq!(c.item_rule(&trip, item, None), "J-3");
    assert_eq!(c.item_countdown(&trip, item, date("2014-09-16")), None);
}

#[test]
fn j_minus_n_still_reads_j_minus_n_once_the_trip_is_dated() {
    let c = Lang::Fr.catalogue();
    // Departure 25 September: J-3 is the 22nd, six days from the 16th.
    let trip = trip(Some("2014-09-25"), &json!([days_before(3, None)]));
    let item = only_item(&trip);
    let today = date("2014-09-16");
    assert_eq!(
        c.item_rule(&trip, item, None),
        "J-3\u{a0}· 22\u{a0}sept.\u{a0}2014"
    );
    assert_eq!(
        c.item_rule(&trip, item, Some(today)),
        "J-3\u{a0}· 22\u{a0}sept."
    );
    assert_eq!(
        c.item_countdown(&trip, item, today).as_deref(),
        Some("dans 6\u{a0}j")
    );
    let en = Lang::En.catalogue();
    assert_eq!(
        en.item_rule(&trip, item, None),
        "D-3\u{a0}· 22\u{a0}Sep\u{a0}2014"
    );
    assert_eq!(
        en.item_countdown(&trip, item, today).as_deref(),
        Some("in 6 d")
    );
}

#[test]
fn the_countdown_from_today_is_in_words() {
    let fr = Lang::Fr.catalogue();
    let en = Lang::En.catalogue();
    let today = date("2014-09-16");
    let cases = [
        ("2014-09-28", false, "dans 12\u{a0}j", "in 12 d"),
        ("2014-09-16", false, "aujourd'hui", "today"),
        ("2014-09-13", true, "en retard de 3\u{a0}j", "3 d late"),
        ("2014-09-13", false, "il y a 3\u{a0}j", "3 d ago"),
    ];
    for (day, late, french, english) in cases {
        assert_eq!(fr.from_today(date(day), today, late), french);
        assert_eq!(en.from_today(date(day), today, late), english);
    }
    // No countdown ever takes the J-n form.
    for n in -40..40 {
        assert!(!(fr.countdown)(n).starts_with('J'), "{n}");
        assert!(!(en.countdown)(n).starts_with('D'), "{n}");
    }
}

#[test]
fn a_late_item_says_late_and_a_done_item_never_does() {
    let c = Lang::Fr.catalogue();
    let today = date("2014-09-16");
    // J-14 before the 25th is the 11th: five days ago.
    let open = trip(Some("2014-09-25"), &json!([days_before(14, None)]));
    assert!(item_late(&open, only_item(&open), today));
    assert_eq!(
        c.item_countdown(&open, only_item(&open), today).as_deref(),
        Some("en retard de 5\u{a0}j")
    );
    let done = trip(
        Some("2014-09-25"),
        &json!([days_before(14, Some("2014-09-12"))]),
    );
    assert!(!item_late(&done, only_item(&done), today));
    assert_eq!(c.item_countdown(&done, only_item(&done), today), None);
    assert_eq!(
        c.item_rule(&done, only_item(&done), None),
        "J-14\u{a0}· 11\u{a0}sept.\u{a0}2014"
    );
}

#[test]
fn the_dossier_prints_the_rule_and_the_countdown_apart() {
    let mut plan = Plan::empty("Test");
    plan.trips
        .push(trip(Some("2014-09-25"), &json!([days_before(5, None)])));
    let today = date("2014-09-16");
    let what = jalons::export::Export::Trip {
        id: "ny".into(),
        format: jalons::export::DocFormat::Markdown,
    };
    let ledger = jalons::export::Revisions::new("test");
    let cx = jalons::export::Context::fixed(today, Lang::Fr, &ledger);
    let bytes = jalons::export::render(&plan, &cx, &what).expect("a dossier");
    // Read as printed: the non-breaking spaces of the typography are spaces.
    let doc = String::from_utf8(bytes)
        .expect("UTF-8")
        .replace('\u{a0}', " ");
    assert!(doc.contains("J-5 · 20 sept. 2014 (dans 4 j)"), "{doc}");
    assert!(doc.contains("dans 9 j"), "departure countdown: {doc}");
    assert!(!doc.contains("J-9"), "{doc}");
}

fn action(id: &str, due: &str, trip: Option<&str>, done: bool) -> serde_json::Value {
    let status = if done {
        json!({"state": "done", "on": "2014-07-01"})
    } else {
        json!({"state": "todo"})
    };
    let mut a = json!({"id": id, "objective": "o", "title": id, "owner": "d", "due": due,
        "status": status});
    if let Some(t) = trip {
        a["trip"] = json!(t);
    }
    a
}

#[test]
fn a_trip_is_late_when_an_action_made_for_it_is() {
    let mut plan = Plan::empty("Test");
    plan.trips.push(trip(Some("2014-09-25"), &json!([])));
    plan.trips.push(trip(None, &json!([])));
    plan.trips[1].id = "berlin".into();
    for a in [
        action("late", "2014-07-14", Some("ny"), false),
        action("done", "2014-07-14", Some("ny"), true),
        action("ahead", "2014-10-01", Some("ny"), false),
        action("elsewhere", "2014-07-14", None, false),
        action("berlin", "2014-09-30", Some("berlin"), false),
    ] {
        plan.actions
            .push(serde_json::from_value(a).expect("an action"));
    }
    let today = date("2014-09-16");
    assert_eq!(late_actions_by_trip(&plan, today), vec![1, 0]);
    let ids: Vec<&str> = trip_actions(&plan, &plan.trips[0])
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["late", "done", "ahead"]);
}
