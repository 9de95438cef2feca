//! Where the adviser stands on the dashboard: the zoom and the stretch of time in view, the
//! selected event, and the figures it shows, built once per change the first time they are
//! drawn.

mod keys;

use std::cell::OnceCell;

use chrono::NaiveDate;

use crate::domain::{
    Cursor, Event, Glance, Plan, PlanIndex, Span, Zoom, entries_in, first_from, mandate, window,
};

pub use keys::dashboard;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DashboardNav {
    pub zoom: Zoom,
    /// A day the window holds; `None` until the adviser moves it: today's window.
    pub anchor: Option<NaiveDate>,
    /// The selected event, by its place in the index.
    cursor: Option<Cursor>,
    /// The selected event's ID and day, to find it again once the plan changed.
    pinned: Option<(String, Option<NaiveDate>)>,
    /// Built on the first frame after a change (or after the screen is opened), not per frame;
    /// a change empties it. A `OnceCell` lets the view fill it while only borrowing the model,
    /// as `Scroll` remembers a list's offset.
    glance: OnceCell<Glance>,
}

impl DashboardNav {
    /// The figures, built now if this is the first frame since the plan or the day changed.
    pub fn glance(&self, plan: &Plan, index: &PlanIndex, today: NaiveDate) -> &Glance {
        self.glance
            .get_or_init(|| Glance::build(plan, index, today))
    }

    /// The stretch of time in view.
    pub fn window(&self, plan: &Plan, today: NaiveDate) -> Span {
        window(self.zoom, self.anchor.unwrap_or(today), mandate(plan))
    }

    pub const fn cursor(&self) -> Option<Cursor> {
        self.cursor
    }

    /// The selected event, if any.
    pub fn event(&self, index: &PlanIndex) -> Option<Event> {
        let cursor = self.cursor.filter(|c| c.fits(&index.review))?;
        Some(cursor.event(&index.review))
    }

    /// Selects an event (or nothing) and notes what it is.
    pub fn select(&mut self, cursor: Option<Cursor>, plan: &Plan, index: &PlanIndex) {
        let review = &index.review;
        self.cursor = cursor.filter(|c| c.fits(review));
        self.pinned = self.cursor.map(|c| {
            let id = match c.event(review) {
                Event::Trip(t) => plan.trips[t].id.clone(),
                Event::Due(what) => what.id(plan).to_owned(),
            };
            (id, c.day(plan, review))
        });
    }

    /// After the plan, the filter or the day changed: the figures go, and the selection stays
    /// on the same event where it still is, else moves to the next one from its day.
    pub fn clamp(&mut self, plan: &Plan, index: &PlanIndex) {
        self.glance = OnceCell::new();
        let today = index.today.unwrap_or_default();
        let found = match self.pinned.take() {
            Some((id, day)) => find(plan, index, &id, day)
                .or_else(|| first_from(plan, &index.review, day.unwrap_or(today))),
            None => first_from(plan, &index.review, today),
        };
        self.select(found, plan, index);
    }
}

/// The event with this ID on this day: a trip, or an entry of the agenda.
fn find(plan: &Plan, index: &PlanIndex, id: &str, day: Option<NaiveDate>) -> Option<Cursor> {
    let review = &index.review;
    if let Some(&t) = index.trip_pos.get(id) {
        return review
            .trips_by_date
            .iter()
            .position(|&x| x == t)
            .map(Cursor::Trip);
    }
    let day = day?;
    let from = review.agenda.partition_point(|e| e.day < day);
    entries_in(&review.agenda, Span::new(day, day))
        .iter()
        .position(|e| e.what.id(plan) == id)
        .map(|i| Cursor::Due(from + i))
}
