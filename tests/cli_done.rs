//! `jalons done` and `jalons done --undo`, on the real binary and a real store: the same
//! operations and save as the interface, a done date never moved, and done-then-undo giving
//! back the plan as it was.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{Fixture, text, today};
use jalons::domain::{Place, Status, locate};

#[test]
fn done_then_undo_leaves_the_plan_as_it_was() {
    let fixture = Fixture::builtin();
    let original = fixture.plan();
    let out = fixture.ok(&["done", "a-madrid", "new-york.programme"]);
    assert_eq!(
        text(&out),
        "«\u{a0}Préparer le déplacement attendu de la Maire à Madrid\u{a0}» faite\n\
         «\u{a0}Programme du déplacement\u{a0}» fait\n"
    );
    let done = fixture.plan();
    let Some(Place::Action(a)) = locate(&done, "a-madrid") else {
        panic!("an action")
    };
    assert_eq!(done.actions[a].status, Status::Done { on: today() });
    let Some(Place::Item(t, i)) = locate(&done, "new-york.programme") else {
        panic!("an item")
    };
    assert_eq!(done.trips[t].checklist[i].done_on, Some(today()));

    let out = fixture.ok(&["done", "--undo", "a-madrid", "new-york.programme"]);
    assert!(text(&out).contains("«\u{a0}Programme du déplacement\u{a0}» à faire"));
    assert_eq!(fixture.plan(), original, "done then undo is the identity");
}

#[test]
fn asking_for_what_already_is_writes_nothing_and_keeps_the_done_date() {
    let fixture = Fixture::builtin();
    fixture.ok(&["done", "a-madrid"]);
    let after_first = std::fs::read(&fixture.store).expect("store");
    // A day later, "done" again must not move the date.
    let out = export_cli::run_on(
        "2014-09-20",
        fixture.dir.path(),
        &fixture.store,
        "fr",
        &["done", "a-madrid"],
    );
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout),
        "«\u{a0}Préparer le déplacement attendu de la Maire à Madrid\u{a0}» était déjà faite (le 16\u{a0}sept.\u{a0}2014)\n"
    );
    assert_eq!(std::fs::read(&fixture.store).expect("store"), after_first);
    let out = fixture.ok(&["done", "--undo", "a-berlin"]);
    assert_eq!(
        text(&out),
        "«\u{a0}Créer un déplacement de la Maire à Berlin\u{a0}» n'était pas faite\n"
    );
    assert_eq!(std::fs::read(&fixture.store).expect("store"), after_first);
}

#[test]
fn a_change_saved_meanwhile_by_another_instance_is_kept() {
    let fixture = Fixture::builtin();
    // Another instance saves its own change first (a fresh store file, as a save makes).
    let mut theirs = fixture.plan();
    theirs.actions[0].title = "Changé ailleurs".to_owned();
    std::fs::write(&fixture.store, jalons::store::to_bytes(&theirs)).expect("written");
    fixture.ok(&["done", "a-madrid"]);
    let plan = fixture.plan();
    assert_eq!(plan.actions[0].title, "Changé ailleurs");
    let Some(Place::Action(a)) = locate(&plan, "a-madrid") else {
        panic!("an action")
    };
    assert!(plan.actions[a].status.is_done());
}

#[test]
fn done_shows_in_the_lists_and_the_agenda() {
    let fixture = Fixture::builtin();
    fixture.ok(&["done", "a-madrid"]);
    let listed = text(&fixture.ok(&["list", "actions", "--status", "done"]));
    assert!(listed.contains("a-madrid"));
    assert!(listed.contains("faite 16\u{a0}sept.\u{a0}2014"));
    assert_eq!(listed.lines().count(), 2, "header and one action");
    let agenda = text(&fixture.ok(&["agenda"]));
    assert!(!agenda.contains("a-madrid"), "done work leaves the agenda");
    assert!(agenda.starts_with("ÉCHÉANCE"));
    // The 100 days' 12 late actions (South America is due by the end of 2014, "dès cette
    // année"), less Madrid.
    assert!(agenda.contains("\nEn retard (11)\n"), "{agenda}");
}
