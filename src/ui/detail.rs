//! The roadmap's last column: the selected action, then its owner delegation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{rows, theme};
use crate::app::{Column, Model};
use crate::domain::is_late;
use crate::sanitize::{inert, inert_lines};

fn field(label: &str, value: impl IntoIterator<Item = Span<'static>>) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label} : "), theme::DIM)];
    spans.extend(value);
    Line::from(spans)
}

fn text(value: impl Into<String>) -> [Span<'static>; 1] {
    [Span::raw(value.into())]
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let focused = model.roadmap.focus == Column::Detail;
    let block = Block::bordered()
        .border_style(if focused {
            theme::FOCUS_BORDER
        } else {
            theme::BORDER
        })
        .title(Line::styled(format!(" {} ", t.col_detail), theme::TITLE));
    let Some(a) = model.roadmap.action_index(&model.plan, &model.index) else {
        let empty = Line::styled(t.nothing_selected, theme::DIM);
        frame.render_widget(Paragraph::new(empty).block(block), area);
        return;
    };
    let (plan, index) = (&model.plan, &model.index);
    let action = &plan.actions[a];
    let late = is_late(action.due, action.status.is_done(), model.today);
    let mut lines = vec![
        Line::styled(inert(&action.title).into_owned(), theme::TITLE),
        Line::default(),
        field(
            t.status,
            [
                rows::status_glyph(action.status, late),
                Span::raw(format!(" {}", (t.action_status)(action.status))),
            ],
        ),
        field(t.due, [rows::due_span(model, action)]),
    ];
    if let Some(&o) = index.objective_pos.get(&action.objective) {
        lines.push(field(t.objective, text(inert(&plan.objectives[o].title))));
    }
    if let Some(&tr) = action.trip.as_ref().and_then(|id| index.trip_pos.get(id)) {
        let trip = &plan.trips[tr];
        let shown = format!(
            "{} ({})",
            inert(&trip.destination),
            (t.trip_status)(trip.status)
        );
        lines.push(field(t.trip, text(shown)));
    }
    let co: Vec<String> = action
        .co_owners
        .iter()
        .filter_map(|id| index.delegation_pos.get(id))
        .map(|&d| inert(&plan.delegations[d].name).into_owned())
        .collect();
    if !co.is_empty() {
        lines.push(field(t.co_owners, text(co.join(", "))));
    }
    if !action.notes.is_empty() {
        lines.push(Line::default());
        for line in inert_lines(&action.notes).lines() {
            lines.push(Line::styled(line.to_owned(), theme::META));
        }
    }
    owner(model, &action.owner, focused, &mut lines);
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false });
    frame.render_widget(paragraph, area);
}

/// The owner delegation: who holds it, and how much it carries.
fn owner(model: &Model, id: &str, focused: bool, lines: &mut Vec<Line<'static>>) {
    let t = model.t();
    lines.push(Line::default());
    let heading = if focused { theme::MARK_FOCUS } else { "" };
    lines.push(Line::styled(format!("{heading}{}", t.owner), theme::KEY));
    let Some(&d) = model.index.delegation_pos.get(id) else {
        lines.push(Line::styled(t.unknown_owner, theme::LATE));
        return;
    };
    let delegation = &model.plan.delegations[d];
    lines.push(Line::styled(
        inert(&delegation.name).into_owned(),
        theme::TITLE,
    ));
    if !delegation.holder.is_empty() {
        lines.push(field(t.holder, text(inert(&delegation.holder))));
    }
    if !delegation.role.is_empty() {
        lines.push(field(t.role, text(inert(&delegation.role))));
    }
    lines.push(Line::styled(
        (t.delegation_kind)(delegation.kind).to_owned(),
        theme::DIM,
    ));
    let load = model.index.delegation_actions[d];
    let figures = (t.open_late)(load.open(), load.late);
    let style = if load.late > 0 {
        theme::LATE
    } else {
        theme::META
    };
    lines.push(field(t.load, [Span::styled(figures, style)]));
}
