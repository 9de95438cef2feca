//! `jalons list trips`, by departure, those still to schedule last.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Count, Ctx, status};
use crate::cli::table::Table;
use crate::domain::{State, Trip, TripStatus, days_until, owner_keeps};
use crate::export::trip_dates;

/// One trip, as `--json` prints it.
#[derive(Serialize)]
pub struct Row<'a> {
    id: &'a str,
    destination: &'a str,
    country: &'a str,
    status: &'static str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    /// Days from today to departure: negative once it is past.
    days_left: Option<i64>,
    objectives: &'a [String],
    members: usize,
    checklist: Count,
    #[serde(skip)]
    trip: &'a Trip,
}

pub fn rows<'a>(cx: &Ctx<'a>) -> anyhow::Result<Vec<Row<'a>>> {
    let args = cx.args;
    let wanted = match &args.status {
        Some(value) => Some(status(
            value,
            &TripStatus::NAMED,
            |s, c| (c.trip_status)(s),
            cx.lang,
        )?),
        None => None,
    };
    let horizon_objectives: Option<HashSet<&str>> = args.horizon.as_deref().map(|h| {
        cx.plan
            .objectives
            .iter()
            .filter(|o| o.horizon == h)
            .map(|o| o.id.as_str())
            .collect()
    });
    let owner_trips: HashSet<&str> = match args.owner.as_deref() {
        Some(owner) => cx
            .plan
            .actions
            .iter()
            .filter(|a| owner_keeps(a, owner))
            .filter_map(|a| a.trip.as_deref())
            .collect(),
        None => HashSet::new(),
    };
    let mut rows = Vec::new();
    for trip in &cx.plan.trips {
        let checklist = checklist(trip, cx.today);
        let keep = horizon_objectives
            .as_ref()
            .is_none_or(|ids| trip.objectives.iter().any(|o| ids.contains(o.as_str())))
            && args.owner.as_deref().is_none_or(|owner| {
                owner_trips.contains(trip.id.as_str())
                    || trip
                        .checklist
                        .iter()
                        .any(|i| i.owner.as_deref() == Some(owner))
            })
            && wanted.is_none_or(|w| w == trip.status)
            && (!args.late || checklist.late > 0)
            && cx
                .due_before
                .is_none_or(|before| trip.start.is_some_and(|s| s < before));
        if !keep {
            continue;
        }
        rows.push(Row {
            id: &trip.id,
            destination: &trip.destination,
            country: &trip.country,
            status: TripStatus::NAMED
                .iter()
                .find(|(_, s)| *s == trip.status)
                .map_or("", |(n, _)| n),
            start: trip.start,
            end: trip.end,
            days_left: trip.start.map(|d| days_until(d, cx.today)),
            objectives: &trip.objectives,
            members: trip.members.len(),
            checklist,
            trip,
        });
    }
    rows.sort_by_key(|r| (r.start.is_none(), r.start));
    Ok(rows)
}

fn checklist(trip: &Trip, today: NaiveDate) -> Count {
    let mut count = Count::default();
    for item in &trip.checklist {
        count.add_state(State::of_item(trip, item, today));
    }
    count
}

pub fn table(cx: &Ctx, rows: &[Row]) -> Table {
    let c = cx.lang.catalogue();
    let t = c.script;
    let mut table = Table::new(&[
        t.col_id,
        c.status,
        t.col_dates,
        t.col_checklist,
        t.col_destination,
    ])
    .whole(0)
    .whole(1)
    .whole(2)
    .whole(3);
    for row in rows {
        let mut dates = trip_dates(row.trip, cx.lang);
        if let Some(n) = row
            .days_left
            .filter(|&n| n >= 0 && !row.trip.status.is_closed())
        {
            dates = format!("{} · {dates}", (c.countdown)(n));
        }
        let destination = if row.country.is_empty() {
            row.destination.to_owned()
        } else {
            format!("{} ({})", row.destination, row.country)
        };
        table.row(vec![
            row.id.to_owned(),
            (c.trip_status)(row.trip.status).to_owned(),
            dates,
            row.checklist.cell(),
            destination,
        ]);
    }
    table
}
