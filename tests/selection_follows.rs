//! The selection follows its record after an edit, a move, a reorder, an undo or redo, a
//! merge with another instance's save or a reload, on every screen, however the list
//! re-sorts; a record gone leaves its nearest neighbour selected (issue #12, item 1).

#[path = "support/nav.rs"]
mod nav;

use jalons::app::form::FieldName;
use jalons::app::{Cmd, Column, Msg, SaveReport, Screen, TripRow, update};
use jalons::domain::{Op, apply};
use nav::{
    action_id, clear_field, deadline_id, delegation_id, key, model, notice, objective_id,
    select_trip, send, trip_id, trip_row_id, type_text,
};
use pretty_assertions::assert_eq;
use ratatui::crossterm::event::KeyCode;

/// Another instance's save, merged into ours: the plan as the store now holds it.
fn merged(model: &mut jalons::app::Model, plan: jalons::domain::Plan) {
    let report = SaveReport {
        at: "10:42".into(),
        ops: usize::MAX,
        merged: Some(Box::new(plan)),
        conflicts: Vec::new(),
    };
    assert_eq!(update(model, Msg::Saved(Ok(report))), Cmd::None);
}

#[test]
fn new_yorks_dates_edited_on_screen_3_keep_new_york_selected_as_the_list_resorts() {
    // The keys: 3 j j e Tab Tab +2s Enter.
    let mut model = model("2014-09-16");
    send(
        &mut model,
        &[Msg::Show(Screen::Trips), Msg::Down, Msg::Down],
    );
    assert_eq!(trip_id(&model).as_deref(), Some("new-york"));
    let row = model.review.trips.row;
    send(&mut model, &[Msg::Edit, Msg::FormNext, Msg::FormNext]);
    type_text(&mut model, "+2s");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    // Dated, New York now comes before every trip still to schedule: first.
    assert_eq!(model.review.trips.row, 0, "the list did not re-sort");
    assert_ne!(model.review.trips.row, row);
    assert_eq!(trip_id(&model).as_deref(), Some("new-york"));
    // Undone: back among the trips to schedule, still selected; redone, first again.
    assert_eq!(update(&mut model, Msg::Undo), Cmd::Save);
    assert_eq!(trip_id(&model).as_deref(), Some("new-york"));
    assert_eq!(model.review.trips.row, row);
    assert_eq!(update(&mut model, Msg::Redo), Cmd::Save);
    assert_eq!(trip_id(&model).as_deref(), Some("new-york"));
    assert_eq!(model.review.trips.row, 0);
}

#[test]
fn a_due_date_edited_on_deadlines_keeps_the_entry_selected_where_it_goes() {
    let mut model = model("2014-09-16");
    send(
        &mut model,
        &[Msg::Show(Screen::Deadlines), Msg::Down, Msg::Down],
    );
    let id = deadline_id(&model).expect("a deadline selected");
    let row = model.review.deadlines.row;
    send(&mut model, &[Msg::Edit]);
    clear_field(&mut model, FieldName::Due);
    type_text(&mut model, "+40");
    assert_eq!(
        update(&mut model, Msg::Submit),
        Cmd::Save,
        "{}",
        notice(&model)
    );
    assert_eq!(deadline_id(&model), Some(id.clone()));
    assert!(
        model.review.deadlines.row > row,
        "no longer late, it went down the review: row {}",
        model.review.deadlines.row
    );
    // Undone: late again, in its place, still selected.
    update(&mut model, Msg::Undo);
    assert_eq!(deadline_id(&model), Some(id));
    assert_eq!(model.review.deadlines.row, row);
}

#[test]
fn an_action_moved_to_another_objective_takes_the_selection_with_it() {
    let mut model = model("2014-09-16");
    send(&mut model, &[Msg::Drill, Msg::Drill, Msg::Down]);
    assert_eq!(model.roadmap.focus, Column::Actions);
    let (id, from) = (action_id(&model).unwrap(), objective_id(&model).unwrap());
    send(&mut model, &[Msg::MoveTo, key(KeyCode::Right)]);
    assert_eq!(
        update(&mut model, Msg::Submit),
        Cmd::Save,
        "{}",
        notice(&model)
    );
    assert_eq!(action_id(&model), Some(id.clone()));
    let to = objective_id(&model).unwrap();
    assert_ne!(to, from, "the action did not move");
    let action = model.plan.actions.iter().find(|a| a.id == id).unwrap();
    assert_eq!(action.objective, to);
    assert_eq!(model.roadmap.focus, Column::Actions);
    // Undone: back under its objective, and the selection with it.
    update(&mut model, Msg::Undo);
    assert_eq!(action_id(&model), Some(id));
    assert_eq!(objective_id(&model), Some(from));
}

#[test]
fn reordering_keeps_the_record_selected_on_every_list() {
    let mut model = model("2014-09-16");
    // A delegation, down its list.
    send(&mut model, &[Msg::Show(Screen::Delegations)]);
    let first = delegation_id(&model).unwrap();
    assert_eq!(update(&mut model, Msg::MoveDown), Cmd::Save);
    assert_eq!(delegation_id(&model), Some(first.clone()));
    assert_eq!(model.review.delegations.row, 1);
    update(&mut model, Msg::Undo);
    assert_eq!(delegation_id(&model), Some(first));
    assert_eq!(model.review.delegations.row, 0);

    // A checklist item, down its trip's checklist, and back up.
    send(&mut model, &[Msg::Show(Screen::Trips), Msg::Drill]);
    let item = trip_row_id(&model).unwrap();
    assert_eq!(update(&mut model, Msg::MoveDown), Cmd::Save);
    assert_eq!(trip_row_id(&model), Some(item.clone()));
    assert_eq!(model.review.trips.item, 1);
    assert_eq!(update(&mut model, Msg::MoveUp), Cmd::Save);
    assert_eq!(trip_row_id(&model), Some(item));
    assert_eq!(model.review.trips.item, 0);

    // An objective, down its horizon.
    send(&mut model, &[Msg::Show(Screen::Roadmap), Msg::Drill]);
    let objective = objective_id(&model).unwrap();
    assert_eq!(update(&mut model, Msg::MoveDown), Cmd::Save);
    assert_eq!(objective_id(&model), Some(objective));
    assert_eq!(model.roadmap.objective, 1);
}

#[test]
fn a_record_deleted_leaves_its_nearest_neighbour_selected() {
    let mut model = model("2014-09-16");
    send(
        &mut model,
        &[Msg::Show(Screen::Deadlines), Msg::Down, Msg::Down],
    );
    let row = model.review.deadlines.row;
    let below = {
        let e = model.review.deadlines.shown[row + 1];
        model.index.review.agenda[e].what.id(&model.plan).to_owned()
    };
    send(&mut model, &[Msg::Delete]);
    assert_eq!(update(&mut model, Msg::Yes), Cmd::Save);
    assert_eq!(deadline_id(&model), Some(below));
}

#[test]
fn a_merge_with_another_instances_change_keeps_every_selection_on_its_record() {
    let mut model = model("2014-09-16");
    // Screen 3: New York, its third checklist item.
    select_trip(&mut model, "new-york");
    send(&mut model, &[Msg::Drill, Msg::Down, Msg::Down]);
    let item = trip_row_id(&model).unwrap();
    // Screen 4: the fifth entry.
    send(&mut model, &[Msg::Show(Screen::Deadlines)]);
    for _ in 0..4 {
        send(&mut model, &[Msg::Down]);
    }
    let entry = deadline_id(&model).unwrap();
    // Screen 2: the third delegation.
    send(
        &mut model,
        &[Msg::Show(Screen::Delegations), Msg::Down, Msg::Down],
    );
    let delegation = delegation_id(&model).unwrap();

    // Meanwhile, another adviser dates New York (the trips re-sort), deletes Madrid (above
    // it) and its first two items (above the one selected), brings the fifth entry's due
    // date a month later (the review re-sorts), and moves the last delegation first.
    let mut theirs = model.plan.clone();
    let ny = theirs
        .trips
        .iter()
        .position(|t| t.id == "new-york")
        .unwrap();
    theirs.trips[ny].start = Some(nav::day("2014-10-01"));
    theirs.trips[ny].end = Some(nav::day("2014-10-03"));
    let doomed: Vec<String> = theirs.trips[ny].checklist[..2]
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for id in doomed.into_iter().chain(["madrid".to_owned()]) {
        apply(&mut theirs, &Op::Delete { id }).expect("deleted");
    }
    match jalons::domain::locate(&theirs, &entry) {
        Some(jalons::domain::Place::Action(a)) => {
            theirs.actions[a].due = Some(nav::day("2014-10-20"));
        }
        Some(jalons::domain::Place::Item(t, i)) => {
            theirs.trips[t].checklist[i].due =
                Some(jalons::domain::Due::On(nav::day("2014-10-20")));
        }
        other => panic!("the entry is {other:?}"),
    }
    let last = theirs.delegations.pop().unwrap();
    theirs.delegations.insert(0, last);
    merged(&mut model, theirs);

    assert_eq!(delegation_id(&model), Some(delegation));
    assert_eq!(trip_id(&model).as_deref(), Some("new-york"));
    assert_eq!(model.review.trips.row, 0, "dated, New York is first now");
    assert_eq!(trip_row_id(&model), Some(item));
    assert!(model.review.trips.detail, "still in its detail");
    assert_eq!(deadline_id(&model), Some(entry));
}

#[test]
fn a_record_deleted_by_another_instance_leaves_its_neighbour_selected() {
    let mut model = model("2014-09-16");
    // The first horizon's third objective has three actions: the second of them.
    send(
        &mut model,
        &[Msg::Drill, Msg::Down, Msg::Down, Msg::Drill, Msg::Down],
    );
    let o = model
        .roadmap
        .objective_index(&model.plan, &model.index)
        .unwrap();
    let list = model.index.actions_of[o].clone();
    assert!(list.len() >= 3, "an objective with three actions");
    let (gone, next) = (
        model.plan.actions[list[1]].id.clone(),
        model.plan.actions[list[2]].id.clone(),
    );
    assert_eq!(action_id(&model), Some(gone.clone()));
    let mut theirs = model.plan.clone();
    apply(&mut theirs, &Op::Delete { id: gone }).unwrap();
    // A reload (nothing of ours pending) goes the same way as a merge.
    model.replan(Some(theirs));
    assert_eq!(action_id(&model), Some(next));
    assert_eq!(model.roadmap.focus, Column::Actions);
}

#[test]
fn a_trip_deleted_from_its_detail_leaves_the_next_trip_selected_outside_its_detail() {
    let mut model = model("2014-09-16");
    select_trip(&mut model, "berlin");
    send(&mut model, &[Msg::Drill, Msg::Bottom]);
    assert!(matches!(nav::trip_row(&model), Some(TripRow::Member(_))));
    let mut theirs = model.plan.clone();
    apply(
        &mut theirs,
        &Op::Delete {
            id: "berlin".into(),
        },
    )
    .unwrap();
    model.replan(Some(theirs));
    assert_eq!(trip_id(&model).as_deref(), Some("new-york"));
    assert!(!model.review.trips.detail);
    assert_eq!(model.review.trips.item, 0);
}
