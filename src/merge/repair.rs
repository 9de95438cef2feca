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
            found |= match kind {
                Kind::Horizon => bring_back(
                    &mut plan.horizons,
                    sources.map(|p| &p.horizons[..]),
                    &id,
                    ctx,
                ),
                Kind::Objective => bring_back(
                    &mut plan.objectives,
                    sources.map(|p| &p.objectives[..]),
                    &id,
                    ctx,
                ),
                Kind::Delegation => bring_back(
                    &mut plan.delegations,
                    sources.map(|p| &p.delegations[..]),
                    &id,
                    ctx,
                ),
                Kind::Trip => bring_back(&mut plan.trips, sources.map(|p| &p.trips[..]), &id, ctx),
            };
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

/// Puts the first version of `id` found in `sources` back into `list`, after the record that
/// precedes it there. Returns whether one was found.
fn bring_back<T: Keyed>(list: &mut Vec<T>, sources: [&[T]; 3], id: &str, ctx: &mut Ctx) -> bool {
    for source in sources {
        let Some(at) = source.iter().position(|r| r.id() == id) else {
            continue;
        };
        let record = source[at].clone();
        let after = source[..at]
            .iter()
            .rev()
            .find_map(|p| list.iter().position(|r| r.id() == p.id()));
        let index = after.map_or(0, |i| i + 1);
        ctx.report(
            ConflictKind::Resurrected,
            &record,
            Values::record(Some(&record), None),
        );
        list.insert(index, record);
        return true;
    }
    false
}
