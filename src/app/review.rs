//! Keys on the review screens: Délégations, Déplacements, Échéances.

use super::jump;
use super::model::{Mode, Model};
use super::msg::{Cmd, Msg};
use super::screen::{Screen, TripRow, trip_rows};
use super::update::{delta, moved, roadmap, toggle};
use crate::domain::DueRef;

pub fn on_screen(model: &mut Model, msg: &Msg) -> Cmd {
    if *msg == Msg::History {
        return super::history_view::open(model);
    }
    match model.screen {
        Screen::Roadmap => roadmap(model, msg),
        Screen::Delegations => delegations(model, msg),
        Screen::Trips => trips(model, msg),
        Screen::Deadlines => deadlines(model, msg),
        Screen::Dashboard => super::dashboard::dashboard(model, msg),
    }
}

fn delegations(model: &mut Model, msg: &Msg) -> Cmd {
    let owned = model.index.review.owned.get(model.review.delegations.row);
    let items = owned.map_or(0, crate::domain::Owned::len);
    let selected = owned.and_then(|o| o.get(model.review.delegations.item));
    let pane = &mut model.review.delegations;
    if let Some(delta) = delta(msg) {
        if pane.detail {
            pane.item = moved(pane.item, delta, items);
        } else {
            let len = model.plan.delegations.len();
            pane.select_row(moved(pane.row, delta, len));
        }
        return Cmd::None;
    }
    match msg {
        Msg::Drill if !pane.detail => pane.detail = items > 0,
        Msg::Drill => {
            if let Some(what) = selected {
                jump::to(model, what);
            }
        }
        Msg::Back => pane.detail = false,
        Msg::ToggleDone if pane.detail => {
            if let Some(what) = selected {
                return toggle(model, what);
            }
        }
        _ => {}
    }
    Cmd::None
}

fn trips(model: &mut Model, msg: &Msg) -> Cmd {
    let trip = model.review.trip(&model.index);
    let rows = trip
        .map(|t| trip_rows(&model.plan, &model.index, t))
        .unwrap_or_default();
    let pane = &mut model.review.trips;
    let selected = rows.get(pane.item).copied();
    if let Some(delta) = delta(msg) {
        if pane.detail {
            pane.item = moved(pane.item, delta, rows.len());
        } else {
            pane.select_row(moved(pane.row, delta, model.plan.trips.len()));
        }
        return Cmd::None;
    }
    match (msg, selected, trip) {
        (Msg::Drill, _, _) if !pane.detail => pane.detail = !rows.is_empty(),
        (Msg::Drill, Some(TripRow::Objective(o)), _) => jump::to_objective(model, o),
        (Msg::Back, _, _) => pane.detail = false,
        (Msg::ToggleDone, Some(TripRow::Item(item)), Some(trip)) if pane.detail => {
            return toggle(model, DueRef::Item { trip, item });
        }
        _ => {}
    }
    Cmd::None
}

fn deadlines(model: &mut Model, msg: &Msg) -> Cmd {
    let review = &mut model.review.deadlines;
    if let Some(delta) = delta(msg) {
        review.row = moved(review.row, delta, review.shown.len());
        return Cmd::None;
    }
    let selected = review.selected(&model.index);
    match (msg, selected) {
        (Msg::Drill, Some(what)) => jump::to(model, what),
        (Msg::ToggleDone, Some(what)) => return toggle(model, what),
        (Msg::FilterOwner, _) if review.owner.is_some() => {
            review.owner = None;
            review.refresh(&model.plan, &model.index);
        }
        (Msg::FilterOwner, _) => model.mode = Mode::OwnerPicker { row: 0 },
        _ => {}
    }
    Cmd::None
}

/// A click on a row of the list of the Délégations or Déplacements screen.
pub fn click_row(model: &mut Model, row: usize) {
    let (pane, len) = match model.screen {
        Screen::Delegations => (&mut model.review.delegations, model.plan.delegations.len()),
        Screen::Trips => (&mut model.review.trips, model.plan.trips.len()),
        Screen::Deadlines => {
            let review = &mut model.review.deadlines;
            if row < review.shown.len() {
                review.row = row;
            }
            return;
        }
        Screen::Roadmap | Screen::Dashboard => return,
    };
    if row < len {
        pane.detail = false;
        pane.select_row(row);
    }
}

/// A click in the detail pane gives it the keyboard, if it has something to select.
pub fn click_detail(model: &mut Model) {
    let in_detail = match model.screen {
        Screen::Delegations => model.review.delegations.detail,
        Screen::Trips => model.review.trips.detail,
        _ => return,
    };
    if !in_detail {
        let _ = on_screen(model, &Msg::Drill);
    }
}

/// The delegations the picker offers: those that own something on the agenda.
pub fn picker_choices(model: &Model) -> Vec<usize> {
    let mut seen = vec![false; model.plan.delegations.len()];
    for entry in &model.index.review.agenda {
        if let Some(&d) = entry
            .what
            .owner(&model.plan)
            .and_then(|o| model.index.delegation_pos.get(o))
        {
            seen[d] = true;
        }
    }
    (0..seen.len()).filter(|&d| seen[d]).collect()
}

pub fn picker(model: &mut Model, row: usize, msg: &Msg) -> Cmd {
    let choices = picker_choices(model);
    // Row 0 is "everyone", then one row per delegation.
    let len = choices.len() + 1;
    if let Some(delta) = delta(msg) {
        model.mode = Mode::OwnerPicker {
            row: moved(row, delta, len),
        };
        return Cmd::None;
    }
    match msg {
        Msg::Drill => {
            let review = &mut model.review.deadlines;
            review.owner = row
                .checked_sub(1)
                .and_then(|i| choices.get(i))
                .map(|&d| model.plan.delegations[d].id.clone());
            review.row = 0;
            review.refresh(&model.plan, &model.index);
            model.mode = Mode::Browse;
        }
        Msg::Close | Msg::Back | Msg::FilterOwner => model.mode = Mode::Browse,
        _ => {}
    }
    Cmd::None
}
