//! The help overlay, written from the key table: it cannot list a key that does nothing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::theme;
use crate::app::{Model, Scope, Screen, bindings};

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, scroll: u16) {
    let t = model.t();
    let labels = &t.key_labels;
    let mut lines = Vec::new();
    // The keys of the screen in view first: `h` and `l` differ on the dashboard.
    let lists = (Scope::Lists, t.glance.lists);
    let dashboard = (Scope::Dashboard, t.glance.screen);
    let (here, other) = if model.screen == Screen::Dashboard {
        (dashboard, lists)
    } else {
        (lists, dashboard)
    };
    let sections = [
        here,
        (Scope::Browse, labels.all_screens),
        other,
        (Scope::Deadlines, t.screen_deadlines),
        (Scope::OwnerPicker, labels.in_picker),
        (Scope::Global, labels.everywhere),
        (Scope::Always, labels.always),
        (Scope::Help, labels.in_help),
        (Scope::Leaving, labels.when_leaving),
    ];
    for (scope, heading) in sections {
        lines.push(Line::styled(heading, theme::TITLE));
        for binding in bindings().filter(|b| b.scope == scope) {
            let keys: Vec<String> = binding.keys.iter().map(|k| k.name(labels)).collect();
            lines.push(Line::from(vec![
                Span::styled(format!("{:>20}  ", keys.join(" ")), theme::KEY),
                Span::raw((binding.label)(t)),
            ]));
        }
        lines.push(Line::default());
    }
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(60)])
        .flex(Flex::Center)
        .areas(vertical);
    let title = format!(" ? {} ", labels.help);
    let block = Block::bordered()
        .border_style(theme::FOCUS_BORDER)
        .title(Line::styled(title, theme::TITLE));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        popup,
    );
}
