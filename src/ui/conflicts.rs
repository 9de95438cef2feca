//! The conflict review (`C`): one entry per conflict, each saying in words what was kept and
//! what was set aside, wrapped rather than cut so the values can be read whole.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Clear;

use super::pane::{self, Lines};
use super::text::wrap;
use crate::app::{Model, Scroll};
use crate::i18n::describe_conflict;
use crate::sanitize::inert;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, row: usize) {
    let t = model.t();
    let [popup] = Layout::horizontal([Constraint::Max(96)])
        .flex(Flex::Center)
        .areas(area);
    let width = usize::from(popup.width.saturating_sub(4)).max(1);
    let mut lines = Lines::new(true);
    for (i, conflict) in model.conflicts.iter().enumerate() {
        let text = describe_conflict(t, conflict, &|field, id| name_of(model, field, id));
        let text = inert(&text).into_owned();
        let wrapped = wrap(&text, width)
            .into_iter()
            .map(|line| vec![Span::raw(line)])
            .collect();
        lines.rows(wrapped, i == row);
    }
    frame.render_widget(Clear, popup);
    let title = (t.conflicts_title)(model.conflicts.len());
    let scroll = Scroll::default();
    lines.draw(frame, popup, pane::block(&title, true), &scroll);
}

/// The name of the record a reference field holds the ID of, if it is in the plan.
fn name_of(model: &Model, field: &str, id: &str) -> Option<String> {
    let plan = &model.plan;
    let found = match field {
        "owner" | "co_owners" => plan
            .delegations
            .iter()
            .find(|d| d.id == id)
            .map(|d| &d.name),
        "objective" | "objectives" => plan
            .objectives
            .iter()
            .find(|o| o.id == id)
            .map(|o| &o.title),
        "trip" => plan
            .trips
            .iter()
            .find(|t| t.id == id)
            .map(|t| &t.destination),
        "horizon" => plan.horizons.iter().find(|h| h.id == id).map(|h| &h.label),
        _ => None,
    };
    found.cloned()
}
