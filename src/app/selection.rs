//! What the adviser is pointing at, whatever the screen: the record an edit, a delete or a
//! move applies to, and where a new record would go.

use super::form::RecordKind;
use super::form::build::Context;
use super::model::Model;
use super::nav::Column;
use super::screen::{Screen, TripRow, trip_rows};
use crate::domain::{DueRef, Event};

/// A record, by kind and ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    pub kind: RecordKind,
    pub id: String,
}

fn due_ref(model: &Model, what: DueRef) -> Selected {
    let kind = match what {
        DueRef::Action(_) => RecordKind::Action,
        DueRef::Item { .. } => RecordKind::Item,
    };
    Selected {
        kind,
        id: what.id(&model.plan).to_owned(),
    }
}

/// The record under the selection on the current screen.
pub fn selected(model: &Model) -> Option<Selected> {
    let (plan, index) = (&model.plan, &model.index);
    let at = |kind, id: &String| {
        Some(Selected {
            kind,
            id: id.clone(),
        })
    };
    match model.screen {
        Screen::Roadmap => {
            let nav = &model.roadmap;
            match nav.focus {
                Column::Horizons => at(RecordKind::Horizon, &plan.horizons.get(nav.horizon)?.id),
                Column::Objectives => at(
                    RecordKind::Objective,
                    &plan.objectives[nav.objective_index(plan, index)?].id,
                ),
                Column::Actions | Column::Detail => at(
                    RecordKind::Action,
                    &plan.actions[nav.action_index(plan, index)?].id,
                ),
            }
        }
        Screen::Delegations => {
            let pane = &model.review.delegations;
            if pane.detail {
                let what = index.review.owned.get(pane.row)?.get(pane.item)?;
                Some(due_ref(model, what))
            } else {
                at(RecordKind::Delegation, &plan.delegations.get(pane.row)?.id)
            }
        }
        Screen::Trips => {
            let t = model.review.trip(index)?;
            let pane = &model.review.trips;
            let trip = &plan.trips[t];
            if !pane.detail {
                return at(RecordKind::Trip, &trip.id);
            }
            match trip_rows(plan, index, t).get(pane.item)? {
                TripRow::Item(i) => at(RecordKind::Item, &trip.checklist[*i].id),
                TripRow::Member(i) => at(RecordKind::Member, &trip.members[*i].id),
                TripRow::Objective(_) => at(RecordKind::Trip, &trip.id),
                // The empty "Composition" section: nothing to edit or delete, `a` adds.
                TripRow::NoMembers => None,
            }
        }
        Screen::Deadlines => {
            let what = model.review.deadlines.selected(index)?;
            Some(due_ref(model, what))
        }
        Screen::Dashboard => match model.review.dashboard.event(index)? {
            Event::Trip(t) => at(RecordKind::Trip, &plan.trips[t].id),
            Event::Due(what) => Some(due_ref(model, what)),
        },
    }
}

/// What a new record would be here, and the records it would go under.
pub fn new_here(model: &Model) -> (RecordKind, Context) {
    let (plan, index) = (&model.plan, &model.index);
    let nav = &model.roadmap;
    let mut context = Context {
        horizon: nav.horizon_index(plan).map(|h| plan.horizons[h].id.clone()),
        objective: nav
            .objective_index(plan, index)
            .map(|o| plan.objectives[o].id.clone()),
        owner: nav
            .action_index(plan, index)
            .map(|a| plan.actions[a].owner.clone()),
        trip: model.review.trip(index).map(|t| plan.trips[t].id.clone()),
    };
    let kind = match model.screen {
        Screen::Roadmap => match nav.focus {
            Column::Horizons => RecordKind::Horizon,
            Column::Objectives => RecordKind::Objective,
            Column::Actions | Column::Detail => RecordKind::Action,
        },
        Screen::Delegations => {
            if let Some(d) = plan.delegations.get(model.review.delegations.row) {
                context.owner = Some(d.id.clone());
            }
            RecordKind::Delegation
        }
        Screen::Trips => {
            // A checklist item's owner is chosen for it, not taken from the roadmap.
            context.owner = None;
            let pane = &model.review.trips;
            let row = model
                .review
                .trip(index)
                .and_then(|t| trip_rows(plan, index, t).get(pane.item).copied());
            match (pane.detail, row) {
                (true, Some(TripRow::Member(_) | TripRow::NoMembers)) => RecordKind::Member,
                (true, _) => RecordKind::Item,
                (false, _) => RecordKind::Trip,
            }
        }
        Screen::Deadlines => {
            context.owner = model.review.deadlines.owner.clone().or(context.owner);
            RecordKind::Action
        }
        Screen::Dashboard => RecordKind::Action,
    };
    (kind, context)
}
