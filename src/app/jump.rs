//! Going from a record on one screen to the same record where it lives. Every jump is
//! remembered in the jump list (`jumps.rs`): `Ctrl-o` comes back.

use super::jumps::jumping;
use super::model::Model;
use super::nav::Column;
use super::screen::{Screen, TripRow, trip_rows};
use crate::domain::DueRef;

/// Shows an action on the roadmap, focused in the actions column.
fn show_action(model: &mut Model, a: usize) {
    let Some(&o) = model
        .index
        .objective_pos
        .get(&model.plan.actions[a].objective)
    else {
        return;
    };
    show_objective(model, o);
    let nav = &mut model.roadmap;
    if let Some(row) = model.index.actions_of[o].iter().position(|&x| x == a) {
        nav.select(Column::Actions, row);
        nav.focus = Column::Actions;
    }
}

/// Shows an objective on the roadmap, focused in the objectives column.
fn show_objective(model: &mut Model, o: usize) {
    let Some(&h) = model
        .index
        .horizon_pos
        .get(&model.plan.objectives[o].horizon)
    else {
        return;
    };
    model.screen = Screen::Roadmap;
    let nav = &mut model.roadmap;
    nav.select(Column::Horizons, h);
    if let Some(row) = model.index.objectives_of[h].iter().position(|&x| x == o) {
        nav.select(Column::Objectives, row);
        nav.focus = Column::Objectives;
    }
}

/// Shows a checklist item in its trip's detail on the Déplacements screen.
fn show_item(model: &mut Model, trip: usize, item: usize) {
    let by_date = &model.index.review.trips_by_date;
    let Some(row) = by_date.iter().position(|&t| t == trip) else {
        return;
    };
    model.screen = Screen::Trips;
    let pane = &mut model.review.trips;
    pane.select_row(row);
    let rows = trip_rows(&model.plan, &model.index, trip);
    if let Some(i) = rows.iter().position(|&r| r == TripRow::Item(item)) {
        pane.item = i;
        pane.detail = true;
    }
}

/// Shows an action or a checklist item where it lives.
pub fn to(model: &mut Model, what: DueRef) {
    jumping(model, |model| match what {
        DueRef::Action(a) => show_action(model, a),
        DueRef::Item { trip, item } => show_item(model, trip, item),
    });
}

/// Shows an objective on the roadmap (from a trip it is linked to).
pub fn to_objective(model: &mut Model, o: usize) {
    jumping(model, |model| show_objective(model, o));
}

/// Shows a delegation on the Délégations screen.
pub fn to_delegation(model: &mut Model, id: &str) {
    jumping(model, |model| show_delegation(model, id));
}

fn show_delegation(model: &mut Model, id: &str) {
    if let Some(&d) = model.index.delegation_pos.get(id) {
        model.screen = Screen::Delegations;
        model.review.delegations.select_row(d);
        model.review.delegations.detail = false;
    }
}

/// Shows any record where it lives: roadmap records on the roadmap, delegations on their
/// screen, trips and what they hold on the Déplacements screen.
pub fn to_id(model: &mut Model, id: &str) {
    jumping(model, |model| show_id(model, id));
}

fn show_id(model: &mut Model, id: &str) {
    use crate::domain::{Place, locate};
    match locate(&model.plan, id) {
        Some(Place::Action(a)) => show_action(model, a),
        Some(Place::Objective(o)) => show_objective(model, o),
        Some(Place::Horizon(h)) => {
            model.screen = Screen::Roadmap;
            model.roadmap.select(Column::Horizons, h);
            model.roadmap.focus = Column::Horizons;
        }
        Some(Place::Delegation(_)) => show_delegation(model, id),
        Some(Place::Item(t, i)) => show_item(model, t, i),
        Some(Place::Trip(t)) => {
            if let Some(row) = model
                .index
                .review
                .trips_by_date
                .iter()
                .position(|&x| x == t)
            {
                model.screen = Screen::Trips;
                model.review.trips.select_row(row);
                model.review.trips.detail = false;
            }
        }
        Some(Place::Member(t, m)) => {
            show_item(model, t, 0);
            let rows = trip_rows(&model.plan, &model.index, t);
            if let Some(i) = rows.iter().position(|&r| r == TripRow::Member(m)) {
                model.review.trips.item = i;
                model.review.trips.detail = true;
            }
        }
        Some(Place::Template(_)) | None => {}
    }
}
