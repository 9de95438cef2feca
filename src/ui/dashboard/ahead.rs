//! The trips leaving in the next weeks and how ready they are: of the checklist items due by
//! today, how many are done — red, and `✗`, while some are not.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::titled_more;
use crate::app::Model;
use crate::domain::{AHEAD_DAYS, Glance, Readiness, days_until};
use crate::sanitize::shown;
use crate::ui::text::fit;
use crate::ui::theme;

/// "2/5 ⚠ 1": done of due, and how many are late; "rien de dû" before anything is.
fn figures(model: &Model, r: Readiness) -> String {
    let mut text = if r.due == 0 {
        model.t().glance.nothing_due.to_owned()
    } else {
        format!("{}/{}", r.due_done, r.due)
    };
    if r.late > 0 {
        text = format!("{text} {} {}", theme::GLYPH_LATE, r.late);
    }
    text
}

pub fn draw(model: &Model, glance: &Glance, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let g = t.glance;
    // What the figures count, in the title where it fits; how many, always.
    let title = (g.ahead)(AHEAD_DAYS, glance.ahead.len());
    let block = titled_more(&title, g.readiness, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    if glance.ahead.is_empty() {
        let line = Line::styled(
            fit(&(g.none_ahead)(AHEAD_DAYS), width).into_owned(),
            theme::DIM,
        );
        frame.render_widget(Paragraph::new(line), inner);
        return;
    }
    let rows: Vec<(String, String, String)> = glance
        .ahead
        .iter()
        .map(|&(tr, r)| {
            let trip = &model.plan.trips[tr];
            let days = trip.start.map_or(0, |s| days_until(s, model.today));
            (
                shown(&trip.destination).into_owned(),
                (t.countdown)(days),
                figures(model, r),
            )
        })
        .collect();
    let when_w = rows.iter().map(|r| r.1.width()).max().unwrap_or(0);
    let figures_w = rows.iter().map(|r| r.2.width()).max().unwrap_or(0);
    let gauge_w = 6;
    let name_w = width.saturating_sub(2 + when_w + 1 + gauge_w + 1 + figures_w + 1);
    let mut lines = Vec::new();
    for ((_, r), (name, when, figs)) in glance.ahead.iter().zip(&rows).take(height) {
        let (glyph, style) = if r.is_ready() {
            (theme::GLYPH_DONE, theme::DONE)
        } else {
            ("✗", theme::LATE)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{glyph} "), style),
            Span::raw(format!("{:<name_w$} ", fit(name, name_w))),
            Span::styled(format!("{when:<when_w$} "), theme::META),
            Span::styled(theme::gauge(r.ratio(), gauge_w), style),
            Span::styled(format!(" {figs}"), style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
