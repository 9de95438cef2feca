//! Changes to the plan, as operations with target values.
//!
//! An operation says what the plan must become ("action A is done on D"), never "toggle", so
//! that applying it twice, or onto a plan another instance changed meanwhile, still means what
//! the adviser meant. Applying one returns its inverse: undo is just another operation, saved
//! and merged like any other.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::edit::{Kept, edited};

mod delete;
mod put;

use super::model::{
    Action, CheckIn, ChecklistItem, ChecklistTemplate, Delegation, Horizon, Member, Objective,
    Plan, Status, Trip, insert_sorted,
};
use delete::{delete, move_to};
use put::put;

/// A whole record, as `Put` inserts or replaces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "record", rename_all = "snake_case")]
pub enum Record {
    Horizon(Horizon),
    Objective(Objective),
    Action(Action),
    Delegation(Delegation),
    Trip(Trip),
    Member { trip: String, member: Member },
    Item { trip: String, item: ChecklistItem },
    Template(ChecklistTemplate),
}

impl Record {
    pub fn id(&self) -> &str {
        match self {
            Self::Horizon(r) => &r.id,
            Self::Objective(r) => &r.id,
            Self::Action(r) => &r.id,
            Self::Delegation(r) => &r.id,
            Self::Trip(r) => &r.id,
            Self::Member { member, .. } => &member.id,
            Self::Item { item, .. } => &item.id,
            Self::Template(r) => &r.id,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
// Operations are made one change at a time and kept by the hundred at most (undo): boxing
// the records of the large variants would cost an allocation each for nothing measurable.
#[allow(clippy::large_enum_variant)]
pub enum Op {
    /// The action's status becomes `status`.
    SetActionStatus { id: String, status: Status },
    /// The checklist item is done on that day, or not done.
    SetItemDone {
        id: String,
        done_on: Option<NaiveDate>,
    },
    /// The record becomes this one: replaced where it stands, or inserted at `at` (the end of
    /// its list when `None`).
    Put { record: Record, at: Option<usize> },
    /// The record is gone, with what belongs to it (an objective's actions, a horizon's
    /// objectives); references to it from elsewhere are cleared.
    Delete { id: String },
    /// The fields that differ between `before` (what the adviser saw) and `after` (what they
    /// made of it) take `after`'s values, where the record still holds `before`'s; the others
    /// are left as they are. Edits, undos and redos of an existing record are all of this kind,
    /// so they never write back what they did not change.
    Edit { before: Record, after: Record },
    /// The record moves to position `to` within its own list.
    Move { id: String, to: usize },
    /// A check-in is added to the action or objective `record`. Check-ins are never edited:
    /// a correction is a new one, and the only undo is deleting it.
    #[serde(rename = "add_checkin")]
    AddCheckIn { record: String, checkin: CheckIn },
    /// The check-in `id` of `record` is gone.
    #[serde(rename = "delete_checkin")]
    DeleteCheckIn { record: String, id: String },
    /// Several operations as one change (one undo step).
    Batch(Vec<Op>),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OpError {
    #[error("no record with id {0}")]
    NotFound(String),
    #[error("{id} is not {expected}")]
    WrongKind { id: String, expected: &'static str },
    #[error("{0} still owns actions or checklist items")]
    InUse(String),
    #[error("{0} refers to a record that does not exist: {1}")]
    Dangling(String, String),
    #[error("{0} is already the ID of another record")]
    Taken(String),
    #[error("{0}: its dates, changed meanwhile, would no longer hold together")]
    Incoherent(String),
}

/// Where a record stands in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Horizon(usize),
    Objective(usize),
    Action(usize),
    Delegation(usize),
    Trip(usize),
    Member(usize, usize),
    Item(usize, usize),
    Template(usize),
}

pub fn locate(plan: &Plan, id: &str) -> Option<Place> {
    fn pos<T>(list: &[T], id: &str, key: impl Fn(&T) -> &str) -> Option<usize> {
        list.iter().position(|r| key(r) == id)
    }
    if let Some(i) = pos(&plan.actions, id, |r| &r.id) {
        return Some(Place::Action(i));
    }
    if let Some(i) = pos(&plan.objectives, id, |r| &r.id) {
        return Some(Place::Objective(i));
    }
    if let Some(i) = pos(&plan.horizons, id, |r| &r.id) {
        return Some(Place::Horizon(i));
    }
    if let Some(i) = pos(&plan.delegations, id, |r| &r.id) {
        return Some(Place::Delegation(i));
    }
    if let Some(i) = pos(&plan.templates, id, |r| &r.id) {
        return Some(Place::Template(i));
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        if trip.id == id {
            return Some(Place::Trip(t));
        }
        if let Some(i) = pos(&trip.checklist, id, |r| &r.id) {
            return Some(Place::Item(t, i));
        }
        if let Some(i) = pos(&trip.members, id, |r| &r.id) {
            return Some(Place::Member(t, i));
        }
    }
    None
}

/// Applies `op` and returns the operation that undoes it. On error the plan is unchanged.
pub fn apply(plan: &mut Plan, op: &Op) -> Result<Op, OpError> {
    apply_noting(plan, op, &mut Vec::new())
}

/// [`apply`], adding to `kept` the fields an [`Op::Edit`] left alone because they had changed
/// since the adviser saw them.
pub fn apply_noting(plan: &mut Plan, op: &Op, kept: &mut Vec<Kept>) -> Result<Op, OpError> {
    match op {
        Op::SetActionStatus { id, status } => {
            let Some(Place::Action(i)) = locate(plan, id) else {
                return Err(not_a(plan, id, "an action"));
            };
            let old = plan.actions[i].clone();
            plan.actions[i].status = *status;
            Ok(Op::Edit {
                before: Record::Action(plan.actions[i].clone()),
                after: Record::Action(old),
            })
        }
        Op::SetItemDone { id, done_on } => {
            let Some(Place::Item(t, i)) = locate(plan, id) else {
                return Err(not_a(plan, id, "a checklist item"));
            };
            let trip = plan.trips[t].id.clone();
            let old = plan.trips[t].checklist[i].clone();
            plan.trips[t].checklist[i].done_on = *done_on;
            Ok(Op::Edit {
                before: Record::Item {
                    trip: trip.clone(),
                    item: plan.trips[t].checklist[i].clone(),
                },
                after: Record::Item { trip, item: old },
            })
        }
        Op::Put { record, at } => put(plan, record, *at),
        Op::Edit { before, after } => match edited(plan, before, after, kept)? {
            None => Ok(Op::Batch(Vec::new())),
            Some((new, old)) => {
                let holds = match &new {
                    Record::Horizon(h) => h.dates_hold(),
                    Record::Trip(t) => t.dates_hold(),
                    _ => true,
                };
                if !holds {
                    return Err(OpError::Incoherent(new.id().to_owned()));
                }
                // The put may have adopted example values: the undo starts from what it stored.
                let stored = match put(plan, &new, None)? {
                    Op::Edit { before, .. } => before,
                    _ => new,
                };
                Ok(Op::Edit {
                    before: stored,
                    after: old,
                })
            }
        },
        Op::Delete { id } => delete(plan, id),
        Op::Move { id, to } => move_to(plan, id, *to),
        Op::AddCheckIn { record, checkin } => {
            let list = checkins_of(plan, record)?;
            if list.iter().any(|c| c.id == checkin.id) {
                return Err(OpError::Taken(checkin.id.clone()));
            }
            insert_sorted(list, checkin.clone());
            Ok(Op::DeleteCheckIn {
                record: record.clone(),
                id: checkin.id.clone(),
            })
        }
        Op::DeleteCheckIn { record, id } => {
            let list = checkins_of(plan, record)?;
            let at = list
                .iter()
                .position(|c| c.id == *id)
                .ok_or_else(|| OpError::NotFound(id.clone()))?;
            Ok(Op::AddCheckIn {
                record: record.clone(),
                checkin: list.remove(at),
            })
        }
        Op::Batch(ops) => {
            let mut inverses = Vec::with_capacity(ops.len());
            for op in ops {
                match apply_noting(plan, op, kept) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(e) => {
                        // Leave the plan as it was: undo what this batch already did.
                        for inverse in inverses.iter().rev() {
                            apply(plan, inverse).expect("an inverse applies to its own result");
                        }
                        return Err(e);
                    }
                }
            }
            inverses.reverse();
            Ok(Op::Batch(inverses))
        }
    }
}

/// The check-ins of the action or objective `id`.
fn checkins_of<'p>(plan: &'p mut Plan, id: &str) -> Result<&'p mut Vec<CheckIn>, OpError> {
    match locate(plan, id) {
        Some(Place::Action(i)) => Ok(&mut plan.actions[i].checkins),
        Some(Place::Objective(i)) => Ok(&mut plan.objectives[i].checkins),
        _ => Err(not_a(plan, id, "an action or an objective")),
    }
}

fn not_a(plan: &Plan, id: &str, expected: &'static str) -> OpError {
    if locate(plan, id).is_some() {
        OpError::WrongKind {
            id: id.to_owned(),
            expected,
        }
    } else {
        OpError::NotFound(id.to_owned())
    }
}
