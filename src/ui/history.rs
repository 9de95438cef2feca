//! The history overlay (`H`): one line per change to the selected record, newest first —
//! the day and time, who, and what changed — read from git's log by the runtime.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::Model;
use crate::sanitize::inert;
use crate::sync::history::Entry;

/// The record's ID, its entries, the first entry shown, and what to say instead of entries.
pub type Shown<'a> = (&'a str, &'a [Entry], u16, Option<&'a str>);

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, (id, entries, scroll, note): Shown) {
    let t = model.t();
    let mut lines = Vec::new();
    if let Some(note) = note {
        lines.push(Line::raw(inert(note).into_owned()));
    }
    for e in entries.iter().skip(usize::from(scroll)) {
        // "2014-09-16T10:42:00+02:00" shown as "2014-09-16 10:42".
        let when = e.date.get(..16).unwrap_or(&e.date).replacen('T', " ", 1);
        lines.push(Line::from(vec![
            Span::styled(format!("{when}  "), theme::KEY),
            Span::styled(format!("{}  ", inert(&e.author)), theme::TITLE),
            Span::raw(inert(&e.change).into_owned()),
        ]));
    }
    let height = u16::try_from(lines.len().max(1) + 2).unwrap_or(u16::MAX);
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(96)])
        .flex(Flex::Center)
        .areas(vertical);
    // The record by its name, as everywhere (its ID only once it is gone).
    let name = crate::domain::locate(&model.plan, id).map_or_else(
        || id.to_owned(),
        |place| {
            let record = crate::domain::record_at(&model.plan, place);
            let fields = crate::domain::fields(&record);
            ["title", "label", "name", "destination"]
                .iter()
                .find_map(|k| fields.get(*k).and_then(|v| v.as_str()).map(str::to_owned))
                .unwrap_or_else(|| id.to_owned())
        },
    );
    let room = usize::from(popup.width.saturating_sub(6));
    let title = (t.history_title)(&inert(&name));
    let title = format!(" H {} ", super::text::fit(&title, room));
    let block = Block::bordered()
        .border_style(theme::FOCUS_BORDER)
        .title(Line::styled(title, theme::TITLE));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}
