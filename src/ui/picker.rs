//! The export menu: a list to choose from.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Clear;

use super::pane::{self, Lines};
use super::text::fit;
use crate::app::{Model, Scroll};
use crate::sanitize::shown;

/// The export menu: what can be written, the file name it will get.
pub fn exports(model: &Model, frame: &mut Frame, area: Rect, row: usize) {
    let t = model.t();
    let choices = crate::app::exports(model);
    let height = u16::try_from(choices.len() + 2).unwrap_or(u16::MAX);
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(72)])
        .flex(Flex::Center)
        .areas(vertical);
    let width = usize::from(popup.width.saturating_sub(4));
    let mut lines = Lines::new(true);
    for (i, export) in choices.iter().enumerate() {
        let label = export.label(model.lang);
        let file = export.file_name(model.today);
        let text = format!("{label}  → {file}");
        lines.row(
            vec![Span::raw(fit(&shown(&text), width).into_owned())],
            i == row,
        );
    }
    frame.render_widget(Clear, popup);
    let title = t.key_labels.export;
    lines.draw(frame, popup, pane::block(title, true), &Scroll::default());
}
