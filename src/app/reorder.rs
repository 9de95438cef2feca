//! `J` / `K`: moving a record past its neighbour in the list on screen. The operation names a
//! position in the plan's own list, which for a column of the roadmap is the neighbour's. The
//! selection goes with the record, as after any change (`follow.rs`).

use super::model::Model;
use crate::domain::{Place, locate};

/// The position (in the record's own list in the plan) of the neighbour it swaps with.
pub fn neighbour(model: &Model, id: &str, up: bool) -> Option<usize> {
    let (plan, index) = (&model.plan, &model.index);
    let step = |list: &[usize], at: usize| -> Option<usize> {
        let row = list.iter().position(|&x| x == at)?;
        let other = if up { row.checked_sub(1)? } else { row + 1 };
        list.get(other).copied()
    };
    match locate(plan, id)? {
        Place::Horizon(i) => {
            let all: Vec<usize> = (0..plan.horizons.len()).collect();
            step(&all, i)
        }
        Place::Objective(i) => {
            let h = index.horizon_pos.get(&plan.objectives[i].horizon)?;
            step(&index.objectives_of[*h], i)
        }
        Place::Action(i) => {
            let o = index.objective_pos.get(&plan.actions[i].objective)?;
            step(&index.actions_of[*o], i)
        }
        Place::Delegation(i) => {
            let all: Vec<usize> = (0..plan.delegations.len()).collect();
            step(&all, i)
        }
        Place::Item(t, i) => {
            let all: Vec<usize> = (0..plan.trips[t].checklist.len()).collect();
            step(&all, i)
        }
        // Trips are shown by date and members by category: their order is not the adviser's.
        Place::Trip(_) | Place::Member(..) | Place::Template(_) => None,
    }
}
