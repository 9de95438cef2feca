//! Screen 2, "Délégations": every owner with its load, and what the selected one carries,
//! its actions by horizon and its checklist items by trip.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::flow::Row;
use super::load::load_lines;
use super::pane::{self, Lines};
use super::rows::{self, item_glyph, status_glyph};
use super::theme;
use crate::app::Model;
use crate::domain::{DueRef, State, item_due};
use crate::sanitize::shown;

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
        (pane.row, len),
        !pane.detail,
        &pane.scroll[0],
        |d, width| list_row(model, d, width),
    );
    detail(model, frame, right, pane.row.min(len - 1));
}

/// One delegation in the list: its name (on more lines where it is long), the actions it
/// carries, its checklist items.
pub fn list_row(model: &Model, d: usize, width: usize) -> Row {
    let delegation = &model.plan.delegations[d];
    let mut lines = rows::title_lines(Vec::new(), &shown(&delegation.name), width, Style::new());
    lines.extend(load_lines(model.t(), model.index.carry[d], width));
    Row::new(lines)
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
    for line in load_lines(t, index.carry[d], width) {
        lines.push(line);
    }
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
            lines.rows(entry(model, DueRef::Action(a), width), selected);
            row += 1;
        }
    }
    if !owned.contributes.is_empty() {
        lines.blank();
        lines.push(Line::styled(t.contributes_heading, theme::KEY));
    }
    for (h, actions) in &owned.contributes {
        let label = format!("{} ", shown(&plan.horizons[*h].label));
        lines.push(Line::styled(label, theme::META));
        for &a in actions {
            lines.rows(entry(model, DueRef::Action(a), width), row == pane.item);
            row += 1;
        }
    }
    for (tr, items) in &owned.by_trip {
        lines.blank();
        let dest = shown(&plan.trips[*tr].destination).into_owned();
        lines.push(Line::styled((t.trip_heading)(&dest), theme::KEY));
        for &what in items {
            lines.rows(entry(model, what, width), row == pane.item);
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

/// One owned record: state glyph, due date, title (on a second line where it is long).
fn entry(model: &Model, what: DueRef, width: usize) -> Vec<Vec<Span<'static>>> {
    let t = model.t();
    let plan = &model.plan;
    let (glyph, due) = match what {
        DueRef::Action(a) => {
            let action = &plan.actions[a];
            let state = State::of_action(action, model.today);
            (status_glyph(action.status, state.late), action.due)
        }
        DueRef::Item { trip, item } => {
            let (trip, item) = (&plan.trips[trip], &plan.trips[trip].checklist[item]);
            let state = State::of_item(trip, item, model.today);
            (item_glyph(state.done, state.late), item_due(trip, item))
        }
    };
    let when = due.map_or_else(|| t.no_date.to_owned(), |d| t.date(d));
    let lead = vec![
        glyph,
        Span::raw(" "),
        Span::styled(format!("{when} "), theme::DIM),
    ];
    // The mark takes two cells before each row.
    rows::title_lines(
        lead,
        &shown(what.title(plan)),
        width.saturating_sub(2),
        Style::new(),
    )
    .into_iter()
    .map(|line| line.spans)
    .collect()
}
