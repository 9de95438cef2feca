//! The timeline's events: the trips in the window as marks with their names, the selected
//! event said in words under its column, and the trips still to schedule.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::glyphs;
use super::strip::{Kind, Strip};
use crate::app::Model;
use crate::domain::{DueRef, Event, Glance, Scale, days_until};
use crate::sanitize::shown;
use crate::ui::text::fit;
use crate::ui::theme;

/// The dated trips whose stay shows in the window, in date order.
fn trips_in(model: &Model, scale: Scale) -> Vec<usize> {
    let plan = &model.plan;
    let span = scale.span;
    let by_date = &model.index.review.trips_by_date;
    let dated = by_date.partition_point(|&t| plan.trips[t].start.is_some());
    let upto =
        by_date[..dated].partition_point(|&t| plan.trips[t].start.is_some_and(|s| s <= span.end));
    by_date[..upto]
        .iter()
        .copied()
        .filter(|&t| {
            let trip = &plan.trips[t];
            let last = trip.end.or(trip.start);
            last.is_some_and(|l| l >= span.start)
        })
        .collect()
}

/// The trips' rows: each trip's mark where it leaves (its stay drawn on after it), then its
/// name where there is room; trips alternate between the rows so names have more of it.
pub fn trips(
    model: &Model,
    glance: &Glance,
    scale: Scale,
    lanes: usize,
    selected: Option<Event>,
) -> Vec<Strip> {
    let mut strips: Vec<Strip> = (0..lanes).map(|_| Strip::new(scale.width)).collect();
    if lanes == 0 {
        return strips;
    }
    let plan = &model.plan;
    // (lane, column, trip) of each mark drawn, for the names.
    let mut marks: Vec<(usize, usize, usize)> = Vec::new();
    for (n, t) in trips_in(model, scale).into_iter().enumerate() {
        let trip = &plan.trips[t];
        let Some(start) = trip.start else { continue };
        let is_late = glance.trip_late.get(t).copied().unwrap_or(false);
        let style = glyphs::trip_style(trip.status, is_late);
        let lane = n % lanes;
        let strip = &mut strips[lane];
        let at = scale.clamped(start);
        let taken = strip.kind(at) == Some(Kind::Solid);
        // Where two trips share a cell, the first keeps it, unless the second is late.
        if !taken || is_late {
            strip.put(at, glyphs::trip(trip.status), style, Kind::Solid);
            marks.retain(|&(l, c, _)| (l, c) != (lane, at));
            marks.push((lane, at, t));
        }
        if let Some(end) = trip.end.filter(|&e| e > start) {
            for c in at + 1..=scale.clamped(end) {
                if strip.kind(c) == Some(Kind::Blank) {
                    strip.put(c, '━', style, Kind::Fill);
                }
            }
        }
    }
    for &(lane, at, t) in &marks {
        let trip = &plan.trips[t];
        let strip = &mut strips[lane];
        if selected == Some(Event::Trip(t)) {
            strip.restyle(at, theme::SELECTED_FOCUS);
        }
        let room = (at + 1..scale.width)
            .take_while(|&c| strip.free(c, 1))
            .count();
        if room < 4 {
            continue;
        }
        let late = glance.trip_late.get(t).copied().unwrap_or(false);
        let name = shown(&trip.destination);
        let name = if late {
            format!("{}{name}", glyphs::LATE)
        } else {
            name.into_owned()
        };
        // A space after the mark where the name fits whole with it; a free cell is left
        // before whatever comes next.
        let gap = usize::from(room >= name.width() + 2);
        let text = fit(&name, room - gap - 1).into_owned();
        strip.write(at + 1 + gap, &text, glyphs::trip_style(trip.status, late));
    }
    strips
}

/// The selected event's column, when it shows in the window.
pub fn selected_column(model: &Model, scale: Scale) -> Option<usize> {
    let cursor = model.review.dashboard.cursor()?;
    let review = &model.index.review;
    let day = cursor.day(&model.plan, review)?;
    match cursor.event(review) {
        Event::Due(_) => scale.column(day),
        Event::Trip(t) => {
            let trip = &model.plan.trips[t];
            let last = trip.end.unwrap_or(day);
            scale.span.overlaps(day, last).then(|| scale.clamped(day))
        }
    }
}

/// The selected event in words: "⚠ 14 juil. 2014 · en retard de 64 j · Organiser la
/// concertation — Patrick Klugman", "● New York · 20–24 oct. 2014 · dans 34 j · confirmé".
fn describe(model: &Model, glance: &Glance, event: Event) -> (String, ratatui::style::Style) {
    let t = model.t();
    let plan = &model.plan;
    let today = model.today;
    match event {
        Event::Trip(tr) => {
            let trip = &plan.trips[tr];
            let late = glance.trip_late.get(tr).copied().unwrap_or(false);
            let mut parts = vec![
                format!("{} {}", glyphs::trip(trip.status), shown(&trip.destination)),
                crate::ui::trips::dates(model, trip),
            ];
            if let Some(start) = trip
                .start
                .filter(|&s| s >= today && !trip.status.is_closed())
            {
                parts.push((t.countdown)(days_until(start, today)));
            }
            parts.push((t.trip_status)(trip.status).to_owned());
            if late {
                parts.push(format!("{} {}", glyphs::LATE, t.glance.late));
            }
            (parts.join(" · "), glyphs::trip_style(trip.status, late))
        }
        Event::Due(what) => {
            let cursor = model.review.dashboard.cursor();
            let day = cursor.and_then(|c| c.day(plan, &model.index.review));
            let late = day.is_some_and(|d| d < today);
            let glyph = if late { glyphs::LATE } else { glyphs::DEADLINE };
            let when = day.map_or_else(String::new, |d| {
                format!("{} · {}", t.date(d), t.from_today(d, today, late))
            });
            let title = match what {
                DueRef::Item { trip, .. } => format!(
                    "{}{}{}",
                    shown(&plan.trips[trip].destination),
                    t.colon,
                    shown(what.title(plan))
                ),
                DueRef::Action(_) => shown(what.title(plan)).into_owned(),
            };
            let owner = what.owner(plan).map_or_else(
                || t.no_owner.to_owned(),
                |o| crate::ui::rows::owner_name(model, o),
            );
            let style = if late { theme::LATE } else { theme::META };
            (format!("{glyph} {when} · {title} — {owner}"), style)
        }
    }
}

/// A pointer under the selected event's column and what it is, on whichever side has room;
/// an event out of the window (a trip to schedule) is said from the left.
pub fn callout(
    model: &Model,
    glance: &Glance,
    scale: Scale,
    selected: Option<Event>,
) -> Line<'static> {
    let width = scale.width;
    let Some(event) = selected else {
        return Line::styled(
            fit(model.t().glance.no_event, width).into_owned(),
            theme::DIM,
        );
    };
    let (text, style) = describe(model, glance, event);
    let mut strip = Strip::new(width);
    match selected_column(model, scale) {
        None => {
            strip.write(
                0,
                &fit(&format!("{}{text}", theme::MARK_FOCUS), width),
                style,
            );
        }
        Some(at) => {
            strip.put(at, glyphs::POINTER, theme::KEY, Kind::Solid);
            let right = width.saturating_sub(at + 2);
            let left = at.saturating_sub(1);
            if text.width() <= right || right >= left {
                strip.write(at + 2, &fit(&text, right), style);
            } else {
                let text = fit(&text, left).into_owned();
                strip.write(left - text.width(), &text, style);
            }
        }
    }
    strip.line()
}

/// "À programmer (11) : ◇ Madrid  ◌ Berlin  …", from the selected one when it would not
/// show otherwise.
pub fn undated(
    model: &Model,
    glance: &Glance,
    width: usize,
    selected: Option<Event>,
) -> Line<'static> {
    let t = model.t();
    let plan = &model.plan;
    let heading = format!("{}{}", (t.glance.undated)(glance.undated.len()), t.colon);
    let mut spans = vec![Span::styled(heading.clone(), theme::DIM)];
    let mut used = heading.width();
    let chosen = glance
        .undated
        .iter()
        .position(|&tr| selected == Some(Event::Trip(tr)));
    let items: Vec<(usize, String)> = glance
        .undated
        .iter()
        .map(|&tr| {
            let trip = &plan.trips[tr];
            (
                tr,
                format!("{} {}", glyphs::trip(trip.status), shown(&trip.destination)),
            )
        })
        .collect();
    let upto = chosen.map_or(0, |c| c + 1);
    let whole: usize = items[..upto].iter().map(|(_, s)| s.width() + 2).sum();
    let skip = if used + whole > width {
        chosen.unwrap_or(0)
    } else {
        0
    };
    if skip > 0 {
        spans.push(Span::styled("… ", theme::DIM));
        used += 2;
    }
    for (n, (tr, text)) in items.iter().enumerate().skip(skip) {
        // The last that fits leaves room for "…" when more follow.
        let more = n + 1 < items.len();
        let room = width.saturating_sub(used + if more { 3 } else { 0 });
        if text.width() > room {
            if room + 3 >= 1 && used < width {
                spans.push(Span::styled("…", theme::DIM));
            }
            break;
        }
        used += text.width() + 2;
        let late = glance.trip_late.get(*tr).copied().unwrap_or(false);
        let mut style = glyphs::trip_style(plan.trips[*tr].status, late);
        if selected == Some(Event::Trip(*tr)) {
            style = style.patch(theme::SELECTED_FOCUS);
        }
        spans.push(Span::styled(text.clone(), style));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}
