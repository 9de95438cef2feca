//! Screen 2, "Délégations": every owner with its load, and what the selected one carries,
//! its actions by horizon and its checklist items by trip.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use super::pane::{self, Lines};
use super::rows::{self, item_glyph, status_glyph};
use super::text::fit;
use super::theme;
use crate::app::Model;
use crate::domain::{DueRef, Progress, is_late, item_due};
use crate::sanitize::shown;

/// A delegation's actions and items together.
fn load(model: &Model, d: usize) -> Progress {
    let (a, i) = (
        model.index.delegation_actions[d],
        model.index.delegation_items[d],
    );
    Progress {
        done: a.done + i.done,
        total: a.total + i.total,
        late: a.late + i.late,
    }
}

fn load_spans(model: &Model, p: Progress) -> Vec<Span<'static>> {
    let text = (model.t().load_line)(p.open(), p.late, p.done);
    let style = if p.late > 0 { theme::LATE } else { theme::DIM };
    let glyph = if p.late > 0 { theme::GLYPH_LATE } else { " " };
    vec![Span::styled(format!("{glyph} {text}"), style)]
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let pane = &model.review.delegations;
    let len = model.plan.delegations.len();
    if len == 0 {
        let block = pane::block(t.screen_delegations, true);
        let empty = Paragraph::new(Line::styled(t.no_delegations, theme::DIM)).block(block);
        frame.render_widget(empty, area);
        return;
    }
    let [left, right] = pane::split(area);
    pane::list(
        frame,
        left,
        pane::block(t.screen_delegations, !pane.detail),
        (pane.row, len, 2),
        !pane.detail,
        &pane.scroll[0],
        |d, width| {
            let delegation = &model.plan.delegations[d];
            let mut meta = vec![Span::raw(" ")];
            meta.extend(load_spans(model, load(model, d)));
            ListItem::new(vec![
                Line::raw(fit(&shown(&delegation.name), width).into_owned()),
                Line::from(meta),
            ])
        },
    );
    detail(model, frame, right, pane.row.min(len - 1));
}

fn detail(model: &Model, frame: &mut Frame, area: Rect, d: usize) {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let delegation = &plan.delegations[d];
    let pane = &model.review.delegations;
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Lines::new(pane.detail);
    if let Some(who) = rows::holder_line(delegation) {
        lines.push(who);
    }
    lines.push(Line::styled(
        (t.delegation_kind)(delegation.kind),
        theme::DIM,
    ));
    lines.push(Line::from(load_spans(model, load(model, d))));
    let owned = &index.review.owned[d];
    if owned.is_empty() {
        lines.blank();
        lines.push(Line::styled(t.owns_nothing, theme::DIM));
    }
    let mut row = 0;
    for (h, actions) in &owned.by_horizon {
        lines.blank();
        let p = index.delegation_by_horizon[d][*h];
        let mut heading = vec![Span::styled(
            format!("{} ", shown(&plan.horizons[*h].label)),
            theme::KEY,
        )];
        heading.push(Span::styled(format!("{}/{}", p.done, p.total), theme::META));
        if p.late > 0 {
            let late = format!(" {} {}", theme::GLYPH_LATE, p.late);
            heading.push(Span::styled(late, theme::LATE));
        }
        lines.push(Line::from(heading));
        for &a in actions {
            let selected = row == pane.item;
            lines.row(entry(model, DueRef::Action(a), width), selected);
            row += 1;
        }
    }
    for (tr, items) in &owned.by_trip {
        lines.blank();
        let dest = shown(&plan.trips[*tr].destination).into_owned();
        lines.push(Line::styled((t.trip_heading)(&dest), theme::KEY));
        for &what in items {
            lines.row(entry(model, what, width), row == pane.item);
            row += 1;
        }
    }
    let title = shown(&delegation.name).into_owned();
    lines.draw(
        frame,
        area,
        pane::block(&title, pane.detail),
        &pane.scroll[1],
    );
}

/// One owned record: state glyph, due date, title.
fn entry(model: &Model, what: DueRef, width: usize) -> Vec<Span<'static>> {
    let t = model.t();
    let plan = &model.plan;
    let (glyph, due) = match what {
        DueRef::Action(a) => {
            let action = &plan.actions[a];
            let late = is_late(action.due, action.status.is_done(), model.today);
            (status_glyph(action.status, late), action.due)
        }
        DueRef::Item { trip, item } => {
            let (trip, item) = (&plan.trips[trip], &plan.trips[trip].checklist[item]);
            let due = item_due(trip, item);
            let done = item.done_on.is_some();
            let late = !trip.status.is_closed() && is_late(due, done, model.today);
            (item_glyph(done, late), due)
        }
    };
    let when = due.map_or_else(|| t.no_date.to_owned(), |d| t.date(d));
    let room = width.saturating_sub(6 + when.chars().count());
    vec![
        glyph,
        Span::raw(" "),
        Span::styled(format!("{when} "), theme::DIM),
        Span::raw(fit(&shown(what.title(plan)), room).into_owned()),
    ]
}
