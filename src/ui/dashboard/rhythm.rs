//! The rhythm: actions and checklist items done each week over the last weeks. With room, a
//! chart of stacked bars (actions `█`, checklist items `▒`, so they tell apart without
//! colour); on a short terminal, one line of levels per kind, or both together.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{glyphs, titled};
use crate::app::Model;
use crate::domain::{Glance, Week};
use crate::ui::text::fit;
use crate::ui::theme;

/// The inner lines the rhythm can use: eight of chart, the dates, the legend.
pub const TALLEST: usize = 10;
const ACTIONS: char = '█';
const ITEMS: char = '▒';
const ITEMS_STYLE: Style = Style::new().fg(Color::Magenta);

/// A week's level on one line: a dot for none, else one of eight up to the most.
fn level(value: usize, most: usize) -> char {
    if value == 0 {
        return glyphs::NONE;
    }
    let levels = glyphs::LEVELS.len();
    let level = (value * levels).div_ceil(most.max(1)).clamp(1, levels);
    glyphs::LEVELS[level - 1]
}

pub fn draw(model: &Model, glance: &Glance, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let weeks = &glance.rhythm;
    let block = titled(&(t.glance.rhythm)(weeks.len()), area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (width, height) = (usize::from(inner.width), usize::from(inner.height));
    if weeks.is_empty() || height == 0 || width == 0 {
        return;
    }
    let lines = if height >= 4 {
        chart(model, weeks, width, height)
    } else {
        levels(model, weeks, width, height)
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Cells per week and the cells between weeks, in `room` cells.
fn columns(room: usize, weeks: usize) -> (usize, usize) {
    let per = (room / weeks.max(1)).max(1);
    let gap = usize::from(per >= 3);
    (per - gap, gap)
}

/// The first week's Monday under the first bar, "cette semaine" under the last.
fn dates(model: &Model, weeks: &[Week], lead: usize, span: usize) -> Option<Line<'static>> {
    let first = model.t().short_date(weeks.first()?.start, model.today);
    let last = model.t().glance.this_week;
    let gap = span.checked_sub(first.width() + last.width() + 1)?;
    Some(Line::styled(
        format!("{:lead$}{first} {}{last}", "", " ".repeat(gap)),
        theme::DIM,
    ))
}

/// Stacked bars, `height - 2` lines tall, the most work reaching the top.
fn chart(model: &Model, weeks: &[Week], width: usize, height: usize) -> Vec<Line<'static>> {
    let g = model.t().glance;
    let most = weeks.iter().map(|w| w.total()).max().unwrap_or(0);
    let scale = most.to_string();
    let lead = scale.width() + 1;
    let (cells, gap) = columns(width.saturating_sub(lead), weeks.len());
    let rows = height - 2;
    // Each week's lines of actions and of items, from the bottom.
    let bars: Vec<(usize, usize)> = weeks
        .iter()
        .map(|w| {
            let lines = (w.total() * rows).div_ceil(most.max(1));
            let actions = if w.items == 0 {
                lines
            } else {
                ((w.actions * lines) / w.total()).max(usize::from(w.actions > 0))
            };
            (actions.min(lines), lines - actions.min(lines))
        })
        .collect();
    let mut out = Vec::new();
    for row in (0..rows).rev() {
        // The most, at the top of the scale (nothing when nothing was done).
        let label = if row + 1 == rows && most > 0 {
            scale.as_str()
        } else {
            ""
        };
        let mut spans = vec![Span::styled(
            format!("{label:>w$} ", w = lead - 1),
            theme::DIM,
        )];
        for (&(actions, items), week) in bars.iter().zip(weeks) {
            let (glyph, style) = if row < actions {
                (ACTIONS, theme::KEY)
            } else if row < actions + items {
                (ITEMS, ITEMS_STYLE)
            } else if row == 0 && week.total() == 0 {
                (glyphs::NONE, theme::DIM)
            } else {
                (' ', theme::DIM)
            };
            spans.push(Span::styled(glyph.to_string().repeat(cells), style));
            spans.push(Span::raw(" ".repeat(gap)));
        }
        out.push(Line::from(spans));
    }
    let span = weeks.len() * (cells + gap);
    out.push(dates(model, weeks, lead, span).unwrap_or_default());
    let actions: usize = weeks.iter().map(|w| w.actions).sum();
    let items: usize = weeks.iter().map(|w| w.items).sum();
    let legend = format!(
        "{ACTIONS} {} {actions}  {ITEMS} {} {items}",
        g.rhythm_actions, g.rhythm_items
    );
    out.push(Line::styled(fit(&legend, width).into_owned(), theme::META));
    out
}

/// One line of levels per kind (two lines and more), or both kinds together (one line).
fn levels(model: &Model, weeks: &[Week], width: usize, height: usize) -> Vec<Line<'static>> {
    let g = model.t().glance;
    let actions: Vec<usize> = weeks.iter().map(|w| w.actions).collect();
    let items: Vec<usize> = weeks.iter().map(|w| w.items).collect();
    let both: Vec<usize> = weeks.iter().map(|w| w.total()).collect();
    let series: Vec<(&str, &[usize])> = if height >= 2 {
        vec![(g.rhythm_actions, &actions), (g.rhythm_items, &items)]
    } else {
        vec![("", &both)]
    };
    let most = series
        .iter()
        .flat_map(|(_, values)| values.iter().copied())
        .max()
        .unwrap_or(0);
    let label_w = series.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let totals: Vec<String> = series
        .iter()
        .map(|(_, v)| v.iter().sum::<usize>().to_string())
        .collect();
    let total_w = totals.iter().map(String::len).max().unwrap_or(1);
    let lead = label_w + usize::from(label_w > 0);
    let room = width.saturating_sub(lead + 1 + total_w);
    let (cells, gap) = columns(room, weeks.len());
    let mut out = Vec::new();
    for ((label, values), total) in series.iter().zip(&totals) {
        let mut bars = String::new();
        for &v in *values {
            bars.extend(std::iter::repeat_n(level(v, most), cells));
            bars.extend(std::iter::repeat_n(' ', gap));
        }
        out.push(Line::from(vec![
            Span::styled(format!("{label:<lead$}"), theme::META),
            Span::styled(fit(&bars, room).into_owned(), theme::KEY),
            Span::styled(format!(" {total:>total_w$}"), theme::TITLE),
        ]));
    }
    if height > out.len() {
        let span = weeks.len() * (cells + gap);
        out.extend(dates(model, weeks, lead, span));
    }
    out
}
