//! What surrounds every screen: the title bar, the status bar and the footer of keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use unicode_width::UnicodeWidthStr;

use super::text::fit;
use super::theme;
use crate::app::{Model, NoticeKind, bindings_for};
use crate::sanitize::inert;

pub fn header(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let line = Line::from(vec![
        Span::styled(
            " jalons ",
            theme::HEADER.add_modifier(ratatui::style::Modifier::BOLD),
        ),
        Span::styled(format!(" 1 {} ", t.screen_roadmap), theme::KEY),
        Span::styled(format!(" {}", inert(&model.plan.title)), theme::DIM),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

pub fn status_bar(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let today = format!(" {} : {} ", t.today, t.date(model.today));
    let width = u16::try_from(today.width()).unwrap_or(u16::MAX);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    let mut room = usize::from(left.width);
    let mut spans = Vec::new();
    if let Some(notice) = &model.notice {
        let style = match notice.kind {
            NoticeKind::Info => theme::META,
            NoticeKind::Saved => theme::SAVED,
            NoticeKind::Error => theme::ERROR,
        };
        let shown = format!(" {} ", fit(&notice.text, room.saturating_sub(2)));
        room = room.saturating_sub(shown.width());
        spans.push(Span::styled(shown, style));
    }
    spans.push(Span::styled(
        format!(" {}", fit(&model.store_label, room.saturating_sub(1))),
        theme::DIM,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(Paragraph::new(Span::styled(today, theme::META)), right);
}

/// The few keys that matter here, from the key table itself, as many as fit.
pub fn footer(model: &Model, frame: &mut Frame, area: Rect) {
    let labels = &model.t().key_labels;
    let mut spans = Vec::new();
    let mut used = 0;
    for binding in bindings_for(model.mode).filter(|b| b.footer) {
        let key = binding
            .keys
            .first()
            .map(|k| k.name(labels))
            .unwrap_or_default();
        let key = format!(" {key}");
        let label = format!(" {} ", (binding.label)(labels));
        used += key.width() + label.width();
        if used > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(key, theme::KEY));
        spans.push(Span::styled(label, theme::DIM));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
