//! Screen 1, "Feuille de route": Miller columns Horizons | Objectifs | Actions | Détail.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::{detail, flow, pane, rows, theme};
use crate::app::{Column, Model};

/// How many columns fit: four when wide, fewer when narrow, always including the focus.
const fn visible_columns(width: u16) -> usize {
    match width {
        110.. => 4,
        70.. => 3,
        40.. => 2,
        _ => 1,
    }
}

/// The first visible column: the focus stays in view with, room allowing, the column after it.
fn first_column(focus: Column, shown: usize) -> usize {
    let focus = focus.position();
    let before = shown.saturating_sub(2);
    focus.saturating_sub(before).min(4 - shown)
}

/// The columns on screen and where each stands: what is drawn, and what a click hits.
pub fn columns(model: &Model, area: Rect) -> Vec<(Column, Rect)> {
    let shown = visible_columns(area.width);
    let focus = model.roadmap.focus;
    let first = first_column(focus, shown);
    // The detail follows the focus: on three columns it is always the third, after the
    // focused column and the next, so that what it says about the focus stays in sight.
    let with_detail = [Column::Horizons, Column::Objectives, Column::Detail];
    let columns = match (shown, focus) {
        (3, Column::Horizons) => &with_detail[..],
        (3, _) => &Column::ALL[1..],
        _ => &Column::ALL[first..first + shown],
    };
    let constraints: Vec<Constraint> = columns
        .iter()
        .map(|c| match c {
            // Wide enough for "dans 59 j · 14 juil." or a full date, never more than a third.
            Column::Horizons => Constraint::Length(26.min(area.width / 3)),
            Column::Objectives | Column::Actions | Column::Detail => Constraint::Fill(3),
        })
        .collect();
    let areas = Layout::horizontal(constraints).split(area);
    columns.iter().copied().zip(areas.iter().copied()).collect()
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    for (column, rect) in columns(model, area) {
        match column {
            Column::Detail => detail::draw(model, frame, rect),
            list => draw_list(model, frame, rect, list),
        }
    }
}

fn block(model: &Model, column: Column) -> Block<'static> {
    let t = model.t();
    let title = match column {
        Column::Horizons => t.col_horizons,
        Column::Objectives => t.col_objectives,
        Column::Actions => t.col_actions,
        Column::Detail => t.col_detail,
    };
    pane::block(title, model.roadmap.focus == column)
}

fn draw_list(model: &Model, frame: &mut Frame, area: Rect, column: Column) {
    let nav = &model.roadmap;
    let block = block(model, column);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let len = nav.len(column, &model.plan, &model.index);
    if len == 0 {
        let t = model.t();
        let empty = match column {
            Column::Horizons => t.no_horizons,
            Column::Objectives => t.no_objectives,
            Column::Actions | Column::Detail => t.no_actions,
        };
        frame.render_widget(Paragraph::new(Line::styled(empty, theme::DIM)), inner);
        return;
    }
    let selected = nav.selected(column).min(len - 1);
    let width = row_width(inner);
    let window = flow::window(
        &nav.scroll[column.position()],
        selected,
        len,
        usize::from(inner.height),
        |row| item(model, column, row, width),
    );
    flow::draw(frame, inner, window, selected, nav.focus == column);
}

/// The columns a row's text takes in a list drawn in `inner`: all but the selection's mark.
fn row_width(inner: Rect) -> usize {
    usize::from(inner.width).saturating_sub(theme::MARK.chars().count())
}

/// The row of `column`, drawn in `rect` (its border included), on line `line` inside the
/// border, as last drawn: what a click there selects.
pub fn row_at(model: &Model, column: Column, rect: Rect, line: usize) -> Option<usize> {
    let nav = &model.roadmap;
    let len = nav.len(column, &model.plan, &model.index);
    let width = row_width(pane::block("", false).inner(rect));
    let first = nav.scroll[column.position()].first();
    flow::row_at(first, len, line, |row| item(model, column, row, width))
}

/// Only the rows on screen are built: a column of 10,000 costs what a column of 20 does.
fn item(model: &Model, column: Column, row: usize, width: usize) -> flow::Row {
    let (plan, index, nav) = (&model.plan, &model.index, &model.roadmap);
    match column {
        Column::Horizons => rows::horizon(
            model,
            &plan.horizons[row],
            index.horizon_progress[row],
            width,
        ),
        Column::Objectives => {
            let h = nav.horizon_index(plan).unwrap_or_default();
            let o = index.objectives_of[h][row];
            let health = index.health.objectives.get(o).and_then(|h| h.state);
            rows::objective(
                &plan.objectives[o],
                index.objective_progress[o],
                health,
                width,
            )
        }
        Column::Actions | Column::Detail => {
            let o = nav.objective_index(plan, index).unwrap_or_default();
            let a = index.actions_of[o][row];
            let health = index.health.actions.get(a).copied().flatten();
            rows::action(model, &plan.actions[a], health.map(|h| h.state), width)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_focus_is_always_among_the_visible_columns() {
        for shown in 1..=4 {
            for focus in Column::ALL {
                let first = first_column(focus, shown);
                assert!(first + shown <= 4);
                assert!(
                    (first..first + shown).contains(&focus.position()),
                    "{shown} {focus:?}"
                );
            }
        }
        assert_eq!(first_column(Column::Horizons, 3), 0);
        assert_eq!(first_column(Column::Actions, 3), 1);
        assert_eq!(first_column(Column::Objectives, 2), 1);
    }
}
