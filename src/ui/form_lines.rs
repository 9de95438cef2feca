//! A form's text of several lines (notes, a trip's purpose): folded to its first lines when
//! another field has the focus, the multi-line editor (`ratatui-textarea`) when it has it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui_textarea::TextArea;

use super::text::{fit, wrap};
use crate::sanitize::inert;

/// How many lines a text of several lines shows: in the editor, and folded.
const EDITOR_LINES: usize = 8;
const FOLDED_LINES: usize = 3;

/// The rows of the field, `width` wide, and how many the editor takes when focused: blank
/// rows for the editor drawn over them; otherwise the first lines of the text, wrapped and
/// inert, "…" where it goes on.
pub fn rows(
    area: &TextArea<'static>,
    focused: bool,
    width: usize,
) -> (Vec<Vec<Span<'static>>>, usize) {
    let width = width.max(1);
    if focused {
        // As many rows as the text wraps to and one to type into, within bounds; the
        // editor scrolls beyond.
        let wrapped: usize = area
            .lines()
            .iter()
            .take(EDITOR_LINES + 1)
            .map(|line| wrap(line, width).len().max(1))
            .sum();
        let height = (wrapped + 1).clamp(3, EDITOR_LINES);
        return (vec![Vec::new(); height], height);
    }
    let mut shown: Vec<String> = Vec::new();
    let mut cut = false;
    'lines: for line in area.lines() {
        for part in wrap(&inert(line), width) {
            if shown.len() == FOLDED_LINES {
                cut = true;
                break 'lines;
            }
            shown.push(part);
        }
    }
    if shown.is_empty() {
        shown.push(String::new());
    }
    if cut && let Some(last) = shown.last_mut() {
        *last = fit(&format!("{last} …"), width).into_owned();
    }
    (shown.into_iter().map(|l| vec![Span::raw(l)]).collect(), 0)
}

/// The editor at column and row `at` of the form's `popup`, `size` (width, height) large
/// within the popup's frame, and the terminal's cursor where the editor's is (for the eye and
/// for input methods). What it draws of a store's text cannot drive the terminal: the
/// frame's buffer drops control characters, and a form refuses them on submit.
pub fn draw_editor(
    frame: &mut Frame,
    area: &TextArea<'static>,
    popup: Rect,
    at: (usize, usize),
    size: (usize, usize),
) {
    let cells = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let inner = popup.inner(ratatui::layout::Margin::new(1, 1));
    let rect = Rect {
        x: popup.x.saturating_add(cells(at.0)),
        y: popup.y.saturating_add(cells(at.1)),
        width: cells(size.0),
        height: cells(size.1),
    }
    .intersection(inner);
    if rect.is_empty() {
        return;
    }
    frame.render_widget(area, rect);
    let cursor = area.screen_cursor();
    let (top, left) = area.scroll_offset();
    let row = cursor.row.checked_sub(usize::from(top));
    let col = cursor.col.checked_sub(usize::from(left));
    if let (Some(row), Some(col)) = (row, col)
        && row < usize::from(rect.height)
        && col < usize::from(rect.width)
    {
        let row = u16::try_from(row).unwrap_or(u16::MAX);
        let col = u16::try_from(col).unwrap_or(u16::MAX);
        frame.set_cursor_position(Position {
            x: rect.x + col,
            y: rect.y + row,
        });
    }
}
