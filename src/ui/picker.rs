//! The export menu: a list to choose from.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::pane::{self, Lines};
use super::text::fit;
use crate::app::{Model, Scroll};
use crate::sanitize::shown;

/// The export menu: the folder it writes into, then what can be written and the file name it
/// will get there.
pub fn exports(model: &Model, frame: &mut Frame, area: Rect, row: usize) {
    let t = model.t();
    let choices = crate::app::exports(model);
    let height = u16::try_from(choices.len() + 3).unwrap_or(u16::MAX);
    let [vertical] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Max(72)])
        .flex(Flex::Center)
        .areas(vertical);
    let width = usize::from(popup.width.saturating_sub(4));
    let mut lines = Lines::new(true);
    // "Dans ~/Documents": a long folder keeps its last names ("Dans …/Notes/2014").
    let lead = (t.script.export_into)("");
    let room = (width + 2).saturating_sub(unicode_width::UnicodeWidthStr::width(lead.as_str()));
    let folder = fit_end(&shown(&model.exports.shown), room);
    lines.push(Line::from(Span::raw(format!("{lead}{folder}"))));
    for (i, export) in choices.iter().enumerate() {
        let label = export.label(model.lang);
        let file = crate::app::export_file_name(model, i, export);
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

/// The end of a path when it is too wide, "…" before, from a whole name on: a folder is
/// known by its last names ("…/Notes/2014").
fn fit_end(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_owned();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    let tail: String = kept.into_iter().rev().collect();
    let whole = tail.find('/').map_or(tail.as_str(), |at| &tail[at..]);
    format!("…{whole}")
}
