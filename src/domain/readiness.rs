//! How ready a trip is: of the checklist items already due by today, how many are done. A
//! trip far off with nothing due yet is ready; one leaving next week with its programme still
//! open is not, whatever the rest of its checklist says.

use chrono::{Days, NaiveDate};

use super::carry::State;
use super::model::{Plan, Trip};
use super::schedule::item_due;

/// How far ahead the dashboard looks for departures.
pub const AHEAD_DAYS: u64 = 60;

/// A trip's checklist against today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Readiness {
    /// Items on the checklist, and how many are done.
    pub total: usize,
    pub done: usize,
    /// Items due on or before today, and how many of those are done.
    pub due: usize,
    pub due_done: usize,
    /// Items late, as every screen counts them (due before today, not done, trip still open).
    pub late: usize,
}

impl Readiness {
    pub fn of(trip: &Trip, today: NaiveDate) -> Self {
        let mut r = Self::default();
        for item in &trip.checklist {
            let state = State::of_item(trip, item, today);
            r.total += 1;
            r.done += usize::from(state.done);
            r.late += usize::from(state.late);
            if item_due(trip, item).is_some_and(|day| day <= today) {
                r.due += 1;
                r.due_done += usize::from(state.done);
            }
        }
        r
    }

    /// Items due by today and not done: what stands between the trip and ready.
    pub const fn missing(self) -> usize {
        self.due - self.due_done
    }

    /// Everything due by today is done.
    pub const fn is_ready(self) -> bool {
        self.missing() == 0
    }

    /// Share of what is due that is done; 1.0 when nothing is due yet.
    #[allow(clippy::cast_precision_loss)]
    pub fn ratio(self) -> f64 {
        if self.due == 0 {
            1.0
        } else {
            self.due_done as f64 / self.due as f64
        }
    }
}

/// The trips still to make that leave within `days` from today (today included), earliest
/// first, from `by_date` (positions in `plan.trips`, dated trips first in date order, as
/// [`super::trips_by_date`] gives them).
pub fn trips_ahead(plan: &Plan, by_date: &[usize], today: NaiveDate, days: u64) -> Vec<usize> {
    let last = today.checked_add_days(Days::new(days)).unwrap_or(today);
    let start = |t: usize| plan.trips[t].start;
    // Dated trips come first, in date order: a binary search finds where today starts.
    let from = by_date.partition_point(|&t| start(t).is_some_and(|s| s < today));
    by_date[from..]
        .iter()
        .copied()
        .take_while(|&t| start(t).is_some_and(|s| s <= last))
        .filter(|&t| !plan.trips[t].status.is_closed())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::trips_by_date;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    /// A trip leaving on `start` with items due J-30, J-10, J-1 and on a fixed day; the ones
    /// named in `done` are done.
    fn trip(id: &str, start: Option<&str>, status: &str, done: &[&str]) -> Trip {
        let item = |id: &str, due: serde_json::Value| {
            let done_on = done.contains(&id).then_some("2014-09-01");
            serde_json::json!({"id": format!("{id}"), "label": id, "due": due, "done_on": done_on})
        };
        serde_json::from_value(serde_json::json!({
            "id": id, "destination": id, "status": status, "start": start,
            "checklist": [
                item("j30", serde_json::json!({"days_before": 30})),
                item("j10", serde_json::json!({"days_before": 10})),
                item("j1", serde_json::json!({"days_before": 1})),
                item("fixed", serde_json::json!({"on": "2014-09-16"})),
                item("undated", serde_json::Value::Null),
            ],
        }))
        .expect("a trip")
    }

    #[test]
    fn readiness_counts_what_is_due_by_today_and_done() {
        // Leaving 1 October, seen on 16 September: J-30 (1 Sept.) is late, the fixed item
        // is due today (not late yet, but due), J-10 and J-1 are still ahead.
        let today = day("2014-09-16");
        let r = Readiness::of(&trip("t", Some("2014-10-01"), "preparing", &[]), today);
        assert_eq!(
            (r.total, r.done, r.due, r.due_done, r.late),
            (5, 0, 2, 0, 1)
        );
        assert_eq!(r.missing(), 2);
        assert!(!r.is_ready());
        assert!(r.ratio().abs() < f64::EPSILON);

        let r = Readiness::of(
            &trip("t", Some("2014-10-01"), "preparing", &["j30", "j1"]),
            today,
        );
        assert_eq!((r.done, r.due, r.due_done, r.late), (2, 2, 1, 0));
        assert_eq!(r.missing(), 1, "the item due today is still missing");
        assert!((r.ratio() - 0.5).abs() < f64::EPSILON);

        let r = Readiness::of(
            &trip("t", Some("2014-10-01"), "preparing", &["j30", "fixed"]),
            today,
        );
        assert!(r.is_ready(), "everything due is done: {r:?}");
        assert!((r.ratio() - 1.0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_trip_with_nothing_due_yet_is_ready_and_an_undated_one_has_only_fixed_days() {
        let r = Readiness::of(
            &trip("t", Some("2015-06-01"), "preparing", &[]),
            day("2014-09-01"),
        );
        assert_eq!((r.due, r.late), (0, 0));
        assert!(r.is_ready());
        // Undated: J-n items have no day; only the fixed one can fall due.
        let r = Readiness::of(&trip("t", None, "considered", &[]), day("2014-09-20"));
        assert_eq!((r.due, r.late), (1, 1));
    }

    #[test]
    fn trips_ahead_are_the_open_ones_leaving_within_the_window() {
        let mut plan = crate::domain::Plan::empty("p");
        plan.trips = vec![
            trip("past", Some("2014-09-15"), "done", &[]),
            trip("today", Some("2014-09-16"), "confirmed", &[]),
            trip("soon", Some("2014-10-01"), "preparing", &[]),
            trip("cancelled", Some("2014-10-02"), "cancelled", &[]),
            trip("edge", Some("2014-11-15"), "considered", &[]),
            trip("beyond", Some("2014-11-16"), "considered", &[]),
            trip("undated", None, "considered", &[]),
        ];
        let by_date = trips_by_date(&plan);
        let ahead = trips_ahead(&plan, &by_date, day("2014-09-16"), AHEAD_DAYS);
        let ids: Vec<&str> = ahead.iter().map(|&t| plan.trips[t].id.as_str()).collect();
        assert_eq!(ids, ["today", "soon", "edge"]);
    }
}
