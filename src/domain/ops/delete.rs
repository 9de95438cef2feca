//! Deleting a record with what belongs to it, and moving one within its list: each returns
//! the operation that undoes it.

use super::super::model::Plan;
use super::{Op, OpError, Place, Record, locate};

/// The operation that puts `record` back where it stood.
fn restore(record: Record, at: usize) -> Op {
    Op::Put {
        record,
        at: Some(at),
    }
}

pub(super) fn delete(plan: &mut Plan, id: &str) -> Result<Op, OpError> {
    let place = locate(plan, id).ok_or_else(|| OpError::NotFound(id.to_owned()))?;
    let mut undo = Vec::new();
    match place {
        Place::Horizon(i) => {
            // Children go first so that the undo, played in reverse, restores parents first.
            let children: Vec<String> = plan
                .objectives
                .iter()
                .filter(|o| o.horizon == id)
                .map(|o| o.id.clone())
                .collect();
            for child in children.iter().rev() {
                undo.push(delete(plan, child)?);
            }
            undo.push(restore(Record::Horizon(plan.horizons.remove(i)), i));
        }
        Place::Objective(i) => {
            for trip in &mut plan.trips {
                if trip.objectives.iter().any(|o| o == id) {
                    let old = trip.clone();
                    trip.objectives.retain(|o| o != id);
                    undo.push(Op::Edit {
                        before: Record::Trip(trip.clone()),
                        after: Record::Trip(old),
                    });
                }
            }
            let mut a = plan.actions.len();
            while a > 0 {
                a -= 1;
                if plan.actions[a].objective == id {
                    undo.push(restore(Record::Action(plan.actions.remove(a)), a));
                }
            }
            undo.push(restore(Record::Objective(plan.objectives.remove(i)), i));
        }
        Place::Action(i) => {
            undo.push(restore(Record::Action(plan.actions.remove(i)), i));
        }
        Place::Delegation(i) => {
            let owns = plan
                .actions
                .iter()
                .any(|a| a.owner == id || a.co_owners.iter().any(|c| c == id))
                || plan
                    .trips
                    .iter()
                    .flat_map(|t| &t.checklist)
                    .any(|item| item.owner.as_deref() == Some(id));
            if owns {
                return Err(OpError::InUse(id.to_owned()));
            }
            undo.push(restore(Record::Delegation(plan.delegations.remove(i)), i));
        }
        Place::Trip(t) => {
            for action in plan
                .actions
                .iter_mut()
                .filter(|a| a.trip.as_deref() == Some(id))
            {
                let old = action.clone();
                action.trip = None;
                undo.push(Op::Edit {
                    before: Record::Action(action.clone()),
                    after: Record::Action(old),
                });
            }
            undo.push(restore(Record::Trip(plan.trips.remove(t)), t));
        }
        Place::Member(t, i) => {
            let member = plan.trips[t].members.remove(i);
            let trip = plan.trips[t].id.clone();
            undo.push(restore(Record::Member { trip, member }, i));
        }
        Place::Item(t, i) => {
            let item = plan.trips[t].checklist.remove(i);
            let trip = plan.trips[t].id.clone();
            undo.push(restore(Record::Item { trip, item }, i));
        }
        Place::Template(i) => {
            undo.push(restore(Record::Template(plan.templates.remove(i)), i));
        }
    }
    undo.reverse();
    Ok(if undo.len() == 1 {
        undo.pop().expect("one element")
    } else {
        Op::Batch(undo)
    })
}

fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) -> usize {
    let to = to.min(list.len() - 1);
    let item = list.remove(from);
    list.insert(to, item);
    from
}

pub(super) fn move_to(plan: &mut Plan, id: &str, to: usize) -> Result<Op, OpError> {
    let place = locate(plan, id).ok_or_else(|| OpError::NotFound(id.to_owned()))?;
    let from = match place {
        Place::Horizon(i) => move_within(&mut plan.horizons, i, to),
        Place::Objective(i) => move_within(&mut plan.objectives, i, to),
        Place::Action(i) => move_within(&mut plan.actions, i, to),
        Place::Delegation(i) => move_within(&mut plan.delegations, i, to),
        Place::Trip(i) => move_within(&mut plan.trips, i, to),
        Place::Member(t, i) => move_within(&mut plan.trips[t].members, i, to),
        Place::Item(t, i) => move_within(&mut plan.trips[t].checklist, i, to),
        Place::Template(i) => move_within(&mut plan.templates, i, to),
    };
    Ok(Op::Move {
        id: id.to_owned(),
        to: from,
    })
}
