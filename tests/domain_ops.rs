//! Operations on the plan (`domain::apply`): setting, putting, moving and batching records each
//! do what they say, return the operation that undoes them exactly, and leave the plan
//! untouched when they fail. Deletions are in `domain_delete.rs`.

#[path = "support/undo.rs"]
mod undo;

use chrono::NaiveDate;
use jalons::domain::{
    Action, Objective, Op, OpError, Plan, Record, Status, Trip, TripStatus, apply,
};
use pretty_assertions::assert_eq;
use undo::{apply_and_undo, apply_err, delegation, horizon, roadmap};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn action<'p>(plan: &'p Plan, id: &str) -> &'p Action {
    plan.actions
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no action {id}"))
}

#[test]
fn set_action_status_returns_the_old_status() {
    let mut plan = roadmap();
    let id = plan.actions[3].id.clone();
    let before = plan.actions[3].status;
    let done = Status::Done {
        on: date("2014-06-02"),
    };
    let inverse = apply(
        &mut plan,
        &Op::SetActionStatus {
            id: id.clone(),
            status: done,
        },
    )
    .unwrap();
    assert_eq!(action(&plan, &id).status, done);
    // The inverse is a change of that one field, from the new status back to the old.
    let Op::Edit {
        before: Record::Action(from),
        after: Record::Action(to),
    } = &inverse
    else {
        panic!("an edit of the action: {inverse:?}");
    };
    assert_eq!((from.status, to.status), (done, before));
    apply(&mut plan, &inverse).unwrap();
    assert_eq!(plan, roadmap());
}

#[test]
fn undoing_a_status_leaves_a_status_changed_since_and_reports_it() {
    let mut plan = roadmap();
    let id = plan.actions[3].id.clone();
    let done = Status::Done {
        on: date("2014-06-02"),
    };
    let set = |status| Op::SetActionStatus {
        id: id.clone(),
        status,
    };
    let inverse = apply(&mut plan, &set(done)).unwrap();
    // Someone else blocks it meanwhile: undoing our tick must not unblock it.
    apply(&mut plan, &set(Status::Blocked)).unwrap();
    let mut kept = Vec::new();
    jalons::domain::apply_noting(&mut plan, &inverse, &mut kept).unwrap();
    assert_eq!(action(&plan, &id).status, Status::Blocked);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].field, "status");
}

#[test]
fn set_item_done_returns_the_old_day() {
    let mut plan = roadmap();
    let id = plan.trips[2].checklist[1].id.clone();
    assert_eq!(plan.trips[2].checklist[1].done_on, None);
    let on = Some(date("2014-05-30"));
    let inverse = apply(
        &mut plan,
        &Op::SetItemDone {
            id: id.clone(),
            done_on: on,
        },
    )
    .unwrap();
    assert_eq!(plan.trips[2].checklist[1].done_on, on);
    let Op::Edit {
        after: Record::Item { item, .. },
        ..
    } = &inverse
    else {
        panic!("an edit of the item: {inverse:?}");
    };
    assert_eq!((item.id.as_str(), item.done_on), (id.as_str(), None));
    apply(&mut plan, &inverse).unwrap();
    assert_eq!(plan, roadmap());
}

#[test]
fn put_inserts_at_a_position_and_its_inverse_deletes() {
    let plan = roadmap();
    let op = Op::Put {
        record: Record::Horizon(horizon("h-new")),
        at: Some(1),
    };
    let after = apply_and_undo(&plan, &op);
    assert_eq!(after.horizons.len(), plan.horizons.len() + 1);
    assert_eq!(after.horizons[1].id, "h-new");
    assert_eq!(after.horizons[0], plan.horizons[0]);
    assert_eq!(after.horizons[2], plan.horizons[1]);

    // Without a position, or past the end: at the end.
    for at in [None, Some(99)] {
        let op = Op::Put {
            record: Record::Delegation(delegation("d-new")),
            at,
        };
        let after = apply_and_undo(&plan, &op);
        assert_eq!(after.delegations.last().unwrap().id, "d-new");
    }
}

#[test]
fn put_replaces_in_place_and_its_inverse_puts_the_old_record_back() {
    let plan = roadmap();
    let mut changed = plan.actions[5].clone();
    changed.title = "Nouveau titre « accentué » — été".to_owned();
    changed.notes = "note".to_owned();
    let op = Op::Put {
        record: Record::Action(changed.clone()),
        at: Some(0),
    };
    let after = apply_and_undo(&plan, &op);
    assert_eq!(after.actions.len(), plan.actions.len());
    assert_eq!(
        after.actions[5], changed,
        "replaced where it stood, `at` ignored"
    );
}

#[test]
fn put_refuses_dangling_parents() {
    let plan = roadmap();
    let mut orphan = plan.actions[0].clone();
    orphan.id = "a-orphan".to_owned();
    orphan.objective = "o-nowhere".to_owned();
    let err = apply_err(
        &plan,
        &Op::Put {
            record: Record::Action(orphan.clone()),
            at: None,
        },
    );
    assert_eq!(
        err,
        OpError::Dangling("a-orphan".to_owned(), "o-nowhere".to_owned())
    );
    orphan.objective.clone_from(&plan.objectives[0].id);
    orphan.owner = "d-nobody".to_owned();
    let err = apply_err(
        &plan,
        &Op::Put {
            record: Record::Action(orphan),
            at: None,
        },
    );
    assert_eq!(
        err,
        OpError::Dangling("a-orphan".to_owned(), "d-nobody".to_owned())
    );
    let objective = Objective {
        source: None,
        id: "o-orphan".to_owned(),
        horizon: "h-nowhere".to_owned(),
        title: "x".to_owned(),
        themes: vec![],
        notes: String::new(),
        checkins: Vec::new(),
    };
    let err = apply_err(
        &plan,
        &Op::Put {
            record: Record::Objective(objective),
            at: None,
        },
    );
    assert!(matches!(err, OpError::Dangling(_, ref to) if to == "h-nowhere"));
}

#[test]
fn move_reorders_within_its_list_and_moves_back() {
    let plan = roadmap();
    let id = plan.objectives[1].id.clone();
    let after = apply_and_undo(
        &plan,
        &Op::Move {
            id: id.clone(),
            to: 4,
        },
    );
    assert_eq!(after.objectives[4].id, id);
    assert_eq!(after.objectives[1], plan.objectives[2]);
    // Past the end: to the end.
    let after = apply_and_undo(
        &plan,
        &Op::Move {
            id: id.clone(),
            to: 1000,
        },
    );
    assert_eq!(after.objectives.last().unwrap().id, id);
    // A checklist item moves within its trip.
    let item = plan.trips[1].checklist[0].id.clone();
    let after = apply_and_undo(
        &plan,
        &Op::Move {
            id: item.clone(),
            to: 2,
        },
    );
    assert_eq!(after.trips[1].checklist[2].id, item);
}

#[test]
fn a_failing_batch_leaves_the_plan_unchanged() {
    let plan = roadmap();
    let batch = Op::Batch(vec![
        Op::SetActionStatus {
            id: plan.actions[0].id.clone(),
            status: Status::Blocked,
        },
        Op::Delete {
            id: "o-cop21".to_owned(),
        },
        Op::Move {
            id: plan.horizons[0].id.clone(),
            to: 2,
        },
        Op::Delete {
            id: "nothing-here".to_owned(),
        },
    ]);
    assert_eq!(
        apply_err(&plan, &batch),
        OpError::NotFound("nothing-here".to_owned())
    );
}

#[test]
fn a_batch_is_undone_by_its_inverse() {
    let plan = roadmap();
    let batch = Op::Batch(vec![
        Op::SetActionStatus {
            id: plan.actions[0].id.clone(),
            status: Status::InProgress,
        },
        Op::Delete {
            id: "o-cop21".to_owned(),
        },
        Op::Move {
            id: plan.horizons[0].id.clone(),
            to: 2,
        },
    ]);
    let after = apply_and_undo(&plan, &batch);
    assert_eq!(after.actions[0].status, Status::InProgress);
    assert_eq!(after.horizons[2].id, plan.horizons[0].id);
}

#[test]
fn wrong_kind_and_not_found() {
    let plan = roadmap();
    let horizon = plan.horizons[0].id.clone();
    let action = plan.actions[0].id.clone();
    let err = apply_err(
        &plan,
        &Op::SetActionStatus {
            id: horizon.clone(),
            status: Status::Todo,
        },
    );
    assert!(matches!(err, OpError::WrongKind { ref id, .. } if *id == horizon));
    let err = apply_err(
        &plan,
        &Op::SetItemDone {
            id: action.clone(),
            done_on: None,
        },
    );
    assert!(matches!(err, OpError::WrongKind { ref id, .. } if *id == action));
    // Putting a record of one kind under the id of another.
    let mut trip: Trip = plan.trips[0].clone();
    trip.id.clone_from(&action);
    trip.status = TripStatus::Confirmed;
    let err = apply_err(
        &plan,
        &Op::Put {
            record: Record::Trip(trip),
            at: None,
        },
    );
    assert!(matches!(err, OpError::WrongKind { .. }), "{err:?}");

    for op in [
        Op::SetActionStatus {
            id: "x".to_owned(),
            status: Status::Todo,
        },
        Op::SetItemDone {
            id: "x".to_owned(),
            done_on: None,
        },
        Op::Delete { id: "x".to_owned() },
        Op::Move {
            id: "x".to_owned(),
            to: 0,
        },
    ] {
        assert_eq!(apply_err(&plan, &op), OpError::NotFound("x".to_owned()));
    }
    // An item put into a trip that does not exist.
    let item = plan.trips[0].checklist[0].clone();
    let err = apply_err(
        &plan,
        &Op::Put {
            record: Record::Item {
                trip: "nowhere".to_owned(),
                item,
            },
            at: None,
        },
    );
    assert_eq!(err, OpError::NotFound("nowhere".to_owned()));
}

#[test]
fn a_value_the_adviser_changes_is_no_longer_an_example_and_undo_brings_the_mark_back() {
    let mut plan = roadmap();
    let a = plan.actions[0].clone();
    assert!(a.source.as_ref().is_some_and(|s| s.assumes("owner")));
    let mut after = a.clone();
    "d-europe".clone_into(&mut after.owner);
    let inverse = apply(
        &mut plan,
        &Op::Edit {
            before: Record::Action(a.clone()),
            after: Record::Action(after),
        },
    )
    .unwrap();
    let now = action(&plan, &a.id).clone();
    assert_eq!(now.owner, "d-europe");
    assert!(
        !now.source.as_ref().is_some_and(|s| s.assumes("owner")),
        "owner adopted"
    );
    assert!(now.source.is_some(), "the quotation stays");
    // Ticking is progress, not adoption: a checklist item from a template stays an example.
    let item = plan.trips[0].checklist[0].id.clone();
    apply(
        &mut plan,
        &Op::SetItemDone {
            id: item,
            done_on: Some(date("2014-06-01")),
        },
    )
    .unwrap();
    assert!(
        plan.trips[0].checklist[0]
            .source
            .as_ref()
            .is_some_and(|s| s.example)
    );
    apply(&mut plan, &inverse).unwrap();
    assert_eq!(
        action(&plan, &a.id),
        &a,
        "undo brings the example mark back"
    );
}
