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
use crate::domain::{Bucket, DueEntry, DueRef, days_until};
use crate::sanitize::inert;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let review = &model.review.deadlines;
    let agenda = &model.index.review.agenda;
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Lines::new(true);
    if let Some(owner) = &review.owner {
        let who = owner_name(model, owner);
        lines.push(Line::from(vec![
            Span::styled((t.owner_filter)(&who), theme::KEY),
            Span::styled(format!("  ({})", t.filter_clear_hint), theme::DIM),
        ]));
    }
    if review.shown.is_empty() {
        lines.push(Line::styled(t.nothing_due, theme::DIM));
    }
    let mut group = None;
    for (row, &e) in review.shown.iter().enumerate() {
        let entry = &agenda[e];
        if group != Some(entry.bucket) {
            group = Some(entry.bucket);
            if row > 0 {
                lines.blank();
            }
            let count = review.shown[row..]
                .iter()
                .take_while(|&&x| agenda[x].bucket == entry.bucket)
                .count();
            let (name, style) = match entry.bucket {
                Bucket::Late => (t.late_group, theme::LATE),
                Bucket::ThisWeek => (t.this_week, theme::KEY),
                Bucket::ThisMonth => (t.this_month, theme::KEY),
                Bucket::Later => (t.later, theme::KEY),
            };
            lines.push(Line::styled(format!("{name} ({count})"), style));
        }
        lines.row(entry_spans(model, entry, width), row == review.row);
    }
    let title = format!("{} · {}", t.screen_deadlines, t.date(model.today));
    lines.draw(frame, area, pane::block(&title, true), &review.scroll);
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
    let when = format!(
        "{:<14}{:>7} ",
        t.date(entry.day),
        (t.countdown)(days_until(entry.day, model.today))
    );
    let owner = entry
        .what
        .owner(plan)
        .map_or_else(|| t.no_owner.to_owned(), |o| owner_name(model, o));
    let parent = match entry.what {
        DueRef::Action(a) => model
            .index
            .objective_pos
            .get(&plan.actions[a].objective)
            .map(|&o| inert(&plan.objectives[o].title).into_owned())
            .unwrap_or_default(),
        DueRef::Item { trip, .. } => (t.trip_heading)(&inert(&plan.trips[trip].destination)),
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
            inert(&plan.trips[trip].destination),
            t.colon,
            inert(entry.what.title(plan))
        ),
        _ => inert(entry.what.title(plan)).into_owned(),
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
