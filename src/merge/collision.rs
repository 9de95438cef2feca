//! Two different records created with the same ID on both sides: theirs keeps the ID, ours
//! gets a fresh one (`<id>-2`, `-3`…), and what of ours refers to it follows.

use rustc_hash::FxHashSet;
use serde_json::Value;

use super::conflict::{Conflict, ConflictKind};
use super::record::{Ctx, object};
use crate::domain::{Place, Plan, locate};

/// Ours with every colliding ID renamed, or `None` when nothing collides.
pub fn rename(base: &Plan, ours: &Plan, theirs: &Plan, ctx: &mut Ctx) -> Option<Plan> {
    let in_base: FxHashSet<&str> = ids(base).map(|(id, _)| id).collect();
    let added: Vec<(&str, Option<&str>)> =
        ids(ours).filter(|(id, _)| !in_base.contains(id)).collect();
    let mut clashing: Vec<&str> = Vec::new();
    // Trips first: a member or item of a renamed trip is not the same record as theirs.
    for nested in [false, true] {
        for &(id, parent) in added.iter().filter(|(_, p)| p.is_some() == nested) {
            let Some(theirs_record) = described(theirs, id) else {
                continue;
            };
            let renamed_parent = parent.is_some_and(|p| clashing.contains(&p));
            if renamed_parent || described(ours, id) != Some(theirs_record) {
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
        });
    }
    Some(plan)
}

/// Every ID of the plan, with the trip it belongs to for members and checklist items.
fn ids(plan: &Plan) -> impl Iterator<Item = (&str, Option<&str>)> {
    let top = plan
        .horizons
        .iter()
        .map(|r| r.id.as_str())
        .chain(plan.objectives.iter().map(|r| r.id.as_str()))
        .chain(plan.actions.iter().map(|r| r.id.as_str()))
        .chain(plan.delegations.iter().map(|r| r.id.as_str()))
        .chain(plan.trips.iter().map(|r| r.id.as_str()))
        .chain(plan.templates.iter().map(|r| r.id.as_str()))
        .map(|id| (id, None));
    let nested = plan.trips.iter().flat_map(|t| {
        let parent = Some(t.id.as_str());
        t.members
            .iter()
            .map(move |m| (m.id.as_str(), parent))
            .chain(t.checklist.iter().map(move |i| (i.id.as_str(), parent)))
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
