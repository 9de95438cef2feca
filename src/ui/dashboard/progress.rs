//! Progress: a gauge per horizon, then one per objective of the selected horizon — the
//! horizon of the selected event, else the one whose time today is in.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::titled;
use crate::app::Model;
use crate::domain::{Progress, horizon_at, horizon_of};
use crate::sanitize::shown;
use crate::ui::rows::progress_spans;
use crate::ui::text::fit;
use crate::ui::theme;

/// The horizon whose objectives are listed.
pub fn selected_horizon(model: &Model) -> Option<usize> {
    let (plan, index) = (&model.plan, &model.index);
    let event = model.review.dashboard.event(index);
    event
        .and_then(|e| horizon_of(plan, index, e, model.today))
        .or_else(|| horizon_at(plan, model.today))
        .or_else(|| (!plan.horizons.is_empty()).then_some(0))
}

/// A label on the left, its figures on the right.
fn row(mark: &str, label: &str, p: Progress, width: usize) -> Line<'static> {
    let figures = progress_spans(p);
    let figures_width: usize = figures.iter().map(Span::width).sum();
    let room = width.saturating_sub(mark.width() + figures_width + 1);
    let mut spans = vec![
        Span::styled(mark.to_owned(), theme::KEY),
        Span::raw(format!("{:<room$} ", fit(label, room))),
    ];
    spans.extend(figures);
    Line::from(spans)
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let block = titled(t.progress, area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let selected = selected_horizon(model);
    let mut lines = Vec::new();
    for (h, horizon) in plan.horizons.iter().enumerate() {
        let mark = if Some(h) == selected {
            theme::MARK
        } else {
            "  "
        };
        let p = index.horizon_progress.get(h).copied().unwrap_or_default();
        lines.push(row(mark, &shown(&horizon.label), p, width));
    }
    if let Some(h) = selected {
        lines.push(Line::default());
        let heading = format!("{} · {}", t.col_objectives, shown(&plan.horizons[h].label));
        lines.push(Line::styled(fit(&heading, width).into_owned(), theme::KEY));
        let objectives = index.objectives_of.get(h).map_or(&[][..], Vec::as_slice);
        if objectives.is_empty() {
            lines.push(Line::styled(format!("  {}", t.no_objectives), theme::DIM));
        }
        let room = height.saturating_sub(lines.len());
        let shown_count = if objectives.len() > room {
            room.saturating_sub(1)
        } else {
            objectives.len()
        };
        for &o in &objectives[..shown_count] {
            let p = index.objective_progress[o];
            lines.push(row("  ", &shown(&plan.objectives[o].title), p, width));
        }
        if shown_count < objectives.len() && room > 0 {
            let more = format!("  … +{}", objectives.len() - shown_count);
            lines.push(Line::styled(more, theme::DIM));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
