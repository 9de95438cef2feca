//! The timeline of the mandate as SVG: the axis, a band per horizon, today's line, a mark per
//! dated trip (its shape by status, its name beside it), a mark per day with open deadlines
//! (a triangle where they are late), the trips still to schedule, and a legend.

use std::fmt::Write;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{GRID, INK, LATE, NAVY, Size, Sources, esc, late_mark, n, open, patterns, trip_mark};
use crate::domain::{DueDay, Plan, PlanIndex, Span, TripStatus, Zoom, mandate};
use crate::i18n::Catalogue;

const ID: &str = "jalons-timeline";
/// Trips go on as many rows as their names need, up to this many.
const MOST_LANES: usize = 6;

/// Where things go, in units.
struct Frame {
    span: Span,
    size: Size,
    pad: f64,
}

impl Frame {
    fn x(&self, day: NaiveDate) -> f64 {
        let offset = (day - self.span.start)
            .num_days()
            .clamp(0, self.span.days());
        #[allow(clippy::cast_precision_loss)]
        let share = offset as f64 / self.span.days() as f64;
        self.pad + share * (self.size.width - 2.0 * self.pad)
    }

    /// The end of `day`'s stretch (the start of the next day).
    fn x_end(&self, day: NaiveDate) -> f64 {
        self.x(day.checked_add_days(Days::new(1)).unwrap_or(day))
    }

    /// A text's width, roughly: enough to keep labels apart.
    fn text_width(&self, text: &str) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let chars = text.chars().count() as f64;
        chars * self.size.font * 0.6
    }
}

/// The days the axis names: years on a long span, months on a shorter one, Mondays on a
/// month or so.
fn marks(span: Span) -> Vec<(NaiveDate, bool)> {
    let mut out = Vec::new();
    let mut day = span.start;
    while day <= span.end {
        let main = match span.days() {
            1001.. => day.ordinal() == 1,
            63..=1000 => day.day() == 1,
            _ => day.day() == 1 || day.weekday() == Weekday::Mon,
        };
        if main || day == span.start {
            out.push((day, day.day() == 1 || day == span.start));
        }
        let Some(next) = day.checked_add_days(Days::new(1)) else {
            break;
        };
        day = next;
    }
    out
}

fn mark_label(c: &Catalogue, span: Span, day: NaiveDate, month_start: bool) -> String {
    match span.days() {
        1001.. => day.year().to_string(),
        63..=1000 => {
            let month = c.months[day.month0() as usize];
            if day.month() == 1 || day == span.start {
                format!("{month} {}", day.year())
            } else {
                month.to_owned()
            }
        }
        _ if month_start => format!("{} {}", day.day(), c.months[day.month0() as usize]),
        _ => day.day().to_string(),
    }
}

/// The timeline over `span` (the window `zoom` names); `heading` titles a picture that
/// stands alone.
pub fn timeline(
    src: &Sources,
    span: Span,
    zoom: Zoom,
    size: Size,
    heading: Option<&str>,
) -> String {
    let Sources {
        plan,
        index,
        today,
        lang,
        ..
    } = *src;
    let c = lang.catalogue();
    let g = c.glance;
    let f = size.font;
    let frame = Frame { span, size, pad: f };
    let top = if heading.is_some() { f * 2.2 } else { 0.0 };
    let axis = top + f * 2.0;
    let band_h = f * 1.8;
    let bands_top = axis + f * 0.8;
    let horizons = plan.horizons.len();
    #[allow(clippy::cast_precision_loss)]
    let bands_end = bands_top + horizons as f64 * (band_h + f * 0.5);
    let lane_h = f * 2.1;
    let trips_top = bands_end + f * 0.6;
    let placed = place_trips(src, &frame);
    let lanes = placed.iter().map(|p| p.lane + 1).max().unwrap_or(1);
    #[allow(clippy::cast_precision_loss)]
    let deadlines_y = trips_top + lanes as f64 * lane_h + f * 1.2;
    let undated_y = deadlines_y + f * 3.4;
    let legend_y = undated_y + f * 2.0;
    let height = legend_y + f * 3.6;

    let window = g.window(c, zoom, span);
    let title = format!("{} · {}", g.timeline, window);
    let mut out = String::with_capacity(16 * 1024);
    open(&mut out, ID, size, height, &title, g.timeline_desc);
    patterns(&mut out, ID);
    if let Some(heading) = heading {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\">{}</text>",
            n(frame.pad),
            n(f * 1.4),
            n(f * 1.3),
            esc(heading)
        );
    }

    // The axis, and a light line down from each date it names.
    let _ = writeln!(
        out,
        "<line x1=\"{}\" y1=\"{a}\" x2=\"{}\" y2=\"{a}\" stroke=\"{INK}\"/>",
        n(frame.pad),
        n(size.width - frame.pad),
        a = n(axis)
    );
    let mut free_from = f64::MIN;
    for (day, month_start) in marks(span) {
        let x = frame.x(day);
        let _ = writeln!(
            out,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{GRID}\"/>",
            n(axis),
            n(deadlines_y + f),
            x = n(x)
        );
        let label = mark_label(c, span, day, month_start);
        if x >= free_from && x + frame.text_width(&label) <= size.width {
            let _ = writeln!(
                out,
                "<text class=\"axis\" x=\"{}\" y=\"{}\">{}</text>",
                n(x + 2.0),
                n(axis - f * 0.45),
                esc(&label)
            );
            free_from = x + frame.text_width(&label) + f * 0.6;
        }
    }

    bands(&mut out, plan, index, &frame, today, bands_top, band_h);
    trips(&mut out, src, &frame, &placed, trips_top, lane_h);
    deadlines(&mut out, &src.glance.due_days, &frame, c, deadlines_y);
    if span.contains(today) {
        let x = n(frame.x(today));
        let _ = writeln!(
            out,
            "<g class=\"today\"><line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{INK}\" \
             stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/><text x=\"{x}\" y=\"{}\" \
             text-anchor=\"middle\" font-style=\"italic\">{}</text></g>",
            n(axis),
            n(deadlines_y + f),
            n(deadlines_y + f * 2.0),
            esc(g.today_line)
        );
    }
    undated(&mut out, src, &frame, undated_y);
    legend(&mut out, &frame, c, legend_y);
    out.push_str("</svg>\n");
    out
}

/// A band per dated horizon in the window, in its own fill, named, its deadline a diamond
/// (a late triangle once passed with work open).
fn bands(
    out: &mut String,
    plan: &Plan,
    index: &PlanIndex,
    frame: &Frame,
    today: NaiveDate,
    top: f64,
    height: f64,
) {
    let f = frame.size.font;
    let start_of_mandate = mandate(plan).map(|m| m.start);
    for (h, horizon) in plan.horizons.iter().enumerate() {
        let start = horizon.start.or(start_of_mandate).or(horizon.deadline);
        let (Some(start), Some(end)) = (start, horizon.deadline) else {
            continue;
        };
        if !frame.span.overlaps(start, end) {
            continue;
        }
        #[allow(clippy::cast_precision_loss)]
        let y = top + h as f64 * (height + f * 0.5);
        let (x0, x1) = (
            frame.x(start.max(frame.span.start)),
            frame.x_end(end.min(frame.span.end)),
        );
        let progress = index.horizon_progress.get(h).copied().unwrap_or_default();
        let late = end < today && progress.open() > 0;
        let _ = write!(
            out,
            "<g class=\"band\" data-horizon=\"{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" \
             height=\"{}\" fill=\"url(#{ID}-fill-{})\" stroke=\"{INK}\" stroke-width=\"0.8\"/>",
            esc(&horizon.id),
            n(x0),
            n(y),
            n((x1 - x0).max(1.0)),
            n(height),
            h % 3
        );
        let label = esc(&horizon.label);
        let width = frame.text_width(&horizon.label);
        let baseline = n(y + height * 0.68);
        let (x, anchor) = if x1 - x0 > width + f * 2.0 {
            (x0 + f * 0.5, "start")
        } else if x1 + height + width <= frame.size.width {
            (x1 + height * 0.6 + f * 0.4, "start")
        } else {
            (x0 - f * 0.5, "end")
        };
        // The name on a white ground, so that it reads over any fill.
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{baseline}\" text-anchor=\"{anchor}\" font-weight=\"bold\" \
             stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{label}</text>",
            n(x)
        );
        if frame.span.contains(end) {
            let (cx, cy, r) = (frame.x_end(end), y + height / 2.0, height * 0.45);
            if late {
                out.push_str(&late_mark(cx, cy, r));
            } else {
                let _ = write!(
                    out,
                    "<path d=\"M{} {} L{} {} L{} {} L{} {} Z\" fill=\"{NAVY}\"/>",
                    n(cx),
                    n(cy - r),
                    n(cx + r),
                    n(cy),
                    n(cx),
                    n(cy + r),
                    n(cx - r),
                    n(cy)
                );
            }
        }
        out.push_str("</g>\n");
    }
}

/// Where a trip goes: its row, and whether its name has room there.
struct Placed {
    trip: usize,
    lane: usize,
    named: bool,
}

/// The dated trips whose stay shows in the window, each on the first row where its mark and
/// name clear the one before; when no row has room, its mark goes where it least overlaps,
/// without the name (which the trip's tooltip and the note's tables still give).
fn place_trips(src: &Sources, frame: &Frame) -> Vec<Placed> {
    let (plan, glance) = (src.plan, src.glance);
    let f = frame.size.font;
    let span = frame.span;
    let mut ends = [f64::MIN; MOST_LANES];
    let mut placed = Vec::new();
    for &t in &src.index.review.trips_by_date {
        let trip = &plan.trips[t];
        let Some(start) = trip.start else { continue };
        if !span.overlaps(start, trip.end.unwrap_or(start).max(start)) {
            continue;
        }
        let x = frame.x(start.max(span.start));
        let is_late = glance.trip_late.get(t).copied().unwrap_or(false);
        let name = f * 1.2 + frame.text_width(&name_of(&trip.destination, is_late));
        let free = (0..MOST_LANES).find(|&l| ends[l] <= x - f * 0.6);
        let (lane, named) = free.map_or_else(
            || {
                let least = (0..MOST_LANES).min_by(|&a, &b| ends[a].total_cmp(&ends[b]));
                (least.unwrap_or(0), false)
            },
            |lane| (lane, true),
        );
        let reach = if named { x + name } else { x + f * 0.6 };
        ends[lane] = ends[lane].max(reach);
        placed.push(Placed {
            trip: t,
            lane,
            named,
        });
    }
    placed
}

fn name_of(destination: &str, late: bool) -> String {
    if late {
        format!("⚠ {destination}")
    } else {
        destination.to_owned()
    }
}

/// A mark per trip where `place_trips` put it, its stay drawn on, its name beside it.
fn trips(out: &mut String, src: &Sources, frame: &Frame, placed: &[Placed], top: f64, lane_h: f64) {
    let Sources {
        plan, glance, lang, ..
    } = *src;
    let c = lang.catalogue();
    let f = frame.size.font;
    let span = frame.span;
    for &Placed {
        trip: t,
        lane,
        named,
    } in placed
    {
        let trip = &plan.trips[t];
        let Some(start) = trip.start else { continue };
        let end = trip.end.unwrap_or(start).max(start);
        let late = glance.trip_late.get(t).copied().unwrap_or(false);
        #[allow(clippy::cast_precision_loss)]
        let y = top + lane as f64 * lane_h + lane_h / 2.0;
        let x = frame.x(start.max(span.start));
        let stay_end = frame.x_end(end.min(span.end));
        let colour = if late { LATE } else { NAVY };
        let dates = super::super::trip_dates(trip, lang);
        let status = (c.trip_status)(trip.status);
        let _ = write!(
            out,
            "<g class=\"trip\" data-trip=\"{}\" data-status=\"{}\"><title>{} · {} · {}</title>\
             <line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{colour}\" \
             stroke-width=\"{}\" stroke-opacity=\"0.45\"/>",
            esc(&trip.id),
            status_name(trip.status),
            esc(&trip.destination),
            esc(&dates),
            esc(status),
            n(x),
            n(stay_end),
            n(f * 0.5),
            y = n(y),
        );
        out.push_str(&trip_mark(trip.status, late, x, y, f * 0.5));
        if named {
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" fill=\"{colour}\" stroke=\"#ffffff\" \
                 stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
                n(x + f * 0.9),
                n(y + f * 0.35),
                esc(&name_of(&trip.destination, late))
            );
        }
        out.push_str("</g>\n");
    }
}

/// One mark per day with open deadlines: a triangle where they are late (every open one of
/// a day past is), else a tick; each says how many.
fn deadlines(out: &mut String, days: &[DueDay], frame: &Frame, cat: &Catalogue, y: f64) {
    let font = frame.size.font;
    let span = frame.span;
    for &DueDay { day, count, late } in days.iter().filter(|d| span.contains(d.day)) {
        let x = frame.x(day) + (frame.x_end(day) - frame.x(day)) / 2.0;
        let (class, what) = if late > 0 {
            ("late", cat.glance.late)
        } else {
            ("open", cat.glance.deadline)
        };
        let _ = write!(
            out,
            "<g class=\"deadline {class}\" data-day=\"{day}\" data-count=\"{count}\">\
             <title>{} · {count} · {}</title>",
            esc(&cat.date(day)),
            esc(what)
        );
        if late > 0 {
            out.push_str(&late_mark(x, y, font * 0.6));
        } else {
            let _ = write!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{INK}\" \
                 stroke-width=\"1.5\"/>",
                n(y - font * 0.6),
                n(y + font * 0.6),
                x = n(x)
            );
        }
        out.push_str("</g>\n");
    }
}

/// "À programmer (3) : Amérique du Sud, Erevan, …", as much as the width holds.
fn undated(out: &mut String, src: &Sources, frame: &Frame, y: f64) {
    let (plan, glance, c) = (src.plan, src.glance, src.lang.catalogue());
    if glance.undated.is_empty() {
        return;
    }
    let mut text = format!("{}{}", (c.glance.undated)(glance.undated.len()), c.colon);
    let room = frame.size.width - 2.0 * frame.pad;
    for (k, &t) in glance.undated.iter().enumerate() {
        let name = &plan.trips[t].destination;
        let sep = if k == 0 { "" } else { ", " };
        if frame.text_width(&format!("{text}{sep}{name}, …")) > room {
            text.push_str(if k == 0 { "…" } else { ", …" });
            break;
        }
        text.push_str(sep);
        text.push_str(name);
    }
    let _ = writeln!(
        out,
        "<text class=\"undated\" x=\"{}\" y=\"{}\">{}</text>",
        n(frame.pad),
        n(y),
        esc(&text)
    );
}

/// What each shape means.
fn legend(out: &mut String, frame: &Frame, c: &Catalogue, y: f64) {
    let f = frame.size.font;
    let mut x = frame.pad + f * 0.5;
    out.push_str("<g class=\"legend\">");
    for (_, status) in TripStatus::NAMED {
        let word = (c.trip_status)(status);
        out.push_str(&trip_mark(status, false, x, y, f * 0.45));
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            n(x + f * 0.8),
            n(y + f * 0.35),
            esc(word)
        );
        x += f * 2.2 + frame.text_width(word);
    }
    let (x, y) = (frame.pad + f * 0.5, y + f * 1.7);
    out.push_str(&late_mark(x, y, f * 0.5));
    let late = c.glance.late;
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\">{}</text>",
        n(x + f * 0.8),
        n(y + f * 0.35),
        esc(late)
    );
    let x = x + f * 1.8 + frame.text_width(late);
    let _ = write!(
        out,
        "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"1.5\"/>\
         <text x=\"{}\" y=\"{}\">{}</text>",
        n(y - f * 0.5),
        n(y + f * 0.5),
        n(frame_offset(x, f)),
        n(y + f * 0.35),
        esc(c.glance.deadline),
        x = n(x)
    );
    let x = x + f * 1.8 + frame.text_width(c.glance.deadline);
    let _ = write!(
        out,
        "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"1.5\" \
         stroke-dasharray=\"5 3\"/><text x=\"{}\" y=\"{}\">{}</text>",
        n(y - f * 0.6),
        n(y + f * 0.6),
        n(frame_offset(x, f)),
        n(y + f * 0.35),
        esc(c.glance.today_line),
        x = n(x)
    );
    out.push_str("</g>\n");
}

fn frame_offset(x: f64, f: f64) -> f64 {
    x + f * 0.6
}

/// The store's name of a status, for `data-status`.
fn status_name(status: TripStatus) -> &'static str {
    TripStatus::NAMED
        .iter()
        .find(|(_, s)| *s == status)
        .map_or("", |(name, _)| name)
}
