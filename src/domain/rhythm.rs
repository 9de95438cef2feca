//! The cabinet's rhythm: how many actions and checklist items were done each week, from the
//! done dates the store keeps. Weeks start on Monday, as the weekly review counts them.

use chrono::{Datelike, Days, NaiveDate};

use super::model::{Plan, Status};

/// How many weeks the dashboard shows.
pub const RHYTHM_WEEKS: usize = 12;

/// One week's work done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    /// Its Monday.
    pub start: NaiveDate,
    pub actions: usize,
    pub items: usize,
}

impl Week {
    pub const fn total(self) -> usize {
        self.actions + self.items
    }
}

/// The Monday of the week holding `day`.
pub fn monday(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The last `weeks` weeks up to the one holding `today`, oldest first. Work dated after today
/// (a clock set back) is left out: the rhythm is what has been done.
pub fn rhythm(plan: &Plan, today: NaiveDate, weeks: usize) -> Vec<Week> {
    let this_week = monday(today);
    let back = u64::try_from(weeks.saturating_sub(1) * 7).unwrap_or(0);
    let first = this_week
        .checked_sub_days(Days::new(back))
        .unwrap_or(this_week);
    let mut out: Vec<Week> = (0..weeks)
        .map_while(|w| {
            let start = first.checked_add_days(Days::new(u64::try_from(w * 7).ok()?))?;
            Some(Week {
                start,
                actions: 0,
                items: 0,
            })
        })
        .collect();
    let slot = |on: NaiveDate| -> Option<usize> {
        if on < first || on > today {
            return None;
        }
        usize::try_from((on - first).num_days() / 7).ok()
    };
    for action in &plan.actions {
        if let Status::Done { on } = action.status
            && let Some(w) = slot(on).and_then(|w| out.get_mut(w))
        {
            w.actions += 1;
        }
    }
    for item in plan.trips.iter().flat_map(|t| &t.checklist) {
        if let Some(w) = item.done_on.and_then(slot).and_then(|w| out.get_mut(w)) {
            w.items += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Plan;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    fn plan_done_on(actions: &[&str], items: &[&str]) -> Plan {
        let mut plan = Plan::empty("p");
        plan.actions = actions
            .iter()
            .enumerate()
            .map(|(i, on)| {
                serde_json::from_value(serde_json::json!({
                    "id": format!("a{i}"), "objective": "o", "title": "t", "owner": "d",
                    "status": {"state": "done", "on": on},
                }))
                .expect("an action")
            })
            .collect();
        let checklist: Vec<serde_json::Value> = items
            .iter()
            .enumerate()
            .map(|(i, on)| serde_json::json!({"id": format!("i{i}"), "label": "l", "done_on": on}))
            .collect();
        plan.trips = vec![
            serde_json::from_value(serde_json::json!({
                "id": "t", "destination": "Rome", "status": "preparing", "checklist": checklist,
            }))
            .expect("a trip"),
        ];
        plan
    }

    #[test]
    fn weeks_start_on_monday_and_end_with_the_current_one() {
        // Tuesday 16 September 2014: its week began on Monday 15.
        assert_eq!(monday(day("2014-09-16")), day("2014-09-15"));
        assert_eq!(monday(day("2014-09-15")), day("2014-09-15"));
        assert_eq!(monday(day("2014-09-21")), day("2014-09-15"));
        let weeks = rhythm(&Plan::empty("p"), day("2014-09-16"), RHYTHM_WEEKS);
        assert_eq!(weeks.len(), 12);
        assert_eq!(weeks[0].start, day("2014-06-30"));
        assert_eq!(weeks[11].start, day("2014-09-15"));
        assert!(weeks.iter().all(|w| w.total() == 0));
    }

    #[test]
    fn work_counts_in_the_week_it_was_done() {
        let plan = plan_done_on(
            // This week (twice), last Sunday, the first week's Monday, one day too early,
            // and tomorrow (after today: not done yet as far as the rhythm goes).
            &[
                "2014-09-15",
                "2014-09-16",
                "2014-09-14",
                "2014-06-30",
                "2014-06-29",
                "2014-09-17",
            ],
            &["2014-09-16", "2014-07-01", "2013-01-01"],
        );
        let weeks = rhythm(&plan, day("2014-09-16"), RHYTHM_WEEKS);
        let actions: Vec<usize> = weeks.iter().map(|w| w.actions).collect();
        let items: Vec<usize> = weeks.iter().map(|w| w.items).collect();
        assert_eq!(actions, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
        assert_eq!(items, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        // Open work and undone items count nowhere.
        assert_eq!(weeks.iter().map(|w| w.total()).sum::<usize>(), 6);
    }
}
