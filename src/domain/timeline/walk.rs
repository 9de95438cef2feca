//! The timeline's events in the order `j` / `k` walk them: by day, a day's trips before its
//! deadlines, then the trips still to schedule. Events are found where the index already
//! keeps them sorted — the trips by date and the agenda — by binary search, so a step costs
//! the same on a plan of ten actions or of a hundred thousand.

use chrono::NaiveDate;

use crate::domain::agenda::DueRef;
use crate::domain::index::PlanIndex;
use crate::domain::model::Plan;
use crate::domain::review::Review;

/// What the timeline marks: a trip (by position in `plan.trips`; undated ones are listed
/// apart) or an open deadline of the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    Trip(usize),
    Due(DueRef),
}

/// An event by where it stands in the index: a position in `review.trips_by_date`, or in
/// `review.agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cursor {
    Trip(usize),
    Due(usize),
}

/// How events are ordered: day (undated last), trips before deadlines, then position.
type Key = (NaiveDate, u8, usize);

fn trip_key(plan: &Plan, review: &Review, i: usize) -> Key {
    let start = plan.trips[review.trips_by_date[i]].start;
    (start.unwrap_or(NaiveDate::MAX), 0, i)
}

fn due_key(review: &Review, j: usize) -> Key {
    (review.agenda[j].day, 1, j)
}

impl Cursor {
    /// Whether it still points into the index.
    pub fn fits(self, review: &Review) -> bool {
        match self {
            Self::Trip(i) => i < review.trips_by_date.len(),
            Self::Due(j) => j < review.agenda.len(),
        }
    }

    pub fn event(self, review: &Review) -> Event {
        match self {
            Self::Trip(i) => Event::Trip(review.trips_by_date[i]),
            Self::Due(j) => Event::Due(review.agenda[j].what),
        }
    }

    /// Its day; `None` for a trip still to schedule.
    pub fn day(self, plan: &Plan, review: &Review) -> Option<NaiveDate> {
        match self {
            Self::Trip(i) => plan.trips[review.trips_by_date[i]].start,
            Self::Due(j) => Some(review.agenda[j].day),
        }
    }

    fn key(self, plan: &Plan, review: &Review) -> Key {
        match self {
            Self::Trip(i) => trip_key(plan, review, i),
            Self::Due(j) => due_key(review, j),
        }
    }
}

/// The earlier of two candidates (or the later, `latest`), by key.
fn pick(
    plan: &Plan,
    review: &Review,
    a: Option<Cursor>,
    b: Option<Cursor>,
    latest: bool,
) -> Option<Cursor> {
    match (a, b) {
        (Some(a), Some(b)) => {
            let a_first = a.key(plan, review) < b.key(plan, review);
            Some(if a_first == latest { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

/// The first event at or after `key`, or strictly after it.
fn after(plan: &Plan, review: &Review, key: Key, strictly: bool) -> Option<Cursor> {
    let before = |k: Key| if strictly { k <= key } else { k < key };
    let i = partition(review.trips_by_date.len(), |i| {
        before(trip_key(plan, review, i))
    });
    let j = partition(review.agenda.len(), |j| before(due_key(review, j)));
    let trip = (i < review.trips_by_date.len()).then_some(Cursor::Trip(i));
    let due = (j < review.agenda.len()).then_some(Cursor::Due(j));
    pick(plan, review, trip, due, false)
}

/// The last event strictly before `key`.
fn before(plan: &Plan, review: &Review, key: Key) -> Option<Cursor> {
    let i = partition(review.trips_by_date.len(), |i| {
        trip_key(plan, review, i) < key
    });
    let j = partition(review.agenda.len(), |j| due_key(review, j) < key);
    let trip = i.checked_sub(1).map(Cursor::Trip);
    let due = j.checked_sub(1).map(Cursor::Due);
    pick(plan, review, trip, due, true)
}

/// The number of leading positions in `0..len` for which `is_before` holds (it must hold
/// for a prefix).
fn partition(len: usize, is_before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if is_before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The first event on or after `day` (so the trips still to schedule when nothing dated is
/// left), else the last one.
pub fn first_from(plan: &Plan, review: &Review, day: NaiveDate) -> Option<Cursor> {
    after(plan, review, (day, 0, 0), false).or_else(|| last(plan, review))
}

fn last(plan: &Plan, review: &Review) -> Option<Cursor> {
    before(plan, review, (NaiveDate::MAX, u8::MAX, usize::MAX))
}

/// The event `delta` steps from `from` (negative: back), stopping at either end;
/// `isize::MIN` and `isize::MAX` mean the first and the last. From nothing, a step forward
/// starts at the first event.
pub fn step(plan: &Plan, review: &Review, from: Option<Cursor>, delta: isize) -> Option<Cursor> {
    let from = from.filter(|c| c.fits(review));
    match (delta, from) {
        (isize::MAX, _) => last(plan, review),
        (isize::MIN, _) | (_, None) => after(plan, review, (NaiveDate::MIN, 0, 0), false),
        (_, Some(mut at)) => {
            for _ in 0..delta.unsigned_abs() {
                let key = at.key(plan, review);
                let next = if delta > 0 {
                    after(plan, review, key, true)
                } else {
                    before(plan, review, key)
                };
                match next {
                    Some(next) => at = next,
                    None => break,
                }
            }
            Some(at)
        }
    }
}

/// The horizon an event belongs to: an action's own; for a trip or its checklist, the
/// horizon of its first linked objective, else the one whose time holds the trip's departure
/// (or `today`), earliest deadline first.
pub fn horizon_of(plan: &Plan, index: &PlanIndex, event: Event, today: NaiveDate) -> Option<usize> {
    let of_objective = |id: &str| {
        let o = *index.objective_pos.get(id)?;
        index.horizon_pos.get(&plan.objectives[o].horizon).copied()
    };
    let trip = match event {
        Event::Due(DueRef::Action(a)) => return of_objective(&plan.actions[a].objective),
        Event::Due(DueRef::Item { trip, .. }) | Event::Trip(trip) => &plan.trips[trip],
    };
    trip.objectives
        .iter()
        .find_map(|o| of_objective(o))
        .or_else(|| horizon_at(plan, trip.start.unwrap_or(today)))
}

/// The horizon whose time holds `day` (begun, deadline not passed), earliest deadline first.
pub fn horizon_at(plan: &Plan, day: NaiveDate) -> Option<usize> {
    plan.horizons
        .iter()
        .enumerate()
        .filter(|(_, h)| h.start.is_none_or(|s| s <= day) && h.deadline.is_some_and(|d| d >= day))
        .min_by_key(|(_, h)| h.deadline)
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PlanIndex;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    /// Every event in walking order, the slow way: all of them, sorted.
    fn all(plan: &Plan, review: &Review) -> Vec<Cursor> {
        let mut all: Vec<Cursor> = (0..review.trips_by_date.len())
            .map(Cursor::Trip)
            .chain((0..review.agenda.len()).map(Cursor::Due))
            .collect();
        all.sort_by_key(|c| c.key(plan, review));
        all
    }

    #[test]
    fn j_and_k_walk_every_event_once_in_order_and_stop_at_the_ends() {
        let plan = crate::generate::plan(600, 7);
        let index = PlanIndex::build(&plan, day("2016-01-15"));
        let review = &index.review;
        let all = all(&plan, review);
        assert!(all.len() > 600, "{}", all.len());
        let mut at = step(&plan, review, None, 1);
        assert_eq!(at, Some(all[0]));
        for want in &all[1..] {
            at = step(&plan, review, at, 1);
            assert_eq!(at, Some(*want));
        }
        assert_eq!(step(&plan, review, at, 1), at, "stops at the last");
        assert_eq!(
            step(&plan, review, None, isize::MAX),
            Some(*all.last().expect("one"))
        );
        for (n, want) in all.iter().enumerate().rev().skip(1) {
            at = step(&plan, review, at, -1);
            assert_eq!(at, Some(*want), "back to {n}");
        }
        assert_eq!(step(&plan, review, at, -1), at, "stops at the first");
        assert_eq!(step(&plan, review, at, 10), Some(all[10]));
        assert_eq!(step(&plan, review, at, isize::MIN), Some(all[0]));
        // Trips still to schedule come after everything dated.
        let last = *all.last().expect("one");
        assert_eq!(last.day(&plan, review), None);
    }

    #[test]
    fn the_first_event_from_a_day_is_the_earliest_on_or_after_it() {
        let plan = crate::generate::plan(300, 2);
        let index = PlanIndex::build(&plan, day("2016-01-15"));
        let review = &index.review;
        let from = day("2016-01-15");
        let got = first_from(&plan, review, from).expect("an event");
        let want = all(&plan, review)
            .into_iter()
            .find(|c| c.day(&plan, review).is_none_or(|d| d >= from))
            .expect("one");
        assert_eq!(got, want);
    }

    #[test]
    fn an_event_belongs_to_its_objective_horizon_or_the_one_holding_its_day() {
        let plan = crate::builtin::roadmap();
        let today = day("2014-09-16");
        let index = PlanIndex::build(&plan, today);
        let h = |id: &str| plan.horizons.iter().position(|h| h.id == id);
        let a = plan
            .actions
            .iter()
            .position(|a| a.id == "a-madrid")
            .expect("Madrid");
        let horizon = horizon_of(&plan, &index, Event::Due(DueRef::Action(a)), today);
        assert_eq!(horizon, h("h-100-jours"));
        let rome = plan
            .trips
            .iter()
            .position(|t| t.id == "rome")
            .expect("Rome");
        assert!(horizon_of(&plan, &index, Event::Trip(rome), today).is_some());
        // After the 100 days, 16 September 2014 is mid-mandate time.
        assert_eq!(horizon_at(&plan, today), h("h-mi-mandat"));
        assert_eq!(horizon_at(&plan, day("2014-05-16")), h("h-100-jours"));
        assert_eq!(horizon_at(&plan, day("2030-01-01")), None);
    }
}
