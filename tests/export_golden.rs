//! Golden files: every list, the agenda and every export format, made by the real binary on
//! the built-in roadmap (and on a scheduled variant of it) as of 2014-09-16, compared byte for
//! byte with `tests/golden/`.
//!
//! After a deliberate change, regenerate them and review the diff:
//!
//!     JALONS_BLESS=1 cargo test --test export_golden

#[path = "support/export_cli.rs"]
mod export_cli;

use std::path::PathBuf;

use export_cli::{Fixture, assert_success, checked_in, run_on, scheduled};

fn golden(name: &str, actual: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("JALONS_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder created");
        std::fs::write(&path, actual).expect("golden written");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run JALONS_BLESS=1 cargo test --test export_golden",
            path.display()
        )
    });
    if expected != actual {
        let (expected, actual) = (
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(actual),
        );
        pretty_assertions::assert_eq!(
            expected,
            actual,
            "{name} differs from its golden file (JALONS_BLESS=1 to accept the change)"
        );
    }
}

/// (golden file, language, arguments)
const BUILTIN: &[(&str, &str, &[&str])] = &[
    ("list-actions.txt", "fr", &["list", "actions"]),
    ("list-actions.json", "fr", &["list", "actions", "--json"]),
    ("list-objectives.txt", "fr", &["list", "objectives"]),
    (
        "list-objectives.json",
        "fr",
        &["list", "objectives", "--json"],
    ),
    ("list-trips.txt", "fr", &["list", "trips"]),
    ("list-trips.json", "fr", &["list", "trips", "--json"]),
    ("list-delegations.txt", "fr", &["list", "delegations"]),
    (
        "list-delegations.json",
        "fr",
        &["list", "delegations", "--json"],
    ),
    ("agenda.txt", "fr", &["agenda"]),
    ("agenda.json", "fr", &["agenda", "--json"]),
    ("note.md", "fr", &["export", "note", "--format", "md"]),
    ("note.html", "fr", &["export", "note", "--format", "html"]),
    ("note-en.md", "en", &["export", "note"]),
    ("trip-new-york.md", "fr", &["export", "trip", "new-york"]),
    (
        "trip-new-york.html",
        "fr",
        &["export", "trip", "new-york", "--format", "html"],
    ),
    ("calendar.ics", "fr", &["export", "ics"]),
    (
        "calendar-todos.ics",
        "fr",
        &["export", "ics", "--deadlines", "todos"],
    ),
    ("actions.csv", "fr", &["export", "csv", "actions"]),
    (
        "actions-excel.csv",
        "fr",
        &["export", "csv", "actions", "--excel"],
    ),
    ("checklist.csv", "fr", &["export", "csv", "checklist"]),
    (
        "plan-100-jours.json",
        "fr",
        &["export", "json", "--horizon", "h-100-jours"],
    ),
];

const SCHEDULED: &[(&str, &str, &[&str])] = &[
    ("scheduled/list-actions.txt", "fr", &["list", "actions"]),
    ("scheduled/list-trips.txt", "en", &["list", "trips"]),
    ("scheduled/agenda.txt", "fr", &["agenda", "--days", "60"]),
    ("scheduled/note.md", "fr", &["export", "note"]),
    (
        "scheduled/note-europe.html",
        "fr",
        &["export", "note", "--format", "html", "--owner", "d-europe"],
    ),
    (
        "scheduled/trip-new-york.md",
        "fr",
        &["export", "trip", "new-york"],
    ),
    (
        "scheduled/trip-new-york-en.html",
        "en",
        &["export", "trip", "new-york", "--format", "html"],
    ),
    ("scheduled/calendar.ics", "fr", &["export", "ics"]),
    (
        "scheduled/calendar-todos.ics",
        "fr",
        &["export", "ics", "--deadlines", "todos"],
    ),
    ("scheduled/actions.csv", "fr", &["export", "csv", "actions"]),
    (
        "scheduled/checklist-excel.csv",
        "fr",
        &["export", "csv", "checklist", "--excel"],
    ),
];

/// With check-ins (see `export_cli::checked_in`): the health block, the objectives' health
/// and latest check-in, the "since" section of a first note, and the check-ins and the list
/// to update on the command line.
const CHECKED_IN: &[(&str, &str, &[&str])] = &[
    ("checked_in/note.md", "fr", &["export", "note"]),
    (
        "checked_in/note.html",
        "fr",
        &["export", "note", "--format", "html"],
    ),
    ("checked_in/note-en.md", "en", &["export", "note"]),
    ("checked_in/checkins.txt", "fr", &["checkins"]),
    ("checked_in/stale.txt", "fr", &["stale"]),
    ("checked_in/stale-en.txt", "en", &["stale"]),
];

/// Each case on a store of its own: a calendar export keeps its ledger beside the store, and
/// each golden calendar is the first export of its store.
fn check_all(fixture: impl Fn() -> Fixture, cases: &[(&str, &str, &[&str])]) {
    for (name, lang, args) in cases {
        let out = fixture().run_lang(lang, args);
        assert_success(&out, args);
        golden(name, &out.stdout);
    }
}

#[test]
fn every_format_on_the_builtin_roadmap_matches_its_golden_file() {
    check_all(|| Fixture::builtin().fixed_calendar(), BUILTIN);
}

#[test]
fn every_format_on_the_scheduled_roadmap_matches_its_golden_file() {
    check_all(|| Fixture::new(&scheduled()).fixed_calendar(), SCHEDULED);
}

#[test]
fn every_format_with_check_ins_matches_its_golden_file() {
    check_all(|| Fixture::new(&checked_in()), CHECKED_IN);
}

/// A note a week after another: what the first saw is kept beside the store, and the second
/// says what moved since — a late action re-dated, a health that got worse, new check-ins.
#[test]
fn a_note_says_what_moved_since_the_previous_one() {
    let fixture = Fixture::new(&checked_in());
    let dir = fixture.dir.path();
    let first = run_on("2014-09-09", dir, &fixture.store, "fr", &["export", "note"]);
    assert_success(&first, &["export", "note"]);
    assert!(
        fixture.path("roadmap.json.note.json").exists(),
        "the note's view is kept beside the store"
    );
    let mut plan = fixture.plan();
    for a in &mut plan.actions {
        // Re-dated when late: it must not turn green in silence.
        if a.id == "a-berlin" {
            a.due = Some(export_cli::day("2014-10-31"));
        }
    }
    std::fs::write(&fixture.store, jalons::store::to_bytes(&plan)).expect("store written");
    let out = fixture.run(&["export", "note"]);
    assert_success(&out, &["export", "note"]);
    golden("checked_in/note-since.md", &out.stdout);
    let text = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    assert!(text.contains("## Depuis la note du 9 sept. 2014"), "{text}");
    assert!(
        text.contains("| Créer un déplacement de la Maire à Berlin | Relations internationales et Francophonie | 14 juil. 2014 | ⚠ 31 oct. 2014 |"),
        "{text}"
    );
}

#[test]
fn a_file_written_with_o_holds_what_stdout_gets() {
    let fixture = Fixture::builtin();
    let stdout = fixture.ok(&["export", "note", "--format", "html"]);
    let out = fixture.run(&["export", "note", "--format", "html", "-o", "note.html"]);
    assert_success(&out, &["-o"]);
    assert!(out.stdout.is_empty(), "nothing on stdout with -o");
    let written = std::fs::read(fixture.path("note.html")).expect("note.html written");
    assert_eq!(written, stdout);
}
