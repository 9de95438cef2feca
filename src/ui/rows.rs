//! The rows of the roadmap's lists: a horizon's label, its progress and deadline; an
//! objective's title and progress; an action's title, due date and owner. A title takes up
//! to three lines where the column is narrow, and ends in "…" only beyond.

use ratatui::text::{Line, Span};

use super::flow::Row;
use super::text::{fit, wrap_upto};
use super::theme;
use crate::app::Model;
use crate::domain::{
    Action, Delegation, HealthState, Horizon, Objective, Progress, Status, is_late,
};
use crate::sanitize::shown;
use unicode_width::UnicodeWidthStr;

/// "███░░ 3/8" with "⚠ 2" after it when some are late.
pub fn progress_spans(p: Progress) -> Vec<Span<'static>> {
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

/// Lines a title of a list takes at most before it ends in "…": three in a narrow column
/// (an 80-column terminal's), two where there is more room.
pub const fn title_lines_in(width: usize) -> usize {
    if width < 40 { 3 } else { 2 }
}

/// `title` wrapped in `width` columns after a lead of `lead` cells on its first line (a
/// glyph), the next lines indented as far, in [`title_lines_in`] lines at most.
pub fn title_lines(
    lead: Vec<Span<'static>>,
    title: &str,
    width: usize,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let indent: usize = lead.iter().map(Span::width).sum();
    let mut lead = Some(lead);
    let width = width.saturating_sub(indent);
    wrap_upto(title, width, title_lines_in(width))
        .into_iter()
        .map(|text| {
            let mut spans = lead
                .take()
                .unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
            spans.push(Span::styled(text, style));
            Line::from(spans)
        })
        .collect()
}

/// Label, progress, deadline.
pub fn horizon(model: &Model, h: &Horizon, p: Progress, width: usize) -> Row {
    let deadline = h.deadline.map_or_else(Line::default, |day| {
        let open_and_past = p.open() > 0 && day < model.today;
        let t = model.t();
        // The countdown goes first when the column holds it; the date always shows whole.
        let mut text = t.due_date(day, model.today, open_and_past);
        if text.chars().count() > width {
            let countdown = t.from_today(day, model.today, open_and_past);
            text = format!("{countdown} · {}", t.short_date(day, model.today));
        }
        if text.chars().count() > width {
            text = t.date(day);
        }
        let style = if open_and_past {
            theme::LATE
        } else {
            theme::DIM
        };
        Line::styled(text, style)
    });
    let mut lines = title_lines(Vec::new(), &shown(&h.label), width, theme::TITLE);
    lines.push(Line::from(progress_spans(p)));
    lines.push(deadline);
    Row::new(lines)
}

/// Title, then progress and, while it has open actions, its health's glyph.
pub fn objective(o: &Objective, p: Progress, health: Option<HealthState>, width: usize) -> Row {
    let lead = if p.total > 0 && p.done == p.total {
        vec![Span::styled(format!("{} ", theme::GLYPH_DONE), theme::DONE)]
    } else {
        Vec::new()
    };
    let mut lines = title_lines(lead, &shown(&o.title), width, ratatui::style::Style::new());
    let mut progress = progress_spans(p);
    if let Some(state) = health {
        progress.push(Span::raw(" "));
        progress.push(super::health::span(state));
    }
    lines.push(Line::from(progress));
    Row::new(lines)
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

/// A checklist item's state: done, late, or open.
pub fn item_glyph(done: bool, late: bool) -> Span<'static> {
    if done {
        Span::styled(theme::GLYPH_DONE, theme::DONE)
    } else if late {
        Span::styled(theme::GLYPH_LATE, theme::LATE)
    } else {
        Span::raw(theme::GLYPH_TODO)
    }
}

/// The due date: "dans 12 j · 14 juil. 2014", "en retard de 3 j · 11 juil. 2014"; in a list
/// (not `long`) the year goes when it is this year's. A done action says when it was done.
pub fn due_span(model: &Model, a: &Action, long: bool) -> Span<'static> {
    due_span_within(model, a, long, usize::MAX)
}

/// [`due_span`] within `width` columns: in a list too narrow for both, the countdown alone
/// (the date is in the detail), never a date cut short.
fn due_span_within(model: &Model, a: &Action, long: bool, width: usize) -> Span<'static> {
    let t = model.t();
    match (a.due, a.status) {
        (_, Status::Done { on }) => Span::styled(
            format!("{} {}", (t.action_status)(a.status), t.date(on)),
            theme::DONE,
        ),
        (Some(due), _) => {
            let late = is_late(Some(due), false, model.today);
            let style = if late { theme::LATE } else { theme::META };
            let countdown = t.from_today(due, model.today, late);
            let mut text = if long {
                t.due_date(due, model.today, late)
            } else {
                format!("{countdown} · {}", t.short_date(due, model.today))
            };
            // A date the source document does not give is marked as an example.
            let mark = super::source::mark(a.source.as_ref(), "due");
            if mark.chars().count() + text.chars().count() > width {
                text = countdown;
            }
            Span::styled(format!("{mark}{text}"), style)
        }
        (None, _) => Span::styled(t.no_date, theme::DIM),
    }
}

/// Who answers for an action, as the lists show it: the holder's name, else the delegation's.
pub fn owner_name(model: &Model, id: &str) -> String {
    model.index.delegation_pos.get(id).map_or_else(
        || model.t().unknown_owner.to_owned(),
        |&d| {
            let d = &model.plan.delegations[d];
            let who = if d.holder.is_empty() {
                &d.name
            } else {
                &d.holder
            };
            shown(who).into_owned()
        },
    )
}

/// Who answers for an action where room is short: the holder as "P. Klugman", a partner by
/// its acronym ("AIMF — Association internationale…" is "AIMF", "Ministère des Affaires
/// étrangères (MAE)" is "MAE"), else the delegation's name.
pub fn short_owner(model: &Model, id: &str) -> String {
    let Some(&d) = model.index.delegation_pos.get(id) else {
        return model.t().unknown_owner.to_owned();
    };
    let d = &model.plan.delegations[d];
    let holder = shown(d.holder.trim());
    if let Some((first, rest)) = holder.split_once(' ')
        && let Some(initial) = first.chars().next()
    {
        return format!("{initial}.\u{a0}{}", rest.trim());
    }
    if !holder.is_empty() {
        return holder.into_owned();
    }
    let name = shown(d.name.trim());
    let acronym = |s: &str| {
        let s = s.trim();
        (s.chars().count() >= 2 && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
            .then(|| s.to_owned())
    };
    name.split_once(" — ")
        .and_then(|(head, _)| acronym(head))
        .or_else(|| {
            name.strip_suffix(')')
                .and_then(|s| s.rsplit_once('('))
                .and_then(|(_, inside)| acronym(inside))
        })
        .unwrap_or_else(|| name.into_owned())
}

/// "Holder — role" of a delegation, or `None` when it names neither.
pub fn holder_line(delegation: &Delegation) -> Option<Line<'static>> {
    let who: Vec<String> = [&delegation.holder, &delegation.role]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| shown(s).into_owned())
        .collect();
    (!who.is_empty()).then(|| Line::raw(who.join(" — ")))
}

/// Title, then due date and owner; the due line starts with the action's health (its glyph
/// under the status one), which costs the title no room.
pub fn action(model: &Model, a: &Action, health: Option<HealthState>, width: usize) -> Row {
    let late = is_late(a.due, a.status.is_done(), model.today);
    let due = due_span_within(model, a, false, width.saturating_sub(2));
    let room = width.saturating_sub(2 + due.width());
    // The owner's name where it holds, else its short form ("P. Klugman").
    let mut owner = format!(" · {}", owner_name(model, &a.owner));
    if owner.width() > room {
        owner = format!(" · {}", short_owner(model, &a.owner));
    }
    let lead = vec![status_glyph(a.status, late), Span::raw(" ")];
    let mut lines = title_lines(lead, &shown(&a.title), width, ratatui::style::Style::new());
    let lead = health.map_or_else(
        || Span::raw("  "),
        |state| {
            let (glyph, style) = super::health::glyph(state);
            Span::styled(format!("{glyph} "), style)
        },
    );
    lines.push(Line::from(vec![
        lead,
        due,
        // An owner cut to less than a few letters says nothing: it waits for the detail.
        Span::styled(
            if room >= 8 {
                fit(&owner, room).into_owned()
            } else {
                String::new()
            },
            theme::DIM,
        ),
    ]));
    Row::new(lines)
}
