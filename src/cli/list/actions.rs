//! `jalons list actions`, in plan order.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Ctx, status};
use crate::cli::checkins::CheckInJson;
use crate::cli::table::{Table, due_cell};
use crate::domain::{Status, days_until, is_late, owner_keeps};
use crate::i18n::reason;

const STATUSES: [(&str, Wanted); 4] = [
    ("todo", Wanted::Todo),
    ("in_progress", Wanted::InProgress),
    ("blocked", Wanted::Blocked),
    ("done", Wanted::Done),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    Todo,
    InProgress,
    Blocked,
    Done,
}

impl Wanted {
    /// A status that is this one, for its name on the screens.
    const fn status(self) -> Status {
        match self {
            Self::Todo => Status::Todo,
            Self::InProgress => Status::InProgress,
            Self::Blocked => Status::Blocked,
            Self::Done => Status::Done { on: NaiveDate::MIN },
        }
    }

    const fn matches(self, status: Status) -> bool {
        matches!(
            (self, status),
            (Self::Todo, Status::Todo)
                | (Self::InProgress, Status::InProgress)
                | (Self::Blocked, Status::Blocked)
                | (Self::Done, Status::Done { .. })
        )
    }
}

/// One action, as `--json` prints it.
#[derive(Serialize)]
pub struct Row<'a> {
    id: &'a str,
    title: &'a str,
    objective: &'a str,
    horizon: Option<&'a str>,
    owner: &'a str,
    co_owners: &'a [String],
    status: &'static str,
    done_on: Option<NaiveDate>,
    due: Option<NaiveDate>,
    late: bool,
    /// Days from today to the due date: negative when it is past.
    days_left: Option<i64>,
    trip: Option<&'a str>,
    notes: &'a str,
    /// `on-track`, `at-risk`, `off-track`, `stale`, `not-started`; none once done.
    health: Option<&'static str>,
    /// Why, in the interface's words.
    health_reason: Option<String>,
    last_checkin: Option<CheckInJson<'a>>,
    #[serde(skip)]
    state: Status,
}

const fn status_name(status: Status) -> &'static str {
    match status {
        Status::Todo => "todo",
        Status::InProgress => "in_progress",
        Status::Blocked => "blocked",
        Status::Done { .. } => "done",
    }
}

pub fn rows<'a>(cx: &Ctx<'a>) -> anyhow::Result<Vec<Row<'a>>> {
    let args = cx.args;
    let wanted = match &args.status {
        Some(value) => Some(status(
            value,
            &STATUSES,
            |w, c| (c.action_status)(w.status()),
            cx.lang,
        )?),
        None => None,
    };
    let horizon_of: HashMap<&str, &str> = cx
        .plan
        .objectives
        .iter()
        .map(|o| (o.id.as_str(), o.horizon.as_str()))
        .collect();
    let mut rows = Vec::new();
    let c = cx.lang.catalogue();
    for (i, a) in cx.plan.actions.iter().enumerate() {
        let horizon = horizon_of.get(a.objective.as_str()).copied();
        let late = is_late(a.due, a.status.is_done(), cx.today);
        let keep = args.horizon.as_deref().is_none_or(|h| horizon == Some(h))
            && args.owner.as_deref().is_none_or(|o| owner_keeps(a, o))
            && wanted.is_none_or(|w| w.matches(a.status))
            && (!args.late || late)
            && cx
                .due_before
                .is_none_or(|before| a.due.is_some_and(|d| d < before));
        if !keep {
            continue;
        }
        let health = cx.health.actions[i];
        rows.push(Row {
            id: &a.id,
            title: &a.title,
            objective: &a.objective,
            horizon,
            owner: &a.owner,
            co_owners: &a.co_owners,
            status: status_name(a.status),
            done_on: match a.status {
                Status::Done { on } => Some(on),
                _ => None,
            },
            due: a.due,
            late,
            days_left: a.due.map(|d| days_until(d, cx.today)),
            trip: a.trip.as_deref(),
            notes: &a.notes,
            health: health.map(|h| h.state.name()),
            health_reason: health.map(|h| reason(c, cx.plan, h.why)),
            last_checkin: a.checkins.last().map(Into::into),
            state: a.status,
        });
    }
    Ok(rows)
}

pub fn table(cx: &Ctx, rows: &[Row]) -> Table {
    let c = cx.lang.catalogue();
    let names: HashMap<&str, &str> = cx
        .plan
        .delegations
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    let mut table = Table::new(&[
        c.script.col_id,
        c.status,
        c.due,
        c.owner,
        c.script.col_title,
    ])
    .whole(0)
    .whole(1)
    .whole(2)
    .cap(3, 24);
    for row in rows {
        let status = match row.state {
            Status::Done { on } => format!("{} {}", (c.action_status)(row.state), c.date(on)),
            s => (c.action_status)(s).to_owned(),
        };
        let due = row.due.map_or_else(
            || c.no_date.to_owned(),
            |d| due_cell(cx.lang, d, cx.today, row.late),
        );
        let owner = names.get(row.owner).copied().unwrap_or(row.owner);
        table.row(vec![
            row.id.to_owned(),
            status,
            due,
            owner.to_owned(),
            row.title.to_owned(),
        ]);
    }
    table
}
