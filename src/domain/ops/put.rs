//! Putting a whole record in the plan: inserted, or replacing the record with its ID, once
//! every reference it carries is known to lead somewhere.

use super::super::model::Plan;
use super::{Op, OpError, Place, Record, locate, not_a};

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

pub(super) fn put(plan: &mut Plan, record: &Record, at: Option<usize>) -> Result<Op, OpError> {
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

pub(super) fn trip_index(plan: &Plan, id: &str) -> Result<usize, OpError> {
    match locate(plan, id) {
        Some(Place::Trip(t)) => Ok(t),
        _ => Err(not_a(plan, id, "a trip")),
    }
}
