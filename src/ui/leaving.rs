//! The quit confirmation when changes cannot be saved, and the offer of a recovery file.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::pane;
use super::text::wrap;
use super::theme;
use crate::app::{Leaving, Model, RecoveryOffer, Scope, bindings};
use crate::sanitize::inert;

const WIDTH: u16 = 72;

/// How many changes, why, and the three ways on — written from the key table.
pub fn unsaved(model: &Model, leaving: &Leaving, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let text = &t.leaving;
    let inner = usize::from(area.width.min(WIDTH).saturating_sub(2));
    let mut lines = paragraph(&(text.unsaved)(model.pending.len()), inner, theme::TITLE);
    lines.extend(paragraph(
        &(text.why)(&inert(&leaving.reason)),
        inner,
        Style::new(),
    ));
    if let Some(failed) = &leaving.keep_failed {
        lines.extend(paragraph(&inert(failed), inner, theme::LATE));
    }
    lines.push(Line::default());
    for binding in bindings().filter(|b| b.scope == Scope::Leaving) {
        let keys: Vec<String> = binding.keys.iter().map(|k| k.name(t)).collect();
        lines.push(Line::from(vec![
            Span::styled(format!(" {:<12} ", keys.join(" / ")), theme::KEY),
            Span::raw((binding.label)(t)),
        ]));
    }
    lines.push(Line::default());
    lines.extend(paragraph(text.keep_note, inner, theme::DIM));
    draw(frame, area, text.unsaved_title, lines);
}

/// What an earlier session could not save, where it is kept, and yes or no.
pub fn offer(model: &Model, offer: &RecoveryOffer, frame: &mut Frame, area: Rect) {
    let text = &model.t().leaving;
    let inner = usize::from(area.width.min(WIDTH).saturating_sub(2));
    let question = (text.offer)(offer.ops.len(), &offer.place);
    let mut lines = paragraph(&question, inner, Style::new());
    lines.push(Line::default());
    lines.extend(paragraph(text.offer_hint, inner, theme::KEY));
    draw(frame, area, text.offer_title, lines);
}

fn paragraph(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

fn draw(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line<'static>>) {
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(WIDTH)])
        .flex(Flex::Center)
        .areas(vertical);
    frame.render_widget(Clear, popup);
    let block = pane::block(title, true).border_style(theme::LATE);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
