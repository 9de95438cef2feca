//! Screen 3, "Déplacements": trips by departure, and the selected trip's preparation.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use unicode_width::UnicodeWidthStr;

use super::flow::Row;
use super::pane::{self, Lines};
use super::text::{fit, wrap, wrap_upto};
use super::{theme, trip_item};
use crate::app::{Model, TripRow, trip_rows};
use crate::domain::{
    ChecklistItem, Progress, Status, Trip, days_until, item_late, late_actions_by_trip,
};
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
    let late_actions = late_actions_by_trip(&model.plan, model.today);
    pane::list(
        frame,
        left,
        block,
        (pane.row, by_date.len()),
        !pane.detail,
        &pane.scroll[0],
        |row, width| trip_row(model, by_date[row], late_actions[by_date[row]], width),
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

/// Glyph and destination; countdown, dates, status and checklist progress. The glyph is ⚠
/// when a checklist item or an action made for the trip is late.
pub fn trip_row(model: &Model, tr: usize, late_actions: usize, width: usize) -> Row {
    let t = model.t();
    let trip = &model.plan.trips[tr];
    let progress = model.index.trip_checklist[tr];
    let glyph = if progress.late + late_actions > 0 {
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
    // Countdown, dates, status, checklist: the status goes first when the row is narrow,
    // then the countdown; the dates are never cut.
    let countdown = trip
        .start
        .filter(|_| !trip.status.is_closed())
        .map(|start| (t.countdown)(days_until(start, model.today)));
    let status = (t.trip_status)(trip.status);
    let figures = checklist_spans(progress);
    let figures_width: usize = figures.iter().map(Span::width).sum();
    let dates = dates(model, trip);
    let room = width.saturating_sub(2 + figures_width + 3);
    let mut parts: Vec<&str> = countdown.iter().map(String::as_str).collect();
    parts.push(&dates);
    parts.push(status);
    while parts.len() > 1 && parts.join(" · ").width() > room {
        if parts.last() == Some(&status) {
            parts.pop();
        } else {
            parts.remove(0);
        }
    }
    let this_year = format!("\u{a0}{}", model.today.year());
    if parts.join(" · ").width() > room
        && let Some(short) = parts[0].strip_suffix(this_year.as_str())
    {
        // Still too narrow: this year's dates go without their year, whole.
        parts[0] = short;
    }
    let mut lines = super::rows::title_lines(
        vec![glyph, Span::raw(" ")],
        &title,
        width,
        ratatui::style::Style::new(),
    );
    let when = parts.join(" · ");
    if when.width() <= room {
        let mut meta = vec![
            Span::raw("  "),
            Span::styled(format!("{when} · "), theme::DIM),
        ];
        meta.extend(figures);
        lines.push(Line::from(meta));
    } else {
        // Dates too long for the line with the checklist: the count on a line of its own,
        // never cut off.
        let when = fit(&when, width.saturating_sub(2)).into_owned();
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(when, theme::DIM),
        ]));
        let mut meta = vec![Span::raw("  ")];
        meta.extend(figures);
        lines.push(Line::from(meta));
    }
    Row::new(lines)
}

fn detail(model: &Model, frame: &mut Frame, area: Rect, tr: usize) {
    let t = model.t();
    let (plan, index) = (&model.plan, &model.index);
    let trip = &plan.trips[tr];
    let pane = &model.review.trips;
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Lines::new(pane.detail);
    for line in status_lines(model, trip, width) {
        lines.push(line);
    }
    if !trip.purpose.is_empty() {
        lines.push(Line::styled(t.purpose, theme::KEY));
        // Its own line breaks kept: a purpose is written on several lines like notes.
        let purpose = crate::sanitize::shown_lines(&trip.purpose, crate::sanitize::SHOWN_CHARS);
        for line in wrap(&purpose, width) {
            lines.push(line);
        }
    }
    trip_item::notes(model, trip, &mut lines, width);
    for line in super::source::wrapped(model, trip.source.as_ref(), width) {
        lines.push(line);
    }
    // The selectable rows, in the order of `trip_rows`: the checklist, then the objectives;
    // the actions made for the trip (not selectable) between them.
    let rows = trip_rows(plan, index, tr);
    let first_after_items = rows
        .iter()
        .position(|r| !matches!(r, TripRow::Item(_)))
        .unwrap_or(rows.len());
    lines.blank();
    let mut heading = vec![Span::styled(format!("{} ", t.checklist), theme::KEY)];
    heading.extend(checklist_spans(index.trip_checklist[tr]));
    lines.push(Line::from(heading));
    for (row, r) in rows.iter().enumerate() {
        if row == first_after_items {
            trip_item::linked_actions(model, trip, &mut lines, width);
        }
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
                lines.wrapped_row(vec![Span::raw("◆ ")], &title, width, row == pane.item);
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
                lines.wrapped_row(vec![Span::raw("  ")], &text, width, row == pane.item);
            }
            TripRow::NoMembers => {
                trip_item::no_travellers(model, &mut lines, width, row == pane.item);
            }
        }
    }
    if first_after_items == rows.len() {
        trip_item::linked_actions(model, trip, &mut lines, width);
    }
    // The selected checklist item in full below, as many lines as it needs up to half.
    let selected = match rows.get(pane.item) {
        Some(&TripRow::Item(i)) if pane.detail => Some(&trip.checklist[i]),
        _ => None,
    };
    let area = trip_item::draw_item(model, frame, area, trip, selected);
    let title = shown(&trip.destination).into_owned();
    lines.draw(
        frame,
        area,
        pane::block(&title, pane.detail),
        &pane.scroll[1],
    );
}

/// "Statut : confirmé · Dates : 22–25 sept. 2014", or the two one under the other where
/// the pane is too narrow for both.
fn status_lines(model: &Model, trip: &Trip, width: usize) -> Vec<Line<'static>> {
    let t = model.t();
    let label = |text: &str| Span::styled(format!("{text}{}", t.colon), theme::DIM);
    let status = vec![label(t.status), Span::raw((t.trip_status)(trip.status))];
    let when = vec![label(t.dates), Span::raw(dates(model, trip))];
    let together: usize = status.iter().chain(&when).map(Span::width).sum::<usize>() + 3;
    if together <= width {
        let mut line = status;
        line.push(Span::styled(" · ", theme::DIM));
        line.extend(when);
        vec![Line::from(line)]
    } else {
        vec![Line::from(status), Line::from(when)]
    }
}

/// State, rule ("J-30 · 17 août"), countdown from today, label and owner: on one line where
/// there is room (the label gets it, the owner a fifth at most), else on two. The selected
/// item's full label and owner are in the item's detail below.
fn item_spans(
    model: &Model,
    trip: &Trip,
    item: &ChecklistItem,
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    let t = model.t();
    let done = item.done_on.is_some();
    let late = item_late(trip, item, model.today);
    let (rule, countdown) = item_when(model, trip, item);
    let owner = item.owner.as_deref().map_or_else(
        || t.no_owner.to_owned(),
        |o| super::rows::owner_name(model, o),
    );
    let style = if late { theme::LATE } else { theme::DIM };
    let glyph = super::rows::item_glyph(done, late);
    let label = shown(&item.label);
    if width < 80 {
        let when = if countdown.is_empty() {
            rule
        } else {
            format!("{rule} · {countdown}")
        };
        // The owner in short form after the rule, cut with "…" if it must be; where not even
        // a few letters hold, it waits for the selected item's box below.
        let short = item.owner.as_deref().map_or_else(
            || t.no_owner.to_owned(),
            |o| super::rows::short_owner(model, o),
        );
        let room = width.saturating_sub(2 + 2 + when.width() + 3);
        let mut rows: Vec<Vec<Span<'static>>> = super::rows::title_lines(
            vec![glyph, Span::raw(" ")],
            &label,
            width.saturating_sub(2),
            ratatui::style::Style::new(),
        )
        .into_iter()
        .map(|l| l.spans)
        .collect();
        let mut last = vec![Span::styled(format!("  {when}"), style)];
        if short.width() <= room || room >= 8 {
            let short = fit(&short, room).into_owned();
            last.push(Span::styled(format!(" · {short}"), theme::DIM));
        }
        rows.push(last);
        return rows;
    }
    // Columns: the rule, as wide as "J-130 · 17 sept.", the countdown, as wide as "en
    // retard de 30 j", the label, and the owner in a quarter of the width at most; the label
    // and the owner take a second line where they are long.
    let rule = format!("{rule:<17}");
    let countdown = format!("{countdown:<17}");
    let owner_w = (width / 4).clamp(8, 40);
    let owner = wrap_upto(&owner, owner_w, 2);
    // The mark (2), glyph and space (2), the columns and their spaces, " · " (3).
    let room = width.saturating_sub(2 + 2 + rule.width() + 1 + countdown.width() + 1 + 3 + owner_w);
    let label = wrap_upto(&label, room, 2);
    let height = label.len().max(owner.len());
    (0..height)
        .map(|n| {
            let (text, who) = (
                label.get(n).map_or("", String::as_str),
                owner.get(n).map_or("", String::as_str),
            );
            let dot = if n == 0 { " · " } else { "   " };
            let mut spans = if n == 0 {
                vec![
                    glyph.clone(),
                    Span::raw(" "),
                    Span::styled(rule.clone(), theme::META),
                    Span::styled(format!(" {countdown}"), style),
                ]
            } else {
                vec![Span::raw(
                    " ".repeat(2 + rule.width() + 1 + countdown.width()),
                )]
            };
            spans.push(Span::raw(format!(" {text:<room$}")));
            spans.push(Span::styled(format!("{dot}{who}"), theme::DIM));
            spans
        })
        .collect()
}

/// The item's rule and, apart, its countdown from today: ("J-30 · 17 août", "dans 12 j"),
/// ("J-30", "") while the trip is undated; once done, the rule and the day it was done
/// ("faite 3 sept."), never a countdown.
fn item_when(model: &Model, trip: &Trip, item: &ChecklistItem) -> (String, String) {
    let t = model.t();
    let rule = t.item_rule(trip, item, Some(model.today));
    let rule = if rule.is_empty() {
        t.no_date.to_owned()
    } else {
        rule
    };
    let countdown = match item.done_on {
        Some(on) => format!(
            "{} {}",
            (t.action_status)(Status::Done { on }),
            t.short_date(on, model.today)
        ),
        None => t
            .item_countdown(trip, item, model.today)
            .unwrap_or_default(),
    };
    (rule, countdown)
}
