//! The mandate at a glance: the figures the dashboard and the status note's pictures show,
//! built once per change from the index's own (progress, lateness, loads, the agenda), so
//! they read the same as every other screen.

use chrono::NaiveDate;

use super::index::PlanIndex;
use super::model::Plan;
use super::readiness::{AHEAD_DAYS, Readiness, trips_ahead};
use super::rhythm::{RHYTHM_WEEKS, Week, rhythm};
use super::schedule::late_actions_by_trip;
use super::timeline::{DueDay, Span, due_days, mandate};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance {
    pub mandate: Option<Span>,
    /// Delegations that own actions, the most late first, then the most open, then in the
    /// plan's order.
    pub delegations: Vec<usize>,
    /// Trips leaving in the next [`AHEAD_DAYS`] days, earliest first, with their readiness.
    pub ahead: Vec<(usize, Readiness)>,
    /// Work done per week, oldest first, the current week last.
    pub rhythm: Vec<Week>,
    /// Trips still to schedule, in the plan's order.
    pub undated: Vec<usize>,
    /// For each trip, whether it is late: a checklist item or an action made for it is.
    pub trip_late: Vec<bool>,
    /// The agenda day by day, for the timeline's ticks.
    pub due_days: Vec<DueDay>,
}

impl Glance {
    pub fn build(plan: &Plan, index: &PlanIndex, today: NaiveDate) -> Self {
        let by_date = &index.review.trips_by_date;
        let late_actions = late_actions_by_trip(plan, today);
        let trip_late = index
            .trip_checklist
            .iter()
            .zip(&late_actions)
            .map(|(p, a)| p.late + a > 0)
            .collect();
        Self {
            mandate: mandate(plan),
            delegations: by_late(index),
            ahead: trips_ahead(plan, by_date, today, AHEAD_DAYS)
                .into_iter()
                .map(|t| (t, Readiness::of(&plan.trips[t], today)))
                .collect(),
            rhythm: rhythm(plan, today, RHYTHM_WEEKS),
            undated: by_date
                .iter()
                .copied()
                .filter(|&t| plan.trips[t].start.is_none())
                .collect(),
            trip_late,
            due_days: due_days(&index.review.agenda),
        }
    }
}

/// Delegations owning actions, the most late first, then the most open, then plan order.
pub fn by_late(index: &PlanIndex) -> Vec<usize> {
    let mut order: Vec<usize> = (0..index.carry.len())
        .filter(|&d| index.carry[d].owns.total > 0)
        .collect();
    order.sort_by_key(|&d| {
        let owns = index.carry[d].owns;
        (
            std::cmp::Reverse(owns.late),
            std::cmp::Reverse(owns.open()),
            d,
        )
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    #[test]
    fn delegations_come_late_first_then_by_open_load() {
        let plan = crate::generate::plan(1_000, 4);
        let index = PlanIndex::build(&plan, day("2016-01-15"));
        let order = by_late(&index);
        assert!(!order.is_empty());
        for pair in order.windows(2) {
            let (a, b) = (index.carry[pair[0]].owns, index.carry[pair[1]].owns);
            assert!(
                (a.late, a.open()) >= (b.late, b.open()),
                "{a:?} before {b:?}"
            );
        }
        // Every delegation that owns an action has its bar, no other.
        let owning = index.carry.iter().filter(|c| c.owns.total > 0).count();
        assert_eq!(order.len(), owning);
    }

    #[test]
    fn the_built_in_roadmap_at_a_glance() {
        let plan = crate::builtin::roadmap();
        let today = day("2014-09-16");
        let glance = Glance::build(&plan, &PlanIndex::build(&plan, today), today);
        // The note dates no trip: all eleven wait to be scheduled, none leaves soon.
        assert_eq!(glance.undated.len(), 11);
        assert!(glance.ahead.is_empty());
        assert_eq!(glance.rhythm.len(), RHYTHM_WEEKS);
        assert_eq!(glance.trip_late.len(), plan.trips.len());
        let m = glance.mandate.expect("a mandate");
        assert_eq!(m.start, day("2014-04-05"));
    }
}
