//! A detail pane of lines, some of them selectable, scrolled to keep the selection in sight.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};

use super::theme;
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

/// A list of `len` rows of `lines_per_row` lines, of which only the visible ones are built.
pub fn list(
    frame: &mut Frame,
    area: Rect,
    block: Block<'static>,
    (selected, len, lines_per_row): (usize, usize, u16),
    focused: bool,
    scroll: &Scroll,
    row: impl Fn(usize, usize) -> ListItem<'static>,
) {
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows_fit = usize::from(inner.height / lines_per_row.max(1)).max(1);
    let selected = selected.min(len.saturating_sub(1));
    let offset = scroll.window(selected, len, rows_fit);
    let end = (offset + rows_fit).min(len);
    let width = usize::from(inner.width).saturating_sub(theme::MARK.chars().count());
    let items: Vec<ListItem> = (offset..end).map(|r| row(r, width)).collect();
    let (style, mark) = if focused {
        (theme::SELECTED_FOCUS, theme::MARK_FOCUS)
    } else {
        (theme::SELECTED, theme::MARK)
    };
    let list = List::new(items)
        .highlight_style(style)
        .highlight_symbol(mark);
    let mut state = ListState::default().with_selected((len > 0).then(|| selected - offset));
    frame.render_stateful_widget(list, inner, &mut state);
}
