//! Aligned tables for a terminal, measured by display width (accents, CJK, symbols), every
//! cell made inert. On a terminal, capped columns and the last one are cut with `…` to fit
//! its width; piped, nothing is cut. No colour: late rows carry a glyph.

use std::io::IsTerminal;

use chrono::NaiveDate;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::i18n::Lang;
use crate::sanitize::inert;
use crate::ui::text::glued;

const GAP: &str = "  ";
/// Narrowest a cut column gets.
const MIN_WIDTH: usize = 6;
/// Wider words than this are cut rather than make their column this wide.
const WORD_CAP: usize = 16;
/// Narrower than this, the last column (the title) goes under its row.
const TITLE_MIN: usize = 24;
/// Before the lines of a column that goes under its row.
const UNDER: &str = "    ";

pub struct Table {
    head: Vec<String>,
    caps: Vec<Option<usize>>,
    /// Columns never cut (IDs, which scripts and `jalons done` need whole; dates, figures):
    /// they wrap only at their spaces.
    whole: Vec<bool>,
    /// The columns that go under their row where the table is too wide, first first; by
    /// default the last one (the title).
    under: Option<Vec<usize>>,
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
            under: None,
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

    /// On a terminal too narrow for them, columns `cols` go under their row, in this order.
    pub fn under(mut self, cols: &[usize]) -> Self {
        self.under = Some(cols.to_vec());
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

    /// The table as text, fitted to `width` columns when given: cells wrap at spaces within
    /// their column (a date never splits), the widest first; where even so the title would be
    /// too narrow to read, it goes under its row, across the width. Piped, one line a row.
    pub fn render(&self, width: Option<usize>) -> String {
        let mut widths: Vec<usize> = self.head.iter().map(|h| h.width()).collect();
        for line in &self.lines {
            if let Line::Row(cells) = line {
                for (w, cell) in widths.iter_mut().zip(cells) {
                    *w = (*w).max(cell.width());
                }
            }
        }
        let layout = width.map_or_else(
            || Layout {
                widths: widths.iter().copied().map(Some).collect(),
                under: 0,
            },
            |total| self.layout(&widths, total),
        );
        let mut out = String::new();
        push_row(&mut out, &self.head, &layout);
        let mut first = true;
        for line in &self.lines {
            match line {
                Line::Row(cells) => push_row(&mut out, cells, &layout),
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

    /// The columns' widths within `total`. Each column wraps down to its widest word (a
    /// column never cut, to its widest word whatever its length; another, to 16 columns at
    /// most); the columns that may go under their row (the title) go there when that takes
    /// fewer lines, or when the table does not fit otherwise; as a last resort the words of
    /// the columns that may be cut are, with "…".
    fn layout(&self, natural: &[usize], total: usize) -> Layout {
        let n = natural.len();
        let capped: Vec<usize> = natural
            .iter()
            .zip(&self.caps)
            .map(|(&w, cap)| cap.map_or(w, |cap| w.min(cap.max(MIN_WIDTH))))
            .collect();
        let words: Vec<usize> = (0..n)
            .map(|i| {
                let longest = self.longest_word(i);
                if self.whole[i] {
                    longest
                } else {
                    longest.clamp(MIN_WIDTH, WORD_CAP).min(capped[i])
                }
            })
            .collect();
        let order = self.under.clone().unwrap_or_else(|| vec![n - 1]);
        let mut best: Option<(usize, Layout)> = None;
        for k in 0..=order.len().min(n - 1) {
            let moved = &order[..k];
            // A column that could go under keeps a readable width while it stays.
            let mins: Vec<usize> = (0..n)
                .map(|i| {
                    if order.contains(&i) {
                        words[i].max(TITLE_MIN.min(capped[i]))
                    } else {
                        words[i]
                    }
                })
                .collect();
            let Some(layout) = fitted(&capped, &mins, moved, total) else {
                continue;
            };
            let lines = self.lines_taken(&layout);
            if best.as_ref().is_none_or(|(fewest, _)| lines < *fewest) {
                best = Some((lines, layout));
            }
        }
        best.map_or_else(
            || {
                // Too wide even so: the title under, and words cut where they may be.
                let narrowest: Vec<usize> = (0..n)
                    .map(|i| if self.whole[i] { words[i] } else { MIN_WIDTH })
                    .collect();
                let moved = &order[..order.len().min(n - 1)];
                fitted(&capped, &narrowest, moved, total).unwrap_or_else(|| Layout {
                    widths: (0..n)
                        .map(|i| (!moved.contains(&i)).then_some(narrowest[i]))
                        .collect(),
                    under: total.saturating_sub(UNDER.len()).max(MIN_WIDTH),
                })
            },
            |(_, layout)| layout,
        )
    }

    /// How many lines the table takes laid out so.
    fn lines_taken(&self, layout: &Layout) -> usize {
        let rows = self.lines.iter().filter_map(|line| match line {
            Line::Row(cells) => Some(cells),
            Line::Section(_) => None,
        });
        std::iter::once(&self.head)
            .chain(rows)
            .map(|cells| {
                let mut inline = 1;
                let mut under = 0;
                for (cell, w) in cells.iter().zip(&layout.widths) {
                    match w {
                        Some(w) => inline = inline.max(wrap_cell(cell, *w).len()),
                        None => under += wrap_cell(cell, layout.under).len(),
                    }
                }
                inline + under
            })
            .sum()
    }

    /// The widest word of column `col`, header included.
    fn longest_word(&self, col: usize) -> usize {
        let cells = self.lines.iter().filter_map(|line| match line {
            Line::Row(cells) => cells.get(col),
            Line::Section(_) => None,
        });
        std::iter::once(&self.head[col])
            .chain(cells)
            .flat_map(|cell| {
                glued(cell)
                    .split(' ')
                    .map(UnicodeWidthStr::width)
                    .collect::<Vec<_>>()
            })
            .max()
            .unwrap_or(0)
    }
}

/// Where each column goes: its width on the row's line, or `None` when it goes under the
/// row, on lines of its own `under` columns wide.
struct Layout {
    widths: Vec<Option<usize>>,
    under: usize,
}

/// The widths of the columns not `moved` under their row, narrowed to fit `total` no lower
/// than `mins`; `None` when they do not fit.
fn fitted(capped: &[usize], mins: &[usize], moved: &[usize], total: usize) -> Option<Layout> {
    let inline: Vec<usize> = (0..capped.len()).filter(|i| !moved.contains(i)).collect();
    let mut widths: Vec<usize> = inline.iter().map(|&i| capped[i]).collect();
    let floors: Vec<usize> = inline.iter().map(|&i| mins[i]).collect();
    if !shrink(&mut widths, &floors, total) {
        return None;
    }
    let mut all = vec![None; capped.len()];
    for (&i, w) in inline.iter().zip(widths) {
        all[i] = Some(w);
    }
    Some(Layout {
        widths: all,
        under: total.saturating_sub(UNDER.len()).max(MIN_WIDTH),
    })
}

/// Narrows the widest column that can be, a column at a time, until the table fits `total`;
/// false when the `mins` do not allow it.
fn shrink(widths: &mut [usize], mins: &[usize], total: usize) -> bool {
    let gaps = GAP.len() * widths.len().saturating_sub(1);
    while widths.iter().sum::<usize>() + gaps > total {
        let widest = (0..widths.len())
            .filter(|&i| widths[i] > mins[i])
            .max_by_key(|&i| (widths[i], i));
        match widest {
            Some(i) => widths[i] -= 1,
            None => return false,
        }
    }
    true
}

/// A row in as many lines as its cells take, then the cells that go under it.
fn push_row(out: &mut String, cells: &[String], layout: &Layout) {
    let inline: Vec<(Vec<String>, usize)> = cells
        .iter()
        .zip(&layout.widths)
        .filter_map(|(cell, w)| w.map(|w| (wrap_cell(cell, w), w)))
        .collect();
    let height = inline
        .iter()
        .map(|(lines, _)| lines.len())
        .max()
        .unwrap_or(1);
    for n in 0..height {
        let mut line = String::new();
        for (i, (lines, w)) in inline.iter().enumerate() {
            if i > 0 {
                line.push_str(GAP);
            }
            let text = lines.get(n).map_or("", String::as_str);
            line.push_str(text);
            line.extend(std::iter::repeat_n(' ', w.saturating_sub(text.width())));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    for (cell, _) in cells
        .iter()
        .zip(&layout.widths)
        .filter(|(_, w)| w.is_none())
    {
        for text in wrap_cell(cell, layout.under) {
            out.push_str(UNDER);
            out.push_str(&text);
            out.push('\n');
        }
    }
}

/// `text` wrapped at its spaces (not at a non-breaking one, nor before `:` or `»`) in lines
/// of `width`; a word wider than that is cut with `…`. Whole when `width` holds it.
fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    if text.width() <= width {
        return vec![text.to_owned()];
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in glued(text).split(' ') {
        let word = fit(word, width);
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    lines.push(line);
    lines
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
    fn on_a_terminal_a_word_wider_than_the_width_is_cut_to_fit() {
        let mut t = Table::new(&["id", "titre"]);
        t.row(vec!["a".into(), "x".repeat(40)]);
        let text = t.render(Some(20));
        assert!(text.lines().all(|l| l.width() <= 20), "{text}");
        assert!(text.contains('…'));
    }

    /// The shape of `jalons list actions`: an ID, a status, a due date never cut, an owner
    /// capped at 24 columns, a title.
    fn actions() -> Table {
        let mut t = Table::new(&["id", "statut", "échéance", "porteur", "intitulé"])
            .whole(0)
            .whole(1)
            .whole(2)
            .cap(3, 24);
        let due = "⚠ en retard de 64\u{a0}j\u{a0}· 14\u{a0}juil.\u{a0}2014";
        let title = "Forum de Paris : proposer un cahier des charges commun en matière de \
                     commandes publiques dans les champs à forts impacts environnementaux";
        t.row(vec![
            "a-cahier-des-charges".into(),
            "à faire".into(),
            due.into(),
            "Relations internationales et Francophonie".into(),
            title.into(),
        ]);
        t
    }

    #[test]
    fn at_80_columns_the_title_gets_the_width_and_nothing_is_cut() {
        let text = actions().render(Some(80));
        assert!(text.lines().all(|l| l.width() <= 80), "{text}");
        assert!(!text.contains('…'), "{text}");
        // The title under its row, across the width, every word whole.
        let under: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with(UNDER) && !l[UNDER.len()..].starts_with(' '))
            .collect();
        assert!(under.len() >= 2, "{text}");
        let title: String = under
            .iter()
            .skip(1)
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            title.starts_with("Forum de Paris\u{a0}: proposer"),
            "{text}"
        );
        assert!(title.ends_with("impacts environnementaux"), "{text}");
        // The ID on one line; the date never split.
        assert!(text.contains("a-cahier-des-charges "), "{text}");
        assert!(text.contains("14\u{a0}juil.\u{a0}2014"), "{text}");
    }

    #[test]
    fn wide_enough_the_title_stays_in_its_column() {
        let mut t = Table::new(&["id", "intitulé"]).whole(0);
        t.row(vec![
            "o-cop21".into(),
            "Faire de la COP 21 l'occasion d'une action".into(),
        ]);
        let text = t.render(Some(40));
        assert_eq!(
            text,
            "ID       INTITULÉ\no-cop21  Faire de la COP 21 l'occasion\n         d'une action\n"
        );
        // Piped, one line a row whatever its length.
        assert_eq!(actions().render(None).lines().count(), 2);
    }
}
