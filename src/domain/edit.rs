//! Editing a record as a change of fields: the fields the adviser changed, from what they saw
//! (`before`) to what they typed (`after`), and nothing else. A field someone else changed
//! meanwhile keeps its value and is reported, so that an edit form, an undo or a redo never
//! writes back a value nobody meant to write.

use serde_json::{Map, Value};

use super::model::Plan;
use super::ops::{OpError, Place, Record, locate};

/// A field an edit left alone because it had changed since the adviser saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub id: String,
    pub field: String,
    /// The value it has, and keeps.
    pub kept: Option<Value>,
    /// The value the edit would have given it.
    pub mine: Option<Value>,
}

/// The record at `place`, whole.
pub fn record_at(plan: &Plan, place: Place) -> Record {
    match place {
        Place::Horizon(i) => Record::Horizon(plan.horizons[i].clone()),
        Place::Objective(i) => Record::Objective(plan.objectives[i].clone()),
        Place::Action(i) => Record::Action(plan.actions[i].clone()),
        Place::Delegation(i) => Record::Delegation(plan.delegations[i].clone()),
        Place::Trip(i) => Record::Trip(plan.trips[i].clone()),
        Place::Template(i) => Record::Template(plan.templates[i].clone()),
        Place::Member(t, i) => Record::Member {
            trip: plan.trips[t].id.clone(),
            member: plan.trips[t].members[i].clone(),
        },
        Place::Item(t, i) => Record::Item {
            trip: plan.trips[t].id.clone(),
            item: plan.trips[t].checklist[i].clone(),
        },
    }
}

/// The record's own fields, as its JSON object.
pub fn fields(record: &Record) -> Map<String, Value> {
    let value = match record {
        Record::Horizon(r) => serde_json::to_value(r),
        Record::Objective(r) => serde_json::to_value(r),
        Record::Action(r) => serde_json::to_value(r),
        Record::Delegation(r) => serde_json::to_value(r),
        Record::Trip(r) => serde_json::to_value(r),
        Record::Template(r) => serde_json::to_value(r),
        Record::Member { member, .. } => serde_json::to_value(member),
        Record::Item { item, .. } => serde_json::to_value(item),
    };
    match value {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// A record of the same kind (and trip) as `like`, with these fields.
pub fn with_fields(like: &Record, map: Map<String, Value>) -> Result<Record, serde_json::Error> {
    let v = Value::Object(map);
    Ok(match like {
        Record::Horizon(_) => Record::Horizon(serde_json::from_value(v)?),
        Record::Objective(_) => Record::Objective(serde_json::from_value(v)?),
        Record::Action(_) => Record::Action(serde_json::from_value(v)?),
        Record::Delegation(_) => Record::Delegation(serde_json::from_value(v)?),
        Record::Trip(_) => Record::Trip(serde_json::from_value(v)?),
        Record::Template(_) => Record::Template(serde_json::from_value(v)?),
        Record::Member { trip, .. } => Record::Member {
            trip: trip.clone(),
            member: serde_json::from_value(v)?,
        },
        Record::Item { trip, .. } => Record::Item {
            trip: trip.clone(),
            item: serde_json::from_value(v)?,
        },
    })
}

/// What the record in `plan` becomes when the fields that differ between `before` and
/// `after` take `after`'s value where they still hold `before`'s. Returns the new record, the
/// record as it was, and the fields left alone (in `kept`).
pub fn edited(
    plan: &Plan,
    before: &Record,
    after: &Record,
    kept: &mut Vec<Kept>,
) -> Result<Option<(Record, Record)>, OpError> {
    let id = after.id();
    let place = locate(plan, id).ok_or_else(|| OpError::NotFound(id.to_owned()))?;
    let current = record_at(plan, place);
    if std::mem::discriminant(&current) != std::mem::discriminant(after)
        || parent(&current) != parent(after)
    {
        return Err(OpError::WrongKind {
            id: id.to_owned(),
            expected: "of the kind being written",
        });
    }
    let (c, b, a) = (fields(&current), fields(before), fields(after));
    let mut out = c.clone();
    let mut changed = false;
    let keys: std::collections::BTreeSet<&String> = b.keys().chain(a.keys()).collect();
    for key in keys {
        let (bv, av, cv) = (b.get(key), a.get(key), c.get(key));
        if bv == av || cv == av {
            continue;
        }
        if cv == bv {
            match av {
                Some(v) => out.insert(key.clone(), v.clone()),
                None => out.remove(key),
            };
            changed = true;
        } else {
            kept.push(Kept {
                id: id.to_owned(),
                field: key.clone(),
                kept: cv.cloned(),
                mine: av.cloned(),
            });
        }
    }
    if !changed {
        return Ok(None);
    }
    let new = with_fields(&current, out).map_err(|_| OpError::WrongKind {
        id: id.to_owned(),
        expected: "a record with these fields",
    })?;
    Ok(Some((new, current)))
}

fn parent(record: &Record) -> Option<&str> {
    match record {
        Record::Member { trip, .. } | Record::Item { trip, .. } => Some(trip),
        _ => None,
    }
}
