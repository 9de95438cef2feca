//! Everything open that has a due date — actions and trips' checklist items — sorted and
//! grouped the way the weekly review reads it. One query feeds the Échéances screen, the
//! delegations' load and `jalons agenda`, so they always agree.

use chrono::NaiveDate;

use super::model::Plan;
use super::schedule::{Bucket, bucket, item_due};

/// A record that falls due: an action, or a checklist item of a trip (by positions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DueRef {
    Action(usize),
    Item { trip: usize, item: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueEntry {
    pub day: NaiveDate,
    pub bucket: Bucket,
    pub what: DueRef,
}

impl DueRef {
    /// The ID of the owner delegation, if any.
    pub fn owner(self, plan: &Plan) -> Option<&str> {
        match self {
            Self::Action(a) => Some(plan.actions[a].owner.as_str()),
            Self::Item { trip, item } => plan.trips[trip].checklist[item].owner.as_deref(),
        }
    }

    pub fn id(self, plan: &Plan) -> &str {
        match self {
            Self::Action(a) => &plan.actions[a].id,
            Self::Item { trip, item } => &plan.trips[trip].checklist[item].id,
        }
    }

    pub fn title(self, plan: &Plan) -> &str {
        match self {
            Self::Action(a) => &plan.actions[a].title,
            Self::Item { trip, item } => &plan.trips[trip].checklist[item].label,
        }
    }
}

/// Open actions and open checklist items of trips still to make, with a due date, earliest
/// first (ties in plan order, actions before items).
pub fn agenda(plan: &Plan, today: NaiveDate) -> Vec<DueEntry> {
    let mut entries = Vec::new();
    for (a, action) in plan.actions.iter().enumerate() {
        if let (Some(day), true) = (action.due, action.status.is_open()) {
            entries.push(DueEntry {
                day,
                bucket: bucket(day, today),
                what: DueRef::Action(a),
            });
        }
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        if trip.status.is_closed() {
            continue;
        }
        for (i, item) in trip.checklist.iter().enumerate() {
            if item.done_on.is_some() {
                continue;
            }
            if let Some(day) = item_due(trip, item) {
                entries.push(DueEntry {
                    day,
                    bucket: bucket(day, today),
                    what: DueRef::Item { trip: t, item: i },
                });
            }
        }
    }
    // Entries were pushed in `DueRef` order: a stable sort on the day alone keeps it for ties.
    entries.sort_by_key(|e| e.day);
    entries
}
