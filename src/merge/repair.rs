//! After a merge, every reference must lead somewhere: a record one side deleted while the
//! other still refers to it (an action added under an objective deleted meanwhile) is brought
//! back, newest version first (theirs, ours, base), with its own parents, and reported.

use rustc_hash::FxHashSet;

use super::conflict::ConflictKind;
use super::record::{Ctx, Keyed, Values};
use crate::domain::Plan;

/// Brings back what the merged `plan` refers to but lacks, from `sources` in order.
pub fn references(plan: &mut Plan, sources: [&Plan; 3], ctx: &mut Ctx) {
    // Each round brings back at least one record or stops: a record brought back may refer
    // to another one that is missing (an objective's horizon).
    loop {
        let missing = missing(plan);
        if missing.is_empty() {
            return;
        }
        let mut found = false;
        for (kind, id) in missing {
            // The ID may have been given to a record of another kind meanwhile: the record
            // brought back then takes a fresh one, and what refers to it follows.
            let fresh = free_id(plan, sources, &id);
            let (id, fresh) = (id.as_str(), fresh.as_str());
            let back = match kind {
                Kind::Horizon => {
                    let from = sources.map(|p| &p.horizons[..]);
                    bring_back(&mut plan.horizons, from, id, fresh, ctx)
                }
                Kind::Objective => {
                    let from = sources.map(|p| &p.objectives[..]);
                    bring_back(&mut plan.objectives, from, id, fresh, ctx)
                }
                Kind::Delegation => {
                    let from = sources.map(|p| &p.delegations[..]);
                    bring_back(&mut plan.delegations, from, id, fresh, ctx)
                }
                Kind::Trip => {
                    let from = sources.map(|p| &p.trips[..]);
                    bring_back(&mut plan.trips, from, id, fresh, ctx)
                }
            };
            if back && fresh != id {
                follow(plan, kind, id, fresh);
            }
            if back && kind == Kind::Trip {
                unclash_nested(plan, sources, fresh);
            }
            found |= back;
        }
        if !found {
            // Nowhere to be found: validation will refuse the plan, and nothing is written.
            return;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Horizon,
    Objective,
    Delegation,
    Trip,
}

/// Every reference of the plan that leads nowhere, once each.
fn missing(plan: &Plan) -> Vec<(Kind, String)> {
    let horizons: FxHashSet<&str> = plan.horizons.iter().map(|r| r.id.as_str()).collect();
    let objectives: FxHashSet<&str> = plan.objectives.iter().map(|r| r.id.as_str()).collect();
    let delegations: FxHashSet<&str> = plan.delegations.iter().map(|r| r.id.as_str()).collect();
    let trips: FxHashSet<&str> = plan.trips.iter().map(|r| r.id.as_str()).collect();
    let mut out: Vec<(Kind, String)> = Vec::new();
    let mut need = |kind: Kind, id: &str, present: &FxHashSet<&str>| {
        if !present.contains(id) && !out.iter().any(|(k, i)| *k == kind && i == id) {
            out.push((kind, id.to_owned()));
        }
    };
    for o in &plan.objectives {
        need(Kind::Horizon, &o.horizon, &horizons);
    }
    for a in &plan.actions {
        need(Kind::Objective, &a.objective, &objectives);
        need(Kind::Delegation, &a.owner, &delegations);
        for co in &a.co_owners {
            need(Kind::Delegation, co, &delegations);
        }
        if let Some(trip) = &a.trip {
            need(Kind::Trip, trip, &trips);
        }
    }
    for t in &plan.trips {
        for o in &t.objectives {
            need(Kind::Objective, o, &objectives);
        }
        for owner in t.checklist.iter().filter_map(|i| i.owner.as_deref()) {
            need(Kind::Delegation, owner, &delegations);
        }
    }
    out
}

/// `id` if no record of the plan holds it, else `<id>-2`, `-3`… free in the plan and sources.
fn free_id(plan: &Plan, sources: [&Plan; 3], id: &str) -> String {
    let used = |p: &Plan, id: &str| crate::domain::locate(p, id).is_some();
    if !used(plan, id) {
        return id.to_owned();
    }
    // Each plan holds finitely many IDs: among that many suffixes and one more, one is free.
    let bound = [plan, sources[0], sources[1], sources[2]]
        .iter()
        .map(|p| crate::merge::collision::count(p))
        .sum::<usize>()
        + 3;
    (2..bound)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !used(plan, c) && !sources.iter().any(|p| used(p, c)))
        .expect("a free suffix")
}

/// A trip brought back brings its members and items: one whose ID another record took
/// meanwhile gets a fresh one.
fn unclash_nested(plan: &mut Plan, sources: [&Plan; 3], trip: &str) {
    let Some(t) = plan.trips.iter().position(|t| t.id == trip) else {
        return;
    };
    let nested: Vec<String> = plan.trips[t]
        .members
        .iter()
        .map(|m| m.id.clone())
        .chain(plan.trips[t].checklist.iter().map(|i| i.id.clone()))
        .collect();
    for id in nested {
        let holders = crate::merge::collision::holders(plan, &id);
        if holders > 1 {
            let fresh = free_id(plan, sources, &id);
            let trip = &mut plan.trips[t];
            for m in trip.members.iter_mut().filter(|m| m.id == id) {
                m.id.clone_from(&fresh);
            }
            for i in trip.checklist.iter_mut().filter(|i| i.id == id) {
                i.id.clone_from(&fresh);
            }
        }
    }
}

/// References of `kind` to `from` now lead to `to`.
fn follow(plan: &mut Plan, kind: Kind, from: &str, to: &str) {
    let swap = |s: &mut String| {
        if s == from {
            to.clone_into(s);
        }
    };
    match kind {
        Kind::Horizon => plan
            .objectives
            .iter_mut()
            .for_each(|o| swap(&mut o.horizon)),
        Kind::Objective => {
            plan.actions.iter_mut().for_each(|a| swap(&mut a.objective));
            plan.trips
                .iter_mut()
                .for_each(|t| t.objectives.iter_mut().for_each(swap));
        }
        Kind::Delegation => {
            for a in &mut plan.actions {
                swap(&mut a.owner);
                a.co_owners.iter_mut().for_each(swap);
            }
            for item in plan.trips.iter_mut().flat_map(|t| &mut t.checklist) {
                item.owner.iter_mut().for_each(swap);
            }
        }
        Kind::Trip => plan
            .actions
            .iter_mut()
            .for_each(|a| a.trip.iter_mut().for_each(swap)),
    }
}

/// Puts the first version of `id` found in `sources` back into `list` under `fresh` (its own
/// ID when free), after the record that precedes it there. Returns whether one was found.
fn bring_back<T: Keyed>(
    list: &mut Vec<T>,
    sources: [&[T]; 3],
    id: &str,
    fresh: &str,
    ctx: &mut Ctx,
) -> bool {
    for source in sources {
        let Some(at) = source.iter().position(|r| r.id() == id) else {
            continue;
        };
        let mut record = source[at].clone();
        record.set_id(fresh.to_owned());
        let after = source[..at]
            .iter()
            .rev()
            .find_map(|p| list.iter().position(|r| r.id() == p.id()));
        let index = after.map_or(0, |i| i + 1);
        let mut values = Values::record(Some(&record), None);
        if fresh != id {
            // Its own ID went to another record meanwhile: say which one it had.
            values.field = Some("id".to_owned());
            values.base = Some(serde_json::Value::String(id.to_owned()));
        }
        ctx.report(ConflictKind::Resurrected, &record, values);
        list.insert(index, record);
        return true;
    }
    false
}
