//! The merge's rules, one test each, on the built-in roadmap: what happens when two versions
//! changed from one base are merged (`merge3(base, ours, theirs)`, theirs being what another
//! instance saved).

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{ChecklistItem, Plan, Status, validate};
use jalons::merge::{ConflictKind, Merged, merge3};
use pretty_assertions::assert_eq;

fn base() -> Plan {
    builtin::roadmap()
}

/// Base, ours and theirs, each side changed by its closure.
fn merged(ours: impl FnOnce(&mut Plan), theirs: impl FnOnce(&mut Plan)) -> Merged {
    let (mut o, mut t) = (base(), base());
    ours(&mut o);
    theirs(&mut t);
    let m = merge3(&base(), &o, &t);
    assert!(validate(&m.plan).is_empty(), "{:?}", validate(&m.plan));
    m
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn item(id: &str, label: &str) -> ChecklistItem {
    ChecklistItem {
        notes: String::new(),
        source: None,
        id: id.into(),
        label: label.into(),
        owner: None,
        due: None,
        done_on: None,
    }
}

#[test]
fn one_side_unchanged_gives_the_other_side_exactly() {
    let mut x = base();
    x.actions[0].title = "Changé".into();
    x.trips.remove(2);
    assert_eq!(merge3(&base(), &x, &base()).plan, x);
    assert_eq!(merge3(&base(), &base(), &x).plan, x);
    assert_eq!(merge3(&base(), &x, &x).plan, x);
    assert!(merge3(&base(), &x, &x).conflicts.is_empty());
}

#[test]
fn a_field_changed_on_one_side_takes_that_side_and_other_fields_stay() {
    let m = merged(
        |o| o.actions[0].title = "Titre à nous".into(),
        |t| {
            t.actions[0].status = Status::Done {
                on: day(2014, 6, 1),
            }
        },
    );
    assert_eq!(m.plan.actions[0].title, "Titre à nous");
    assert_eq!(
        m.plan.actions[0].status,
        Status::Done {
            on: day(2014, 6, 1)
        }
    );
    assert!(m.conflicts.is_empty());
}

#[test]
fn one_field_changed_differently_keeps_theirs_and_sets_ours_aside() {
    let m = merged(
        |o| o.actions[0].title = "Le nôtre".into(),
        |t| t.actions[0].title = "Le leur".into(),
    );
    assert_eq!(m.plan.actions[0].title, "Le leur");
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(c.kind, ConflictKind::Field);
    assert_eq!(
        (c.record_kind.as_str(), c.field.as_deref()),
        ("action", Some("title"))
    );
    assert_eq!(c.title, "Le leur");
    assert_eq!(c.mine, Some("Le nôtre".into()));
    assert_eq!(c.base, Some(base().actions[0].title.clone().into()));
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let m = merged(
        |o| o.actions[0].due = Some(day(2015, 1, 1)),
        |t| t.actions[0].due = Some(day(2015, 1, 1)),
    );
    assert_eq!(m.plan.actions[0].due, Some(day(2015, 1, 1)));
    assert!(m.conflicts.is_empty());
}

#[test]
fn sets_merge_as_sets() {
    let plan = base();
    let (d1, d2) = (
        plan.delegations[3].id.clone(),
        plan.delegations[4].id.clone(),
    );
    let m = merged(
        |o| o.actions[1].co_owners.push(d1.clone()),
        |t| {
            t.actions[1].co_owners.push(d2.clone());
            t.actions[1].title = "Aussi changé".into();
        },
    );
    let co = &m.plan.actions[1].co_owners;
    assert!(co.contains(&d1) && co.contains(&d2), "{co:?}");
    assert!(m.conflicts.is_empty());
}

#[test]
fn a_record_deleted_on_one_side_and_unchanged_on_the_other_is_gone() {
    let id = base().actions[5].id.clone();
    let m = merged(
        |o| o.actions[0].title = "Autre chose".into(),
        |t| {
            t.actions.remove(5);
        },
    );
    assert!(!m.plan.actions.iter().any(|a| a.id == id));
    assert!(m.conflicts.is_empty());
}

#[test]
fn a_record_deleted_on_one_side_and_changed_on_the_other_is_kept_and_reported() {
    let id = base().actions[5].id.clone();
    for ours_deletes in [true, false] {
        let delete = |p: &mut Plan| {
            p.actions.remove(5);
        };
        let change = |p: &mut Plan| p.actions[5].notes = "Vu avec le MAE".into();
        let m = if ours_deletes {
            merged(delete, change)
        } else {
            merged(change, delete)
        };
        let kept = m.plan.actions.iter().find(|a| a.id == id).expect("kept");
        assert_eq!(kept.notes, "Vu avec le MAE");
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].kind, ConflictKind::DeleteVsEdit);
        // "Use mine" is offered when ours was the deletion.
        assert_eq!(m.conflicts[0].can_reapply(), ours_deletes);
    }
}

#[test]
fn the_order_is_theirs_with_our_additions_after_their_predecessor() {
    let plan = base();
    let trip = 0;
    let first = plan.trips[trip].checklist[0].id.clone();
    let m = merged(
        |o| {
            o.trips[trip]
                .checklist
                .insert(1, item("t.nous", "Ajouté par nous"));
        },
        |t| {
            let n = t.trips[trip].checklist.len();
            t.trips[trip]
                .checklist
                .insert(n, item("t.eux", "Ajouté par eux"));
            t.trips[trip].checklist.swap(1, 2);
        },
    );
    let ids: Vec<&str> = m.plan.trips[trip]
        .checklist
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids[0], first);
    assert_eq!(
        ids[1], "t.nous",
        "after its predecessor in our order: {ids:?}"
    );
    assert_eq!(*ids.last().unwrap(), "t.eux");
    assert_eq!(ids.len(), plan.trips[trip].checklist.len() + 2);
    let their_order: Vec<&str> = {
        let mut t = base();
        t.trips[trip].checklist.swap(1, 2);
        t.trips[trip]
            .checklist
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    }
    .iter()
    .map(|s| ids.iter().copied().find(|i| i == s).unwrap())
    .collect();
    let kept: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|i| !i.starts_with("t."))
        .collect();
    assert_eq!(kept, their_order, "their swap kept");
}

#[test]
fn a_record_we_moved_lands_where_we_put_it_in_their_order() {
    let last = base().actions.len() - 1;
    let moved = base().actions[last].id.clone();
    let m = merged(
        |o| {
            let a = o.actions.remove(last);
            o.actions.insert(0, a);
        },
        |t| t.actions[3].title = "Changé chez eux".into(),
    );
    assert_eq!(m.plan.actions[0].id, moved);
    assert_eq!(m.plan.actions[4].title, "Changé chez eux");
}

#[test]
fn checklist_items_added_on_both_sides_to_one_trip_are_all_kept() {
    let m = merged(
        |o| o.trips[1].checklist.push(item("t.a", "Billets")),
        |t| t.trips[1].checklist.push(item("t.b", "Visas")),
    );
    let labels: Vec<&str> = m.plan.trips[1]
        .checklist
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    assert!(
        labels.contains(&"Billets") && labels.contains(&"Visas"),
        "{labels:?}"
    );
    assert!(m.conflicts.is_empty());
}

#[test]
fn a_reference_to_a_record_deleted_on_the_other_side_brings_it_back() {
    let objective = base().objectives[2].clone();
    let m = merged(
        |o| {
            let mut a = o.actions[0].clone();
            a.id = "a-nouvelle".into();
            a.objective.clone_from(&objective.id);
            o.actions.push(a);
        },
        |t| {
            t.actions.retain(|a| a.objective != objective.id);
            t.trips
                .iter_mut()
                .for_each(|trip| trip.objectives.retain(|o| *o != objective.id));
            t.objectives.retain(|o| o.id != objective.id);
        },
    );
    assert!(m.plan.objectives.iter().any(|o| o.id == objective.id));
    let c = m
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Resurrected);
    assert_eq!(c.map(|c| c.title.as_str()), Some(objective.title.as_str()));
}

#[test]
fn two_records_created_with_one_id_are_told_apart_and_ours_follows_its_new_id() {
    let m = merged(
        |o| {
            let mut obj = o.objectives[0].clone();
            obj.id = "o-neuf".into();
            obj.title = "Le nôtre".into();
            o.objectives.push(obj);
            let mut a = o.actions[0].clone();
            a.id = "a-sous-le-notre".into();
            a.objective = "o-neuf".into();
            o.actions.push(a);
        },
        |t| {
            let mut obj = t.objectives[0].clone();
            obj.id = "o-neuf".into();
            obj.title = "Le leur".into();
            t.objectives.push(obj);
        },
    );
    let title_of = |id: &str| {
        m.plan
            .objectives
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.title.as_str())
    };
    assert_eq!(title_of("o-neuf"), Some("Le leur"), "theirs keeps the ID");
    assert_eq!(title_of("o-neuf-2"), Some("Le nôtre"));
    let a = m
        .plan
        .actions
        .iter()
        .find(|a| a.id == "a-sous-le-notre")
        .unwrap();
    assert_eq!(a.objective, "o-neuf-2", "our action follows our objective");
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].kind, ConflictKind::IdCollision);
}

#[test]
fn dates_that_no_longer_hold_together_keep_theirs_whole() {
    let h = &base().horizons[1];
    let (start, deadline) = (h.start.unwrap(), h.deadline.unwrap());
    let m = merged(
        |o| o.horizons[1].start = Some(deadline - chrono::Days::new(10)),
        |t| t.horizons[1].deadline = Some(start + chrono::Days::new(1)),
    );
    assert_eq!(m.plan.horizons[1].start, Some(start));
    assert_eq!(
        m.plan.horizons[1].deadline,
        Some(start + chrono::Days::new(1))
    );
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].kind, ConflictKind::RecordInvalid);
    assert!(m.conflicts[0].can_reapply());
}

#[test]
fn the_same_inputs_give_the_same_plan() {
    let change = |p: &mut Plan| {
        p.actions[2].title = "x".into();
        p.trips[0].checklist.push(item("t.z", "z"));
    };
    let other = |p: &mut Plan| {
        p.actions[2].title = "y".into();
        p.actions.remove(7);
    };
    let a = merged(change, other);
    let b = merged(change, other);
    assert_eq!(
        jalons::store::to_bytes(&a.plan),
        jalons::store::to_bytes(&b.plan)
    );
    assert_eq!(a.conflicts, b.conflicts);
}

#[test]
fn notes_changed_on_both_sides_merge_line_by_line() {
    // Each side changed its own line of the same notes.
    let base_notes = "Rendez-vous\nBillets";
    let mut base = base();
    base.actions[4].notes = base_notes.into();
    let (mut o, mut t) = (base.clone(), base.clone());
    o.actions[4].notes = "Rendez-vous pris le 12\nBillets".into();
    t.actions[4].notes = "Rendez-vous\nBillets réservés".into();
    let m = merge3(&base, &o, &t);
    assert_eq!(
        m.plan.actions[4].notes,
        "Rendez-vous pris le 12\nBillets réservés"
    );
    assert!(m.conflicts.is_empty());
    // The same line changed differently: theirs kept, ours reported.
    let mut o2 = base.clone();
    o2.actions[4].notes = "Rendez-vous annulé\nBillets".into();
    let m = merge3(&base, &o2, &{
        let mut t2 = base.clone();
        t2.actions[4].notes = "Rendez-vous reporté\nBillets".into();
        t2
    });
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field.as_deref(), Some("notes"));
}

fn checkin(id: &str, on: NaiveDate, text: &str) -> jalons::domain::CheckIn {
    jalons::domain::CheckIn {
        id: id.into(),
        on,
        by: String::new(),
        health: jalons::domain::Health::AtRisk,
        text: text.into(),
        due: None,
    }
}

fn checkin_ids(plan: &Plan, a: usize) -> Vec<&str> {
    plan.actions[a]
        .checkins
        .iter()
        .map(|c| c.id.as_str())
        .collect()
}

#[test]
fn check_ins_merge_as_a_set_by_id_in_day_order() {
    let m = merged(
        |o| {
            o.actions[0].checkins = vec![checkin("c-o", day(2014, 9, 16), "ours")];
            o.actions[0].title = "Titre à nous".into();
        },
        |t| t.actions[0].checkins = vec![checkin("c-t", day(2014, 9, 15), "theirs")],
    );
    assert_eq!(checkin_ids(&m.plan, 0), ["c-t", "c-o"]);
    assert_eq!(m.plan.actions[0].title, "Titre à nous");
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
}

#[test]
fn a_check_in_deleted_on_one_side_is_gone_and_others_stay() {
    let mut start = base();
    start.actions[1].checkins = vec![
        checkin("c-1", day(2014, 9, 1), "un"),
        checkin("c-2", day(2014, 9, 2), "deux"),
    ];
    let (mut o, mut t) = (start.clone(), start.clone());
    o.actions[1].checkins.remove(0);
    o.actions[1].notes = "vu".into();
    t.actions[1]
        .checkins
        .push(checkin("c-3", day(2014, 9, 3), "trois"));
    let m = merge3(&start, &o, &t);
    assert_eq!(checkin_ids(&m.plan, 1), ["c-2", "c-3"]);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
}

#[test]
fn one_id_holding_two_check_ins_keeps_both_ours_renamed() {
    let m = merged(
        |o| o.actions[0].checkins = vec![checkin("c-x", day(2014, 9, 16), "ours")],
        |t| t.actions[0].checkins = vec![checkin("c-x", day(2014, 9, 16), "theirs")],
    );
    let texts: Vec<(&str, &str)> = m.plan.actions[0]
        .checkins
        .iter()
        .map(|c| (c.id.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(texts, [("c-x", "theirs"), ("c-x-2", "ours")]);
}

#[test]
fn a_check_in_on_a_record_deleted_elsewhere_keeps_the_record() {
    let id = base().actions[0].id.clone();
    let objective = base().actions[0].objective.clone();
    // The action alone deleted there.
    let m = merged(
        |o| o.actions[0].checkins = vec![checkin("c-o", day(2014, 9, 16), "encore là")],
        |t| t.actions.retain(|a| a.id != id),
    );
    let kept = m.plan.actions.iter().find(|a| a.id == id).expect("kept");
    assert_eq!(kept.checkins.len(), 1);
    assert!(
        m.conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::DeleteVsEdit && c.id == id)
    );
    // Its whole objective deleted there: the objective comes back for it.
    let m = merged(
        |o| o.actions[0].checkins = vec![checkin("c-o", day(2014, 9, 16), "encore là")],
        |t| {
            t.objectives.retain(|o| o.id != objective);
            t.actions.retain(|a| a.objective != objective);
            for trip in &mut t.trips {
                trip.objectives.retain(|o| *o != objective);
            }
        },
    );
    assert!(m.plan.actions.iter().any(|a| a.id == id));
    assert!(m.plan.objectives.iter().any(|o| o.id == objective));
    // An objective's own check-in keeps it too.
    let m = merged(
        |o| o.objectives[0].checkins = vec![checkin("c-o", day(2014, 9, 16), "objectif")],
        |t| {
            let gone = t.objectives[0].id.clone();
            t.objectives.remove(0);
            t.actions.retain(|a| a.objective != gone);
            for trip in &mut t.trips {
                trip.objectives.retain(|o| *o != gone);
            }
        },
    );
    assert_eq!(m.plan.objectives[0].checkins.len(), 1);
}

#[test]
fn the_check_in_threshold_merges_like_the_plan_s_title() {
    let m = merged(|o| o.checkin_weeks = 6, |t| t.title = "Autre titre".into());
    assert_eq!(m.plan.checkin_weeks, 6);
    let m = merged(|o| o.checkin_weeks = 6, |t| t.checkin_weeks = 2);
    assert_eq!(m.plan.checkin_weeks, 2, "theirs kept");
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field.as_deref(), Some("checkin_weeks"));
}
