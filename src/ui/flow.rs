//! Lists whose rows take as many lines as their text needs: a long title goes on a second
//! line where the column is narrow instead of being cut. Only the rows near the window are
//! built, so a list of 10,000 rows costs what one of 20 does; the window keeps the selected
//! row whole in sight and scrolls only as far as it must, like every list here.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::app::Scroll;

/// One row of a list: its own lines (selected together, the first one marked), after lines
/// that belong to it but are not part of the selection, such as a group's heading.
#[derive(Default)]
pub struct Row {
    pub head: Vec<Line<'static>>,
    pub lines: Vec<Line<'static>>,
}

impl Row {
    pub fn new(lines: Vec<Line<'static>>) -> Self {
        Self {
            head: Vec::new(),
            lines,
        }
    }

    pub fn height(&self) -> usize {
        self.head.len() + self.lines.len().max(1)
    }
}

/// The rows of a list that `height` lines show: the first one's index and the rows built,
/// `selected` whole among them (or its top, if it is taller than the pane). `scroll` keeps
/// the first row between frames.
pub struct Window {
    pub first: usize,
    pub rows: Vec<Row>,
}

/// Works out the window from the first row shown last time: it moves only as far as needed
/// to bring `selected` in, and back when the list's end would leave lines empty.
pub fn window(
    scroll: &Scroll,
    selected: usize,
    len: usize,
    height: usize,
    mut build: impl FnMut(usize) -> Row,
) -> Window {
    if len == 0 {
        scroll.set(0);
        return Window {
            first: 0,
            rows: Vec::new(),
        };
    }
    let height = height.max(1);
    let selected = selected.min(len - 1);
    let mut made: BTreeMap<usize, Row> = BTreeMap::new();
    let mut row_height = |r: usize, made: &mut BTreeMap<usize, Row>| {
        made.entry(r).or_insert_with(|| build(r)).height()
    };
    let mut first = scroll.first().min(selected);
    // Back from the selection, as far as the pane holds: rows above that do not fit go.
    let mut top = selected;
    let mut used = row_height(selected, &mut made);
    while top > first && used + row_height(top - 1, &mut made) <= height {
        top -= 1;
        used += row_height(top, &mut made);
    }
    if top > first {
        first = top;
    }
    // Down from the first row until the pane is full; if the list ends first, rows above
    // come back into the pane.
    let mut used = 0;
    let mut end = first;
    while end < len && used < height {
        used += row_height(end, &mut made);
        end += 1;
    }
    while first > 0 && used + row_height(first - 1, &mut made) <= height {
        first -= 1;
        used += row_height(first, &mut made);
    }
    scroll.set(first);
    // Every row from `first` to `end` was measured, so made.
    let rows = made.range(first..end).map(|(&r, _)| r).collect::<Vec<_>>();
    let rows = rows.into_iter().filter_map(|r| made.remove(&r)).collect();
    Window { first, rows }
}

/// The row under line `line` of the pane (from its first line inside the border), as last
/// drawn from row `first`: what a click there selects. A heading is no row.
pub fn row_at(
    first: usize,
    len: usize,
    line: usize,
    mut build: impl FnMut(usize) -> Row,
) -> Option<usize> {
    let mut top = 0;
    for r in first..len {
        let row = build(r);
        let lines_start = top + row.head.len();
        let bottom = top + row.height();
        if line < bottom {
            return (line >= lines_start).then_some(r);
        }
        top = bottom;
    }
    None
}

/// Draws `window` in `area`: each row's lines after a two-cell mark, the selected one's
/// marked ("▶ " with the keyboard, "› " without) and lit across the pane's width.
pub fn draw(frame: &mut Frame, area: Rect, window: Window, selected: usize, focused: bool) {
    let (mark, style) = if focused {
        (theme::MARK_FOCUS, theme::SELECTED_FOCUS)
    } else {
        (theme::MARK, theme::SELECTED)
    };
    let height = usize::from(area.height);
    let mut lines = Vec::new();
    let mut lit = None;
    for (n, row) in window.rows.into_iter().enumerate() {
        let here = window.first + n == selected;
        lines.extend(row.head);
        let start = lines.len();
        for (i, line) in row.lines.into_iter().enumerate() {
            let lead = if here && i == 0 { mark } else { "  " };
            let mut spans = vec![Span::raw(lead)];
            spans.extend(line.spans);
            lines.push(Line::from(spans).style(line.style));
        }
        if here {
            lit = Some((start, lines.len()));
        }
        if lines.len() >= height {
            break;
        }
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), area);
    if let Some((start, end)) = lit {
        let start = u16::try_from(start).unwrap_or(u16::MAX);
        let end = u16::try_from(end.min(height)).unwrap_or(u16::MAX);
        if start < end {
            let band = Rect::new(area.x, area.y + start, area.width, end - start);
            frame.buffer_mut().set_style(band, style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of the given heights.
    fn rows(heights: &[usize]) -> impl FnMut(usize) -> Row + '_ {
        |r| Row::new(vec![Line::raw("x"); heights[r]])
    }

    fn first(scroll: &Scroll, selected: usize, heights: &[usize], height: usize) -> usize {
        window(scroll, selected, heights.len(), height, rows(heights)).first
    }

    #[test]
    fn the_selected_row_is_always_whole_in_sight() {
        let heights = [1, 3, 2, 1, 3, 3, 1, 2, 2, 1];
        let s = Scroll::default();
        for selected in (0..heights.len()).chain((0..heights.len()).rev()) {
            let top = first(&s, selected, &heights, 6);
            assert!(top <= selected, "{selected}");
            let used: usize = heights[top..=selected].iter().sum();
            assert!(used <= 6, "row {selected} not whole from {top}");
        }
    }

    #[test]
    fn it_scrolls_only_as_far_as_the_selection_needs() {
        let heights = [2; 20];
        let s = Scroll::default();
        assert_eq!(first(&s, 0, &heights, 6), 0);
        assert_eq!(first(&s, 2, &heights, 6), 0);
        assert_eq!(first(&s, 3, &heights, 6), 1);
        assert_eq!(
            first(&s, 2, &heights, 6),
            1,
            "moving up inside does not scroll"
        );
        assert_eq!(first(&s, 0, &heights, 6), 0);
        // At the end, the pane is full: the last rows, not the last one alone.
        assert_eq!(first(&s, 19, &heights, 6), 17);
        // A row taller than the pane shows from its top.
        assert_eq!(first(&Scroll::default(), 1, &[1, 9, 1], 4), 1);
    }

    #[test]
    fn a_click_finds_the_row_drawn_there_and_not_a_heading() {
        let build = |r: usize| Row {
            head: if r == 1 {
                vec![Line::raw("heading")]
            } else {
                Vec::new()
            },
            lines: vec![Line::raw("x"); 2],
        };
        // Row 0 on lines 0-1, the heading on 2, row 1 on 3-4, row 2 on 5-6.
        let hits: Vec<Option<usize>> = (0..8).map(|l| row_at(0, 3, l, build)).collect();
        assert_eq!(
            hits,
            [
                Some(0),
                Some(0),
                None,
                Some(1),
                Some(1),
                Some(2),
                Some(2),
                None
            ]
        );
        assert_eq!(
            row_at(1, 3, 0, build),
            None,
            "from row 1, its heading first"
        );
    }
}
