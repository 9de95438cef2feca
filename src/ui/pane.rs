//! A detail pane of lines, some of them selectable, scrolled to keep the selection in sight.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{flow, theme};
use crate::app::Scroll;

#[derive(Default)]
pub struct Lines {
    text: Vec<Line<'static>>,
    /// First and last line of the selected row.
    selected: Option<(usize, usize)>,
    focused: bool,
}

impl Lines {
    pub fn new(focused: bool) -> Self {
        Self {
            focused,
            ..Self::default()
        }
    }

    pub fn push(&mut self, line: impl Into<Line<'static>>) {
        self.text.push(line.into());
    }

    pub fn blank(&mut self) {
        self.text.push(Line::default());
    }

    /// A row the adviser can select, marked and highlighted when it is the selection.
    pub fn row(&mut self, spans: Vec<Span<'static>>, selected: bool) {
        self.rows(vec![spans], selected);
    }

    /// A selectable row of several lines (continuation lines are indented like the first).
    pub fn rows(&mut self, lines: Vec<Vec<Span<'static>>>, selected: bool) {
        let (mark, style) = match (selected, self.focused) {
            (true, true) => (theme::MARK_FOCUS, Some(theme::SELECTED_FOCUS)),
            (true, false) => (theme::MARK, Some(theme::SELECTED)),
            _ => ("  ", None),
        };
        let first = self.text.len();
        for (n, spans) in lines.into_iter().enumerate() {
            let lead = if n == 0 { mark } else { "  " };
            let mut line = Line::from([vec![Span::raw(lead)], spans].concat());
            if let Some(style) = style {
                line = line.style(style);
            }
            self.text.push(line);
        }
        if style.is_some() {
            self.selected = Some((first, self.text.len().saturating_sub(1)));
        }
    }

    /// A selectable row of `text` after `lead` (a glyph), wrapped in the `width` of the pane
    /// in as many lines as a title of a list takes, the next lines under the text.
    pub fn wrapped_row(
        &mut self,
        lead: Vec<Span<'static>>,
        text: &str,
        width: usize,
        selected: bool,
    ) {
        let style = ratatui::style::Style::new();
        // The mark takes two cells before each line.
        let lines = super::rows::title_lines(lead, text, width.saturating_sub(2), style);
        self.rows(lines.into_iter().map(|l| l.spans).collect(), selected);
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The first line shown in `height` lines: the selected row kept in sight.
    pub fn offset(&self, height: usize, scroll: &Scroll) -> usize {
        let (first, last) = self.selected.unwrap_or((0, 0));
        // Bring the row's last line into view, then its first (which wins on a tiny pane).
        scroll.window(last, self.text.len(), height);
        scroll.window(first, self.text.len(), height)
    }

    pub fn draw(self, frame: &mut Frame, area: Rect, block: Block<'static>, scroll: &Scroll) {
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let height = usize::from(inner.height);
        let offset = self.offset(height, scroll);
        let shown: Vec<Line> = self.text.into_iter().skip(offset).take(height).collect();
        frame.render_widget(Paragraph::new(shown), inner);
    }
}

/// A list on the left, its selection's detail on the right.
pub fn split(area: Rect) -> [Rect; 2] {
    ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Fill(2),
        ratatui::layout::Constraint::Fill(3),
    ])
    .areas(area)
}

/// A bordered block, its border lit when it has the keyboard.
pub fn block(title: &str, focused: bool) -> Block<'static> {
    let style = if focused {
        theme::FOCUS_BORDER
    } else {
        theme::BORDER
    };
    Block::bordered()
        .border_style(style)
        .title(Line::styled(format!(" {title} "), theme::TITLE))
}

/// A list of `len` rows, of which only the visible ones are built by `row` (given the row
/// and the columns its text may take); each takes the lines its text needs.
pub fn list(
    frame: &mut Frame,
    area: Rect,
    block: Block<'static>,
    (selected, len): (usize, usize),
    focused: bool,
    scroll: &Scroll,
    row: impl Fn(usize, usize) -> flow::Row,
) {
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = list_width(inner);
    let selected = selected.min(len.saturating_sub(1));
    let window = flow::window(scroll, selected, len, usize::from(inner.height), |r| {
        row(r, width)
    });
    flow::draw(frame, inner, window, selected, focused);
}

/// The columns a row's text takes in a list drawn inside `inner`: all but the mark.
fn list_width(inner: Rect) -> usize {
    usize::from(inner.width).saturating_sub(theme::MARK.chars().count())
}

/// The row of a [`list`] drawn in `area` (its border included) under line `line` inside the
/// border, as last drawn: what a click there selects.
pub fn list_row_at(
    area: Rect,
    len: usize,
    scroll: &Scroll,
    line: usize,
    row: impl Fn(usize, usize) -> flow::Row,
) -> Option<usize> {
    let width = list_width(block("", false).inner(area));
    flow::row_at(scroll.first(), len, line, |r| row(r, width))
}
