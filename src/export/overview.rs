//! The status note's overview, first after its summary: the dashboard's timeline and progress
//! bars — inline SVG in HTML, the same figures as text tables in Markdown — built from the
//! same domain queries as the screen, on the part of the plan the note covers.

use chrono::NaiveDate;

use super::doc::{Block, Cell, Figure, LATE, Table, text};
use super::scope::Scope;
use super::svg::{self, Size, Sources};
use super::trip_dates;
use super::typo::glue;
use crate::domain::{Glance, Plan, PlanIndex, Span, Zoom, mandate, window};
use crate::i18n::Lang;

/// The stretch of time a whole-mandate picture shows: the mandate, stretched to `today` and
/// to every dated trip, so that each has its mark.
pub fn whole(plan: &Plan, today: NaiveDate) -> Span {
    let mut span = mandate(plan).map_or(Span::new(today, today), |m| m.including(today));
    for trip in &plan.trips {
        for day in [trip.start, trip.end].into_iter().flatten() {
            span = span.including(day);
        }
    }
    span
}

pub fn blocks(plan: &Plan, today: NaiveDate, lang: Lang, scope: &Scope) -> Vec<Block> {
    let c = lang.catalogue();
    let g = c.glance;
    let view = scope.view(plan);
    let index = PlanIndex::build(&view, today);
    let glance = Glance::build(&view, &index, today);
    let src = Sources {
        plan: &view,
        index: &index,
        glance: &glance,
        today,
        lang,
    };
    let span = whole(&view, today);
    vec![
        Block::Heading(2, g.overview.to_owned()),
        Block::Heading(3, g.mandate_timeline.to_owned()),
        Block::Figure(Figure {
            svg: svg::timeline(&src, span, Zoom::Mandate, Size::NOTE, None),
            tables: vec![trips(&src)],
        }),
        Block::Heading(3, g.progress_heading.to_owned()),
        Block::Figure(Figure {
            svg: svg::progress(&src, Size::NOTE),
            tables: vec![horizons(&src), delegations(&src)],
        }),
    ]
}

/// The timeline alone, a picture to put on a slide: the whole mandate (stretched to `at`),
/// or the year, quarter or month holding `at` (default: today).
pub fn slide(
    plan: &Plan,
    today: NaiveDate,
    lang: Lang,
    zoom: Zoom,
    at: Option<NaiveDate>,
) -> String {
    let g = lang.catalogue().glance;
    let index = PlanIndex::build(plan, today);
    let glance = Glance::build(plan, &index, today);
    let src = Sources {
        plan,
        index: &index,
        glance: &glance,
        today,
        lang,
    };
    let anchor = at.unwrap_or(today);
    let span = match zoom {
        Zoom::Mandate => whole(plan, anchor),
        _ => window(zoom, anchor, mandate(plan)),
    };
    let heading = format!("{} — {}", g.mandate_timeline, plan.title);
    let picture = svg::timeline(&src, span, zoom, Size::SLIDE, Some(&heading));
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{picture}")
}

/// The trips in date order, those to schedule last.
fn trips(src: &Sources) -> Table {
    let c = src.lang.catalogue();
    let mut table = Table::new(&[c.script.col_dates, c.trip, c.status]);
    for &t in &src.index.review.trips_by_date {
        let trip = &src.plan.trips[t];
        let late = src.glance.trip_late.get(t).copied().unwrap_or(false);
        let mut name = trip.destination.clone();
        if late {
            name = format!("{LATE} {name}");
        }
        table.push(
            vec![
                text(glue(&trip_dates(trip, src.lang))),
                text(name),
                text((c.trip_status)(trip.status)),
            ],
            late,
        );
    }
    table
}

/// Each horizon's time, progress and late count.
fn horizons(src: &Sources) -> Table {
    let c = src.lang.catalogue();
    let mut table = Table::new(&[
        c.horizon,
        c.glance.col_period,
        c.script.col_progress,
        c.script.col_late,
    ]);
    for (h, horizon) in src.plan.horizons.iter().enumerate() {
        let p = src
            .index
            .horizon_progress
            .get(h)
            .copied()
            .unwrap_or_default();
        let period = match (horizon.start, horizon.deadline) {
            (Some(a), Some(b)) => format!("{} → {}", c.date(a), c.date(b)),
            (None, Some(b)) => c.date(b),
            (Some(a), None) => c.date(a),
            (None, None) => c.no_date.to_owned(),
        };
        let late = late_cell(p.late);
        table.push(
            vec![
                text(&horizon.label),
                text(glue(&period)),
                Cell::Progress(p),
                late,
            ],
            p.late > 0,
        );
    }
    table
}

/// Each delegation owning actions, the most late first: open, late, done.
fn delegations(src: &Sources) -> Table {
    let c = src.lang.catalogue();
    let g = c.glance;
    let mut table = Table::new(&[g.col_delegation, g.col_open, c.script.col_late, g.col_done]);
    for &d in &src.glance.delegations {
        let p = src.index.carry[d].owns;
        let delegation = &src.plan.delegations[d];
        let who = if delegation.holder.is_empty() {
            delegation.name.clone()
        } else {
            format!("{} — {}", delegation.name, delegation.holder)
        };
        table.push(
            vec![
                text(who),
                text(p.open().to_string()),
                late_cell(p.late),
                text(p.done.to_string()),
            ],
            p.late > 0,
        );
    }
    table
}

fn late_cell(late: usize) -> Cell {
    if late > 0 {
        text(format!("{LATE}\u{a0}{late}"))
    } else {
        text("0")
    }
}
