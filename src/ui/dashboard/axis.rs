//! The timeline's time axis — dates above, ticks below them — and the horizons' bands.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use unicode_width::UnicodeWidthStr;

use super::glyphs;
use super::strip::{Kind, Strip};
use crate::app::Model;
use crate::domain::{Scale, Zoom, mandate};
use crate::i18n::Catalogue;
use crate::sanitize::shown;
use crate::ui::text::fit;
use crate::ui::theme;

/// A date the axis names, and whether it is a main one (a year, a month) or a lesser one.
struct Mark {
    day: NaiveDate,
    main: bool,
}

/// The days the axis names in the window: years on the mandate, months on a year or a
/// quarter (and Mondays on a quarter), Mondays on a month (every day where there is room).
fn marks(zoom: Zoom, scale: Scale) -> Vec<Mark> {
    let span = scale.span;
    let mut out = Vec::new();
    let main_step = match zoom {
        Zoom::Mandate => Months::new(12),
        _ => Months::new(1),
    };
    let mut day = match zoom {
        Zoom::Mandate => span.start.with_ordinal(1),
        _ => span.start.with_day(1),
    }
    .unwrap_or(span.start);
    while day <= span.end {
        if day >= span.start {
            out.push(Mark { day, main: true });
        }
        let Some(next) = day.checked_add_months(main_step) else {
            break;
        };
        day = next;
    }
    let days_per_column = span.days() / i64::try_from(scale.width.max(1)).unwrap_or(1);
    let every_day = zoom == Zoom::Month && days_per_column == 0 && scale.width >= 31 * 3;
    if matches!(zoom, Zoom::Quarter | Zoom::Month) {
        let mut day = span.start;
        while day <= span.end {
            if (every_day || day.weekday() == Weekday::Mon) && day.day() != 1 {
                out.push(Mark { day, main: false });
            }
            let Some(next) = day.checked_add_days(Days::new(1)) else {
                break;
            };
            day = next;
        }
    }
    out
}

/// How the axis names a main mark: the year, or the month cut to the room it has.
fn main_label(t: &Catalogue, zoom: Zoom, day: NaiveDate, room: usize) -> String {
    if zoom == Zoom::Mandate {
        return day.year().to_string();
    }
    let month = t.months[day.month0() as usize];
    let mut label = if zoom == Zoom::Year || room < month.width() + 5 {
        month.to_owned()
    } else {
        format!("{month} {}", day.year())
    };
    if label.width() > room {
        // "janv." → "jan", "févr." → "fév" → "f": shorter, never with a dot in the middle.
        label = month
            .trim_end_matches('.')
            .chars()
            .take(room.clamp(1, 3))
            .collect();
    }
    label
}

/// The dates above the axis, each starting at its column.
pub fn labels(t: &Catalogue, zoom: Zoom, scale: Scale) -> Strip {
    let mut strip = Strip::new(scale.width);
    let marks = marks(zoom, scale);
    let columns: Vec<usize> = marks
        .iter()
        .filter(|m| m.main)
        .filter_map(|m| scale.column(m.day))
        .collect();
    // A main label has the room up to the next main mark.
    for (n, mark) in marks.iter().filter(|m| m.main).enumerate() {
        let Some(at) = scale.column(mark.day) else {
            continue;
        };
        let next = columns.get(n + 1).copied().unwrap_or(scale.width + 1);
        let room = next.saturating_sub(at + 1).max(1);
        let label = main_label(t, zoom, mark.day, room);
        if strip.free(at, label.width()) {
            strip.write(at, &label, theme::META);
        }
    }
    // Before the first main mark, the window's own start (a mandate that begins in April).
    if columns.first().is_none_or(|&c| c > 0) {
        let room = columns
            .first()
            .copied()
            .unwrap_or(scale.width + 1)
            .saturating_sub(1);
        let label = main_label(t, zoom, scale.span.start, room);
        if label.width() <= room && strip.free(0, label.width()) {
            strip.write(0, &label, theme::DIM);
        }
    }
    for mark in marks.iter().filter(|m| !m.main) {
        let Some(at) = scale.column(mark.day) else {
            continue;
        };
        let label = mark.day.day().to_string();
        // A gap after it, so that two numbers never read as one.
        if strip.free(at, label.width() + 1) {
            strip.write(at, &label, theme::DIM);
        }
    }
    strip
}

/// The axis: a line, a cross under each main date, a tick under each lesser one.
pub fn ticks(zoom: Zoom, scale: Scale) -> Strip {
    let mut strip = Strip::new(scale.width);
    for c in 0..scale.width {
        strip.put(c, '─', theme::DIM, Kind::Fill);
    }
    for mark in marks(zoom, scale) {
        if let Some(c) = scale.column(mark.day) {
            let glyph = if mark.main { '┼' } else { '┬' };
            strip.put(c, glyph, theme::DIM, Kind::Fill);
        }
    }
    strip
}

/// Horizon `h` as a band from its start (else the mandate's) to its deadline, named, its
/// deadline marked (`⚠` when it has passed with work still open).
pub fn band(model: &Model, h: usize, scale: Scale) -> Strip {
    let mut strip = Strip::new(scale.width);
    let Some(horizon) = model.plan.horizons.get(h) else {
        return strip;
    };
    let (fill, style) = glyphs::band(h);
    let label = format!(" {} ", shown(&horizon.label));
    let start = horizon
        .start
        .or_else(|| mandate(&model.plan).map(|m| m.start))
        .or(horizon.deadline);
    let (Some(start), Some(end)) = (start, horizon.deadline) else {
        strip.write(0, fit(&label, scale.width).trim_start(), theme::DIM);
        return strip;
    };
    let span = scale.span;
    if !span.overlaps(start, end) {
        // Out of the window: its name on the side where it lies.
        let text = if end < span.start {
            format!("‹{}", label.trim_end())
        } else {
            format!("{}›", label.trim_start())
        };
        let text = fit(&text, scale.width).into_owned();
        let at = if end < span.start {
            0
        } else {
            scale.width.saturating_sub(text.width())
        };
        strip.write(at, &text, theme::DIM);
        return strip;
    }
    let (first, last) = (scale.clamped(start), scale.clamped(end));
    for c in first..=last {
        strip.put(c, fill, style, Kind::Fill);
    }
    if span.contains(end) {
        let progress = model
            .index
            .horizon_progress
            .get(h)
            .copied()
            .unwrap_or_default();
        let late = end < model.today && progress.open() > 0;
        let (glyph, mark_style) = if late {
            (glyphs::LATE, theme::LATE)
        } else {
            (glyphs::DEADLINE_END, style)
        };
        strip.put(last, glyph, mark_style, Kind::Solid);
    }
    // The name inside the band, else just after it, else just before it, else cut.
    let named = style.add_modifier(ratatui::style::Modifier::BOLD);
    let len = label.width();
    let inside = first + 1;
    let after = last + 1;
    if inside + len < last && strip.free(inside, len) {
        strip.write(inside, &label, named);
    } else if strip.free(after, len) {
        strip.write(after, &label, named);
    } else if first >= len && strip.free(first - len, len) {
        strip.write(first - len, &label, named);
    } else {
        let room = scale.width.saturating_sub(after);
        if room > 3 {
            strip.write(after, &fit(&label, room), named);
        }
    }
    strip
}
