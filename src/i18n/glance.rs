//! The dashboard's words and the status note's pictures', one set per language.

use chrono::Datelike;

use super::Catalogue;
use crate::domain::{Span, Zoom};

pub struct GlanceText {
    /// The screen's name: its tab, its title, its heading in the help.
    pub screen: &'static str,
    /// The help's heading over the keys of the four list screens.
    pub lists: &'static str,
    pub timeline: &'static str,
    pub zoom: fn(Zoom) -> &'static str,
    /// "T3 2014" / "Q3 2014": a quarter (1–4) and its year.
    pub quarter: fn(u32, i32) -> String,
    /// Trips still to schedule, with how many: "À programmer (11)".
    pub undated: fn(usize) -> String,
    pub no_event: &'static str,
    /// The legend's words: today's line, a deadline, a late one.
    pub today_line: &'static str,
    pub deadline: &'static str,
    pub late: &'static str,
    /// The delegations that own actions, with how many: "Délégations (3)".
    pub delegations: fn(usize) -> String,
    /// How they are ordered.
    pub late_first: &'static str,
    /// Glyph legend of a delegation's bar.
    pub open: &'static str,
    pub done: &'static str,
    /// Trips leaving within so many days, and how many do.
    pub ahead: fn(u64, usize) -> String,
    pub none_ahead: fn(u64) -> String,
    /// What a trip's readiness counts: done of what is due by today.
    pub readiness: &'static str,
    pub nothing_due: &'static str,
    /// Over so many weeks.
    pub rhythm: fn(usize) -> String,
    pub rhythm_actions: &'static str,
    pub rhythm_items: &'static str,
    pub this_week: &'static str,
    // keys
    pub key_earlier: &'static str,
    pub key_later: &'static str,
    pub key_zoom_in: &'static str,
    pub key_zoom_out: &'static str,
    // the status note and the SVG
    pub overview: &'static str,
    pub mandate_timeline: &'static str,
    pub progress_heading: &'static str,
    pub col_period: &'static str,
    pub col_delegation: &'static str,
    pub col_open: &'static str,
    pub col_done: &'static str,
    /// What the timeline picture shows, for readers without sight of it.
    pub timeline_desc: &'static str,
    pub progress_desc: &'static str,
}

impl GlanceText {
    /// The window in words: "mandat 2014–2020", "2015", "T3 2014", "sept. 2014".
    pub fn window(&self, c: &Catalogue, zoom: Zoom, span: Span) -> String {
        let (start, end) = (span.start, span.end);
        match zoom {
            Zoom::Mandate => format!("{} {}–{}", (self.zoom)(zoom), start.year(), end.year()),
            Zoom::Year => start.year().to_string(),
            Zoom::Quarter => (self.quarter)(start.month0() / 3 + 1, start.year()),
            Zoom::Month => format!("{} {}", c.months[start.month0() as usize], start.year()),
        }
    }
}
