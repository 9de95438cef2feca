//! What a click or the wheel means: the same layout functions as the drawing decide what is
//! under the pointer, so a click always hits what the adviser sees there.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{chrome, deadlines, delegations, pane, regions, roadmap};
use crate::app::{Column, Mode, Model, Msg, Screen};

/// The message for a mouse event on a terminal of `area`, if it means anything.
pub fn hit(model: &Model, area: Rect, event: MouseEvent) -> Option<Msg> {
    if !matches!(model.mode, Mode::Browse) {
        return None;
    }
    match event.kind {
        MouseEventKind::ScrollDown => return Some(Msg::Down),
        MouseEventKind::ScrollUp => return Some(Msg::Up),
        MouseEventKind::Down(MouseButton::Left) => {}
        _ => return None,
    }
    let at = Position::new(event.column, event.row);
    let [header, body, _, _] = regions(model, area);
    if header.contains(at) {
        let (_, tabs) = chrome::header_line(model, usize::from(header.width));
        let x = usize::from(at.x - header.x);
        return tabs
            .into_iter()
            .find(|(_, range)| range.contains(&x))
            .map(|(screen, _)| Msg::Show(screen));
    }
    if !body.contains(at) {
        return None;
    }
    match model.screen {
        Screen::Roadmap => {
            let (column, rect) = roadmap::columns(model, body)
                .into_iter()
                .find(|(_, rect)| rect.contains(at))?;
            if column == Column::Detail {
                return Some(Msg::ClickRoadmap(column, 0));
            }
            let row = row_under(rect, at, roadmap::lines_per_row(column))?;
            let first = model.roadmap.scroll[column.position()].first();
            Some(Msg::ClickRoadmap(column, first + row))
        }
        Screen::Delegations | Screen::Trips => {
            let [list, _] = pane::split(body);
            if !list.contains(at) {
                return Some(Msg::ClickDetail);
            }
            let (pane, lines) = if model.screen == Screen::Trips {
                (&model.review.trips, 2)
            } else {
                (&model.review.delegations, delegations::LINES_PER_ROW)
            };
            let row = row_under(list, at, lines)?;
            Some(Msg::ClickRow(pane.scroll[0].first() + row))
        }
        Screen::Deadlines => {
            let line = row_under(body, at, 1)?;
            deadlines::row_at(model, line).map(Msg::ClickRow)
        }
    }
}

/// The row (from the first shown) under the pointer in a bordered list.
fn row_under(rect: Rect, at: Position, lines_per_row: u16) -> Option<usize> {
    let top = rect.y + 1;
    if at.y < top || at.y >= rect.bottom().saturating_sub(1) {
        return None;
    }
    Some(usize::from((at.y - top) / lines_per_row.max(1)))
}
