//! When the base is gone — the version we last read or wrote was rewritten in place by
//! another program — there is nothing to merge three ways from. Our changes are made again,
//! in order, on their version: operations are target values, and an edit changes only the
//! fields that still hold what it started from, the others being reported as conflicts, as
//! the merge would. An edit of a record they deleted brings it back with our changes (the
//! merge's rule too).

use super::{Conflict, ConflictKind, Merged};
use crate::domain::{Kept, Op, Place, Plan, apply, apply_noting, locate};

pub fn rebase(theirs: Plan, pending: &[Op]) -> Merged {
    let mut plan = theirs;
    let mut kept = Vec::new();
    for op in pending {
        if apply_noting(&mut plan, op, &mut kept).is_err()
            && let Op::Edit { after, .. } = op
        {
            let _ = apply(
                &mut plan,
                &Op::Put {
                    record: after.clone(),
                    at: None,
                },
            );
        }
    }
    let conflicts = kept.into_iter().map(|k| kept_conflict(&plan, k)).collect();
    Merged { plan, conflicts }
}

/// A field an edit left alone (changed meanwhile), as a conflict the adviser can review.
pub fn kept_conflict(plan: &Plan, kept: Kept) -> Conflict {
    let (kind, title, parent): (&str, &str, Option<&str>) = match locate(plan, &kept.id) {
        Some(Place::Horizon(i)) => ("horizon", &plan.horizons[i].label, None),
        Some(Place::Objective(i)) => ("objective", &plan.objectives[i].title, None),
        Some(Place::Action(i)) => ("action", &plan.actions[i].title, None),
        Some(Place::Delegation(i)) => ("delegation", &plan.delegations[i].name, None),
        Some(Place::Trip(i)) => ("trip", &plan.trips[i].destination, None),
        Some(Place::Template(i)) => ("template", &plan.templates[i].name, None),
        Some(Place::Member(t, i)) => (
            "member",
            &plan.trips[t].members[i].name,
            Some(&plan.trips[t].id),
        ),
        Some(Place::Item(t, i)) => (
            "item",
            &plan.trips[t].checklist[i].label,
            Some(&plan.trips[t].id),
        ),
        None => ("record", "", None),
    };
    Conflict {
        kind: ConflictKind::Field,
        record_kind: kind.to_owned(),
        id: kept.id,
        title: title.to_owned(),
        parent: parent.map(str::to_owned),
        field: Some(kept.field),
        base: None,
        kept: kept.kept,
        mine: kept.mine,
        by: None,
    }
}
