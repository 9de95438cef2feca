//! The roadmap's last column, following the focus: the selected horizon or objective (its
//! dates or themes, progress and notes), or the selected action above and its owner
//! delegation below — the owner keeps its place at the bottom so it is always in sight,
//! however long the notes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::pane::block;
use super::text::glued;
use super::{rows, source, theme};
use crate::app::{Column, Model};
use crate::domain::{Progress, is_late};
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

/// The detail follows the focus: the selected horizon's or objective's while the focus is
/// on theirs, the action's (and its owner's) from the actions on.
pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let nav = &model.roadmap;
    let room = usize::from(area.width) * usize::from(area.height);
    let lines = match nav.focus {
        Column::Horizons => nav
            .horizon_index(&model.plan)
            .map(|h| horizon_lines(model, h, room)),
        Column::Objectives => nav
            .objective_index(&model.plan, &model.index)
            .map(|o| objective_lines(model, o, room)),
        Column::Actions | Column::Detail => return draw_action(model, frame, area),
    };
    let lines = lines.unwrap_or_else(|| vec![Line::styled(t.nothing_selected, theme::DIM)]);
    let paragraph = Paragraph::new(lines)
        .block(block(t.col_detail, false))
        .wrap(Wrap { trim: false });
    frame.render_widget(paragraph, area);
}

/// The progress line, as the lists show it: "███░░░ 3/8 ⚠ 2".
fn progress_line(model: &Model, p: Progress) -> Line<'static> {
    // Non-breaking spaces: a wrapped line never parts "⚠" from its count.
    let spans = rows::progress_spans(p)
        .into_iter()
        .map(|s| Span::styled(s.content.replace(' ', "\u{a0}"), s.style));
    field(model.t(), model.t().progress, spans)
}

/// Notes under a blank line, cut after `room` characters (more would not show).
fn push_notes(lines: &mut Vec<Line<'static>>, notes: &str, room: usize) {
    if !notes.is_empty() {
        lines.push(Line::default());
        for line in shown_lines(notes, room).lines() {
            lines.push(Line::styled(glued(line).into_owned(), theme::META));
        }
    }
}

/// A horizon: label, start, deadline with its countdown, progress, notes.
fn horizon_lines(model: &Model, h: usize, room: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let horizon = &model.plan.horizons[h];
    let progress = model.index.horizon_progress[h];
    let mut lines = vec![Line::styled(
        glued(&shown(&horizon.label)).into_owned(),
        theme::TITLE,
    )];
    if let Some(start) = horizon.start {
        lines.push(field(t, t.start, text(t.date(start))));
    }
    if let Some(deadline) = horizon.deadline {
        let late = progress.open() > 0 && deadline < model.today;
        let style = if late { theme::LATE } else { theme::META };
        let value = t.due_date(deadline, model.today, late);
        lines.push(field(t, t.deadline, [Span::styled(value, style)]));
    }
    lines.push(progress_line(model, progress));
    push_notes(&mut lines, &horizon.notes, room);
    lines.extend(source::lines(model, horizon.source.as_ref(), room));
    lines
}

/// An objective: title, horizon, themes, progress, notes.
fn objective_lines(model: &Model, o: usize, room: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let objective = &plan.objectives[o];
    let mut lines = vec![Line::styled(
        glued(&shown(&objective.title)).into_owned(),
        theme::TITLE,
    )];
    if let Some(h) = plan.horizons.iter().find(|h| h.id == objective.horizon) {
        lines.push(field(t, t.horizon, text(shown(&h.label))));
    }
    if !objective.themes.is_empty() {
        let themes: Vec<String> = objective
            .themes
            .iter()
            .map(|th| shown(th).into_owned())
            .collect();
        lines.push(field(t, t.themes, text(themes.join(", "))));
    }
    lines.push(progress_line(model, index.objective_progress[o]));
    if let Some(health) = index.health.objectives.get(o) {
        lines.extend(super::health::objective_lines(model, health));
    }
    push_notes(&mut lines, &objective.notes, room);
    lines.extend(super::health::checkin_lines(
        model,
        &objective.checkins,
        room,
    ));
    lines.extend(source::lines(model, objective.source.as_ref(), room));
    lines
}

/// The selected action above, its owner below.
fn draw_action(model: &Model, frame: &mut Frame, area: Rect) {
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
    let mut owner = owner_lines(
        model,
        &action.owner,
        usize::from(area.width.saturating_sub(2)),
    );
    // An owner the source document does not assign is an example: marked like a chosen date.
    if let Some(name) = owner.first_mut() {
        let mark = source::mark(action.source.as_ref(), "owner");
        if !mark.is_empty() {
            name.spans
                .insert(0, ratatui::text::Span::styled(mark, theme::DIM));
        }
    }
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
    let paragraph = Paragraph::new(action_lines(model, a, room))
        .block(block(t.col_detail, false))
        .wrap(wrap);
    frame.render_widget(paragraph, top);
    frame.render_widget(owner.block(block(t.owner, focused)), bottom);
}

/// The lines of the action at `a`, its notes cut after `room` characters.
fn action_lines(model: &Model, a: usize, room: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let action = &plan.actions[a];
    let late = is_late(action.due, action.status.is_done(), model.today);
    let status = [
        rows::status_glyph(action.status, late),
        Span::raw(format!(" {}", (t.action_status)(action.status))),
    ];
    let mut lines = vec![
        Line::styled(glued(&shown(&action.title)).into_owned(), theme::TITLE),
        field(t, t.status, status),
    ];

    if let Some(start) = action.start {
        let since = (t.since)(&t.date(start));
        let mark = source::mark(action.source.as_ref(), "start");
        lines.push(field(t, t.start, text(format!("{mark}{since}"))));
    }
    lines.push(field(t, t.due, [rows::due_span(model, action, true)]));
    if let Some(health) = index.health.actions.get(a).copied().flatten() {
        lines.push(super::health::action_line(model, &health));
    }
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
    push_notes(&mut lines, &action.notes, room);
    lines.extend(super::health::checkin_lines(model, &action.checkins, room));
    lines.extend(source::lines(model, action.source.as_ref(), room));
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
