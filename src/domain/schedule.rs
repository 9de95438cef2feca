//! Dates that follow from other dates: when a checklist item falls due, what is late.

use chrono::{Datelike, Days, NaiveDate};

use super::model::{ChecklistItem, Due, Trip};

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
