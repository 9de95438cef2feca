//! Screen 4's other view (`r`), "À mettre à jour": the open actions an update is expected of
//! and none is fresh, grouped by owner, the oldest last check-in first — the Monday list of
//! whom to call. Each row: the action's health, its title, when it was last checked in, and
//! its countdown when it has a due date.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::flow::{self, Row};
use super::pane;
use super::rows::{owner_name, short_owner};
use super::text::wrap_upto;
use super::theme;
use crate::app::Model;
use crate::domain::is_late;
use crate::sanitize::shown;

/// The lines of the pane below the owner filter's line (when narrowed to one owner).
fn list_area(model: &Model, inner: Rect) -> Rect {
    let filtered = u16::from(model.review.deadlines.owner.is_some());
    Rect {
        y: inner.y + filtered.min(inner.height),
        height: inner.height.saturating_sub(filtered),
        ..inner
    }
}

fn row_width(list: Rect) -> usize {
    usize::from(list.width).saturating_sub(theme::MARK.chars().count())
}

/// The title of screen 4 in this view: what it is, how many, the day, the way back.
pub fn title(model: &Model) -> String {
    let t = model.t();
    let review = &model.review.deadlines;
    format!(
        "{} · {} ({}) · {}",
        t.screen_deadlines,
        t.health.to_update,
        review.updates.len(),
        t.date(model.today)
    )
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let review = &model.review.deadlines;
    let block = pane::block(&title(model), true);
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
    if review.updates.is_empty() {
        let nothing = Line::styled(t.health.all_up_to_date, theme::DIM);
        frame.render_widget(Paragraph::new(nothing), list);
        return;
    }
    let width = row_width(list);
    let window = flow::window(
        &review.update_scroll,
        review.update_row,
        review.updates.len(),
        usize::from(list.height),
        |r| row(model, r, width),
    );
    flow::draw(frame, list, window, review.update_row, true);
}

/// The row on line `line` of the pane, as last drawn: what a click there selects.
pub fn row_at(model: &Model, area: Rect, line: usize) -> Option<usize> {
    let inner = pane::block("", true).inner(area);
    let list = list_area(model, inner);
    let line = line.checked_sub(usize::from(list.y - inner.y))?;
    let review = &model.review.deadlines;
    let width = row_width(list);
    flow::row_at(
        review.update_scroll.first(),
        review.updates.len(),
        line,
        |r| row(model, r, width),
    )
}

/// Row `r`, its owner's heading before it when it is the owner's first.
fn row(model: &Model, r: usize, width: usize) -> Row {
    let t = model.t();
    let (plan, updates) = (&model.plan, &model.review.deadlines.updates);
    let (d, a) = updates[r];
    let mut head = Vec::new();
    if r == 0 || updates[r - 1].0 != d {
        if r > 0 {
            head.push(Line::default());
        }
        let count = updates.iter().filter(|(o, _)| *o == d).count();
        let owner = &plan.delegations[d];
        let who = if width >= 60 {
            owner_name(model, &owner.id)
        } else {
            short_owner(model, &owner.id)
        };
        let mut heading = format!("{who} ({count})");
        if width >= 60 && !owner.holder.trim().is_empty() {
            heading = format!("{who} — {} ({count})", shown(&owner.name));
        }
        head.push(Line::styled(
            super::text::fit(&heading, width).into_owned(),
            theme::KEY,
        ));
    }
    let action = &plan.actions[a];
    let health = model.index.health.actions.get(a).copied().flatten();
    let last = health.and_then(|h| h.last).map_or_else(
        || t.health.never.to_owned(),
        |(on, _)| (t.health.days_ago)((model.today - on).num_days()),
    );
    let due = action.due.map(|day| {
        let late = is_late(Some(day), false, model.today);
        let style = if late { theme::LATE } else { theme::META };
        (t.from_today(day, model.today, late), style)
    });
    // Wide: the title, then when it was last checked in in a column of its own; narrow: the
    // last check-in and the countdown under the title.
    let beside = width >= 60;
    let side = 26;
    let title_w = if beside {
        width.saturating_sub(2 + side + 1)
    } else {
        width.saturating_sub(2)
    };
    let (glyph, style) = health.map_or((" ", theme::DIM), |h| super::health::glyph(h.state));
    let titles = wrap_upto(&shown(&action.title), title_w, 2);
    let mut lines = Vec::new();
    for (n, text) in titles.iter().enumerate() {
        let mut spans = vec![
            Span::styled(if n == 0 { glyph } else { " " }, style),
            Span::raw(format!(" {text}")),
        ];
        if beside && n == 0 {
            let pad = title_w.saturating_sub(text.width());
            spans.push(Span::raw(" ".repeat(pad + 1)));
            spans.push(Span::styled(last.clone(), theme::META));
        }
        if beside
            && n == 1
            && let Some((countdown, style)) = &due
        {
            let pad = title_w.saturating_sub(text.width());
            spans.push(Span::raw(" ".repeat(pad + 1)));
            spans.push(Span::styled(countdown.clone(), *style));
        }
        lines.push(Line::from(spans));
    }
    if !beside || (titles.len() < 2 && due.is_some()) {
        let mut spans = vec![Span::raw("  ")];
        if !beside {
            spans.push(Span::styled(last, theme::META));
        }
        if let Some((countdown, style)) = due {
            if beside {
                spans.push(Span::raw(" ".repeat(title_w + 1)));
            } else {
                spans.push(Span::styled(" · ", theme::DIM));
            }
            spans.push(Span::styled(countdown, style));
        }
        lines.push(Line::from(spans));
    }
    Row { head, lines }
}
