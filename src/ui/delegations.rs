//! Screen 2, "Délégations": every owner with its load, and what the selected one carries,
//! its actions by horizon and its checklist items by trip.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::flow::{self, Row};
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

/// What heads an owned record in the detail, where it is the first of its group.
#[derive(Clone, Copy)]
enum Heading {
    Horizon(usize),
    /// A horizon among the actions the delegation contributes to; `true` for the first,
    /// which the section's own heading precedes.
    Contributes(usize, bool),
    Trip(usize),
}

/// The delegation's owned records in the order shown, each with the heading it opens, if
/// any: what the detail's rows are, without building any of them.
fn owned_rows(owned: &crate::domain::Owned) -> Vec<(DueRef, Option<Heading>)> {
    let mut rows = Vec::with_capacity(owned.len());
    for (h, actions) in &owned.by_horizon {
        for (n, &a) in actions.iter().enumerate() {
            rows.push((DueRef::Action(a), (n == 0).then_some(Heading::Horizon(*h))));
        }
    }
    for (g, (h, actions)) in owned.contributes.iter().enumerate() {
        for (n, &a) in actions.iter().enumerate() {
            let heading = (n == 0).then_some(Heading::Contributes(*h, g == 0));
            rows.push((DueRef::Action(a), heading));
        }
    }
    for (tr, items) in &owned.by_trip {
        for (n, &what) in items.iter().enumerate() {
            rows.push((what, (n == 0).then_some(Heading::Trip(*tr))));
        }
    }
    rows
}

/// The detail of delegation `d`: who holds it, its load, then what it owns, by group. Only
/// the rows in sight are built: a delegation owning thousands costs what one owning ten does.
fn detail(model: &Model, frame: &mut Frame, area: Rect, d: usize) {
    let pane = &model.review.delegations;
    let delegation = &model.plan.delegations[d];
    let width = usize::from(area.width.saturating_sub(2));
    let title = shown(&delegation.name).into_owned();
    let block = pane::block(&title, pane.detail);
    let owned = &model.index.review.owned[d];
    if owned.is_empty() {
        let mut lines = Lines::new(pane.detail);
        for line in header(model, d, width) {
            lines.push(line);
        }
        lines.blank();
        lines.push(Line::styled(model.t().owns_nothing, theme::DIM));
        lines.draw(frame, area, block, &pane.scroll[1]);
        return;
    }
    let rows = owned_rows(owned);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let selected = pane.item.min(rows.len() - 1);
    let build = |r: usize| {
        let (what, heading) = rows[r];
        let mut head = if r == 0 {
            header(model, d, width)
        } else {
            Vec::new()
        };
        if let Some(heading) = heading {
            heading_lines(model, d, heading, &mut head);
        }
        let lines = entry(model, what, width)
            .into_iter()
            .map(Line::from)
            .collect();
        Row { head, lines }
    };
    let height = usize::from(inner.height);
    let window = flow::window(&pane.scroll[1], selected, rows.len(), height, build);
    flow::draw(frame, inner, window, selected, pane.detail);
}

/// The lines above what a delegation owns: who holds it, its kind, its load.
fn header(model: &Model, d: usize, width: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let delegation = &model.plan.delegations[d];
    let mut lines = Vec::new();
    lines.extend(rows::holder_line(delegation));
    lines.push(Line::styled(
        (t.delegation_kind)(delegation.kind),
        theme::DIM,
    ));
    lines.extend(load_lines(t, model.index.carry[d], width));
    lines
}

/// The heading a group of owned records opens with.
fn heading_lines(model: &Model, d: usize, heading: Heading, out: &mut Vec<Line<'static>>) {
    let (t, plan) = (model.t(), &model.plan);
    match heading {
        Heading::Horizon(h) => {
            out.push(Line::default());
            let p = model.index.delegation_by_horizon[d][h];
            let mut spans = vec![Span::styled(
                format!("{} ", shown(&plan.horizons[h].label)),
                theme::KEY,
            )];
            spans.push(Span::styled(format!("{}/{}", p.done, p.total), theme::META));
            if p.late > 0 {
                let late = format!(" {} {}", theme::GLYPH_LATE, p.late);
                spans.push(Span::styled(late, theme::LATE));
            }
            out.push(Line::from(spans));
        }
        Heading::Contributes(h, first) => {
            if first {
                out.push(Line::default());
                out.push(Line::styled(t.contributes_heading, theme::KEY));
            }
            let label = format!("{} ", shown(&plan.horizons[h].label));
            out.push(Line::styled(label, theme::META));
        }
        Heading::Trip(tr) => {
            out.push(Line::default());
            let dest = shown(&plan.trips[tr].destination).into_owned();
            out.push(Line::styled((t.trip_heading)(&dest), theme::KEY));
        }
    }
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
