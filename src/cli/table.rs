//! Aligned tables for a terminal, measured by display width (accents, CJK, symbols), every
//! cell made inert. On a terminal, capped columns and the last one are cut with `…` to fit
//! its width; piped, nothing is cut. No colour: late rows carry a glyph.

use std::io::IsTerminal;

use chrono::NaiveDate;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::i18n::Lang;
use crate::sanitize::inert;

const GAP: &str = "  ";
/// Narrowest a cut column gets.
const MIN_WIDTH: usize = 6;

pub struct Table {
    head: Vec<String>,
    caps: Vec<Option<usize>>,
    /// Columns never cut (IDs, which scripts and `jalons done` need whole).
    whole: Vec<bool>,
    lines: Vec<Line>,
}

enum Line {
    Row(Vec<String>),
    Section(String),
}

impl Table {
    pub fn new(head: &[&str]) -> Self {
        Self {
            head: head.iter().map(|h| h.to_uppercase()).collect(),
            caps: vec![None; head.len()],
            whole: vec![false; head.len()],
            lines: Vec::new(),
        }
    }

    /// On a terminal, column `col` is at most `width` wide.
    pub fn cap(mut self, col: usize, width: usize) -> Self {
        self.caps[col] = Some(width);
        self
    }

    /// Column `col` is never cut.
    pub fn whole(mut self, col: usize) -> Self {
        self.whole[col] = true;
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        let cells = cells.into_iter().map(|c| inert(&c).into_owned()).collect();
        self.lines.push(Line::Row(cells));
    }

    /// A heading line between rows (the agenda's groups).
    pub fn section(&mut self, title: &str) {
        self.lines.push(Line::Section(inert(title).into_owned()));
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The table as text, fitted to `width` columns when given.
    pub fn render(&self, width: Option<usize>) -> String {
        let mut widths: Vec<usize> = self.head.iter().map(|h| h.width()).collect();
        for line in &self.lines {
            if let Line::Row(cells) = line {
                for (w, cell) in widths.iter_mut().zip(cells) {
                    *w = (*w).max(cell.width());
                }
            }
        }
        if let Some(total) = width {
            self.fit_to(&mut widths, total);
        }
        let mut out = String::new();
        push_row(&mut out, &self.head, &widths);
        let mut first = true;
        for line in &self.lines {
            match line {
                Line::Row(cells) => push_row(&mut out, cells, &widths),
                Line::Section(title) => {
                    if !first {
                        out.push('\n');
                    }
                    out.push_str(title);
                    out.push('\n');
                }
            }
            first = false;
        }
        out
    }

    /// Caps columns, then cuts the widest cuttable column a column at a time until the
    /// table fits (or nothing more can be cut).
    fn fit_to(&self, widths: &mut [usize], total: usize) {
        for (w, cap) in widths.iter_mut().zip(&self.caps) {
            if let Some(cap) = cap {
                *w = (*w).min((*cap).max(MIN_WIDTH));
            }
        }
        let gaps = GAP.len() * (widths.len() - 1);
        while widths.iter().sum::<usize>() + gaps > total {
            let widest = (0..widths.len())
                .filter(|&i| !self.whole[i] && widths[i] > MIN_WIDTH)
                .max_by_key(|&i| (widths[i], i));
            match widest {
                Some(i) => widths[i] -= 1,
                None => break,
            }
        }
    }
}

fn push_row(out: &mut String, cells: &[String], widths: &[usize]) {
    let mut line = String::new();
    for (i, (cell, &w)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            line.push_str(GAP);
        }
        let cell = fit(cell, w);
        let pad = w.saturating_sub(cell.width());
        line.push_str(&cell);
        line.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// `text` cut to `width` columns with `…` when longer.
fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A due date in a table: "dans 3 j · 19 sept. 2014", or "⚠ en retard de 64 j · 14 juil.
/// 2014" when late: the same words as the screens.
pub fn due_cell(lang: Lang, day: NaiveDate, today: NaiveDate, late: bool) -> String {
    let when = lang.catalogue().due_date(day, today, late);
    if late { format!("⚠ {when}") } else { when }
}

/// The terminal's width when stdout is one; `None` when piped.
pub fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    columns.or_else(|| {
        ratatui::crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_display_width_and_cells_are_inert() {
        let mut t = Table::new(&["id", "titre"]);
        t.row(vec!["é".into(), "a\u{1b}[2J".into()]);
        t.row(vec!["abc".into(), "漢字".into()]);
        assert_eq!(t.render(None), "ID   TITRE\né    a\u{241b}[2J\nabc  漢字\n");
    }

    #[test]
    fn on_a_terminal_the_last_column_is_cut_to_fit() {
        let mut t = Table::new(&["id", "titre"]);
        t.row(vec!["a".into(), "x".repeat(40)]);
        let text = t.render(Some(20));
        assert!(text.lines().all(|l| l.width() <= 20), "{text}");
        assert!(text.contains('…'));
    }
}
