//! The two-line rows of the roadmap's lists.

use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

use super::theme;
use crate::app::Model;
use crate::domain::{Action, Horizon, Objective, Progress, Status, is_late};
use crate::sanitize::inert;

/// "███░░ 3/8" with "⚠ 2" after it when some are late.
fn progress_spans(p: Progress) -> Vec<Span<'static>> {
    let mut spans = vec![
        Span::styled(theme::gauge(p.ratio(), 6), theme::META),
        Span::styled(format!(" {}/{}", p.done, p.total), theme::META),
    ];
    if p.late > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            format!("{} {}", theme::GLYPH_LATE, p.late),
            theme::LATE,
        ));
    }
    spans
}

pub fn horizon<'a>(model: &Model, h: &'a Horizon, p: Progress) -> ListItem<'a> {
    let mut meta = progress_spans(p);
    if let Some(deadline) = h.deadline {
        let open_and_past = p.open() > 0 && deadline < model.today;
        let text = model.t().due_date(deadline, model.today, open_and_past);
        let style = if open_and_past {
            theme::LATE
        } else {
            theme::DIM
        };
        meta.push(Span::styled(format!(" · {text}"), style));
    }
    ListItem::new(vec![
        Line::styled(inert(&h.label), theme::TITLE),
        Line::from(meta),
    ])
}

pub fn objective(o: &Objective, p: Progress) -> ListItem<'_> {
    let glyph = if p.total > 0 && p.done == p.total {
        Span::styled(format!("{} ", theme::GLYPH_DONE), theme::DONE)
    } else {
        Span::raw("")
    };
    ListItem::new(vec![
        Line::from(vec![glyph, Span::raw(inert(&o.title))]),
        Line::from(progress_spans(p)),
    ])
}

pub fn status_glyph(status: Status, late: bool) -> Span<'static> {
    match status {
        Status::Done { .. } => Span::styled(theme::GLYPH_DONE, theme::DONE),
        _ if late => Span::styled(theme::GLYPH_LATE, theme::LATE),
        Status::Blocked => Span::styled(theme::GLYPH_BLOCKED, theme::BLOCKED),
        Status::InProgress => Span::raw(theme::GLYPH_IN_PROGRESS),
        Status::Todo => Span::raw(theme::GLYPH_TODO),
    }
}

/// The due date as "J-12 · 14 juil. 2014", late ones marked.
pub fn due_span(model: &Model, a: &Action) -> Span<'static> {
    let t = model.t();
    match (a.due, a.status) {
        (_, Status::Done { on }) => Span::styled(
            format!("{} {}", (t.action_status)(a.status), t.date(on)),
            theme::DONE,
        ),
        (Some(due), _) => {
            let late = is_late(Some(due), false, model.today);
            let style = if late { theme::LATE } else { theme::META };
            Span::styled(t.due_date(due, model.today, late), style)
        }
        (None, _) => Span::styled(t.no_date, theme::DIM),
    }
}

pub fn action<'a>(model: &Model, a: &'a Action) -> ListItem<'a> {
    let late = is_late(a.due, a.status.is_done(), model.today);
    let owner = model
        .index
        .delegation_pos
        .get(&a.owner)
        .map(|&d| &model.plan.delegations[d])
        .map_or_else(
            || model.t().unknown_owner.to_owned(),
            |d| {
                let who = if d.holder.is_empty() {
                    &d.name
                } else {
                    &d.holder
                };
                inert(who).into_owned()
            },
        );
    ListItem::new(vec![
        Line::from(vec![
            status_glyph(a.status, late),
            Span::raw(" "),
            Span::raw(inert(&a.title)),
        ]),
        Line::from(vec![
            Span::raw("  "),
            due_span(model, a),
            Span::styled(format!(" · {owner}"), theme::DIM),
        ]),
    ])
}
