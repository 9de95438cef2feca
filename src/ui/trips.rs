//! Screen 3, "Déplacements": trips by departure, and the selected trip's preparation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use unicode_width::UnicodeWidthStr;

use super::pane::{self, Lines};
use super::text::{fit, wrap};
use super::theme;
use crate::app::{Model, TripRow, trip_rows};
use crate::domain::{ChecklistItem, Due, Progress, Status, Trip, days_until, is_late, item_due};
use crate::sanitize::shown;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let pane = &model.review.trips;
    let [left, right] = pane::split(area);
    let by_date = &model.index.review.trips_by_date;
    if by_date.is_empty() {
        let block = pane::block(t.screen_trips, true);
        let empty = Paragraph::new(Line::styled(t.no_trips, theme::DIM)).block(block);
        frame.render_widget(empty, area);
        return;
    }
    let block = pane::block(t.screen_trips, !pane.detail);
    pane::list(
        frame,
        left,
        block,
        (pane.row, by_date.len(), 2),
        !pane.detail,
        &pane.scroll[0],
        |row, width| trip_row(model, by_date[row], width),
    );
    if let Some(trip) = model.review.trip(&model.index) {
        detail(model, frame, right, trip);
    }
}

/// "12 sept. 2014 → 15 sept. 2014", or "à programmer".
pub fn dates(model: &Model, trip: &Trip) -> String {
    let t = model.t();
    match (trip.start, trip.end) {
        (Some(start), Some(end)) => t.date_range(start, end),
        (Some(start), None) => t.date(start),
        (None, _) => t.to_schedule.to_owned(),
    }
}

fn checklist_spans(p: Progress) -> Vec<Span<'static>> {
    let mut spans = vec![Span::styled(format!("{}/{}", p.done, p.total), theme::META)];
    if p.late > 0 {
        let late = format!(" {} {}", theme::GLYPH_LATE, p.late);
        spans.push(Span::styled(late, theme::LATE));
    }
    spans
}

fn trip_row(model: &Model, tr: usize, width: usize) -> ListItem<'static> {
    let t = model.t();
    let trip = &model.plan.trips[tr];
    let progress = model.index.trip_checklist[tr];
    let glyph = if progress.late > 0 {
        Span::styled(theme::GLYPH_LATE, theme::LATE)
    } else if trip.status.is_closed() {
        Span::styled(theme::GLYPH_DONE, theme::DONE)
    } else {
        Span::raw(theme::GLYPH_TODO)
    };
    let mut title = shown(&trip.destination).into_owned();
    if !trip.country.is_empty() && trip.country != trip.destination {
        title = format!("{title} — {}", shown(&trip.country));
    }
    let mut when = dates(model, trip);
    if let Some(start) = trip.start
        && !trip.status.is_closed()
    {
        when = format!("{} · {when}", (t.countdown)(days_until(start, model.today)));
    }
    let mut meta = vec![
        Span::raw("  "),
        Span::styled(
            format!("{when} · {} · ", (t.trip_status)(trip.status)),
            theme::DIM,
        ),
    ];
    meta.extend(checklist_spans(progress));
    ListItem::new(vec![
        Line::from(vec![
            glyph,
            Span::raw(" "),
            Span::raw(fit(&title, width.saturating_sub(2)).into_owned()),
        ]),
        Line::from(meta),
    ])
}

fn detail(model: &Model, frame: &mut Frame, area: Rect, tr: usize) {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let trip = &plan.trips[tr];
    let pane = &model.review.trips;
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Lines::new(pane.detail);
    let label = |text: &str| Span::styled(format!("{text}{}", t.colon), theme::DIM);
    lines.push(Line::from(vec![
        label(t.status),
        Span::raw((t.trip_status)(trip.status)),
        Span::styled(" · ", theme::DIM),
        label(t.dates),
        Span::raw(dates(model, trip)),
    ]));
    if !trip.purpose.is_empty() {
        lines.push(Line::styled(t.purpose, theme::KEY));
        for line in wrap(&shown(&trip.purpose), width) {
            lines.push(line);
        }
    }
    // The selectable rows, in the order of `trip_rows`: the checklist, then the objectives.
    let rows = trip_rows(plan, index, tr);
    lines.blank();
    let mut heading = vec![Span::styled(format!("{} ", t.checklist), theme::KEY)];
    heading.extend(checklist_spans(index.trip_checklist[tr]));
    lines.push(Line::from(heading));
    for (row, r) in rows.iter().enumerate() {
        match *r {
            TripRow::Item(i) => {
                let spans = item_spans(model, trip, &trip.checklist[i], width);
                lines.rows(spans, row == pane.item);
            }
            TripRow::Objective(o) => {
                if row == 0 || matches!(rows[row - 1], TripRow::Item(_)) {
                    lines.blank();
                    lines.push(Line::styled(t.linked_objectives, theme::KEY));
                }
                let title = shown(&plan.objectives[o].title);
                let title = fit(&title, width.saturating_sub(4)).into_owned();
                lines.row(vec![Span::raw("◆ "), Span::raw(title)], row == pane.item);
            }
            TripRow::Member(m) => {
                let member = &trip.members[m];
                let previous = row.checked_sub(1).map(|r| rows[r]);
                if !matches!(previous, Some(TripRow::Member(_))) {
                    lines.blank();
                    lines.push(Line::styled(t.travellers, theme::KEY));
                }
                let new_group = match previous {
                    Some(TripRow::Member(p)) => trip.members[p].category != member.category,
                    _ => true,
                };
                if new_group {
                    lines.push(Line::styled(
                        format!("  {}", (t.member_category)(member.category)),
                        theme::DIM,
                    ));
                }
                let mut text = shown(&member.name).into_owned();
                if !member.role.is_empty() {
                    text = format!("{text} ({})", shown(&member.role));
                }
                let text = fit(&text, width.saturating_sub(4)).into_owned();
                lines.row(vec![Span::raw("  "), Span::raw(text)], row == pane.item);
            }
        }
    }
    if trip.members.is_empty() {
        lines.blank();
        lines.push(Line::styled(t.travellers, theme::KEY));
        lines.push(Line::styled(format!("  {}", t.no_members), theme::DIM));
    }
    let title = shown(&trip.destination).into_owned();
    lines.draw(
        frame,
        area,
        pane::block(&title, pane.detail),
        &pane.scroll[1],
    );
}

/// State, due date, label and owner: on one line where there is room (the label gets it,
/// the owner a quarter at most), else the label on a line of its own.
fn item_spans(
    model: &Model,
    trip: &Trip,
    item: &ChecklistItem,
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    let t = model.t();
    let done = item.done_on.is_some();
    let late = !trip.status.is_closed() && is_late(item_due(trip, item), done, model.today);
    let when = item_when(model, trip, item);
    let owner = item.owner.as_deref().map_or_else(
        || t.no_owner.to_owned(),
        |o| super::rows::owner_name(model, o),
    );
    let style = if late { theme::LATE } else { theme::DIM };
    let glyph = super::rows::item_glyph(done, late);
    let label = shown(&item.label);
    if width < 70 {
        let owner = fit(&owner, width.saturating_sub(when.width() + 8)).into_owned();
        return vec![
            vec![
                glyph,
                Span::raw(format!(" {}", fit(&label, width.saturating_sub(4)))),
            ],
            vec![
                Span::styled(format!("  {when}"), style),
                Span::styled(format!(" · {owner}"), theme::DIM),
            ],
        ];
    }
    // A column of due dates: as wide as "J-130 · 17 sept.".
    let when = format!("{when:<17}");
    let owner = fit(&owner, width / 5).into_owned();
    let room = width.saturating_sub(8 + when.width() + owner.width());
    vec![vec![
        glyph,
        Span::raw(" "),
        Span::styled(when, style),
        Span::raw(format!(" {:<room$} ", fit(&label, room))),
        Span::styled(format!("· {owner}"), theme::DIM),
    ]]
}

/// "J-12 · 14 juil." (countdown to the item's own due day), "J-30" before departure while
/// the trip is unscheduled, "faite 3 sept. 2014" once done.
fn item_when(model: &Model, trip: &Trip, item: &ChecklistItem) -> String {
    let t = model.t();
    if let Some(on) = item.done_on {
        return format!("{} {}", (t.action_status)(Status::Done { on }), t.date(on));
    }
    match (item_due(trip, item), item.due) {
        (Some(day), _) => format!(
            "{} · {}",
            (t.countdown)(days_until(day, model.today)),
            t.short_date(day, model.today)
        ),
        (None, Some(Due::DaysBefore(n))) => (t.countdown)(i64::from(n)),
        _ => t.no_date.to_owned(),
    }
}
