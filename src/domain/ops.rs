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
use super::model::{
    Action, ChecklistItem, ChecklistTemplate, Delegation, Horizon, Member, Objective, Plan, Status,
    Trip,
};

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
                put(plan, &new, None)?;
                Ok(Op::Edit {
                    before: new,
                    after: old,
                })
            }
        },
        Op::Delete { id } => delete(plan, id),
        Op::Move { id, to } => move_to(plan, id, *to),
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

/// Replaces `list[i]` or inserts at `at`; returns the inverse.
fn put_in<T: Clone>(
    list: &mut Vec<T>,
    existing: Option<usize>,
    value: T,
    at: Option<usize>,
    wrap: impl Fn(T) -> Record,
    id: &str,
) -> Op {
    if let Some(i) = existing {
        let old = std::mem::replace(&mut list[i], value.clone());
        Op::Edit {
            before: wrap(value),
            after: wrap(old),
        }
    } else {
        let at = at.unwrap_or(list.len()).min(list.len());
        list.insert(at, value);
        Op::Delete { id: id.to_owned() }
    }
}

/// The position of the record at `place`, if it is of the same kind as `record` (and, for a
/// member or an item, in the same trip `t`).
fn slot_of(record: &Record, place: Place, t: Option<usize>) -> Option<usize> {
    match (record, place) {
        (Record::Horizon(_), Place::Horizon(i))
        | (Record::Objective(_), Place::Objective(i))
        | (Record::Action(_), Place::Action(i))
        | (Record::Delegation(_), Place::Delegation(i))
        | (Record::Trip(_), Place::Trip(i))
        | (Record::Template(_), Place::Template(i)) => Some(i),
        (Record::Member { .. }, Place::Member(pt, i))
        | (Record::Item { .. }, Place::Item(pt, i))
            if Some(pt) == t =>
        {
            Some(i)
        }
        _ => None,
    }
}

fn put(plan: &mut Plan, record: &Record, at: Option<usize>) -> Result<Op, OpError> {
    let id = record.id().to_owned();
    let t = match record {
        Record::Member { trip, .. } | Record::Item { trip, .. } => Some(trip_index(plan, trip)?),
        _ => None,
    };
    let i = match locate(plan, &id) {
        None => None,
        Some(place) => Some(slot_of(record, place, t).ok_or_else(|| OpError::WrongKind {
            id: id.clone(),
            expected: "of the kind being written",
        })?),
    };
    let inverse = match record {
        Record::Horizon(r) => put_in(&mut plan.horizons, i, r.clone(), at, Record::Horizon, &id),
        Record::Objective(r) => {
            require(
                plan.horizons.iter().any(|h| h.id == r.horizon),
                &id,
                &r.horizon,
            )?;
            put_in(
                &mut plan.objectives,
                i,
                r.clone(),
                at,
                Record::Objective,
                &id,
            )
        }
        Record::Action(r) => {
            require(
                plan.objectives.iter().any(|o| o.id == r.objective),
                &id,
                &r.objective,
            )?;
            for owner in std::iter::once(&r.owner).chain(&r.co_owners) {
                require(plan.delegations.iter().any(|d| d.id == *owner), &id, owner)?;
            }
            if let Some(trip) = &r.trip {
                require(plan.trips.iter().any(|t| t.id == *trip), &id, trip)?;
            }
            put_in(&mut plan.actions, i, r.clone(), at, Record::Action, &id)
        }
        Record::Delegation(r) => put_in(
            &mut plan.delegations,
            i,
            r.clone(),
            at,
            Record::Delegation,
            &id,
        ),
        Record::Trip(r) => {
            for objective in &r.objectives {
                require(
                    plan.objectives.iter().any(|o| o.id == *objective),
                    &id,
                    objective,
                )?;
            }
            for owner in r.checklist.iter().filter_map(|item| item.owner.as_ref()) {
                require(plan.delegations.iter().any(|d| d.id == *owner), &id, owner)?;
            }
            // Its members and items must not carry the ID of a record outside it.
            let nested = r
                .members
                .iter()
                .map(|m| &m.id)
                .chain(r.checklist.iter().map(|c| &c.id));
            for nid in nested {
                match locate(plan, nid) {
                    None => {}
                    Some(Place::Member(t, _) | Place::Item(t, _)) if Some(t) == i => {}
                    Some(_) => return Err(OpError::Taken(nid.clone())),
                }
            }
            put_in(&mut plan.trips, i, r.clone(), at, Record::Trip, &id)
        }
        Record::Template(r) => put_in(&mut plan.templates, i, r.clone(), at, Record::Template, &id),
        Record::Member { trip, member } => {
            let wrap = |member| Record::Member {
                trip: trip.clone(),
                member,
            };
            let list = &mut plan.trips[t.unwrap_or_default()].members;
            put_in(list, i, member.clone(), at, wrap, &id)
        }
        Record::Item { trip, item } => {
            if let Some(owner) = &item.owner {
                require(plan.delegations.iter().any(|d| d.id == *owner), &id, owner)?;
            }
            let wrap = |item| Record::Item {
                trip: trip.clone(),
                item,
            };
            let list = &mut plan.trips[t.unwrap_or_default()].checklist;
            put_in(list, i, item.clone(), at, wrap, &id)
        }
    };
    Ok(inverse)
}

fn require(present: bool, id: &str, target: &str) -> Result<(), OpError> {
    if present {
        Ok(())
    } else {
        Err(OpError::Dangling(id.to_owned(), target.to_owned()))
    }
}

fn trip_index(plan: &Plan, id: &str) -> Result<usize, OpError> {
    match locate(plan, id) {
        Some(Place::Trip(t)) => Ok(t),
        _ => Err(not_a(plan, id, "a trip")),
    }
}

/// The operation that puts `record` back where it stood.
fn restore(record: Record, at: usize) -> Op {
    Op::Put {
        record,
        at: Some(at),
    }
}

fn delete(plan: &mut Plan, id: &str) -> Result<Op, OpError> {
    let place = locate(plan, id).ok_or_else(|| OpError::NotFound(id.to_owned()))?;
    let mut undo = Vec::new();
    match place {
        Place::Horizon(i) => {
            // Children go first so that the undo, played in reverse, restores parents first.
            let children: Vec<String> = plan
                .objectives
                .iter()
                .filter(|o| o.horizon == id)
                .map(|o| o.id.clone())
                .collect();
            for child in children.iter().rev() {
                undo.push(delete(plan, child)?);
            }
            undo.push(restore(Record::Horizon(plan.horizons.remove(i)), i));
        }
        Place::Objective(i) => {
            for trip in &mut plan.trips {
                if trip.objectives.iter().any(|o| o == id) {
                    let old = trip.clone();
                    trip.objectives.retain(|o| o != id);
                    undo.push(Op::Edit {
                        before: Record::Trip(trip.clone()),
                        after: Record::Trip(old),
                    });
                }
            }
            let mut a = plan.actions.len();
            while a > 0 {
                a -= 1;
                if plan.actions[a].objective == id {
                    undo.push(restore(Record::Action(plan.actions.remove(a)), a));
                }
            }
            undo.push(restore(Record::Objective(plan.objectives.remove(i)), i));
        }
        Place::Action(i) => {
            undo.push(restore(Record::Action(plan.actions.remove(i)), i));
        }
        Place::Delegation(i) => {
            let owns = plan
                .actions
                .iter()
                .any(|a| a.owner == id || a.co_owners.iter().any(|c| c == id))
                || plan
                    .trips
                    .iter()
                    .flat_map(|t| &t.checklist)
                    .any(|item| item.owner.as_deref() == Some(id));
            if owns {
                return Err(OpError::InUse(id.to_owned()));
            }
            undo.push(restore(Record::Delegation(plan.delegations.remove(i)), i));
        }
        Place::Trip(t) => {
            for action in plan
                .actions
                .iter_mut()
                .filter(|a| a.trip.as_deref() == Some(id))
            {
                let old = action.clone();
                action.trip = None;
                undo.push(Op::Edit {
                    before: Record::Action(action.clone()),
                    after: Record::Action(old),
                });
            }
            undo.push(restore(Record::Trip(plan.trips.remove(t)), t));
        }
        Place::Member(t, i) => {
            let member = plan.trips[t].members.remove(i);
            let trip = plan.trips[t].id.clone();
            undo.push(restore(Record::Member { trip, member }, i));
        }
        Place::Item(t, i) => {
            let item = plan.trips[t].checklist.remove(i);
            let trip = plan.trips[t].id.clone();
            undo.push(restore(Record::Item { trip, item }, i));
        }
        Place::Template(i) => {
            undo.push(restore(Record::Template(plan.templates.remove(i)), i));
        }
    }
    undo.reverse();
    Ok(if undo.len() == 1 {
        undo.pop().expect("one element")
    } else {
        Op::Batch(undo)
    })
}

fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) -> usize {
    let to = to.min(list.len() - 1);
    let item = list.remove(from);
    list.insert(to, item);
    from
}

fn move_to(plan: &mut Plan, id: &str, to: usize) -> Result<Op, OpError> {
    let place = locate(plan, id).ok_or_else(|| OpError::NotFound(id.to_owned()))?;
    let from = match place {
        Place::Horizon(i) => move_within(&mut plan.horizons, i, to),
        Place::Objective(i) => move_within(&mut plan.objectives, i, to),
        Place::Action(i) => move_within(&mut plan.actions, i, to),
        Place::Delegation(i) => move_within(&mut plan.delegations, i, to),
        Place::Trip(i) => move_within(&mut plan.trips, i, to),
        Place::Member(t, i) => move_within(&mut plan.trips[t].members, i, to),
        Place::Item(t, i) => move_within(&mut plan.trips[t].checklist, i, to),
        Place::Template(i) => move_within(&mut plan.templates, i, to),
    };
    Ok(Op::Move {
        id: id.to_owned(),
        to: from,
    })
}
