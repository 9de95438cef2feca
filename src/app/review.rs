//! Keys on the review screens: Délégations, Déplacements, Échéances.

use super::form::{Choice, Field, FieldName};
use super::jump;
use super::model::{Mode, Model, Pick, PickFor};
use super::msg::{Cmd, Msg};
use super::screen::{Screen, TripRow, trip_rows};
use super::update::{delta, moved, roadmap, toggle};
use crate::domain::{Delegation, DueRef};

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
            let len = model.index.review.trips_by_date.len();
            pane.select_row(moved(pane.row, delta, len));
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
        let len = review.len();
        let row = review.row_mut();
        *row = moved(*row, delta, len);
        return Cmd::None;
    }
    let selected = review.selected(&model.index);
    match (msg, selected) {
        (Msg::ToUpdate, _) => {
            review.to_update = !review.to_update;
            review.refresh(&model.plan, &model.index);
        }
        (Msg::Back, _) if review.to_update => review.to_update = false,
        (Msg::Drill, Some(what)) => jump::to(model, what),
        (Msg::ToggleDone, Some(what)) => return toggle(model, what),
        (Msg::FilterOwner, _) if review.owner.is_some() => {
            review.owner = None;
            review.refresh(&model.plan, &model.index);
        }
        (Msg::FilterOwner, _) => pick_owner(model),
        _ => {}
    }
    Cmd::None
}

/// A click on a row of the list of the Délégations or Déplacements screen.
pub fn click_row(model: &mut Model, row: usize) {
    let (pane, len) = match model.screen {
        Screen::Delegations => (&mut model.review.delegations, model.plan.delegations.len()),
        Screen::Trips => (
            &mut model.review.trips,
            model.index.review.trips_by_date.len(),
        ),
        Screen::Deadlines => {
            let review = &mut model.review.deadlines;
            if row < review.len() {
                *review.row_mut() = row;
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

/// The delegations the owner pick offers: those that own something on the agenda (on the
/// list to update, in that view).
fn owners_on_agenda(model: &Model) -> Vec<usize> {
    let mut seen = vec![false; model.plan.delegations.len()];
    if model.review.deadlines.to_update {
        for &(d, _) in &model.review.deadlines.updates {
            seen[d] = true;
        }
        return (0..seen.len()).filter(|&d| seen[d]).collect();
    }
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

/// A delegation as the owner pick shows it: the person, then the portfolio ("Hermano
/// Sanches Ruivo — Europe"); a partner or a service without a holder by its name.
fn owner_choice(d: &Delegation) -> Choice {
    let label = if d.holder.trim().is_empty() {
        d.name.clone()
    } else {
        format!("{} — {}", d.holder, d.name)
    };
    Choice::new(d.id.clone(), label)
}

/// `o` on Échéances: choose the one owner to see, by typing a few letters of the person or
/// of the portfolio, as in a form's choice; "everyone" comes first.
fn pick_owner(model: &mut Model) {
    let t = model.t();
    let everyone = Choice::new("", t.all_owners);
    let options = std::iter::once(everyone)
        .chain(
            owners_on_agenda(model)
                .into_iter()
                .map(|d| owner_choice(&model.plan.delegations[d])),
        )
        .collect();
    model.mode = Mode::Pick(Box::new(Pick {
        purpose: PickFor::Owner,
        title: t.nav.owner_pick_title.to_owned(),
        field: Field::one(FieldName::Owner, options, None, false),
        about: Vec::new(),
    }));
}

/// The weekly review narrowed to the owner with ID `owner` (everyone for an empty ID).
pub fn narrow(model: &mut Model, owner: &str) -> Cmd {
    let review = &mut model.review.deadlines;
    review.owner = (!owner.is_empty()).then(|| owner.to_owned());
    review.row = 0;
    review.scroll.reset();
    review.refresh(&model.plan, &model.index);
    Cmd::None
}
