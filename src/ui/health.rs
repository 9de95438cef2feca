//! Health as the screens show it: a glyph of its own for each state (so it reads without
//! colour), its words, and the detail's lines: the reason, an objective's counts and what it
//! declares, and the check-ins, newest first.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::glued;
use super::theme;
use crate::app::Model;
use crate::domain::{ActionHealth, CheckIn, HealthState, ObjectiveHealth};
use crate::sanitize::{shown, shown_lines};

/// The glyph and style of a state.
pub const fn glyph(state: HealthState) -> (&'static str, Style) {
    match state {
        HealthState::NotStarted => (theme::GLYPH_NOT_STARTED, theme::DIM),
        HealthState::OnTrack => (theme::GLYPH_ON_TRACK, theme::DONE),
        HealthState::Stale => (theme::GLYPH_STALE, theme::META),
        HealthState::AtRisk => (theme::GLYPH_AT_RISK, theme::AT_RISK),
        HealthState::OffTrack => (theme::GLYPH_OFF_TRACK, theme::LATE),
    }
}

pub fn span(state: HealthState) -> Span<'static> {
    let (g, style) = glyph(state);
    Span::styled(g, style)
}

fn label(model: &Model, text: &str) -> Span<'static> {
    Span::styled(format!("{text}{}", model.t().colon), theme::DIM)
}

/// "Santé : ✖ en difficulté (en retard de 64 j)", the reason when there is one to give.
fn state_line(model: &Model, state: HealthState, why: Option<String>) -> Line<'static> {
    let t = model.t();
    let (g, style) = glyph(state);
    let mut spans = vec![
        label(model, t.health.label),
        Span::styled(format!("{g} {}", (t.health.state)(state)), style),
    ];
    if let Some(why) = why {
        spans.push(Span::styled(
            format!(" ({})", glued(&shown(&why))),
            theme::META,
        ));
    }
    Line::from(spans)
}

/// An open action's health and why ("not started" says it all).
pub fn action_line(model: &Model, health: &ActionHealth) -> Line<'static> {
    let why = (health.state != HealthState::NotStarted)
        .then(|| crate::i18n::reason(model.t(), &model.plan, health.why));
    state_line(model, health.state, why)
}

/// An objective's computed health, its actions by state (the actions' column beside shows
/// which is which), and what it declares.
pub fn objective_lines(model: &Model, health: &ObjectiveHealth) -> Vec<Line<'static>> {
    let t = model.t();
    let mut lines = Vec::new();
    if let Some(state) = health.state {
        lines.push(state_line(model, state, None));
        lines.push(Line::styled(
            format!("  {}", (t.health.counts)(&health.counts)),
            theme::META,
        ));
    }
    if let Some((on, declared, fresh)) = health.declared {
        let (g, style) = glyph(HealthState::of(declared));
        let mut spans = vec![
            label(model, t.health.declared),
            Span::styled(format!("{g} {}", t.health.health(declared)), style),
            Span::styled(format!(" · {}", t.date(on)), theme::META),
        ];
        if !fresh {
            spans.push(Span::styled(format!(" ({})", t.health.old), theme::DIM));
        }
        if health.rosier() {
            spans.push(Span::styled(
                format!(" {} {}", theme::GLYPH_LATE, t.health.rosier),
                theme::LATE,
            ));
        }
        lines.push(Line::from(spans));
    }
    lines
}

/// The check-ins, newest first, under a heading; their texts cut after `room` characters
/// altogether (more would not show).
pub fn checkin_lines(model: &Model, checkins: &[CheckIn], room: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let mut lines = vec![
        Line::default(),
        Line::styled(t.health.checkins.to_owned(), theme::TITLE),
    ];
    if checkins.is_empty() {
        lines.push(Line::styled(t.health.no_checkins.to_owned(), theme::DIM));
        return lines;
    }
    let mut left = room;
    for c in checkins.iter().rev() {
        if left == 0 {
            break;
        }
        lines.push(head(model, c));
        if !c.text.is_empty() {
            for line in shown_lines(&c.text, left).lines() {
                left = left.saturating_sub(line.chars().count().max(1));
                lines.push(Line::raw(format!("  {}", glued(line))));
            }
        }
        if let Some(due) = c.due {
            let text = (t.health.announced)(&t.date(due));
            lines.push(Line::styled(format!("  {text}"), theme::META));
        }
        left = left.saturating_sub(40);
    }
    lines
}

/// "◉ 16 sept. 2014 · en bonne voie · par Camille Martin".
fn head(model: &Model, c: &CheckIn) -> Line<'static> {
    let t = model.t();
    let (g, style) = glyph(HealthState::of(c.health));
    let mut spans = vec![
        Span::styled(format!("{g} "), style),
        Span::styled(t.date(c.on), theme::TITLE),
        Span::styled(format!(" · {}", t.health.health(c.health)), style),
    ];
    if !c.by.is_empty() {
        spans.push(Span::styled(
            format!(" · {}", (t.health.by)(&shown(&c.by))),
            theme::DIM,
        ));
    }
    Line::from(spans)
}
