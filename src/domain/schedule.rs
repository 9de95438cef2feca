//! Dates that follow from other dates: when a checklist item falls due, what is late.

use chrono::{Datelike, Days, NaiveDate};

use std::collections::HashMap;

use super::model::{Action, ChecklistItem, Due, Plan, Trip};

/// The day a checklist item falls due: its own date, or so many days before departure.
/// `None` while the item has no due date, or counts from a trip not yet scheduled.
pub fn item_due(trip: &Trip, item: &ChecklistItem) -> Option<NaiveDate> {
    match item.due? {
        Due::On(day) => Some(day),
        Due::DaysBefore(n) => trip.start?.checked_sub_days(Days::new(u64::from(n))),
    }
}

/// Something due on `due` and not done is late from the day after: due today is not late yet.
pub fn is_late(due: Option<NaiveDate>, done: bool, today: NaiveDate) -> bool {
    !done && due.is_some_and(|d| d < today)
}

/// When an open item falls, as the weekly review groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bucket {
    Late,
    ThisWeek,
    ThisMonth,
    Later,
}

/// Weeks start on Monday (the French convention); "this month" is the calendar month, so
/// something due next week but still this month counts in this month.
pub fn bucket(due: NaiveDate, today: NaiveDate) -> Bucket {
    if due < today {
        return Bucket::Late;
    }
    let week_start = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    let week_end = week_start + Days::new(6);
    if due <= week_end {
        Bucket::ThisWeek
    } else if due.year() == today.year() && due.month() == today.month() {
        Bucket::ThisMonth
    } else {
        Bucket::Later
    }
}

/// Signed days from `today` to `day`: positive ahead, negative behind.
pub fn days_until(day: NaiveDate, today: NaiveDate) -> i64 {
    (day - today).num_days()
}

/// A checklist item is late when its day has passed, it is not done, and its trip is still
/// ahead of being closed (done or cancelled): one rule for the screens and every export.
pub fn item_late(trip: &Trip, item: &ChecklistItem, today: NaiveDate) -> bool {
    !trip.status.is_closed() && is_late(item_due(trip, item), item.done_on.is_some(), today)
}

/// The actions made for `trip` (their `trip` names it), in the plan's order.
pub fn trip_actions<'a>(plan: &'a Plan, trip: &'a Trip) -> impl Iterator<Item = &'a Action> {
    plan.actions
        .iter()
        .filter(move |a| a.trip.as_deref() == Some(trip.id.as_str()))
}

/// For each trip (by position in `plan.trips`), how many of the actions made for it are
/// late. A trip is late when its checklist or any of these is: one pass over the actions.
pub fn late_actions_by_trip(plan: &Plan, today: NaiveDate) -> Vec<usize> {
    let pos: HashMap<&str, usize> = plan
        .trips
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let mut late = vec![0; plan.trips.len()];
    for a in &plan.actions {
        if let Some(&t) = a.trip.as_deref().and_then(|id| pos.get(id))
            && is_late(a.due, a.status.is_done(), today)
        {
            late[t] += 1;
        }
    }
    late
}
