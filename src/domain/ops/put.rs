//! Putting a whole record in the plan: inserted, or replacing the record with its ID, once
//! every reference it carries is known to lead somewhere.

use super::super::model::{Plan, Source};
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

/// `new`, replacing `old`, with the fields it changes taken out of its source's assumptions
/// (`None` when there is nothing to take out). Progress (a status, a tick) is no adoption of
/// the example; and a change that sets the source itself (an undo) is taken as it is.
fn adopt(old: &Record, new: &Record) -> Option<Record> {
    use super::super::edit::{fields, with_fields};
    const PROGRESS: [&str; 3] = ["source", "status", "done_on"];
    let (before, mut after) = (fields(old), fields(new));
    if before.get("source") != after.get("source") {
        return None;
    }
    let source: Source = after
        .get("source")
        .and_then(|v| serde_json::from_value(v.clone()).ok())?;
    let changed: Vec<&String> = after
        .keys()
        .chain(before.keys())
        .filter(|k| !PROGRESS.contains(&k.as_str()) && before.get(*k) != after.get(*k))
        .collect();
    if changed.is_empty() {
        return None;
    }
    let mut kept = source.clone();
    // A whole record given as an example (a template's checklist item) stays one: edits of its
    // references (a cascade, an undo) are not the adviser's adoption of it.
    kept.assumed.retain(|f| !changed.contains(&f));
    if kept == source {
        return None;
    }
    if kept.is_empty() {
        after.remove("source");
    } else {
        after.insert("source".to_owned(), serde_json::to_value(&kept).ok()?);
    }
    with_fields(new, after).ok()
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
    // A value the adviser changed is theirs, no longer an example of the source document's.
    let adopted;
    let record = match locate(plan, &id) {
        Some(place) if i.is_some() => {
            adopted = adopt(&super::super::edit::record_at(plan, place), record);
            adopted.as_ref().unwrap_or(record)
        }
        _ => record,
    };
    references(plan, record, i)?;
    let inverse = match record {
        Record::Horizon(r) => put_in(&mut plan.horizons, i, r.clone(), at, Record::Horizon, &id),
        Record::Objective(r) => put_in(
            &mut plan.objectives,
            i,
            r.clone(),
            at,
            Record::Objective,
            &id,
        ),
        Record::Action(r) => put_in(&mut plan.actions, i, r.clone(), at, Record::Action, &id),
        Record::Delegation(r) => put_in(
            &mut plan.delegations,
            i,
            r.clone(),
            at,
            Record::Delegation,
            &id,
        ),
        Record::Trip(r) => put_in(&mut plan.trips, i, r.clone(), at, Record::Trip, &id),
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

/// Every reference `record` carries leads to a record of the plan, and a trip's members and
/// items take no other record's ID (`i`: the trip's place when it replaces one).
fn references(plan: &Plan, record: &Record, i: Option<usize>) -> Result<(), OpError> {
    let id = record.id();
    let delegation =
        |owner: &String| require(plan.delegations.iter().any(|d| d.id == *owner), id, owner);
    let objective = |o: &String| require(plan.objectives.iter().any(|x| x.id == *o), id, o);
    match record {
        Record::Objective(r) => {
            require(
                plan.horizons.iter().any(|h| h.id == r.horizon),
                id,
                &r.horizon,
            )?;
        }
        Record::Action(r) => {
            objective(&r.objective)?;
            std::iter::once(&r.owner)
                .chain(&r.co_owners)
                .try_for_each(delegation)?;
            if let Some(trip) = &r.trip {
                require(plan.trips.iter().any(|t| t.id == *trip), id, trip)?;
            }
        }
        Record::Trip(r) => {
            r.objectives.iter().try_for_each(objective)?;
            r.checklist
                .iter()
                .filter_map(|c| c.owner.as_ref())
                .try_for_each(delegation)?;
            let nested = r.members.iter().map(|m| &m.id);
            for nid in nested.chain(r.checklist.iter().map(|c| &c.id)) {
                match locate(plan, nid) {
                    None => {}
                    Some(Place::Member(t, _) | Place::Item(t, _)) if Some(t) == i => {}
                    Some(_) => return Err(OpError::Taken(nid.clone())),
                }
            }
        }
        Record::Item { item, .. } => item.owner.iter().try_for_each(delegation)?,
        _ => {}
    }
    Ok(())
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
