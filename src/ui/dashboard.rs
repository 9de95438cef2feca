//! Screen 5, "Tableau de bord": the mandate at a glance. The timeline across the top; below,
//! progress by horizon and objective on the left, and on the right the delegations' loads,
//! the trips leaving soon with their readiness, and the weekly rhythm. On a short or narrow
//! terminal the sections stack, and those that do not fit give way, the timeline last.

mod ahead;
mod axis;
mod events;
mod glyphs;
mod loads;
mod progress;
mod rhythm;
mod strip;
mod timeline;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;
use unicode_width::UnicodeWidthStr;

use super::{pane, text::fit};
use crate::app::Model;
use crate::domain::Scale;

/// What the lower sections need at least to say something: their border and one line.
const SECTION_MIN: u16 = 3;
/// Rows kept below the timeline when it cannot have all it wants.
const BELOW_MIN: u16 = 11;
/// From this width the lower sections stand side by side.
const TWO_COLUMNS: u16 = 60;

/// A bordered block whose title is cut (with "…") to the width it has.
fn titled(title: &str, area: Rect) -> Block<'static> {
    let room = usize::from(area.width.saturating_sub(4));
    pane::block(&fit(title, room), false)
}

/// A title with what follows it where it fits: "Délégations (3) · en retard d'abord", else
/// "Délégations (3)".
fn titled_more(title: &str, more: &str, area: Rect) -> Block<'static> {
    let full = format!("{title} · {more}");
    let room = usize::from(area.width.saturating_sub(4));
    titled(if full.width() <= room { &full } else { title }, area)
}

/// Heights for sections in `height` rows, each wanting `want`: taken in the order `first`
/// gives, each gets its least (`SECTION_MIN`); then, a row at a time and in turn, those
/// that want more get it; rows nobody wants go to the last. A section that cannot have its
/// least gets nothing.
fn stack(height: u16, wants: &[u16], first: &[usize]) -> Vec<u16> {
    let mut out = vec![0; wants.len()];
    let mut left = height;
    for &i in first {
        if left >= SECTION_MIN {
            out[i] = SECTION_MIN;
            left -= SECTION_MIN;
        }
    }
    while left > 0 {
        let mut gave = false;
        for &i in first {
            if left > 0 && out[i] > 0 && out[i] < wants[i] {
                out[i] += 1;
                left -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    if let Some(&last) = first.iter().rev().find(|&&i| out[i] > 0) {
        out[last] += left;
    }
    out
}

/// `column` cut into sections of these heights, top to bottom.
fn split(column: Rect, heights: &[u16]) -> Vec<Rect> {
    let constraints: Vec<Constraint> = heights.iter().map(|&h| Constraint::Length(h)).collect();
    Layout::vertical(constraints).split(column).to_vec()
}

/// Where each part of the screen goes: the timeline, then the sections below (progress,
/// loads, trips ahead, rhythm). The loads give way first and take what is left over: they
/// are the longest list.
fn layout(model: &Model, area: Rect) -> (Rect, [Rect; 4]) {
    let wanted = timeline::wanted(model.plan.horizons.len());
    let top = wanted
        .min(area.height.saturating_sub(BELOW_MIN))
        .max(area.height.min(timeline::wanted(0)));
    let [timeline, below] =
        Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area);
    let glance = model
        .review
        .dashboard
        .glance(&model.plan, &model.index, model.today);
    let lines = |n: usize| u16::try_from(n).unwrap_or(u16::MAX).saturating_add(2);
    let progress = lines(model.plan.horizons.len() + 2 + 8);
    let loads = lines(glance.delegations.len() + 1);
    let ahead = lines(glance.ahead.len().max(1));
    let rhythm = lines(rhythm::TALLEST);
    let sections = if below.width >= TWO_COLUMNS {
        let [left, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(below);
        let heights = stack(right.height, &[loads, ahead, rhythm], &[1, 0, 2]);
        let r = split(right, &heights);
        [left, r[0], r[1], r[2]]
    } else {
        let heights = stack(
            below.height,
            &[progress, loads, ahead, rhythm],
            &[0, 2, 1, 3],
        );
        let r = split(below, &heights);
        [r[0], r[1], r[2], r[3]]
    };
    (timeline, sections)
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let glance = model
        .review
        .dashboard
        .glance(&model.plan, &model.index, model.today);
    let (top, [left, loads, ahead, rhythm]) = layout(model, area);
    if top.height > 0 {
        timeline::draw(model, glance, frame, top);
    }
    let visible = |r: Rect| r.height >= SECTION_MIN && r.width >= 8;
    if visible(left) {
        progress::draw(model, frame, left);
    }
    if visible(loads) {
        loads::draw(model, glance, frame, loads);
    }
    if visible(ahead) {
        ahead::draw(model, glance, frame, ahead);
    }
    if visible(rhythm) {
        rhythm::draw(model, glance, frame, rhythm);
    }
}

/// Where the timeline's deadlines are drawn in `body` (the screen between the bars): the
/// scale of its columns, the first column's x and the row's y. For tests that read a frame.
pub fn deadlines_row(model: &Model, body: Rect) -> Option<(Scale, u16, u16)> {
    let (top, _) = layout(model, body);
    let (scale, rows) = timeline::geometry(model, top);
    let y = top.y + 1 + u16::try_from(rows.deadlines_row()).ok()?;
    (rows.deadlines > 0 && y < top.bottom().saturating_sub(1)).then_some((scale, top.x + 1, y))
}

#[cfg(test)]
mod tests {
    use super::stack;

    #[test]
    fn sections_get_their_least_then_rows_in_turn() {
        // Loads, trips ahead, rhythm; trips first, then loads, then the rhythm.
        assert_eq!(stack(11, &[6, 5, 12], &[1, 0, 2]), [4, 4, 3]);
        assert_eq!(stack(24, &[6, 5, 12], &[1, 0, 2]), [6, 5, 13]);
        // Too short for all: the last in turn gives way.
        assert_eq!(stack(7, &[6, 5, 12], &[1, 0, 2]), [3, 4, 0]);
        assert_eq!(stack(2, &[6, 5, 12], &[1, 0, 2]), [0, 0, 0]);
    }
}
