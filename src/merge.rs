//! Three versions of the plan made one, by record ID and by field.
//!
//! *Base* is the version both sides started from (what this instance last read or wrote),
//! *ours* is base with our changes, *theirs* is what another instance, a colleague or a hand
//! edit saved meanwhile. Pure: no files, no clock. Every save that finds the file changed
//! goes through [`merge3`], and so does the git merge driver.
//!
//! The rules, each with a test in `tests/merge_rules.rs`:
//! - a field changed on one side only takes that side; sets (co-owners, themes, a trip's
//!   objectives) merge as sets, check-ins as a set by ID (`checkins.rs`), notes and a trip's
//!   purpose line by line; a field changed
//!   differently on both sides keeps theirs and sets ours aside as a [`Conflict`];
//! - a record deleted on one side and changed on the other is kept, and reported;
//! - the order of each list is theirs, with our additions and moves placed after their
//!   predecessor in our order;
//! - two different records created with the same ID: theirs keeps it, ours gets a fresh one;
//! - a record still referred to is brought back if a side deleted it, and reported;
//! - a record whose merged fields do not hold together is theirs, whole, and reported.

mod checkins;
mod collision;
mod conflict;
mod lines;
mod list;
mod order;
mod rebase;
mod record;
mod repair;

pub use conflict::{Conflict, ConflictKind, shown};
pub use rebase::{kept_conflict, rebase};
pub use record::{Keyed, object};

use crate::domain::{Plan, SCHEMA_VERSION, Trip};
use record::Ctx;

/// The merged plan and what the merge reports.
#[derive(Debug, Clone)]
pub struct Merged {
    pub plan: Plan,
    pub conflicts: Vec<Conflict>,
}

/// Merges `ours` and `theirs`, both changed from `base`. The result must still be validated
/// before it is written: the merge repairs references, but cannot vouch for a plan whose
/// inputs were not valid.
pub fn merge3(base: &Plan, ours: &Plan, theirs: &Plan) -> Merged {
    let mut ctx = Ctx::default();
    if ours == base {
        return Merged {
            plan: theirs.clone(),
            conflicts: Vec::new(),
        };
    }
    if theirs == base || theirs == ours {
        return Merged {
            plan: ours.clone(),
            conflicts: Vec::new(),
        };
    }
    let renamed = collision::rename(base, ours, theirs, &mut ctx);
    let ours = renamed.as_ref().unwrap_or(ours);
    let mut plan = Plan {
        schema_version: SCHEMA_VERSION,
        title: scalar(&base.title, &ours.title, &theirs.title, "title", &mut ctx),
        mandate_start: scalar(
            &base.mandate_start,
            &ours.mandate_start,
            &theirs.mandate_start,
            "mandate_start",
            &mut ctx,
        ),
        checkin_weeks: scalar(
            &base.checkin_weeks,
            &ours.checkin_weeks,
            &theirs.checkin_weeks,
            "checkin_weeks",
            &mut ctx,
        ),
        horizons: list::merge(
            &base.horizons,
            &ours.horizons,
            &theirs.horizons,
            &mut ctx,
            list::fields,
        ),
        objectives: list::merge(
            &base.objectives,
            &ours.objectives,
            &theirs.objectives,
            &mut ctx,
            list::fields,
        ),
        actions: list::merge(
            &base.actions,
            &ours.actions,
            &theirs.actions,
            &mut ctx,
            list::fields,
        ),
        delegations: list::merge(
            &base.delegations,
            &ours.delegations,
            &theirs.delegations,
            &mut ctx,
            list::fields,
        ),
        trips: list::merge(&base.trips, &ours.trips, &theirs.trips, &mut ctx, trip),
        templates: list::merge(
            &base.templates,
            &ours.templates,
            &theirs.templates,
            &mut ctx,
            list::fields,
        ),
    };
    repair::references(&mut plan, [theirs, ours, base], &mut ctx);
    Merged {
        plan,
        conflicts: ctx.conflicts,
    }
}

/// A trip changed on both sides: its members and checklist merge as lists of their own.
fn trip(base: &Trip, ours: &Trip, theirs: &Trip, ctx: &mut Ctx) -> Trip {
    ctx.parent = Some(theirs.id.clone());
    let members = list::merge(
        &base.members,
        &ours.members,
        &theirs.members,
        ctx,
        list::fields,
    );
    let checklist = list::merge(
        &base.checklist,
        &ours.checklist,
        &theirs.checklist,
        ctx,
        list::fields,
    );
    ctx.parent = None;
    let mut trip = record::merge(base, ours, theirs, ctx, &["members", "checklist"]);
    trip.members = members;
    trip.checklist = checklist;
    trip
}

/// One of the plan's own values (its title, the mandate's start).
fn scalar<T: Clone + PartialEq + serde::Serialize>(
    base: &T,
    ours: &T,
    theirs: &T,
    field: &str,
    ctx: &mut Ctx,
) -> T {
    if ours == base || ours == theirs {
        return theirs.clone();
    }
    if theirs == base {
        return ours.clone();
    }
    let value = |v: &T| serde_json::to_value(v).ok();
    ctx.conflicts.push(Conflict {
        kind: ConflictKind::Field,
        record_kind: "plan".to_owned(),
        id: String::new(),
        title: String::new(),
        parent: None,
        field: Some(field.to_owned()),
        base: value(base),
        kept: value(theirs),
        mine: value(ours),
        by: None,
    });
    theirs.clone()
}
