//! The mandate's timeline: the horizons as bands on a time axis, today's line, trips as marks
//! with their status glyph and name, deadlines as ticks (late ones with the late glyph), the
//! selected event pointed at and said in words, and the trips still to schedule apart. Only
//! what falls in the window is looked at: the index keeps trips and deadlines sorted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::glyphs;
use super::strip::{Kind, Strip};
use super::{axis, events};
use crate::app::Model;
use crate::domain::{Event, Glance, Scale, Tick, day_ticks};
use crate::ui::{pane, theme};

/// How many lines of each kind the timeline has room for (0 or 1, several for the bands and
/// the trips); drawn top to bottom in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows {
    pub labels: usize,
    pub axis: usize,
    pub bands: usize,
    pub lanes: usize,
    pub deadlines: usize,
    pub callout: usize,
    pub undated: usize,
    pub legend: usize,
}

impl Rows {
    /// The rows that fit in `height`, the most telling first: trips, deadlines, the selected
    /// event, the bands, the dates, the trips to schedule, the axis, a second lane for trips'
    /// names, the legend.
    pub fn fit(height: usize, horizons: usize) -> Self {
        let mut left = height;
        let mut take = |n: usize| {
            let got = n.min(left);
            left -= got;
            got
        };
        let lane = take(1);
        let deadlines = take(1);
        let callout = take(1);
        let bands = take(horizons);
        let labels = take(1);
        let undated = take(1);
        let axis = take(1);
        let lanes = lane + take(1);
        let legend = take(1);
        Self {
            labels,
            axis,
            bands,
            lanes,
            deadlines,
            callout,
            undated,
            legend,
        }
    }

    pub const fn height(self) -> usize {
        self.labels
            + self.axis
            + self.bands
            + self.lanes
            + self.deadlines
            + self.callout
            + self.undated
            + self.legend
    }

    /// The deadlines' row, from the first inside the border.
    pub const fn deadlines_row(self) -> usize {
        self.labels + self.axis + self.bands + self.lanes
    }
}

/// The height the timeline wants, border included.
pub fn wanted(horizons: usize) -> u16 {
    u16::try_from(Rows::fit(usize::MAX, horizons).height() + 2).unwrap_or(u16::MAX)
}

/// The scale and rows of a timeline drawn in `area` (border included).
pub fn geometry(model: &Model, area: Rect) -> (Scale, Rows) {
    let nav = &model.review.dashboard;
    let span = nav.window(&model.plan, model.today);
    let inner = pane::block("", true).inner(area);
    let scale = Scale {
        span,
        width: usize::from(inner.width),
    };
    let rows = Rows::fit(usize::from(inner.height), model.plan.horizons.len());
    (scale, rows)
}

pub fn draw(model: &Model, glance: &Glance, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let nav = &model.review.dashboard;
    let (scale, rows) = geometry(model, area);
    let title = format!(
        "{} · {}",
        t.glance.timeline,
        t.glance.window(t, nav.zoom, scale.span)
    );
    let block = pane::block(&title, true);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if scale.width == 0 || inner.height == 0 {
        return;
    }
    let today = scale.column(model.today);
    let selected = nav.event(&model.index);
    let mut lines: Vec<Line<'static>> = Vec::new();
    if rows.labels > 0 {
        let mut strip = axis::labels(t, nav.zoom, scale);
        if rows.axis == 0 {
            mark_today(&mut strip, today, glyphs::TODAY_AXIS);
        }
        lines.push(strip.line());
    }
    if rows.axis > 0 {
        let mut strip = axis::ticks(nav.zoom, scale);
        if let Some(c) = today {
            strip.put(c, glyphs::TODAY_AXIS, glyphs::TODAY_STYLE, Kind::Solid);
        }
        lines.push(strip.line());
    }
    for h in 0..rows.bands {
        let mut strip = axis::band(model, h, scale);
        mark_today(&mut strip, today, glyphs::TODAY);
        lines.push(strip.line());
    }
    for mut strip in events::trips(model, glance, scale, rows.lanes, selected) {
        mark_today(&mut strip, today, glyphs::TODAY);
        lines.push(strip.line());
    }
    if rows.deadlines > 0 {
        lines.push(deadlines(model, glance, scale, today, selected).line());
    }
    if rows.callout > 0 {
        lines.push(events::callout(model, glance, scale, selected));
    }
    if rows.undated > 0 {
        lines.push(events::undated(model, glance, scale.width, selected));
    }
    if rows.legend > 0 {
        lines.push(legend(model, scale.width));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Today's line through the cells nothing else holds.
fn mark_today(strip: &mut Strip, today: Option<usize>, c: char) {
    if let Some(at) = today
        && matches!(strip.kind(at), Some(Kind::Blank | Kind::Fill))
    {
        strip.put(at, c, glyphs::TODAY_STYLE, Kind::Fill);
    }
}

/// One tick per column holding open deadlines: the late glyph where any is late.
fn deadlines(
    model: &Model,
    glance: &Glance,
    scale: Scale,
    today: Option<usize>,
    selected: Option<Event>,
) -> Strip {
    let mut strip = Strip::new(scale.width);
    for (c, tick) in day_ticks(&glance.due_days, scale).into_iter().enumerate() {
        match tick {
            Some(Tick::Late) => strip.put(c, glyphs::LATE, theme::LATE, Kind::Solid),
            Some(Tick::Open) => strip.put(c, glyphs::DEADLINE, theme::META, Kind::Solid),
            None => {}
        }
    }
    mark_today(&mut strip, today, glyphs::TODAY);
    if let Some(Event::Due(_)) = selected
        && let Some(c) = events::selected_column(model, scale)
    {
        strip.restyle(c, theme::SELECTED_FOCUS);
    }
    strip
}

/// What each glyph means, as far as the width goes.
fn legend(model: &Model, width: usize) -> Line<'static> {
    use crate::domain::TripStatus;
    let t = model.t();
    let g = t.glance;
    let mut parts = vec![
        (glyphs::TODAY, g.today_line),
        (glyphs::DEADLINE, g.deadline),
        (glyphs::LATE, g.late),
    ];
    for (_, status) in TripStatus::NAMED {
        parts.push((glyphs::trip(status), (t.trip_status)(status)));
    }
    let mut strip = Strip::new(width);
    let mut x = 0;
    for (glyph, word) in parts {
        let text = format!("{glyph} {word}  ");
        if x + unicode_width::UnicodeWidthStr::width(text.as_str()) > width {
            break;
        }
        x += strip.write(x, &text, theme::DIM);
    }
    strip.line()
}
