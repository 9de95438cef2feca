//! `jalons checkin`, `checkins` and `stale` on the real binary: a check-in saved with the
//! same rules as the interface's form, clear refusals in the adviser's language (an unknown
//! ID with the closest ones, no health on a first check-in, no words for an alarm or a
//! change, a day after today), the list newest first, and the list to update by owner.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{Fixture, checked_in, text};
use jalons::domain::Health;

/// stderr with non-breaking spaces as plain ones.
fn said(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ")
}

fn checkins_of(fixture: &Fixture, id: &str) -> Vec<jalons::domain::CheckIn> {
    let plan = fixture.plan();
    plan.actions
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.checkins.clone())
        .or_else(|| {
            plan.objectives
                .iter()
                .find(|o| o.id == id)
                .map(|o| o.checkins.clone())
        })
        .expect("a record")
}

#[test]
fn a_check_in_is_saved_dated_today_with_its_words() {
    let fixture = Fixture::builtin();
    let out = fixture.ok(&[
        "checkin",
        "a-berlin",
        "--health",
        "at-risk",
        "Ambassade injoignable",
        "--due",
        "30/10",
        "--by",
        "Camille Martin",
    ]);
    assert_eq!(
        text(&out).replace('\u{a0}', " "),
        "Point d'étape du 16 sept. 2014 sur « Créer un déplacement de la Maire à Berlin » : à risque\n"
    );
    let saved = checkins_of(&fixture, "a-berlin");
    assert_eq!(saved.len(), 1);
    let c = &saved[0];
    assert_eq!(
        (c.on.to_string(), c.health, c.text.as_str(), c.by.as_str()),
        (
            "2014-09-16".to_owned(),
            Health::AtRisk,
            "Ambassade injoignable",
            "Camille Martin"
        )
    );
    assert_eq!(c.due.map(|d| d.to_string()).as_deref(), Some("2014-10-30"));
    assert!(c.id.starts_with("c-2014-09-16-"), "{}", c.id);
    // A later one keeps the health unless told; the same health needs no new words… but a
    // change does.
    fixture.ok(&["checkin", "a-berlin", "Toujours rien", "--on", "-1"]);
    let out = fixture.run(&["checkin", "a-berlin", "--health", "on-track"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        said(&out).contains("quand la santé change (de « à risque » à « en bonne voie »)"),
        "{}",
        said(&out)
    );
    let saved = checkins_of(&fixture, "a-berlin");
    assert_eq!(saved.len(), 2);
    assert_eq!(saved[0].on.to_string(), "2014-09-15", "sorted by day");
    // An objective takes check-ins too.
    fixture.ok(&[
        "checkin",
        "o-cop21",
        "--health",
        "off-track",
        "Groupe pas réuni",
    ]);
    assert_eq!(checkins_of(&fixture, "o-cop21")[0].health, Health::OffTrack);
}

#[test]
fn what_cannot_be_a_check_in_is_refused_clearly_and_nothing_is_written() {
    let fixture = Fixture::builtin();
    let before = std::fs::read(&fixture.store).expect("store");
    let cases: [(&[&str], &str); 6] = [
        (
            &["checkin", "a-berlni", "--health", "on-track"],
            "aucune action ni aucun objectif n'a l'ID « a-berlni » — voulez-vous dire `a-berlin` ?",
        ),
        (
            &["checkin", "berlin", "--health", "on-track"],
            "« berlin » n'est ni une action ni un objectif",
        ),
        (
            &["checkin", "a-berlin", "Rien"],
            "premier point d'étape sur « Créer un déplacement de la Maire à Berlin » : dites sa santé",
        ),
        (
            &["checkin", "a-berlin", "--health", "at-risk"],
            "un texte est requis quand la santé est « à risque »",
        ),
        (
            &["checkin", "a-berlin", "--health", "on-track", "--on", "+1"],
            "un point d'étape ne se date pas après aujourd'hui : 17 sept. 2014 vient après le 16 sept. 2014",
        ),
        (
            &["checkin", "a-berlin", "--health", "at-risk", "a\u{1b}[2Jb"],
            "refus",
        ),
    ];
    for (args, message) in cases {
        let out = fixture.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", said(&out));
        assert!(said(&out).contains(message), "{args:?}: {}", said(&out));
        assert!(!said(&out).contains('\u{1b}'), "inert: {}", said(&out));
    }
    assert_eq!(std::fs::read(&fixture.store).expect("store"), before);
    // A health that is none is a usage error (exit 2), in French.
    let out = fixture.run(&["checkin", "a-berlin", "--health", "vert", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(said(&out).contains("erreur"), "{}", said(&out));
    // French words are taken for the health.
    fixture.ok(&["checkin", "a-berlin", "--health", "à-risque", "Vu"]);
    assert_eq!(checkins_of(&fixture, "a-berlin")[0].health, Health::AtRisk);
}

#[test]
fn english_errors_speak_english() {
    let fixture = Fixture::builtin();
    let out = fixture.run_lang("en", &["checkin", "a-berlin", "--health", "off-track"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        said(&out).contains("a text is required when the health is “off track”"),
        "{}",
        said(&out)
    );
}

#[test]
fn check_ins_are_listed_newest_first_and_since_a_day() {
    let fixture = Fixture::new(&checked_in());
    let all = text(&fixture.ok(&["checkins"]));
    let lines: Vec<&str> = all.lines().collect();
    assert!(lines[0].starts_with("DATE"), "{all}");
    assert!(lines[1].starts_with("15\u{a0}sept.\u{a0}2014"), "{all}");
    assert!(
        lines.last().unwrap().starts_with("1\u{a0}juin\u{a0}2014"),
        "{all}"
    );
    assert!(!all.contains('\u{1b}'), "inert: {all:?}");
    let recent = text(&fixture.ok(&["checkins", "--since", "2014-09-14"]));
    assert_eq!(recent.lines().count(), 1 + 3, "{recent}");
    let one = text(&fixture.ok(&["checkins", "a-madrid"]));
    assert!(one.contains("Ambassade injoignable"), "{one}");
    assert_eq!(one.lines().count(), 2, "{one}");
}

#[test]
fn stale_lists_whom_to_call_by_owner() {
    let fixture = Fixture::new(&checked_in());
    let out = text(&fixture.ok(&["stale"]));
    // The Commission's meetings, checked in once in June, are due for an update; the UCUE's
    // strategy, checked in last week, is not.
    assert!(out.contains("a-commission-europeenne"), "{out}");
    assert!(!out.contains("a-ucue-elements-strategiques"), "{out}");
    assert!(out.contains("Hermano Sanches Ruivo — Europe"), "{out}");
    let europe = text(&fixture.ok(&["stale", "--owner", "d-europe"]));
    assert!(!europe.contains("Patrick Klugman"), "{europe}");
    let out = fixture.run(&["stale", "--owner", "d-eurpoe"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(said(&out).contains("`d-europe`"), "{}", said(&out));
}
