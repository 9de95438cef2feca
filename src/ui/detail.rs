//! The roadmap's last column: the selected action above, its owner delegation below — the
//! owner keeps its place at the bottom so it is always in sight, however long the notes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::pane::block;
use super::{rows, theme};
use crate::app::{Column, Model};
use crate::domain::{Action, is_late};
use crate::i18n::Catalogue;
use crate::sanitize::{shown, shown_lines};

fn field(
    t: &Catalogue,
    label: &str,
    value: impl IntoIterator<Item = Span<'static>>,
) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label}{}", t.colon), theme::DIM)];
    spans.extend(value);
    Line::from(spans)
}

fn text(value: impl Into<String>) -> [Span<'static>; 1] {
    [Span::raw(value.into())]
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let Some(a) = model.roadmap.action_index(&model.plan, &model.index) else {
        let empty = Line::styled(t.nothing_selected, theme::DIM);
        let block = block(t.col_detail, false);
        frame.render_widget(Paragraph::new(empty).block(block), area);
        return;
    };
    let action = &model.plan.actions[a];
    let focused = model.roadmap.focus == Column::Detail;
    let wrap = Wrap { trim: false };
    let owner = owner_lines(
        model,
        &action.owner,
        usize::from(area.width.saturating_sub(2)),
    );
    let owner = Paragraph::new(owner).wrap(wrap);
    let lines = owner.line_count(area.width.saturating_sub(2));
    // The owner gets its lines when there is room for the action too, else half.
    let owner_height = u16::try_from(lines + 2)
        .unwrap_or(u16::MAX)
        .min(area.height / 2);
    let [top, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(owner_height)]).areas(area);
    // Nothing beyond what the pane can hold is wrapped: drawing costs the same whatever the
    // length of the notes.
    let room = usize::from(top.width) * usize::from(top.height);
    let paragraph = Paragraph::new(action_lines(model, action, room))
        .block(block(t.col_detail, false))
        .wrap(wrap);
    frame.render_widget(paragraph, top);
    frame.render_widget(owner.block(block(t.owner, focused)), bottom);
}

/// The action's lines, its notes cut after `room` characters.
fn action_lines(model: &Model, action: &Action, room: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let late = is_late(action.due, action.status.is_done(), model.today);
    let status = [
        rows::status_glyph(action.status, late),
        Span::raw(format!(" {}", (t.action_status)(action.status))),
    ];
    let mut lines = vec![
        Line::styled(shown(&action.title).into_owned(), theme::TITLE),
        field(t, t.status, status),
        field(t, t.due, [rows::due_span(model, action, true)]),
    ];
    if let Some(&o) = index.objective_pos.get(&action.objective) {
        lines.push(field(
            t,
            t.objective,
            text(shown(&plan.objectives[o].title)),
        ));
    }
    if let Some(&tr) = action.trip.as_ref().and_then(|id| index.trip_pos.get(id)) {
        let trip = &plan.trips[tr];
        let shown = format!(
            "{} ({})",
            shown(&trip.destination),
            (t.trip_status)(trip.status)
        );
        lines.push(field(t, t.trip, text(shown)));
    }
    let co: Vec<String> = action
        .co_owners
        .iter()
        .filter_map(|id| index.delegation_pos.get(id))
        .map(|&d| shown(&plan.delegations[d].name).into_owned())
        .collect();
    if !co.is_empty() {
        lines.push(field(t, t.co_owners, text(co.join(", "))));
    }
    if !action.notes.is_empty() {
        lines.push(Line::default());
        for line in shown_lines(&action.notes, room).lines() {
            lines.push(Line::styled(line.to_owned(), theme::META));
        }
    }
    lines
}

/// The owner delegation: who holds it, and how much it carries.
fn owner_lines(model: &Model, id: &str, width: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let Some(&d) = model.index.delegation_pos.get(id) else {
        return vec![Line::styled(t.unknown_owner, theme::LATE)];
    };
    let delegation = &model.plan.delegations[d];
    let mut lines = vec![Line::styled(
        shown(&delegation.name).into_owned(),
        theme::TITLE,
    )];
    lines.extend(rows::holder_line(delegation));
    lines.push(Line::styled(
        (t.delegation_kind)(delegation.kind).to_owned(),
        theme::DIM,
    ));
    // The same two lines as the Délégations screen: one definition of a delegation's load.
    lines.extend(super::load::load_lines(t, model.index.carry[d], width));
    lines
}
