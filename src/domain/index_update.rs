//! Ticking one action or one checklist item changes a few counters and one agenda entry, not
//! the shape of the plan: the index is updated in place instead of rebuilt, so the tick is
//! drawn at once even on a plan of 100,000 actions.

use chrono::NaiveDate;

use super::agenda::{DueEntry, DueRef};
use super::carry::{State, contributors};
use super::index::{PlanIndex, Progress};
use super::model::Plan;
use super::ops::Place;
use super::schedule::{bucket, item_due};

/// What one action or item adds to the counters and the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    state: State,
    entry: Option<DueEntry>,
}

impl Progress {
    fn recount(&mut self, before: Share, after: Share) {
        let (b, a) = (before.state, after.state);
        self.done = self.done - usize::from(b.done) + usize::from(a.done);
        self.late = self.late - usize::from(b.late) + usize::from(a.late);
        self.closed = self.closed - usize::from(b.closed) + usize::from(a.closed);
    }
}

impl PlanIndex {
    /// What the action or item at `place` adds now; `None` for other records.
    pub fn share(plan: &Plan, place: Place, today: NaiveDate) -> Option<Share> {
        match place {
            Place::Action(a) => {
                let action = &plan.actions[a];
                let state = State::of_action(action, today);
                let entry = action.due.filter(|_| state.is_open()).map(|day| DueEntry {
                    day,
                    bucket: bucket(day, today),
                    what: DueRef::Action(a),
                });
                Some(Share { state, entry })
            }
            Place::Item(t, i) => {
                let trip = &plan.trips[t];
                let item = &trip.checklist[i];
                let state = State::of_item(trip, item, today);
                let entry = item_due(trip, item)
                    .filter(|_| state.is_open())
                    .map(|day| DueEntry {
                        day,
                        bucket: bucket(day, today),
                        what: DueRef::Item { trip: t, item: i },
                    });
                Some(Share { state, entry })
            }
            _ => None,
        }
    }

    /// Brings the health up to date after a check-in was added to or deleted from the action
    /// or objective at `place`: nothing else depends on check-ins.
    pub fn checked_in(&mut self, plan: &Plan, place: Place) {
        match place {
            Place::Action(a) => {
                let o = self.objective_pos.get(&plan.actions[a].objective).copied();
                self.health.action_changed(plan, a, o);
            }
            Place::Objective(o) => self.health.objective_changed(plan, o),
            _ => {}
        }
    }

    /// Brings the index up to date after the action or item at `place` changed state only
    /// (it was `before`). For an index built without a filter.
    pub fn state_changed(&mut self, plan: &Plan, place: Place, before: Share, today: NaiveDate) {
        let Some(after) = Self::share(plan, place, today) else {
            return;
        };
        match place {
            Place::Action(a) => {
                let action = &plan.actions[a];
                let objective = self.objective_pos.get(&action.objective).copied();
                let horizon = objective
                    .and_then(|o| self.horizon_pos.get(&plan.objectives[o].horizon).copied());
                if let Some(o) = objective {
                    self.objective_progress[o].recount(before, after);
                }
                if let Some(h) = horizon {
                    self.horizon_progress[h].recount(before, after);
                }
                if let Some(&d) = self.delegation_pos.get(&action.owner) {
                    self.carry[d].owns.recount(before, after);
                    if let Some(h) = horizon {
                        self.delegation_by_horizon[d][h].recount(before, after);
                    }
                }
                for c in contributors(action) {
                    if let Some(&d) = self.delegation_pos.get(c) {
                        self.carry[d].contributes.recount(before, after);
                    }
                }
                self.health.action_changed(plan, a, objective);
            }
            Place::Item(t, i) => {
                // A trip's own checklist counts what is ticked, whatever became of the trip.
                let unclosed = |s: Share| Share {
                    state: State {
                        closed: false,
                        ..s.state
                    },
                    ..s
                };
                self.trip_checklist[t].recount(unclosed(before), unclosed(after));
                let owner = plan.trips[t].checklist[i].owner.as_ref();
                if let Some(&d) = owner.and_then(|o| self.delegation_pos.get(o)) {
                    self.carry[d].items.recount(before, after);
                }
            }
            _ => return,
        }
        let agenda = &mut self.review.agenda;
        let key = |e: &DueEntry| (e.day, e.what);
        if let Some(old) = before.entry
            && let Ok(at) = agenda.binary_search_by_key(&key(&old), key)
        {
            agenda.remove(at);
        }
        if let Some(new) = after.entry {
            let at = agenda
                .binary_search_by_key(&key(&new), key)
                .unwrap_or_else(|at| at);
            agenda.insert(at, new);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{Op, PlanIndex, Status, apply, locate};

    #[test]
    fn an_index_updated_in_place_equals_one_built_anew() {
        let mut plan = crate::generate::plan(300, 5);
        let today = chrono::NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date");
        let mut index = PlanIndex::build(&plan, today);
        let done = Status::Done { on: today };
        let mut ops = Vec::new();
        for a in (0..plan.actions.len()).step_by(7) {
            let status = if plan.actions[a].status.is_done() {
                Status::Todo
            } else {
                done
            };
            ops.push(Op::SetActionStatus {
                id: plan.actions[a].id.clone(),
                status,
            });
        }
        for trip in plan.trips.iter().step_by(3) {
            for item in trip.checklist.iter().step_by(2) {
                let done_on = if item.done_on.is_some() {
                    None
                } else {
                    Some(today)
                };
                ops.push(Op::SetItemDone {
                    id: item.id.clone(),
                    done_on,
                });
            }
        }
        for op in ops {
            let (Op::SetActionStatus { id, .. } | Op::SetItemDone { id, .. }) = &op else {
                unreachable!()
            };
            let place = locate(&plan, id).expect("a record");
            let before = PlanIndex::share(&plan, place, today).expect("an action or item");
            apply(&mut plan, &op).expect("applies");
            index.state_changed(&plan, place, before, today);
            assert_eq!(index, PlanIndex::build(&plan, today), "after {op:?}");
        }
    }
}
