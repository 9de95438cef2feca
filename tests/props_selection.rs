//! No sequence of messages, and no merge of a smaller plan saved by another instance, moves
//! the roadmap's selection out of its lists or leaves the focus on an empty column; and a
//! merge leaves every screen's selection on its record wherever that record is still shown.

#[path = "support/plan_gen.rs"]
mod plan_gen;

use chrono::NaiveDate;
use jalons::app::{Column, Model, Msg, SaveReport, Screen, update};
use jalons::domain::{Op, Plan, PlanIndex, apply};
use jalons::i18n::Lang;
use plan_gen::plan;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 7, 14).unwrap()
}

#[derive(Debug, Clone)]
enum Event {
    Key(Msg),
    /// Another instance's save merged in: the plan with these records deleted.
    Merged(Vec<usize>),
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    let msg = select(vec![
        Msg::Up,
        Msg::Down,
        Msg::Top,
        Msg::Bottom,
        Msg::PageUp,
        Msg::PageDown,
        Msg::Drill,
        Msg::Back,
        Msg::ToggleDone,
        Msg::Help,
        Msg::Close,
        Msg::NextScreen,
        Msg::PrevScreen,
    ]);
    let event = prop_oneof![
        12 => msg.prop_map(Event::Key),
        1 => vec(any::<usize>(), 0..6).prop_map(Event::Merged),
    ];
    vec(event, 0..60)
}

/// The plan with some horizons, objectives and actions gone (their dependents with them).
fn smaller(plan: &Plan, cuts: &[usize]) -> Plan {
    let mut other = plan.clone();
    for &cut in cuts {
        let ids: Vec<String> = other
            .horizons
            .iter()
            .map(|h| h.id.clone())
            .chain(other.objectives.iter().map(|o| o.id.clone()))
            .chain(other.actions.iter().map(|a| a.id.clone()))
            .collect();
        if ids.is_empty() {
            break;
        }
        let id = ids[cut % ids.len()].clone();
        apply(&mut other, &Op::Delete { id }).expect("deletes what it just listed");
    }
    other
}

/// Every selection within its list, the focus on a column with something to show, and the
/// index up to date with the plan.
fn check_selection(model: &Model) -> Result<(), TestCaseError> {
    let (nav, plan, index) = (&model.roadmap, &model.plan, &model.index);
    prop_assert_eq!(index, &PlanIndex::build(plan, model.today), "stale index");
    if plan.horizons.is_empty() {
        prop_assert_eq!(nav.focus, Column::Horizons);
        return Ok(());
    }
    prop_assert!(nav.horizon < plan.horizons.len());
    let objectives = &index.objectives_of[nav.horizon];
    prop_assert!(nav.objective < objectives.len().max(1));
    let actions = objectives
        .get(nav.objective)
        .map_or(&[][..], |&o| &index.actions_of[o]);
    prop_assert!(nav.action < actions.len().max(1));
    match nav.focus {
        Column::Horizons => {}
        Column::Objectives => prop_assert!(!objectives.is_empty()),
        Column::Actions => prop_assert!(!actions.is_empty()),
        Column::Detail => prop_assert!(nav.action_index(plan, index).is_some()),
    }
    Ok(())
}

/// The record each screen has selected: the roadmap's focused one, the delegation, the trip,
/// the weekly review's entry.
fn selected_ids(model: &Model) -> [Option<String>; 4] {
    let (plan, index, nav) = (&model.plan, &model.index, &model.roadmap);
    let roadmap = match nav.focus {
        Column::Horizons => plan.horizons.get(nav.horizon).map(|h| h.id.clone()),
        Column::Objectives => nav
            .objective_index(plan, index)
            .map(|o| plan.objectives[o].id.clone()),
        Column::Actions | Column::Detail => nav
            .action_index(plan, index)
            .map(|a| plan.actions[a].id.clone()),
    };
    let review = &model.review;
    [
        roadmap,
        plan.delegations
            .get(review.delegations.row)
            .map(|d| d.id.clone()),
        review.trip(index).map(|t| plan.trips[t].id.clone()),
        review
            .deadlines
            .selected(index)
            .map(|what| what.id(plan).to_owned()),
    ]
}

/// Whether the record with ID `id` is still in the list screen `n` of `selected_ids` shows.
fn still_shown(model: &Model, n: usize, id: &str) -> bool {
    let plan = &model.plan;
    match n {
        0 => jalons::domain::locate(plan, id).is_some(),
        1 => plan.delegations.iter().any(|d| d.id == id),
        2 => plan.trips.iter().any(|t| t.id == id),
        _ => model
            .index
            .review
            .agenda
            .iter()
            .any(|e| e.what.id(plan) == id),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn selection_stays_in_bounds_under_any_keys(plan in plan(), events in events()) {
        let mut model = Model::new(plan, today(), Lang::Fr, "x".into());
        check_selection(&model)?;
        for event in events {
            match event {
                Event::Key(msg) => { update(&mut model, msg); }
                Event::Merged(cuts) => {
                    let before = selected_ids(&model);
                    let other = smaller(&model.plan, &cuts);
                    update(&mut model, Msg::Saved(Ok(SaveReport {
                        at: "10:42".into(),
                        ops: usize::MAX,
                        merged: Some(Box::new(other.clone())),
                        conflicts: Vec::new(),
                    })));
                    prop_assert_eq!(&model.plan, &other);
                    prop_assert!(model.pending.is_empty());
                    let after = selected_ids(&model);
                    for (n, id) in before.iter().enumerate() {
                        if let Some(id) = id.as_deref().filter(|id| still_shown(&model, n, id)) {
                            prop_assert_eq!(after[n].as_deref(), Some(id), "screen {}", n);
                        }
                    }
                }
            }
            check_selection(&model)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Each screen somewhere down its list, then a change: another instance's save that
    /// deleted records (maybe above the selections, maybe the selected ones), or a tick or a
    /// reorder here. Every selection whose record is still shown is still on it.
    #[test]
    fn every_screens_selection_follows_its_record_through_a_change(
        plan in plan(),
        downs in vec(0usize..12, 4),
        cuts in vec(any::<usize>(), 1..8),
        on in select(Screen::ALL.to_vec()),
        change in select(vec![None, Some(Msg::ToggleDone), Some(Msg::MoveDown), Some(Msg::MoveUp)]),
    ) {
        let mut model = Model::new(plan, today(), Lang::Fr, "x".into());
        let screens = [Screen::Roadmap, Screen::Delegations, Screen::Trips, Screen::Deadlines];
        for (screen, &n) in screens.iter().zip(&downs) {
            update(&mut model, Msg::Show(*screen));
            if *screen == Screen::Roadmap {
                // Into the actions, as far as there are some.
                update(&mut model, Msg::Drill);
                update(&mut model, Msg::Drill);
            }
            for _ in 0..n {
                update(&mut model, Msg::Down);
            }
        }
        update(&mut model, Msg::Show(on));
        let before = selected_ids(&model);
        match change {
            None => {
                let other = smaller(&model.plan, &cuts);
                update(&mut model, Msg::Saved(Ok(SaveReport {
                    at: "10:42".into(),
                    ops: usize::MAX,
                    merged: Some(Box::new(other)),
                    conflicts: Vec::new(),
                })));
            }
            Some(msg) => {
                update(&mut model, msg);
                prop_assert_eq!(&model.index, &PlanIndex::build(&model.plan, model.today));
            }
        }
        check_selection(&model)?;
        let after = selected_ids(&model);
        for (n, id) in before.iter().enumerate() {
            if let Some(id) = id.as_deref().filter(|id| still_shown(&model, n, id)) {
                prop_assert_eq!(after[n].as_deref(), Some(id), "screen {}", n);
            }
        }
    }
}

#[test]
fn selection_is_clamped_when_a_merge_empties_the_plan() {
    let mut model = Model::new(jalons::builtin::roadmap(), today(), Lang::Fr, "x".into());
    for msg in [
        Msg::Bottom,
        Msg::Drill,
        Msg::Bottom,
        Msg::Drill,
        Msg::Bottom,
        Msg::Drill,
    ] {
        update(&mut model, msg);
    }
    assert_eq!(model.roadmap.focus, Column::Detail);
    assert!(model.roadmap.horizon > 0 && model.roadmap.action > 0);
    // The other instance kept only the first horizon, with one objective and its actions.
    let mut other = model.plan.clone();
    let keep = other.horizons[0].id.clone();
    let objective = other.objectives[0].id.clone();
    other.horizons.truncate(1);
    other.objectives.retain(|o| o.id == objective);
    other.actions.retain(|a| a.objective == objective);
    other.trips.clear();
    update(
        &mut model,
        Msg::Saved(Ok(SaveReport {
            at: "10:42".into(),
            ops: usize::MAX,
            merged: Some(Box::new(other.clone())),
            conflicts: Vec::new(),
        })),
    );
    assert_eq!(model.plan.horizons[0].id, keep);
    assert_eq!(model.roadmap.horizon, 0);
    assert_eq!(model.roadmap.objective, 0);
    assert!(model.roadmap.action < model.index.actions_of[0].len());
    assert!(check_selection(&model).is_ok());
    // And an empty one: back to the horizons column.
    update(
        &mut model,
        Msg::Saved(Ok(SaveReport {
            at: "10:43".into(),
            ops: usize::MAX,
            merged: Some(Box::new(Plan::empty("vide"))),
            conflicts: Vec::new(),
        })),
    );
    assert_eq!(model.roadmap.focus, Column::Horizons);
    assert!(check_selection(&model).is_ok());
    for msg in [
        Msg::Down,
        Msg::Drill,
        Msg::ToggleDone,
        Msg::Bottom,
        Msg::PageUp,
    ] {
        update(&mut model, msg);
        assert!(check_selection(&model).is_ok());
    }
}
