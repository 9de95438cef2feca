//! The search overlay: what is typed, and the records found, their matched letters lit.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::pane::{self, Lines};
use super::text::{fit, wrap};
use super::theme;
use crate::app::{Model, Scroll, Search};
use crate::sanitize::{inert, shown};
use crate::search::{Hit, Target, field_text};

pub fn draw(model: &Model, search: &Search, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let [popup] = Layout::horizontal([Constraint::Max(90)])
        .flex(Flex::Center)
        .areas(area);
    let query = inert(search.input.value()).into_owned();
    // Nothing found for what was typed: said in words, the query quoted (wrapped, never cut).
    let none = (search.hits.is_empty() && !query.trim().is_empty()).then(|| {
        let room = usize::from(area.width.min(90).saturating_sub(4));
        wrap(&(t.search_no_results)(query.trim()), room)
    });
    let rows = none.as_ref().map_or(search.hits.len(), Vec::len);
    let height = u16::try_from(rows + 5).unwrap_or(u16::MAX).max(6);
    let [popup] = Layout::vertical([Constraint::Max(height)]).areas(popup);
    let width = usize::from(popup.width.saturating_sub(2));
    frame.render_widget(Clear, popup);
    let mut lines = Lines::new(true);
    lines.push(Line::from(vec![
        Span::styled("/ ", theme::KEY),
        Span::raw(fit(&query, width.saturating_sub(2)).into_owned()),
    ]));
    lines.blank();
    for line in none.into_iter().flatten() {
        lines.push(Line::styled(line, theme::DIM));
    }
    for (row, hit) in search.hits.iter().enumerate() {
        lines.row(
            hit_spans(model, hit, width.saturating_sub(2)),
            row == search.row,
        );
    }
    let title = t.search_prompt;
    let cursor_x = search.input.visual_cursor();
    lines.draw(frame, popup, pane::block(title, true), &Scroll::default());
    let x = popup.x + 3 + u16::try_from(cursor_x).unwrap_or(0);
    if x < popup.right().saturating_sub(1) {
        frame.set_cursor_position(Position { x, y: popup.y + 1 });
    }
}

/// "action  Déplacement à Bucarest · Se tourner vers l'Europe…", matched letters lit.
fn hit_spans(model: &Model, hit: &Hit, width: usize) -> Vec<Span<'static>> {
    let t = model.t();
    let kind = format!("{:<12}", (t.search_kind)(hit.target.kind()));
    let text = field_text(&model.plan, hit.target, hit.field).unwrap_or_default();
    let room = width.saturating_sub(kind.chars().count() + 1);
    let mut spans = vec![Span::styled(kind, theme::DIM)];
    // Start a little before the first match, so the match is in sight in a long note; only
    // what the row can show is taken from the text, however long it is.
    let first = hit.indices.first().map_or(0, |&i| i as usize);
    let start = if first > room / 2 && text.chars().nth(room).is_some() {
        first - room / 3
    } else {
        0
    };
    let window: String = text.chars().skip(start).take(room + 1).collect();
    // Only an unchanged text can be lit letter by letter: `inert` may lengthen it.
    let shown: Vec<char> = match inert(&window) {
        Cow::Borrowed(text) => text.chars().collect(),
        Cow::Owned(text) => {
            let lead = if start > 0 { "…" } else { "" };
            spans.push(Span::raw(fit(&format!("{lead}{text}"), room).into_owned()));
            return with_context(model, hit.target, spans, width);
        }
    };
    let mut used = 0;
    if start > 0 {
        spans.push(Span::raw("…"));
        used += 1;
    }
    for (i, c) in shown.iter().enumerate().map(|(k, c)| (start + k, c)) {
        if used + 1 >= room {
            spans.push(Span::raw("…"));
            break;
        }
        let lit = hit
            .indices
            .binary_search(&u32::try_from(i).unwrap_or(u32::MAX))
            .is_ok();
        let style = if lit {
            theme::KEY.add_modifier(Modifier::UNDERLINED)
        } else {
            ratatui::style::Style::new()
        };
        spans.push(Span::styled(c.to_string(), style));
        used += 1;
    }
    with_context(model, hit.target, spans, width)
}

/// The record's parent, after its text: the objective of an action, the trip of an item.
fn with_context(
    model: &Model,
    target: Target,
    mut spans: Vec<Span<'static>>,
    width: usize,
) -> Vec<Span<'static>> {
    let plan = &model.plan;
    let context = match target {
        Target::Action(a) => plan.actions.get(a).and_then(|a| {
            let o = model.index.objective_pos.get(&a.objective)?;
            Some(plan.objectives[*o].title.clone())
        }),
        Target::Item { trip, .. } | Target::Member { trip, .. } => {
            plan.trips.get(trip).map(|t| t.destination.clone())
        }
        _ => None,
    };
    let used: usize = spans.iter().map(Span::width).sum();
    if let Some(context) = context
        && used + 6 < width
    {
        let room = width - used - 3;
        spans.push(Span::styled(
            format!(" · {}", fit(&shown(&context), room)),
            theme::DIM,
        ));
    }
    spans
}
