//! The mandate on a time axis: the window a zoom shows, where a day falls in a given number
//! of columns (cells on a terminal, units of an SVG), and the marks deadlines leave there.
//! The terminal's dashboard and the exported pictures draw from these, so they agree.

mod walk;

use chrono::{Datelike, Months, NaiveDate};

use super::agenda::DueEntry;
use super::model::Plan;
use super::schedule::Bucket;

pub use walk::{Cursor, Event, first_from, horizon_at, horizon_of, step};

/// How much of the mandate the timeline shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// The whole mandate.
    #[default]
    Mandate,
    /// A calendar year.
    Year,
    /// A calendar quarter.
    Quarter,
    /// A calendar month.
    Month,
}

impl Zoom {
    pub const ALL: [Self; 4] = [Self::Mandate, Self::Year, Self::Quarter, Self::Month];

    /// One step closer (`+`), stopping at the month.
    #[must_use]
    pub const fn zoom_in(self) -> Self {
        match self {
            Self::Mandate => Self::Year,
            Self::Year => Self::Quarter,
            Self::Quarter | Self::Month => Self::Month,
        }
    }

    /// One step further (`-`), stopping at the mandate.
    #[must_use]
    pub const fn zoom_out(self) -> Self {
        match self {
            Self::Month => Self::Quarter,
            Self::Quarter => Self::Year,
            Self::Year | Self::Mandate => Self::Mandate,
        }
    }

    /// The months a step in time moves by; the mandate does not move.
    const fn months(self) -> u32 {
        match self {
            Self::Mandate => 0,
            Self::Year => 12,
            Self::Quarter => 3,
            Self::Month => 1,
        }
    }
}

/// Days from `start` to `end`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Span {
    /// The span between two days in either order.
    pub fn new(a: NaiveDate, b: NaiveDate) -> Self {
        Self {
            start: a.min(b),
            end: a.max(b),
        }
    }

    pub fn days(self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn contains(self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// The smallest span holding this one and `day`.
    #[must_use]
    pub fn including(self, day: NaiveDate) -> Self {
        Self {
            start: self.start.min(day),
            end: self.end.max(day),
        }
    }

    /// Whether a stretch of days from `a` to `b` shows in it.
    pub fn overlaps(self, a: NaiveDate, b: NaiveDate) -> bool {
        a <= self.end && b >= self.start
    }
}

/// The mandate: from the plan's mandate start (else the earliest horizon date) to the latest
/// horizon deadline; `None` when no horizon is dated.
pub fn mandate(plan: &Plan) -> Option<Span> {
    let dates = plan.horizons.iter().flat_map(|h| [h.start, h.deadline]);
    let earliest = dates.clone().flatten().min()?;
    let latest = dates.flatten().max()?;
    let start = plan.mandate_start.unwrap_or(earliest).min(latest);
    Some(Span::new(start, latest))
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The window `zoom` shows around `anchor`: the mandate (stretched to hold `anchor`), or the
/// calendar year, quarter or month holding it. Without a mandate, the mandate zoom shows
/// the year.
pub fn window(zoom: Zoom, anchor: NaiveDate, mandate: Option<Span>) -> Span {
    let (first, months) = match zoom {
        Zoom::Mandate => match mandate {
            Some(m) => return m.including(anchor),
            None => return window(Zoom::Year, anchor, None),
        },
        Zoom::Year => (anchor.with_ordinal(1).unwrap_or(anchor), 12),
        Zoom::Quarter => {
            let month = (anchor.month0() / 3) * 3 + 1;
            let first = NaiveDate::from_ymd_opt(anchor.year(), month, 1);
            (first.unwrap_or_else(|| first_of_month(anchor)), 3)
        }
        Zoom::Month => (first_of_month(anchor), 1),
    };
    let end = first
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    Span::new(first, end)
}

/// The anchor one window earlier or later (`h` / `l`); the mandate does not move.
pub fn shifted(zoom: Zoom, anchor: NaiveDate, later: bool) -> NaiveDate {
    let months = Months::new(zoom.months());
    let moved = if later {
        anchor.checked_add_months(months)
    } else {
        anchor.checked_sub_months(months)
    };
    moved
        .filter(|d| crate::dates::YEARS.contains(&d.year()))
        .unwrap_or(anchor)
}

/// A span laid over `width` columns: each column holds the same share of its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub span: Span,
    pub width: usize,
}

impl Scale {
    /// The column of `day`, if it falls in the span.
    pub fn column(self, day: NaiveDate) -> Option<usize> {
        if !self.span.contains(day) || self.width == 0 {
            return None;
        }
        let offset = i128::from((day - self.span.start).num_days());
        let width = i128::try_from(self.width).ok()?;
        usize::try_from(offset * width / i128::from(self.span.days())).ok()
    }

    /// The column of `day`, held to the edges when it falls outside.
    pub fn clamped(self, day: NaiveDate) -> usize {
        if day < self.span.start {
            0
        } else if day > self.span.end {
            self.width.saturating_sub(1)
        } else {
            self.column(day).unwrap_or(0)
        }
    }
}

/// What the deadlines of one column come to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tick {
    Open,
    /// At least one of them is late: late wins the column.
    Late,
}

/// The agenda's entries (sorted by day, as [`super::agenda`] gives them) that fall in `span`:
/// a binary search each way, so a window costs what it shows.
pub fn entries_in(agenda: &[DueEntry], span: Span) -> &[DueEntry] {
    let from = agenda.partition_point(|e| e.day < span.start);
    let to = agenda.partition_point(|e| e.day <= span.end);
    &agenda[from..to.max(from)]
}

/// One tick per column that holds a deadline, late where any of them is late.
pub fn deadline_ticks(agenda: &[DueEntry], scale: Scale) -> Vec<Option<Tick>> {
    day_ticks(&due_days(entries_in(agenda, scale.span)), scale)
}

/// A day with open deadlines: how many fall on it, how many of them are late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueDay {
    pub day: NaiveDate,
    pub count: usize,
    pub late: usize,
}

/// The agenda (sorted by day) day by day: a mandate holds a few thousand days but may hold a
/// hundred thousand deadlines, so a frame draws from this, built once per change.
pub fn due_days(agenda: &[DueEntry]) -> Vec<DueDay> {
    let mut days: Vec<DueDay> = Vec::new();
    for entry in agenda {
        let late = usize::from(entry.bucket == Bucket::Late);
        match days.last_mut() {
            Some(last) if last.day == entry.day => {
                last.count += 1;
                last.late += late;
            }
            _ => days.push(DueDay {
                day: entry.day,
                count: 1,
                late,
            }),
        }
    }
    days
}

/// [`deadline_ticks`] from the days: a binary search each way, then one step a day.
pub fn day_ticks(days: &[DueDay], scale: Scale) -> Vec<Option<Tick>> {
    let mut ticks = vec![None; scale.width];
    let from = days.partition_point(|d| d.day < scale.span.start);
    let to = days.partition_point(|d| d.day <= scale.span.end);
    for day in &days[from..to.max(from)] {
        let tick = if day.late > 0 { Tick::Late } else { Tick::Open };
        if let Some(cell) = scale.column(day.day).and_then(|c| ticks.get_mut(c)) {
            *cell = (*cell).max(Some(tick));
        }
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    #[test]
    fn the_built_in_mandate_runs_from_its_start_to_the_last_deadline() {
        let plan = crate::builtin::roadmap();
        let m = mandate(&plan).expect("dated horizons");
        assert_eq!((m.start, m.end), (day("2014-04-05"), day("2020-03-15")));
        assert_eq!(mandate(&Plan::empty("p")), None);
    }

    #[test]
    fn each_zoom_shows_its_calendar_window_and_steps_by_it() {
        let at = day("2014-09-16");
        let m = Some(Span::new(day("2014-04-05"), day("2020-03-15")));
        let w = |z| {
            let s = window(z, at, m);
            (s.start.to_string(), s.end.to_string())
        };
        assert_eq!(w(Zoom::Mandate), ("2014-04-05".into(), "2020-03-15".into()));
        assert_eq!(w(Zoom::Year), ("2014-01-01".into(), "2014-12-31".into()));
        assert_eq!(w(Zoom::Quarter), ("2014-07-01".into(), "2014-09-30".into()));
        assert_eq!(w(Zoom::Month), ("2014-09-01".into(), "2014-09-30".into()));
        // The mandate stretches to what it must show; without one it is the year.
        assert_eq!(
            window(Zoom::Mandate, day("2021-01-01"), m).end,
            day("2021-01-01")
        );
        assert_eq!(
            window(Zoom::Mandate, at, None),
            window(Zoom::Year, at, None)
        );
        // Steps: a window at a time, the mandate never.
        assert_eq!(shifted(Zoom::Quarter, at, true), day("2014-12-16"));
        assert_eq!(
            shifted(Zoom::Month, day("2014-03-31"), false),
            day("2014-02-28")
        );
        assert_eq!(shifted(Zoom::Year, at, false), day("2013-09-16"));
        assert_eq!(shifted(Zoom::Mandate, at, true), at);
        assert_eq!(
            Zoom::Mandate.zoom_in().zoom_in().zoom_in().zoom_in(),
            Zoom::Month
        );
        assert_eq!(Zoom::Month.zoom_out().zoom_out().zoom_out(), Zoom::Mandate);
    }

    #[test]
    fn a_scale_puts_each_day_in_one_column_and_back() {
        let scale = Scale {
            span: Span::new(day("2014-09-01"), day("2014-09-30")),
            width: 60,
        };
        assert_eq!(scale.column(day("2014-09-01")), Some(0));
        assert_eq!(scale.column(day("2014-09-02")), Some(2));
        assert_eq!(scale.column(day("2014-09-30")), Some(58));
        assert_eq!(scale.column(day("2014-10-01")), None);
        assert_eq!(scale.clamped(day("2014-10-01")), 59);
        // More days than columns: the days fill every column, in order; fewer days than
        // columns: each day its own, spread evenly.
        for (days, width) in [(2_172, 78), (30, 60), (91, 118)] {
            let span = Span::new(
                day("2014-04-05"),
                day("2014-04-05") + chrono::Days::new(days - 1),
            );
            let scale = Scale { span, width };
            let columns: Vec<usize> = (0..days)
                .filter_map(|n| scale.column(span.start + chrono::Days::new(n)))
                .collect();
            assert_eq!(columns.len(), usize::try_from(days).expect("small"));
            assert!(columns.windows(2).all(|w| w[0] <= w[1]), "in order");
            assert_eq!(columns.first(), Some(&0));
            assert!(*columns.last().expect("one") < width);
            let used: std::collections::BTreeSet<usize> = columns.into_iter().collect();
            assert_eq!(used.len(), width.min(usize::try_from(days).expect("small")));
        }
    }

    #[test]
    fn every_late_deadline_in_the_window_leaves_a_late_tick() {
        let plan = crate::generate::plan(2_000, 3);
        let today = day("2016-01-15");
        let agenda = agenda(&plan, today);
        for (zoom, width) in [(Zoom::Mandate, 78), (Zoom::Year, 118), (Zoom::Month, 40)] {
            let span = window(zoom, today, mandate(&plan));
            let scale = Scale { span, width };
            let ticks = deadline_ticks(&agenda, scale);
            let mut late = 0;
            for entry in agenda.iter().filter(|e| span.contains(e.day)) {
                let column = scale.column(entry.day).expect("in the window");
                let want = if entry.bucket == Bucket::Late {
                    late += 1;
                    Tick::Late
                } else {
                    Tick::Open
                };
                assert!(ticks[column] >= Some(want), "{:?} at {column}", entry.what);
            }
            assert!(
                late > 0 || zoom == Zoom::Month,
                "{zoom:?}: nothing late to check"
            );
            // Drawn from the days, built once: the same ticks, window by window.
            assert_eq!(day_ticks(&due_days(&agenda), scale), ticks);
            // Nothing ticks where no deadline falls.
            for (column, tick) in ticks.iter().enumerate() {
                let falls = entries_in(&agenda, span)
                    .iter()
                    .any(|e| scale.column(e.day) == Some(column));
                assert_eq!(tick.is_some(), falls, "column {column}");
            }
        }
    }
}
