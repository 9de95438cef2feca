//! What a delegation carries reads the same everywhere (issue #11, section 4): the index, the
//! Délégations screen, the roadmap's owner box, `list delegations --json`, the `o` owner
//! filter of Échéances, the `f` filter, `list actions --owner` and `agenda --owner`. Each is
//! checked against a count made here, from the plan, with the rule written out plainly.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{Fixture, scheduled, today};
use jalons::app::{Model, Msg, Screen, update};
use jalons::domain::{Bucket, Filter, Plan, TripStatus, item_due};
use jalons::i18n::Lang;
use jalons::ui::view;
use pretty_assertions::assert_eq;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::Value;

/// What a delegation carries, open, counted from the plan without the domain's help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Expected {
    owns: usize,
    contributes: usize,
    items: usize,
    /// Late actions it owns and late items of trips still to make.
    late: usize,
}

fn expected(plan: &Plan, id: &str) -> Expected {
    let day = today();
    let mut e = Expected::default();
    for a in &plan.actions {
        let open = !a.status.is_done();
        if a.owner == id {
            e.owns += usize::from(open);
            e.late += usize::from(open && a.due.is_some_and(|d| d < day));
        } else if a.co_owners.iter().any(|c| c == id) && open {
            e.contributes += 1;
        }
    }
    for trip in &plan.trips {
        let to_make = !matches!(trip.status, TripStatus::Done | TripStatus::Cancelled);
        for item in trip
            .checklist
            .iter()
            .filter(|i| i.owner.as_deref() == Some(id))
        {
            let open = to_make && item.done_on.is_none();
            e.items += usize::from(open);
            e.late += usize::from(open && item_due(trip, item).is_some_and(|d| d < day));
        }
    }
    e
}

fn model() -> Model {
    model_of(jalons::builtin::roadmap())
}

fn model_of(plan: Plan) -> Model {
    Model::new(plan, today(), Lang::Fr, "x".into())
}

fn screen(model: &Model) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

/// The two lines every screen shows, as a French reader expects them.
fn lines(e: Expected) -> (String, String) {
    let actions = if e.contributes == 0 {
        format!("porte {}", e.owns)
    } else {
        format!("porte {} · contribue à {}", e.owns, e.contributes)
    };
    let items = match e.items {
        0 => "aucun point".to_owned(),
        1 => "1 point".to_owned(),
        n => format!("{n} points"),
    };
    let items = if e.late == 0 {
        items
    } else {
        format!("⚠ {} en retard · {items}", e.late)
    };
    (actions, items)
}

/// `o` on Échéances: the late entries left when narrowed to the delegation.
fn o_late(model: &mut Model, id: &str) -> usize {
    let review = &mut model.review.deadlines;
    review.owner = Some(id.to_owned());
    review.refresh(&model.plan, &model.index);
    let agenda = &model.index.review.agenda;
    let late = review
        .shown
        .iter()
        .filter(|&&e| agenda[e].bucket == Bucket::Late)
        .count();
    review.owner = None;
    review.refresh(&model.plan, &model.index);
    late
}

/// `f` with the owner and "late only": late actions on the roadmap and late items on
/// Échéances.
fn f_late(model: &mut Model, id: &str) -> usize {
    model.filter = Filter {
        owner: Some(id.to_owned()),
        late_only: true,
        ..Filter::default()
    };
    model.replan(None);
    let actions: usize = model.index.actions_of.iter().map(Vec::len).sum();
    let items = model
        .index
        .review
        .agenda
        .iter()
        .filter(|e| matches!(e.what, jalons::domain::DueRef::Item { .. }))
        .count();
    model.filter = Filter::default();
    model.replan(None);
    actions + items
}

fn json(fixture: &Fixture, args: &[&str]) -> Value {
    serde_json::from_slice(&fixture.ok(args)).expect("valid JSON")
}

#[test]
fn every_delegation_reads_the_same_everywhere() {
    reads_the_same_everywhere(&jalons::builtin::roadmap());
}

/// With trips done and cancelled, and work done: the items of closed trips are counted as
/// the agenda counts them (neither open nor late).
#[test]
fn every_delegation_reads_the_same_everywhere_once_trips_are_made() {
    let plan = scheduled();
    assert!(plan.trips.iter().any(|t| t.status == TripStatus::Done));
    assert!(plan.trips.iter().any(|t| t.status == TripStatus::Cancelled));
    reads_the_same_everywhere(&plan);
    // `list trips` counts a closed trip's checklist the same way.
    let fixture = Fixture::new(&plan);
    let trips = json(&fixture, &["list", "trips", "--json"]);
    for row in trips["items"].as_array().expect("items") {
        let trip = plan
            .trips
            .iter()
            .find(|t| row["id"] == t.id.as_str())
            .expect("a trip");
        let closed = matches!(trip.status, TripStatus::Done | TripStatus::Cancelled);
        let checklist = &row["checklist"];
        let undone = checklist["total"].as_u64().unwrap() - checklist["done"].as_u64().unwrap();
        let open = checklist["open"].as_u64().unwrap();
        assert_eq!(open, if closed { 0 } else { undone }, "{}", trip.id);
        if closed {
            assert!(undone > 0, "{}: nothing left undone to check", trip.id);
        }
    }
}

fn reads_the_same_everywhere(plan: &Plan) {
    let fixture = Fixture::new(plan);
    let listed = json(&fixture, &["list", "delegations", "--json"]);
    let listed = listed["items"].as_array().expect("items");
    let mut model = model_of(plan.clone());
    assert_eq!(listed.len(), plan.delegations.len());
    let mut owner_boxes = 0;
    for (d, delegation) in plan.delegations.iter().enumerate() {
        let id = delegation.id.as_str();
        let e = expected(plan, id);
        let (actions, items) = lines(e);

        // The index.
        let carry = model.index.carry[d];
        let indexed = Expected {
            owns: carry.owns.open(),
            contributes: carry.contributes.open(),
            items: carry.items.open(),
            late: carry.late(),
        };
        assert_eq!(indexed, e, "index, {id}");

        // `list delegations --json`.
        let row = &listed[d];
        assert_eq!(row["id"], id);
        let n = |v: &Value| usize::try_from(v.as_u64().expect("a count")).expect("small");
        let cli = Expected {
            owns: n(&row["actions"]["open"]),
            contributes: n(&row["contributes"]["open"]),
            items: n(&row["items"]["open"]),
            late: n(&row["actions"]["late"]) + n(&row["items"]["late"]),
        };
        assert_eq!(cli, e, "list delegations --json, {id}");

        // The Délégations screen: the row and the detail.
        update(&mut model, Msg::Show(Screen::Delegations));
        model.review.delegations.select_row(d);
        let text = screen(&model);
        for line in [&actions, &items] {
            assert!(
                text.matches(line.as_str()).count() >= 2,
                "Délégations, {id}: {line:?} not in the row and the detail:\n{text}"
            );
        }

        // The owner box, for a delegation that owns an action: drill to it.
        if e.owns > 0 || carry.owns.total > 0 {
            update(&mut model, Msg::Drill);
            update(&mut model, Msg::Drill);
            assert_eq!(model.screen, Screen::Roadmap, "{id}");
            let text = screen(&model);
            let holder = text.find("┌ Porteur").expect("an owner box");
            let owner_box = &text[holder..];
            assert!(owner_box.contains(&actions), "owner box, {id}:\n{text}");
            assert!(owner_box.contains(&items), "owner box, {id}:\n{text}");
            owner_boxes += 1;
        }

        // `o` and `f` agree on what is late, and with the rest.
        assert_eq!(o_late(&mut model, id), e.late, "o, {id}");
        assert_eq!(f_late(&mut model, id), e.late, "f, {id}");

        // `agenda --owner` and `list actions --owner`: what it owns, no more.
        let agenda = json(&fixture, &["agenda", "--owner", id, "--json"]);
        let entries = agenda["entries"].as_array().expect("entries");
        let late = entries.iter().filter(|x| x["bucket"] == "late").count();
        assert_eq!(late, e.late, "agenda --owner, {id}");
        assert!(
            entries.iter().all(|x| x["owner"] == id),
            "agenda --owner, {id}"
        );
        let actions = json(&fixture, &["list", "actions", "--owner", id, "--json"]);
        let actions = actions["items"].as_array().expect("items");
        assert_eq!(
            actions.len(),
            carry.owns.total,
            "list actions --owner, {id}"
        );
    }
    assert!(owner_boxes >= 3, "only {owner_boxes} owner boxes checked");
}

#[test]
fn sanches_ruivo_is_as_late_for_o_as_for_f() {
    let mut model = model();
    let europe = model
        .plan
        .delegations
        .iter()
        .position(|d| d.holder == "Hermano Sanches Ruivo")
        .expect("Europe");
    let (o, f) = (
        o_late(&mut model, "d-europe"),
        f_late(&mut model, "d-europe"),
    );
    assert_eq!(o, f);
    assert_eq!(o, model.index.carry[europe].late());
    // Late actions it only contributes to are late for their owner, not for Europe: the `f`
    // filter once counted them and found 5 where `o` found none.
    assert!(model.index.carry[europe].contributes.late > 0);
}

#[test]
fn environnement_et_climat_contributes_to_the_cop21_working_group() {
    let mut model = model();
    let plan = model.plan.clone();
    let d = plan
        .delegations
        .iter()
        .position(|d| d.id == "d-environnement-climat")
        .expect("the delegation");
    let co_owned: Vec<usize> = (0..plan.actions.len())
        .filter(|&a| {
            plan.actions[a]
                .co_owners
                .iter()
                .any(|c| c == &plan.delegations[d].id)
        })
        .collect();
    assert!(co_owned.len() >= 8, "{co_owned:?}");
    let carry = model.index.carry[d];
    assert_eq!(carry.owns.total, 0);
    assert_eq!(carry.contributes.total, co_owned.len());

    update(&mut model, Msg::Show(Screen::Delegations));
    model.review.delegations.select_row(d);
    let text = screen(&model);
    assert!(
        text.contains(&format!(
            "porte 0 · contribue à {}",
            carry.contributes.open()
        )),
        "{text}"
    );
    assert!(!text.contains("Ne porte aucune action"), "{text}");
    assert!(text.contains("Contribue à"), "{text}");
    assert!(
        text.contains("Piloter dès à présent"),
        "the COP 21 working group:\n{text}"
    );
    // Its detail lists what it contributes to, and Enter reaches it on the roadmap.
    let owned = &model.index.review.owned[d];
    assert_eq!(owned.len(), co_owned.len());
    let cop21 = plan
        .actions
        .iter()
        .position(|a| a.id == "a-groupe-travail-cop21")
        .expect("the COP 21 working group");
    let row = owned
        .row_of(jalons::domain::DueRef::Action(cop21))
        .expect("listed");
    update(&mut model, Msg::Drill);
    for _ in 0..row {
        update(&mut model, Msg::Down);
    }
    update(&mut model, Msg::Drill);
    assert_eq!(model.screen, Screen::Roadmap);
    let text = screen(&model);
    assert!(text.contains("Piloter dès à présent"), "{text}");
}

#[test]
fn deleting_a_delegation_names_each_thing_it_carries() {
    let mut model = model();
    let d = model
        .plan
        .delegations
        .iter()
        .position(|d| d.id == "d-environnement-climat")
        .expect("the delegation");
    update(&mut model, Msg::Show(Screen::Delegations));
    model.review.delegations.select_row(d);
    update(&mut model, Msg::Delete);
    let jalons::app::Mode::Pick(pick) = &model.mode else {
        panic!("no reassign pick: {:?}", model.mode);
    };
    let carry = model.index.carry[d];
    assert_eq!(
        pick.title,
        format!(
            "«\u{a0}Environnement et climat\u{a0}» porte 0, contribue à {}, aucun point de check-list\u{a0}: \
             à qui les confier avant de supprimer\u{a0}?",
            carry.contributes.total
        )
    );
}
