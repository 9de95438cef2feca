//! One row of the timeline, cell by cell: bands, marks and words are written at columns, then
//! the row becomes a line of spans. Words never break a mark: they take free cells only.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// What a cell holds, so that later writes know what they may cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Blank,
    /// A band's fill or a trip's stretch: words and marks may cover it.
    Fill,
    /// A mark or a word: kept.
    Solid,
    /// The second cell of a wide character.
    Wide,
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    c: char,
    style: Style,
    kind: Kind,
}

pub struct Strip {
    cells: Vec<Cell>,
}

impl Strip {
    pub fn new(width: usize) -> Self {
        Self {
            cells: vec![
                Cell {
                    c: ' ',
                    style: Style::new(),
                    kind: Kind::Blank,
                };
                width
            ],
        }
    }

    pub fn kind(&self, at: usize) -> Option<Kind> {
        self.cells.get(at).map(|c| c.kind)
    }

    /// Whether `len` cells from `at` are there and may be written over by a word.
    pub fn free(&self, at: usize, len: usize) -> bool {
        at + len <= self.cells.len()
            && self.cells[at..at + len]
                .iter()
                .all(|c| matches!(c.kind, Kind::Blank | Kind::Fill))
    }

    /// A one-cell character at `at`, whatever was there.
    pub fn put(&mut self, at: usize, c: char, style: Style, kind: Kind) {
        if let Some(cell) = self.cells.get_mut(at) {
            *cell = Cell { c, style, kind };
        }
    }

    /// Restyles the cell at `at` (the selection), keeping its character.
    pub fn restyle(&mut self, at: usize, style: Style) {
        if let Some(cell) = self.cells.get_mut(at) {
            cell.style = cell.style.patch(style);
        }
    }

    /// Writes `text` from `at` as solid cells, as far as the row goes; returns the cells used.
    pub fn write(&mut self, at: usize, text: &str, style: Style) -> usize {
        let mut x = at;
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if w == 0 {
                continue;
            }
            if x + w > self.cells.len() {
                break;
            }
            self.put(x, c, style, Kind::Solid);
            if w == 2 {
                self.put(x + 1, ' ', style, Kind::Wide);
            }
            x += w;
        }
        x - at
    }

    /// The row as a line: neighbouring cells of one style make one span.
    pub fn line(self) -> Line<'static> {
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut text = String::new();
        let mut style = None;
        for cell in self.cells.iter().filter(|c| c.kind != Kind::Wide) {
            if style != Some(cell.style) {
                if let Some(s) = style {
                    spans.push(Span::styled(std::mem::take(&mut text), s));
                }
                style = Some(cell.style);
            }
            text.push(cell.c);
        }
        if let Some(s) = style {
            spans.push(Span::styled(text, s));
        }
        Line::from(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_take_free_cells_and_wide_characters_two() {
        let mut strip = Strip::new(8);
        strip.put(3, '●', Style::new(), Kind::Solid);
        assert!(strip.free(0, 3));
        assert!(!strip.free(2, 2), "the mark is kept");
        assert!(!strip.free(6, 3), "past the end");
        assert_eq!(strip.write(4, "東京x", Style::new()), 4);
        let line = strip.line();
        assert_eq!(line.to_string(), "   ●東京");
    }
}
