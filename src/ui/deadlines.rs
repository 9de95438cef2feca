//! Screen 4, "Échéances": the weekly review — everything open with a due date, late first,
//! then this week, this month, later; optionally one owner's only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::pane::{self, Lines};
use super::rows::owner_name;
use super::text::fit;
use super::theme;
use crate::app::Model;
use crate::domain::{Bucket, DueEntry, DueRef};
use crate::sanitize::shown;

/// A line of the review: only the lines on screen are built, so a review of 20,000 items
/// costs what one of 20 does.
#[derive(Clone, Copy)]
enum Slot {
    Filter,
    Nothing,
    Blank,
    Header(usize),
    Row(usize),
}

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

/// What stands on line `line`, the lines being: the filter, then each group (a blank line
/// between groups, its header, its rows).
fn slot(groups: &[(Bucket, usize, usize)], filtered: bool, line: usize) -> Option<Slot> {
    let mut line = line;
    if filtered {
        if line == 0 {
            return Some(Slot::Filter);
        }
        line -= 1;
    }
    if groups.is_empty() {
        return (line == 0).then_some(Slot::Nothing);
    }
    for (g, &(_, first, count)) in groups.iter().enumerate() {
        if g > 0 {
            if line == 0 {
                return Some(Slot::Blank);
            }
            line -= 1;
        }
        if line == 0 {
            return Some(Slot::Header(g));
        }
        line -= 1;
        if line < count {
            return Some(Slot::Row(first + line));
        }
        line -= count;
    }
    None
}

/// The line of row `row`, and how many lines there are.
fn line_of(groups: &[(Bucket, usize, usize)], filtered: bool, row: usize) -> (usize, usize) {
    let mut line = usize::from(filtered);
    let mut at = line;
    for (g, &(_, first, count)) in groups.iter().enumerate() {
        line += usize::from(g > 0) + 1;
        if (first..first + count).contains(&row) {
            at = line + row - first;
        }
        line += count;
    }
    (at, line.max(usize::from(filtered) + 1))
}

/// The review row on line `line` of the pane (from its first line inside the border), as
/// last drawn: what a click there selects.
pub fn row_at(model: &Model, line: usize) -> Option<usize> {
    let groups = groups(model);
    let filtered = model.review.deadlines.owner.is_some();
    let (_, total) = line_of(&groups, filtered, model.review.deadlines.row);
    let line = model.review.deadlines.scroll.first() + line;
    (line < total)
        .then(|| slot(&groups, filtered, line))
        .flatten()
        .and_then(|slot| match slot {
            Slot::Row(row) => Some(row),
            _ => None,
        })
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let review = &model.review.deadlines;
    let agenda = &model.index.review.agenda;
    let width = usize::from(area.width.saturating_sub(2));
    let groups = groups(model);
    let filtered = review.owner.is_some();
    let (selected, total) = line_of(&groups, filtered, review.row);
    let height = usize::from(area.height.saturating_sub(2));
    let offset = review.scroll.window(selected, total, height);
    let mut lines = Lines::new(true);
    for line in offset..(offset + height).min(total) {
        match slot(&groups, filtered, line) {
            Some(Slot::Filter) => {
                let who = review
                    .owner
                    .as_deref()
                    .map(|o| owner_name(model, o))
                    .unwrap_or_default();
                lines.push(Line::from(vec![
                    Span::styled((t.owner_filter)(&who), theme::KEY),
                    Span::styled(format!("  ({})", t.filter_clear_hint), theme::DIM),
                ]));
            }
            Some(Slot::Nothing) => lines.push(Line::styled(t.nothing_due, theme::DIM)),
            Some(Slot::Blank) | None => lines.blank(),
            Some(Slot::Header(g)) => {
                let (bucket, _, count) = groups[g];
                let (name, style) = match bucket {
                    Bucket::Late => (t.late_group, theme::LATE),
                    Bucket::ThisWeek => (t.this_week, theme::KEY),
                    Bucket::ThisMonth => (t.this_month, theme::KEY),
                    Bucket::Later => (t.later, theme::KEY),
                };
                lines.push(Line::styled(format!("{name} ({count})"), style));
            }
            Some(Slot::Row(row)) => {
                let entry = &agenda[review.shown[row]];
                lines.row(entry_spans(model, entry, width), row == review.row);
            }
        }
    }
    let title = format!("{} · {}", t.screen_deadlines, t.date(model.today));
    // Only the visible lines were built: they are drawn from the first.
    lines.draw(
        frame,
        area,
        pane::block(&title, true),
        &crate::app::Scroll::default(),
    );
}

/// Due date and countdown, title, then owner and parent as far as the width allows.
fn entry_spans(model: &Model, entry: &DueEntry, width: usize) -> Vec<Span<'static>> {
    let t = model.t();
    let plan = &model.plan;
    let late = entry.bucket == Bucket::Late;
    let (glyph, style) = if late {
        (theme::GLYPH_LATE, theme::LATE)
    } else {
        (theme::GLYPH_TODO, theme::META)
    };
    // The countdown column is as wide as "en retard de 30 j" where the width allows.
    let countdown = t.from_today(entry.day, model.today, late);
    let when = if width >= 80 {
        format!("{:<14}{countdown:<18}", t.date(entry.day))
    } else {
        format!("{:<14}{countdown} · ", t.date(entry.day))
    };
    let owner = entry
        .what
        .owner(plan)
        .map_or_else(|| t.no_owner.to_owned(), |o| owner_name(model, o));
    let parent = match entry.what {
        DueRef::Action(a) => model
            .index
            .objective_pos
            .get(&plan.actions[a].objective)
            .map(|&o| shown(&plan.objectives[o].title).into_owned())
            .unwrap_or_default(),
        DueRef::Item { trip, .. } => (t.trip_heading)(&shown(&plan.trips[trip].destination)),
    };
    // Columns drop from the right as the terminal narrows: parent, then owner.
    let fixed = 4 + when.chars().count();
    let (owner_w, parent_w) = match width {
        110.. => (22, 30),
        80.. => (20, 0),
        _ => (0, 0),
    };
    let title_w = width.saturating_sub(fixed + owner_w + parent_w);
    // Without the parent column, a checklist item says which trip it prepares.
    let title = match entry.what {
        DueRef::Item { trip, .. } if parent_w == 0 => format!(
            "{}{}{}",
            shown(&plan.trips[trip].destination),
            t.colon,
            shown(entry.what.title(plan))
        ),
        _ => shown(entry.what.title(plan)).into_owned(),
    };
    let mut spans = vec![
        Span::styled(glyph, style),
        Span::raw(" "),
        Span::styled(when, style),
        Span::raw(format!("{:<title_w$}", fit(&title, title_w))),
    ];
    if owner_w > 0 {
        spans.push(Span::styled(
            format!(" {:<w$}", fit(&owner, owner_w - 1), w = owner_w - 1),
            theme::META,
        ));
    }
    if parent_w > 0 {
        spans.push(Span::styled(
            format!(" {}", fit(&parent, parent_w - 1)),
            theme::DIM,
        ));
    }
    spans
}
