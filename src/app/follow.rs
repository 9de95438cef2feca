//! The selection follows its record when the plan changes: after an edit, a move, a
//! reorder, an undo or redo, a merge with another instance's save, a reload. The selected
//! record of every list (and its neighbours) is noted by ID before the change and found
//! again after it, where the list put it now (trips re-sort by date, deadlines by due date),
//! or its nearest neighbour if it is gone.

use super::model::Model;
use super::nav::Anchor;
use super::near::Near;
use super::screen::{ReviewNav, TripRow, trip_rows};
use crate::domain::{DueRef, Plan, PlanIndex, item_due};

/// Every screen's selection, by ID.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchors {
    pub roadmap: Anchor,
    pub review: ReviewAnchor,
}

/// The review screens' selections, by ID: each list's row and the row inside its detail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewAnchor {
    delegation: Near,
    owned: Near,
    trip: Near,
    trip_row: Near,
    deadline: Near,
    /// Where the weekly review's records stood in the plan, in the order of `deadline`'s
    /// IDs: most changes leave them there, and then they are found on the review by their
    /// due day instead of by a search through it.
    deadline_refs: Vec<DueRef>,
}

impl Model {
    pub fn anchors(&self) -> Anchors {
        Anchors {
            roadmap: self.roadmap.anchor(&self.plan, &self.index),
            review: self.review.anchor(&self.plan, &self.index),
        }
    }

    /// Selects the anchored records again, in a plan and an index rebuilt since.
    pub fn restore(&mut self, anchors: &Anchors) {
        self.roadmap
            .restore(&anchors.roadmap, &self.plan, &self.index);
        self.review
            .restore(&anchors.review, &self.plan, &self.index);
    }
}

/// What a delegation's detail lists, in order.
fn owned(index: &PlanIndex, d: usize) -> Vec<DueRef> {
    index
        .review
        .owned
        .get(d)
        .map(|o| o.iter().collect())
        .unwrap_or_default()
}

/// The row selected in a trip's detail and its neighbours; a traveller's place, once the
/// last traveller is gone, goes to the empty "Composition" section that replaces it.
fn trip_row_near(plan: &Plan, item: usize, (t, rows): &(usize, Vec<TripRow>)) -> Near {
    let near = Near::around(item, rows.len(), |i| rows[i].id(plan, *t));
    match rows.get(item) {
        Some(TripRow::Member(_)) => near.then(TripRow::NoMembers.id(plan, *t)),
        _ => near,
    }
}

impl ReviewNav {
    pub fn anchor(&self, plan: &Plan, index: &PlanIndex) -> ReviewAnchor {
        let (d, trips) = (&self.delegations, &self.trips);
        let owned = owned(index, d.row);
        let by_date = &index.review.trips_by_date;
        let rows = self
            .trip(index)
            .map(|t| (t, trip_rows(plan, index, t)))
            .unwrap_or_default();
        let shown = &self.deadlines.shown;
        let agenda = &index.review.agenda;
        let deadline_rows = Near::rows(self.deadlines.row, shown.len());
        ReviewAnchor {
            delegation: Near::around(d.row, plan.delegations.len(), |i| {
                plan.delegations[i].id.as_str()
            }),
            owned: Near::around(d.item, owned.len(), |i| owned[i].id(plan)),
            trip: Near::around(trips.row, by_date.len(), |i| {
                plan.trips[by_date[i]].id.as_str()
            }),
            trip_row: trip_row_near(plan, trips.item, &rows),
            deadline: Near::around(self.deadlines.row, shown.len(), |i| {
                agenda[shown[i]].what.id(plan)
            }),
            deadline_refs: deadline_rows
                .into_iter()
                .map(|i| agenda[shown[i]].what)
                .collect(),
        }
    }

    /// Finds the anchored records again; where a list lost its record and every neighbour
    /// noted, its position is kept, within bounds. A list whose record changed (gone, its
    /// neighbour selected) starts its detail from the top.
    pub fn restore(&mut self, anchor: &ReviewAnchor, plan: &Plan, index: &PlanIndex) {
        self.restore_delegations(anchor, plan, index);
        self.restore_trips(anchor, plan, index);
        self.restore_deadlines(anchor, plan, index);
        // The dashboard keeps its selection by ID itself, and its figures go with the change.
        self.dashboard.clamp(plan, index);
    }

    pub fn restore_delegations(&mut self, anchor: &ReviewAnchor, plan: &Plan, index: &PlanIndex) {
        let d = &mut self.delegations;
        let len = plan.delegations.len();
        if let Some(row) = anchor
            .delegation
            .find(d.row, len, |i| plan.delegations[i].id.as_str())
        {
            d.row = row;
        }
        d.row = d.row.min(len.saturating_sub(1));
        let same = plan.delegations.get(d.row).map(|x| x.id.as_str()) == anchor.delegation.id();
        let owned = owned(index, d.row);
        match anchor
            .owned
            .find(d.item, owned.len(), |i| owned[i].id(plan))
        {
            Some(item) if same => d.item = item,
            _ if !same => d.select_other(),
            _ => {}
        }
        d.clamp(len, owned.len());
    }

    pub fn restore_trips(&mut self, anchor: &ReviewAnchor, plan: &Plan, index: &PlanIndex) {
        let by_date = &index.review.trips_by_date;
        let trips = &mut self.trips;
        if let Some(row) = anchor.trip.find(trips.row, by_date.len(), |i| {
            plan.trips[by_date[i]].id.as_str()
        }) {
            trips.row = row;
        }
        trips.row = trips.row.min(by_date.len().saturating_sub(1));
        let trip = by_date.get(trips.row).copied();
        let same = trip.map(|t| plan.trips[t].id.as_str()) == anchor.trip.id();
        let rows = trip.map(|t| trip_rows(plan, index, t)).unwrap_or_default();
        let found = trip.and_then(|t| {
            anchor
                .trip_row
                .find(trips.item, rows.len(), |i| rows[i].id(plan, t))
        });
        match found {
            Some(item) if same => trips.item = item,
            _ if !same => trips.select_other(),
            _ => {}
        }
        trips.clamp(by_date.len(), rows.len());
    }

    pub fn restore_deadlines(&mut self, anchor: &ReviewAnchor, plan: &Plan, index: &PlanIndex) {
        let review = &mut self.deadlines;
        let was = review.row;
        review.refresh(plan, index);
        let (shown, agenda) = (&review.shown, &index.review.agenda);
        let found = match on_review(plan, index, shown, anchor) {
            Lookup::Row(row) => Some(row),
            Lookup::Gone => None,
            Lookup::Search => anchor
                .deadline
                .find(was, shown.len(), |i| agenda[shown[i]].what.id(plan)),
        };
        if let Some(row) = found {
            review.row = row;
        }
    }
}

/// Where the weekly review's anchored records are found.
enum Lookup {
    /// The row of the nearest one still on the review.
    Row(usize),
    /// None of them is on it any more.
    Gone,
    /// The plan's lists changed shape: only a search by ID can tell.
    Search,
}

/// The review's row of the nearest anchored record still on it, when every anchored record
/// is where it was in the plan (a tick, an edit): the review is sorted by due day, then by
/// place in the plan, so each is found by a binary search on its due day as it is now.
fn on_review(plan: &Plan, index: &PlanIndex, shown: &[usize], anchor: &ReviewAnchor) -> Lookup {
    let agenda = &index.review.agenda;
    let mut days = Vec::with_capacity(anchor.deadline_refs.len());
    for (&what, id) in anchor.deadline_refs.iter().zip(anchor.deadline.ids()) {
        let here = match what {
            DueRef::Action(a) => plan
                .actions
                .get(a)
                .filter(|action| action.id == *id)
                .map(|action| action.due),
            DueRef::Item { trip, item } => plan.trips.get(trip).and_then(|t| {
                let i = t.checklist.get(item).filter(|i| i.id == *id)?;
                Some(item_due(t, i))
            }),
        };
        let Some(day) = here else {
            return Lookup::Search;
        };
        days.push(day);
    }
    let found = anchor
        .deadline_refs
        .iter()
        .zip(days)
        .find_map(|(&what, day)| {
            let day = day?;
            shown
                .binary_search_by(|&e| (agenda[e].day, agenda[e].what).cmp(&(day, what)))
                .ok()
        });
    found.map_or(Lookup::Gone, Lookup::Row)
}
