//! Checks shared by the operation tests: an operation undone by its inverse, an operation
//! that fails without changing anything, and small records to put.

#![allow(dead_code)] // each test crate uses its own part of it

use jalons::builtin;
use jalons::domain::{Delegation, DelegationKind, Horizon, Op, OpError, Plan, apply};
use pretty_assertions::assert_eq;

pub fn roadmap() -> Plan {
    builtin::roadmap()
}

pub fn horizon(id: &str) -> Horizon {
    Horizon {
        source: None,
        id: id.to_owned(),
        label: format!("Horizon {id}"),
        start: None,
        deadline: None,
        notes: String::new(),
    }
}

pub fn delegation(id: &str) -> Delegation {
    Delegation {
        source: None,
        id: id.to_owned(),
        name: format!("Délégation {id}"),
        holder: String::new(),
        role: String::new(),
        kind: DelegationKind::Service,
    }
}

/// Applies `op`, then its inverse, and checks the plan is back exactly; returns the plan as
/// `op` left it, for the caller to inspect.
pub fn apply_and_undo(plan: &Plan, op: &Op) -> Plan {
    let mut changed = plan.clone();
    let inverse = apply(&mut changed, op).expect("the operation applies");
    assert_ne!(&changed, plan, "{op:?} changed nothing");
    let after = changed.clone();
    apply(&mut changed, &inverse).expect("the inverse applies");
    assert_eq!(
        &changed, plan,
        "the inverse of {op:?} does not restore the plan"
    );
    after
}

/// Applies an operation that must fail, and checks the plan is unchanged.
pub fn apply_err(plan: &Plan, op: &Op) -> OpError {
    let mut copy = plan.clone();
    let err = apply(&mut copy, op).expect_err("the operation must fail");
    assert_eq!(&copy, plan, "a failed {op:?} changed the plan");
    err
}
