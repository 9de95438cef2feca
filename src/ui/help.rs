//! The help overlay, written from the key table: it cannot list a key that does nothing.
//! First the keys that act where the adviser is, said for that place ("ajouter une action à
//! cet objectif"); then every other key of browsing; then those of each overlay; then what
//! `a` adds where, and what the glyphs mean.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::text::wrap;
use super::theme;
use crate::app::{Binding, Model, Scope, Screen, bindings, deed, keys_here, place};
use crate::i18n::Catalogue;

const WIDTH: u16 = 78;
/// The keys' column, right-aligned.
const KEYS: usize = 20;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, scroll: u16) {
    let lines = lines(model, usize::from(area.width.min(WIDTH).saturating_sub(2)));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(WIDTH)])
        .flex(Flex::Center)
        .areas(vertical);
    let t = model.t();
    let title = format!(" ? {} ", t.key_labels.help);
    // Scrolled no further than the last line at the bottom of the frame.
    let shown = usize::from(popup.height.saturating_sub(2));
    let last = u16::try_from(lines.len().saturating_sub(shown)).unwrap_or(u16::MAX);
    let scroll = scroll.min(last);
    let mut block = Block::bordered()
        .border_style(theme::FOCUS_BORDER)
        .title(Line::styled(title, theme::TITLE));
    if scroll < last {
        let more = format!(" {} ", t.help.more);
        block = block.title_bottom(Line::styled(more, theme::KEY).right_aligned());
    }
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        popup,
    );
}

/// Every line of the help, `width` columns wide, for the place the adviser is at.
fn lines(model: &Model, width: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let (labels, words) = (&t.key_labels, t.help);
    let here = place(model);
    let acting = keys_here(here);
    let on_this_screen =
        |b: &&Binding| matches!(b.scope, Scope::Browse | Scope::Deadlines | Scope::Lists);
    let mut lines = Vec::new();
    // The dashboard's own keys first there: `h` and `l` move in time, not between lists.
    let dashboard = model.screen == Screen::Dashboard;
    if dashboard {
        heading(&mut lines, t.glance.screen);
        for binding in bindings().filter(|b| b.scope == Scope::Dashboard) {
            key_line(&mut lines, t, binding, (binding.label)(t), width);
        }
    }

    if !acting.is_empty() {
        heading(&mut lines, &(words.here)(here));
    }
    for msg in acting {
        for binding in bindings().filter(on_this_screen).filter(|b| b.msg == *msg) {
            let said = deed(msg).and_then(|d| (words.deed)(here, d));
            key_line(
                &mut lines,
                t,
                binding,
                said.unwrap_or((binding.label)(t)),
                width,
            );
        }
    }

    heading(&mut lines, words.elsewhere);
    let elsewhere = |b: &&Binding| {
        matches!(b.scope, Scope::Browse | Scope::Global | Scope::Lists) && !acting.contains(&b.msg)
    };
    for binding in bindings().filter(elsewhere) {
        key_line(&mut lines, t, binding, (binding.label)(t), width);
    }
    let overlays = [
        (
            Scope::Dashboard,
            if dashboard { "" } else { t.glance.screen },
        ),
        (Scope::Always, labels.always),
        (Scope::Deadlines, t.screen_deadlines),
        (Scope::Form, words.in_form),
        (Scope::Lines, words.in_lines),
        (Scope::Search, words.in_search),
        (Scope::Menu, labels.in_picker),
        (Scope::Pick, words.in_pick),
        (Scope::Confirm, words.in_confirm),
        (Scope::Conflicts, words.in_conflicts),
        (Scope::History, words.in_history),
        (Scope::Help, labels.in_help),
        (Scope::Leaving, labels.when_leaving),
    ];
    for (scope, title) in overlays {
        let listed = |b: &&Binding| {
            b.scope == scope && !(scope == Scope::Deadlines && acting.contains(&b.msg))
        };
        if title.is_empty() || bindings().filter(listed).count() == 0 {
            continue;
        }
        heading(&mut lines, title);
        for binding in bindings().filter(listed) {
            key_line(&mut lines, t, binding, (binding.label)(t), width);
        }
    }

    heading(&mut lines, words.adds);
    for (place, what) in words.adds_where {
        pair(&mut lines, place, what, width);
    }
    heading(&mut lines, words.legend);
    for (glyph, meaning) in words.glyphs {
        pair(&mut lines, glyph, meaning, width);
    }
    lines
}

fn heading(lines: &mut Vec<Line<'static>>, title: &str) {
    if !lines.is_empty() {
        lines.push(Line::default());
    }
    lines.push(Line::styled(title.to_owned(), theme::TITLE));
}

/// The binding's keys in the keys' column, then what they do, wrapped under itself.
fn key_line(
    lines: &mut Vec<Line<'static>>,
    t: &Catalogue,
    binding: &Binding,
    said: &str,
    width: usize,
) {
    let keys: Vec<String> = binding.keys.iter().map(|k| k.name(t)).collect();
    pair(lines, &keys.join(" "), said, width);
}

/// `left` right-aligned in the keys' column (or on a line of its own when longer), `right`
/// wrapped in the rest of the width.
fn pair(lines: &mut Vec<Line<'static>>, left: &str, right: &str, width: usize) {
    let room = width.saturating_sub(KEYS + 2).max(10);
    let mut first = true;
    if left.width() > KEYS {
        lines.push(Line::styled(format!(" {left}"), theme::KEY));
        first = false;
    }
    for line in wrap(right, room) {
        let key = if first { left } else { "" };
        first = false;
        let pad = KEYS.saturating_sub(key.width());
        lines.push(Line::from(vec![
            Span::styled(format!("{:pad$}{key}  ", ""), theme::KEY),
            Span::raw(line),
        ]));
    }
}
