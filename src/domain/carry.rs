//! What a delegation carries — the one definition every screen, list, filter and dialog uses.
//!
//! - An action is **owned** ("porte") by its owner delegation, and **contributed to**
//!   ("contribue à") by each of its co-owners that is not also its owner: one delegation
//!   answers for it, the others help.
//! - A checklist item is carried by its owner delegation. An item of a trip that is done or
//!   cancelled is neither open nor late, as in the agenda: it counts in the total (it still
//!   names the delegation) and, when ticked, as done.
//! - The owner filter (`o` on Échéances, `f`, `list --owner`, `agenda --owner`) keeps what the
//!   delegation **owns**: its actions and its checklist items, not the actions it contributes
//!   to, which the Délégations screen shows apart.

use chrono::NaiveDate;

use super::index::Progress;
use super::model::{Action, ChecklistItem, Trip};
use super::schedule::{is_late, item_due};

/// The part a delegation takes in an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Its owner: it answers for the action.
    Owns,
    /// One of its co-owners (and not its owner).
    Contributes,
}

/// The part `delegation` takes in `action`, if any.
pub fn part(action: &Action, delegation: &str) -> Option<Part> {
    if action.owner == delegation {
        Some(Part::Owns)
    } else if action.co_owners.iter().any(|c| c == delegation) {
        Some(Part::Contributes)
    } else {
        None
    }
}

/// Whether the owner filter for `delegation` keeps `action`: only the actions it owns.
pub fn owner_keeps(action: &Action, delegation: &str) -> bool {
    action.owner == delegation
}

/// The co-owners of an action that contribute to it: each once, never its owner.
pub fn contributors(action: &Action) -> impl Iterator<Item = &str> {
    action
        .co_owners
        .iter()
        .enumerate()
        .filter(move |&(i, c)| *c != action.owner && !action.co_owners[..i].contains(c))
        .map(|(_, c)| c.as_str())
}

/// Where an action or a checklist item stands for the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    pub done: bool,
    pub late: bool,
    /// Not done, but no longer to do: an item of a trip done or cancelled.
    pub closed: bool,
}

impl State {
    pub fn of_action(action: &Action, today: NaiveDate) -> Self {
        let done = action.status.is_done();
        Self {
            done,
            late: is_late(action.due, done, today),
            closed: false,
        }
    }

    /// An item of a trip done or cancelled is settled as the agenda settles it: not open, not
    /// late.
    pub fn of_item(trip: &Trip, item: &ChecklistItem, today: NaiveDate) -> Self {
        let done = item.done_on.is_some();
        let closed = !done && trip.status.is_closed();
        Self {
            done,
            late: !closed && is_late(item_due(trip, item), done, today),
            closed,
        }
    }

    /// Whether it is still to do (what the agenda lists, when it has a date).
    pub const fn is_open(self) -> bool {
        !self.done && !self.closed
    }
}

/// What one delegation carries, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Carry {
    /// The actions it owns.
    pub owns: Progress,
    /// The actions it contributes to as a co-owner.
    pub contributes: Progress,
    /// The checklist items it owns.
    pub items: Progress,
}

impl Carry {
    /// Late actions it owns and late items: what it answers for that is late.
    pub const fn late(self) -> usize {
        self.owns.late + self.items.late
    }

    /// Whether it carries anything at all, open or not (a delegation that does cannot be
    /// deleted without handing it over).
    pub const fn is_empty(self) -> bool {
        self.owns.total == 0 && self.contributes.total == 0 && self.items.total == 0
    }
}

#[cfg(test)]
mod tests {
    use super::{Part, State, contributors, owner_keeps, part};
    use crate::domain::{Action, Trip};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    fn action(owner: &str, co_owners: &[&str], due: &str, state: &str) -> Action {
        let status = if state == "done" {
            serde_json::json!({"state": "done", "on": "2014-07-01"})
        } else {
            serde_json::json!({ "state": state })
        };
        serde_json::from_value(serde_json::json!({
            "id": "a", "objective": "o", "title": "t", "owner": owner,
            "co_owners": co_owners, "due": due, "status": status,
        }))
        .expect("an action")
    }

    fn trip(status: &str, done: Option<&str>) -> Trip {
        serde_json::from_value(serde_json::json!({
            "id": "t", "destination": "Rome", "status": status, "start": "2014-09-20",
            "checklist": [{"id": "i", "label": "l", "owner": "d1",
                           "due": {"days_before": 30}, "done_on": done}],
        }))
        .expect("a trip")
    }

    #[test]
    fn the_owner_owns_and_the_co_owners_contribute() {
        let a = action("d1", &["d2", "d1", "d2", "d3"], "2014-07-14", "todo");
        assert_eq!(part(&a, "d1"), Some(Part::Owns));
        assert_eq!(part(&a, "d2"), Some(Part::Contributes));
        assert_eq!(part(&a, "d4"), None);
        // Once each, never the owner, even when the store lists it twice or among co-owners.
        assert_eq!(contributors(&a).collect::<Vec<_>>(), ["d2", "d3"]);
        // The owner filter keeps what a delegation owns, not what it contributes to.
        assert!(owner_keeps(&a, "d1"));
        assert!(!owner_keeps(&a, "d2"));
    }

    #[test]
    fn an_action_is_late_the_day_after_its_due_date_until_done() {
        let today = day("2014-07-15");
        let late = State::of_action(&action("d1", &[], "2014-07-14", "todo"), today);
        assert!(late.late && late.is_open());
        let done = State::of_action(&action("d1", &[], "2014-07-14", "done"), today);
        assert!(done.done && !done.late && !done.is_open());
        let today = day("2014-07-14");
        assert!(!State::of_action(&action("d1", &[], "2014-07-14", "todo"), today).late);
    }

    #[test]
    fn items_of_trips_made_or_cancelled_are_settled_as_in_the_agenda() {
        // Due on 21 August (J-30 before 20 September): late on 16 September.
        let today = day("2014-09-16");
        let open = State::of_item(
            &trip("preparing", None),
            &trip("preparing", None).checklist[0],
            today,
        );
        assert_eq!(
            (open.late, open.closed, open.is_open()),
            (true, false, true)
        );
        for status in ["done", "cancelled"] {
            let t = trip(status, None);
            let s = State::of_item(&t, &t.checklist[0], today);
            assert_eq!(
                (s.done, s.late, s.closed, s.is_open()),
                (false, false, true, false)
            );
            let t = trip(status, Some("2014-08-01"));
            let s = State::of_item(&t, &t.checklist[0], today);
            assert_eq!(
                (s.done, s.late, s.closed, s.is_open()),
                (true, false, false, false)
            );
        }
    }
}
