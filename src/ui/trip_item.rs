//! Screen 3's parts below a trip's checklist: the actions made for the trip, and the
//! selected checklist item in full — label, rule and countdown, owner, done date — wrapped,
//! never cut, whatever the width.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::pane::{self, Lines};
use super::rows::{due_span, status_glyph};
use super::text::{fit, wrap};
use super::theme;
use crate::app::Model;
use crate::domain::{ChecklistItem, Trip, is_late, trip_actions};
use crate::sanitize::shown;

/// "Actions liées 0/3 ⚠ 3", then each action with its state and due date; nothing when the
/// trip has none.
pub fn linked_actions(model: &Model, trip: &Trip, lines: &mut Lines, width: usize) {
    let t = model.t();
    let actions: Vec<_> = trip_actions(&model.plan, trip).collect();
    if actions.is_empty() {
        return;
    }
    let done = actions.iter().filter(|a| a.status.is_done()).count();
    let late = actions
        .iter()
        .filter(|a| is_late(a.due, a.status.is_done(), model.today))
        .count();
    lines.blank();
    let mut heading = vec![
        Span::styled(format!("{} ", t.script.dossier.linked_actions), theme::KEY),
        Span::styled(format!("{done}/{}", actions.len()), theme::META),
    ];
    if late > 0 {
        heading.push(Span::styled(
            format!(" {} {late}", theme::GLYPH_LATE),
            theme::LATE,
        ));
    }
    lines.push(Line::from(heading));
    for a in actions {
        let late = is_late(a.due, a.status.is_done(), model.today);
        let lead = vec![
            Span::raw("  "),
            status_glyph(a.status, late),
            Span::raw(" "),
        ];
        let style = ratatui::style::Style::new();
        for line in super::rows::title_lines(lead, &shown(&a.title), width, style) {
            lines.push(line);
        }
        lines.push(Line::from(vec![
            Span::raw("      "),
            due_span(model, a, true),
        ]));
    }
}

/// The trip's notes, under a heading, wrapped.
/// The travellers' section of a trip with nobody listed: a row of its own (the adviser
/// selects it and `a` adds the first traveller), saying so.
pub fn no_travellers(model: &Model, lines: &mut Lines, width: usize, selected: bool) {
    let t = model.t();
    lines.blank();
    lines.push(Line::styled(t.travellers, theme::KEY));
    let hint = format!(" · {}", t.nav.add_first_traveller);
    let room = width.saturating_sub(4 + hint.width());
    lines.row(
        vec![
            Span::styled(format!("  {}", fit(t.no_members, room)), theme::DIM),
            Span::styled(hint, theme::KEY),
        ],
        selected,
    );
}

pub fn notes(model: &Model, trip: &Trip, lines: &mut Lines, width: usize) {
    if !trip.notes.is_empty() {
        lines.push(Line::styled(model.t().notes, theme::KEY));
        for line in wrap(&shown(&trip.notes), width) {
            lines.push(Line::styled(line, theme::META));
        }
    }
}

/// Draws `item` in full at the bottom of `area`, in as many lines as it needs up to half
/// the height; returns what is left above for the trip.
pub fn draw_item(
    model: &Model,
    frame: &mut Frame,
    area: Rect,
    trip: &Trip,
    item: Option<&ChecklistItem>,
) -> Rect {
    let Some(item) = item else {
        return area;
    };
    let item = item_detail(model, trip, item);
    let height = u16::try_from(item.line_count(area.width.saturating_sub(2)) + 2)
        .unwrap_or(u16::MAX)
        .min(area.height / 2);
    let [top, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(height)]).areas(area);
    let block = pane::block(model.t().checklist_item, false);
    frame.render_widget(item.block(block), bottom);
    top
}

/// The most of an item's notes its box draws (it takes at most half the pane).
const NOTES_SHOWN: usize = 4000;

/// The selected checklist item in full, wrapped to the pane's width.
fn item_detail(model: &Model, trip: &Trip, item: &ChecklistItem) -> Paragraph<'static> {
    let t = model.t();
    let label = |text: &str| Span::styled(format!("{text}{}", t.colon), theme::DIM);
    let title = super::text::glued(&shown(&item.label)).into_owned();
    let mut lines = vec![Line::styled(title, theme::TITLE)];
    let rule = t.item_rule(trip, item, None);
    let mut due = vec![label(t.due)];
    if rule.is_empty() {
        due.push(Span::styled(t.no_date, theme::DIM));
    } else {
        due.push(Span::raw(rule));
    }
    if let Some(countdown) = t.item_countdown(trip, item, model.today) {
        let late = crate::domain::item_late(trip, item, model.today);
        let style = if late { theme::LATE } else { theme::META };
        due.push(Span::styled("\u{a0}· ", theme::DIM));
        due.push(Span::styled(countdown, style));
    }
    lines.push(Line::from(due));
    lines.push(Line::from(vec![
        label(t.owner),
        Span::raw(owner_in_full(model, item.owner.as_deref())),
    ]));
    if let Some(on) = item.done_on {
        lines.push(Line::from(vec![
            label(t.done_on),
            Span::styled(t.date(on), theme::DONE),
        ]));
    }
    if !item.notes.is_empty() {
        for line in crate::sanitize::shown_lines(&item.notes, NOTES_SHOWN).lines() {
            lines.push(Line::styled(line.to_owned(), theme::META));
        }
    }
    lines.extend(super::source::lines(
        model,
        item.source.as_ref(),
        NOTES_SHOWN,
    ));
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

/// "Délégation générale aux relations internationales — Holder, role", or "sans porteur".
fn owner_in_full(model: &Model, id: Option<&str>) -> String {
    let t = model.t();
    let Some(id) = id else {
        return t.no_owner.to_owned();
    };
    let Some(&d) = model.index.delegation_pos.get(id) else {
        return t.unknown_owner.to_owned();
    };
    let d = &model.plan.delegations[d];
    let who: Vec<&str> = [&d.holder, &d.role]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(String::as_str)
        .collect();
    if who.is_empty() {
        shown(&d.name).into_owned()
    } else {
        shown(&format!("{} — {}", d.name, who.join(", "))).into_owned()
    }
}
