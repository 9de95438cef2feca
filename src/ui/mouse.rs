//! What a click or the wheel means: the same layout functions as the drawing decide what is
//! under the pointer, so a click always hits what the adviser sees there.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{chrome, deadlines, delegations, pane, regions, roadmap, trips};
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
            let line = line_under(rect, at)?;
            roadmap::row_at(model, column, rect, line).map(|row| Msg::ClickRoadmap(column, row))
        }
        Screen::Delegations | Screen::Trips => {
            let [list, _] = pane::split(body);
            if !list.contains(at) {
                return Some(Msg::ClickDetail);
            }
            let line = line_under(list, at)?;
            let row = if model.screen == Screen::Trips {
                let by_date = &model.index.review.trips_by_date;
                let late = crate::domain::late_actions_by_trip(&model.plan, model.today);
                let pane = &model.review.trips;
                pane::list_row_at(list, by_date.len(), &pane.scroll[0], line, |r, w| {
                    trips::trip_row(model, by_date[r], late[by_date[r]], w)
                })
            } else {
                let pane = &model.review.delegations;
                let len = model.plan.delegations.len();
                pane::list_row_at(list, len, &pane.scroll[0], line, |d, w| {
                    delegations::list_row(model, d, w)
                })
            };
            row.map(Msg::ClickRow)
        }
        Screen::Deadlines => {
            let line = line_under(body, at)?;
            deadlines::row_at(model, body, line).map(Msg::ClickRow)
        }
        // The dashboard is read and walked with the keys; the wheel moves between events.
        Screen::Dashboard => None,
    }
}

/// The line (from the first inside the border) under the pointer in a bordered pane.
fn line_under(rect: Rect, at: Position) -> Option<usize> {
    let top = rect.y + 1;
    if at.y < top || at.y >= rect.bottom().saturating_sub(1) {
        return None;
    }
    Some(usize::from(at.y - top))
}
