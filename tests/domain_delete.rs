//! Deleting records (`Op::Delete`): what belongs to the record goes with it, references to it
//! are cleared, what still depends on it refuses, and the inverse restores the exact plan.

#[path = "support/undo.rs"]
mod undo;

use jalons::domain::{Op, OpError, validate};
use pretty_assertions::assert_eq;
use undo::{apply_and_undo, apply_err, delegation, roadmap};

#[test]
fn deleting_an_objective_removes_its_actions_and_trip_links_and_undoes_exactly() {
    let plan = roadmap();
    let id = "o-voyages-maire";
    let linked = plan
        .trips
        .iter()
        .filter(|t| t.objectives.iter().any(|o| o == id))
        .count();
    let owned = plan.actions.iter().filter(|a| a.objective == id).count();
    assert!(linked >= 2 && owned >= 2, "the example must exercise both");

    let after = apply_and_undo(&plan, &Op::Delete { id: id.to_owned() });
    assert!(after.objectives.iter().all(|o| o.id != id));
    assert!(after.actions.iter().all(|a| a.objective != id));
    assert_eq!(after.actions.len(), plan.actions.len() - owned);
    assert!(
        after
            .trips
            .iter()
            .all(|t| t.objectives.iter().all(|o| o != id))
    );
    assert_eq!(after.trips.len(), plan.trips.len(), "trips stay");
    assert_eq!(validate(&after), vec![], "nothing is left dangling");
}

#[test]
fn deleting_a_horizon_cascades_to_objectives_and_actions() {
    let plan = roadmap();
    let id = "h-100-jours";
    let objectives: Vec<String> = plan
        .objectives
        .iter()
        .filter(|o| o.horizon == id)
        .map(|o| o.id.clone())
        .collect();
    assert!(objectives.len() > 1);
    let after = apply_and_undo(&plan, &Op::Delete { id: id.to_owned() });
    assert!(after.horizons.iter().all(|h| h.id != id));
    assert!(after.objectives.iter().all(|o| o.horizon != id));
    assert!(
        after
            .actions
            .iter()
            .all(|a| !objectives.contains(&a.objective))
    );
    assert!(
        after
            .trips
            .iter()
            .flat_map(|t| &t.objectives)
            .all(|o| !objectives.contains(o))
    );
    assert_eq!(validate(&after), vec![]);
}

#[test]
fn deleting_a_delegation_that_still_owns_something_fails_in_use() {
    let plan = roadmap();
    // Owner of actions.
    let err = apply_err(
        &plan,
        &Op::Delete {
            id: "d-ri-francophonie".to_owned(),
        },
    );
    assert_eq!(err, OpError::InUse("d-ri-francophonie".to_owned()));

    // Only a co-owner, and only a checklist owner.
    let mut small = roadmap();
    small.delegations.push(delegation("d-co"));
    small.delegations.push(delegation("d-item"));
    small.actions[0].co_owners.push("d-co".to_owned());
    small.trips[0].checklist[0].owner = Some("d-item".to_owned());
    for id in ["d-co", "d-item"] {
        let err = apply_err(&small, &Op::Delete { id: id.to_owned() });
        assert_eq!(err, OpError::InUse(id.to_owned()));
    }

    // A delegation that owns nothing goes, and comes back where it stood.
    let mut free = roadmap();
    free.delegations.insert(1, delegation("d-free"));
    let after = apply_and_undo(
        &free,
        &Op::Delete {
            id: "d-free".to_owned(),
        },
    );
    assert_eq!(after.delegations, plan.delegations);
}

#[test]
fn deleting_a_trip_clears_the_actions_that_pointed_to_it() {
    let plan = roadmap();
    let id = "new-york";
    assert!(plan.actions.iter().any(|a| a.trip.as_deref() == Some(id)));
    let after = apply_and_undo(&plan, &Op::Delete { id: id.to_owned() });
    assert!(after.trips.iter().all(|t| t.id != id));
    assert!(after.actions.iter().all(|a| a.trip.as_deref() != Some(id)));
    assert_eq!(after.actions.len(), plan.actions.len(), "the actions stay");
    assert_eq!(validate(&after), vec![]);
}

#[test]
fn deleting_members_items_and_templates_undoes_in_place() {
    let plan = roadmap();
    let member = plan.trips[2].members[1].id.clone();
    let after = apply_and_undo(&plan, &Op::Delete { id: member });
    assert_eq!(
        after.trips[2].members.len(),
        plan.trips[2].members.len() - 1
    );
    let item = plan.trips[0].checklist[1].id.clone();
    let after = apply_and_undo(&plan, &Op::Delete { id: item });
    assert_eq!(after.trips[0].checklist[1], plan.trips[0].checklist[2]);
    let template = plan.templates[0].id.clone();
    let after = apply_and_undo(&plan, &Op::Delete { id: template });
    assert_eq!(after.templates.len(), plan.templates.len() - 1);
    let action = plan.actions[7].id.clone();
    let after = apply_and_undo(&plan, &Op::Delete { id: action });
    assert_eq!(after.actions[7], plan.actions[8]);
}
