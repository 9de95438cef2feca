//! Two different records created with the same ID on both sides: theirs keeps the ID, ours
//! gets a fresh one (`<id>-2`, `-3`…), and what of ours refers to it follows.

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;

use super::conflict::{Conflict, ConflictKind};
use super::record::{Ctx, object};
use crate::domain::{Place, Plan, locate};

/// Ours with every colliding ID renamed, or `None` when nothing collides. An ID collides
/// when both sides hold a record under it that did not come from one base record: created on
/// both sides with different content, or one side re-using a deleted record's ID for a
/// record of another kind while the other side kept (and changed) the old one.
pub fn rename(base: &Plan, ours: &Plan, theirs: &Plan, ctx: &mut Ctx) -> Option<Plan> {
    let kinds = |plan| -> FxHashMap<&str, Tag> { ids(plan).collect() };
    let (in_base, in_theirs) = (kinds(base), kinds(theirs));
    let mut clashing: Vec<&str> = Vec::new();
    // Trips first: a member or item of a renamed trip is not the same record as theirs.
    let ours_ids: Vec<(&str, Tag)> = ids(ours).collect();
    for nested in [false, true] {
        for &(id, tag) in ours_ids.iter().filter(|(_, t)| t.1.is_some() == nested) {
            let Some(&their_tag) = in_theirs.get(id) else {
                continue;
            };
            let from_base = in_base.get(id) == Some(&tag);
            let clash = if tag.1.is_some_and(|p| clashing.contains(&p)) {
                true
            } else if their_tag != tag {
                // Theirs holds another kind of record there: ours clashes if it survives,
                // that is if it is new or changed, or (a member or item) its trip is kept
                // whole, changed here and deleted there.
                !from_base
                    || described(ours, id) != described(base, id)
                    || tag.1.is_some_and(|trip| {
                        in_theirs.get(trip) != Some(&("trip", None))
                            && described(ours, trip) != described(base, trip)
                    })
            } else {
                !from_base
                    && in_base.get(id) != Some(&their_tag)
                    && described(ours, id) != described(theirs, id)
            };
            if clash {
                clashing.push(id);
            }
        }
    }
    if clashing.is_empty() {
        return None;
    }
    let mut taken: FxHashSet<String> = ids(base)
        .chain(ids(ours))
        .chain(ids(theirs))
        .map(|(id, _)| id.to_owned())
        .collect();
    let mut plan = ours.clone();
    for id in clashing {
        // `taken` is finite: among its size + 1 suffixes one is free.
        let fresh = (2..taken.len() + 3)
            .map(|n| format!("{id}-{n}"))
            .find(|candidate| !taken.contains(candidate))
            .expect("an unused suffix exists");
        taken.insert(fresh.clone());
        let (kind, title, parent) = describe_for_report(&plan, id);
        rewrite(&mut plan, id, &fresh);
        ctx.conflicts.push(Conflict {
            kind: ConflictKind::IdCollision,
            record_kind: kind.to_owned(),
            id: fresh.clone(),
            title,
            parent,
            field: Some("id".to_owned()),
            base: None,
            kept: Some(Value::String(id.to_owned())),
            mine: Some(Value::String(fresh)),
            by: None,
        });
    }
    Some(plan)
}

/// How many records the plan holds.
pub fn count(plan: &Plan) -> usize {
    ids(plan).count()
}

/// How many records of the plan hold this ID.
pub fn holders(plan: &Plan, id: &str) -> usize {
    ids(plan).filter(|(i, _)| *i == id).count()
}

/// A record's kind, and the trip it belongs to for members and checklist items.
type Tag<'p> = (&'static str, Option<&'p str>);

/// Every ID of the plan, with its kind and trip.
fn ids(plan: &Plan) -> impl Iterator<Item = (&str, Tag<'_>)> {
    let top = plan
        .horizons
        .iter()
        .map(|r| (r.id.as_str(), "horizon"))
        .chain(plan.objectives.iter().map(|r| (r.id.as_str(), "objective")))
        .chain(plan.actions.iter().map(|r| (r.id.as_str(), "action")))
        .chain(
            plan.delegations
                .iter()
                .map(|r| (r.id.as_str(), "delegation")),
        )
        .chain(plan.trips.iter().map(|r| (r.id.as_str(), "trip")))
        .chain(plan.templates.iter().map(|r| (r.id.as_str(), "template")))
        .map(|(id, kind)| (id, (kind, None)));
    let nested = plan.trips.iter().flat_map(|t| {
        let parent = Some(t.id.as_str());
        t.members
            .iter()
            .map(move |m| (m.id.as_str(), ("member", parent)))
            .chain(
                t.checklist
                    .iter()
                    .map(move |i| (i.id.as_str(), ("item", parent))),
            )
    });
    top.chain(nested)
}

/// The record with that ID as its kind, its trip and its JSON object, to compare two sides.
fn described(plan: &Plan, id: &str) -> Option<(&'static str, Option<String>, Value)> {
    let place = locate(plan, id)?;
    let obj = |m| Value::Object(m);
    Some(match place {
        Place::Horizon(i) => ("horizon", None, obj(object(&plan.horizons[i]))),
        Place::Objective(i) => ("objective", None, obj(object(&plan.objectives[i]))),
        Place::Action(i) => ("action", None, obj(object(&plan.actions[i]))),
        Place::Delegation(i) => ("delegation", None, obj(object(&plan.delegations[i]))),
        Place::Trip(i) => ("trip", None, obj(object(&plan.trips[i]))),
        Place::Template(i) => ("template", None, obj(object(&plan.templates[i]))),
        Place::Member(t, i) => (
            "member",
            Some(plan.trips[t].id.clone()),
            obj(object(&plan.trips[t].members[i])),
        ),
        Place::Item(t, i) => (
            "item",
            Some(plan.trips[t].id.clone()),
            obj(object(&plan.trips[t].checklist[i])),
        ),
    })
}

fn describe_for_report(plan: &Plan, id: &str) -> (&'static str, String, Option<String>) {
    let Some(place) = locate(plan, id) else {
        return ("record", String::new(), None);
    };
    match place {
        Place::Horizon(i) => ("horizon", plan.horizons[i].label.clone(), None),
        Place::Objective(i) => ("objective", plan.objectives[i].title.clone(), None),
        Place::Action(i) => ("action", plan.actions[i].title.clone(), None),
        Place::Delegation(i) => ("delegation", plan.delegations[i].name.clone(), None),
        Place::Trip(i) => ("trip", plan.trips[i].destination.clone(), None),
        Place::Template(i) => ("template", plan.templates[i].name.clone(), None),
        Place::Member(t, i) => (
            "member",
            plan.trips[t].members[i].name.clone(),
            Some(plan.trips[t].id.clone()),
        ),
        Place::Item(t, i) => (
            "item",
            plan.trips[t].checklist[i].label.clone(),
            Some(plan.trips[t].id.clone()),
        ),
    }
}

/// Gives the record `from` the ID `to`, and makes every reference to it follow.
pub fn rewrite(plan: &mut Plan, from: &str, to: &str) {
    let swap = |s: &mut String| {
        if s == from {
            to.clone_into(s);
        }
    };
    for h in &mut plan.horizons {
        swap(&mut h.id);
    }
    for o in &mut plan.objectives {
        swap(&mut o.id);
        swap(&mut o.horizon);
    }
    for a in &mut plan.actions {
        swap(&mut a.id);
        swap(&mut a.objective);
        swap(&mut a.owner);
        a.co_owners.iter_mut().for_each(swap);
        a.trip.iter_mut().for_each(swap);
    }
    for d in &mut plan.delegations {
        swap(&mut d.id);
    }
    for t in &mut plan.trips {
        swap(&mut t.id);
        t.objectives.iter_mut().for_each(swap);
        t.members.iter_mut().for_each(|m| swap(&mut m.id));
        for item in &mut t.checklist {
            swap(&mut item.id);
            item.owner.iter_mut().for_each(swap);
        }
    }
    for t in &mut plan.templates {
        swap(&mut t.id);
    }
}
