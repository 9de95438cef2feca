//! Screen 4, "Échéances": the weekly review — everything open with a due date, late first,
//! then this week, this month, later; optionally one owner's only.
//!
//! Each entry is a row of columns: its state, when (the date, and the countdown beside it
//! on a wide screen or below it on a narrow one), its title wrapped on two lines, who
//! owns it (the short form, "P. Klugman", where room is short) and, wide, what it belongs
//! to. A group's heading goes with its first row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::flow::{self, Row};
use super::pane;
use super::rows::{owner_name, short_owner};
use super::text::wrap_upto;
use super::theme;
use crate::app::Model;
use crate::domain::{Bucket, DueEntry, DueRef};
use crate::sanitize::shown;

/// The review's groups: bucket, first row, how many rows.
fn groups(model: &Model) -> Vec<(Bucket, usize, usize)> {
    let agenda = &model.index.review.agenda;
    let mut groups: Vec<(Bucket, usize, usize)> = Vec::new();
    for (row, &e) in model.review.deadlines.shown.iter().enumerate() {
        match groups.last_mut() {
            Some((bucket, _, count)) if *bucket == agenda[e].bucket => *count += 1,
            _ => groups.push((agenda[e].bucket, row, 1)),
        }
    }
    groups
}

/// The pane's lines below the owner filter's line (when narrowed to one owner).
fn list_area(model: &Model, inner: Rect) -> Rect {
    let filtered = u16::from(model.review.deadlines.owner.is_some());
    Rect {
        y: inner.y + filtered.min(inner.height),
        height: inner.height.saturating_sub(filtered),
        ..inner
    }
}

/// The review row on line `line` of the pane (from its first line inside the border), as
/// last drawn: what a click there selects.
pub fn row_at(model: &Model, area: Rect, line: usize) -> Option<usize> {
    if model.review.deadlines.to_update {
        return super::to_update::row_at(model, area, line);
    }
    let inner = pane::block("", true).inner(area);
    let list = list_area(model, inner);
    let line = line.checked_sub(usize::from(list.y - inner.y))?;
    let review = &model.review.deadlines;
    let groups = groups(model);
    let width = row_width(list);
    flow::row_at(review.scroll.first(), review.shown.len(), line, |r| {
        row(model, &groups, r, width)
    })
}

fn row_width(list: Rect) -> usize {
    usize::from(list.width).saturating_sub(theme::MARK.chars().count())
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    if model.review.deadlines.to_update {
        return super::to_update::draw(model, frame, area);
    }
    let t = model.t();
    let review = &model.review.deadlines;
    // The way to the other view, with how many it holds.
    let title = format!(
        "{} · {} · {}",
        t.screen_deadlines,
        t.date(model.today),
        (t.health.deadlines_hint)(review.updates.len())
    );
    let block = pane::block(&title, true);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if let Some(owner) = review.owner.as_deref() {
        let who = owner_name(model, owner);
        let filter = Line::from(vec![
            Span::styled((t.owner_filter)(&who), theme::KEY),
            Span::styled(format!("  ({})", t.filter_clear_hint), theme::DIM),
        ]);
        frame.render_widget(Paragraph::new(filter), Rect { height: 1, ..inner });
    }
    let list = list_area(model, inner);
    if review.shown.is_empty() {
        let nothing = Line::styled(t.nothing_due, theme::DIM);
        frame.render_widget(Paragraph::new(nothing), list);
        return;
    }
    // Only the rows on screen are built: a review of 20,000 items costs what one of 20 does.
    let groups = groups(model);
    let width = row_width(list);
    let window = flow::window(
        &review.scroll,
        review.row,
        review.shown.len(),
        usize::from(list.height),
        |r| row(model, &groups, r, width),
    );
    flow::draw(frame, list, window, review.row, true);
}

/// Row `r` of the review, its group's heading before it when it is the group's first.
fn row(model: &Model, groups: &[(Bucket, usize, usize)], r: usize, width: usize) -> Row {
    let t = model.t();
    let entry = &model.index.review.agenda[model.review.deadlines.shown[r]];
    let mut head = Vec::new();
    if let Some(g) = groups.iter().position(|&(_, first, _)| first == r) {
        let (bucket, _, count) = groups[g];
        if g > 0 {
            head.push(Line::default());
        }
        let (name, style) = match bucket {
            Bucket::Late => (t.late_group, theme::LATE),
            Bucket::ThisWeek => (t.this_week, theme::KEY),
            Bucket::ThisMonth => (t.this_month, theme::KEY),
            Bucket::Later => (t.later, theme::KEY),
        };
        head.push(Line::styled(format!("{name} ({count})"), style));
    }
    Row {
        head,
        lines: entry_lines(model, entry, width),
    }
}

/// One column of a row: its lines, its width, its style.
struct Cell {
    lines: Vec<String>,
    width: usize,
    style: Style,
}

impl Cell {
    fn new(text: &str, width: usize, most: usize, style: Style) -> Self {
        Self {
            lines: wrap_upto(text, width, most),
            width,
            style,
        }
    }
}

/// How the columns are laid out at a width: (countdown beside the date, owner, parent).
const fn columns(width: usize) -> (bool, usize, usize) {
    match width {
        108.. => (true, 22, 30),
        // An 80-column terminal: the owner in short form, the countdown under the date.
        60.. => (false, 16, 0),
        _ => (false, 0, 0),
    }
}

/// The entry in columns: state, when, title, owner and parent as far as the width allows;
/// the title takes the lines it needs, up to three.
fn entry_lines(model: &Model, entry: &DueEntry, width: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let plan = &model.plan;
    let late = entry.bucket == Bucket::Late;
    let (glyph, style) = if late {
        (theme::GLYPH_LATE, theme::LATE)
    } else {
        (theme::GLYPH_TODO, theme::META)
    };
    let (beside, owner_w, parent_w) = columns(width);
    let date = t.date(entry.day);
    let countdown = t.from_today(entry.day, model.today, late);
    // "14 juil. 2014  en retard de 49 j" on one line, or the date above its countdown.
    let when = if beside {
        Cell {
            lines: vec![format!("{date:<14}{countdown}")],
            width: 32,
            style,
        }
    } else {
        // As wide as "en retard de 30 j" on every row, so that the titles line up.
        let w = date.width().max(countdown.width()).max(17);
        Cell {
            lines: vec![date, countdown],
            width: w,
            style,
        }
    };
    let owner_id = entry.what.owner(plan);
    let owner = match owner_id {
        None => t.no_owner.to_owned(),
        Some(o) if owner_w < 20 => short_owner(model, o),
        Some(o) => owner_name(model, o),
    };
    let parent = match entry.what {
        DueRef::Action(a) => model
            .index
            .objective_pos
            .get(&plan.actions[a].objective)
            .map(|&o| shown(&plan.objectives[o].title).into_owned())
            .unwrap_or_default(),
        DueRef::Item { trip, .. } => (t.trip_heading)(&shown(&plan.trips[trip].destination)),
    };
    // Without the parent column, a checklist item says which trip it prepares.
    let mut title = match entry.what {
        DueRef::Item { trip, .. } if parent_w == 0 => format!(
            "{}{}{}",
            shown(&plan.trips[trip].destination),
            t.colon,
            shown(entry.what.title(plan))
        ),
        _ => shown(entry.what.title(plan)).into_owned(),
    };
    // Too narrow for an owner column: the owner ends the title.
    if owner_w == 0 {
        title = format!("{title} · {owner}");
    }
    let gaps = 1 + usize::from(owner_w > 0) + usize::from(parent_w > 0);
    let title_w = width.saturating_sub(2 + when.width + gaps + owner_w + parent_w);
    let mut cells = vec![
        when,
        // Two lines, as many as the date and its countdown take: a row reads at a glance.
        Cell::new(&title, title_w, 2, Style::new()),
    ];
    if owner_w > 0 {
        cells.push(Cell::new(&owner, owner_w, 2, theme::META));
    }
    if parent_w > 0 {
        cells.push(Cell::new(&parent, parent_w, 2, theme::DIM));
    }
    let height = cells.iter().map(|c| c.lines.len()).max().unwrap_or(1);
    (0..height)
        .map(|n| {
            let mut spans = vec![if n == 0 {
                Span::styled(glyph, style)
            } else {
                Span::raw(" ")
            }];
            for cell in &cells {
                let text = cell.lines.get(n).map_or("", String::as_str);
                let pad = cell.width.saturating_sub(text.width());
                spans.push(Span::styled(
                    format!(" {text}{}", " ".repeat(pad)),
                    cell.style,
                ));
            }
            Line::from(spans)
        })
        .collect()
}
