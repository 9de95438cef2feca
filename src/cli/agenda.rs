//! `jalons agenda [--days N] [--owner ID]`: everything open with a due date, from the same
//! query as the Échéances screen, grouped the same way: late, this week, this month, later.

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::args::AgendaArgs;
use super::emit;
use super::list::JSON_VERSION;
use super::table::{Table, due_cell, terminal_width};
use crate::domain::{Bucket, DueRef, Plan, agenda, days_until};
use crate::export::{Scope, to_json};
use crate::i18n::Lang;
use crate::store::Store;

#[derive(Serialize)]
struct Agenda<'a> {
    version: u32,
    today: NaiveDate,
    days: Option<u32>,
    owner: Option<&'a str>,
    entries: Vec<Entry<'a>>,
}

/// One line of the agenda, as `--json` prints it.
#[derive(Serialize)]
struct Entry<'a> {
    bucket: &'static str,
    due: NaiveDate,
    days_left: i64,
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    owner: Option<&'a str>,
    parent: Parent<'a>,
}

/// What the entry stands under: an action's objective, a checklist item's trip.
#[derive(Serialize)]
struct Parent<'a> {
    kind: &'static str,
    id: &'a str,
    title: &'a str,
}

const fn bucket_name(bucket: Bucket) -> &'static str {
    match bucket {
        Bucket::Late => "late",
        Bucket::ThisWeek => "this_week",
        Bucket::ThisMonth => "this_month",
        Bucket::Later => "later",
    }
}

pub fn run(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    args: &AgendaArgs,
) -> anyhow::Result<ExitCode> {
    let (_, plan) = Store::open(path)?;
    let scope = Scope {
        horizon: None,
        owner: args.owner.clone(),
    };
    scope
        .check(&plan)
        .map_err(|e| super::suggest::export_error(&e, &plan, lang))?;
    let last = args
        .days
        .and_then(|n| today.checked_add_days(Days::new(u64::from(n))));
    let objectives: HashMap<&str, (&str, &str)> = plan
        .objectives
        .iter()
        .map(|o| (o.id.as_str(), (o.id.as_str(), o.title.as_str())))
        .collect();
    let entries: Vec<Entry> = agenda(&plan, today)
        .into_iter()
        .filter(|e| e.bucket == Bucket::Late || last.is_none_or(|last| e.day <= last))
        .filter(|e| {
            args.owner
                .as_deref()
                .is_none_or(|o| e.what.owner(&plan) == Some(o))
        })
        .map(|e| Entry {
            bucket: bucket_name(e.bucket),
            due: e.day,
            days_left: days_until(e.day, today),
            kind: match e.what {
                DueRef::Action(_) => "action",
                DueRef::Item { .. } => "item",
            },
            id: e.what.id(&plan),
            title: e.what.title(&plan),
            owner: e.what.owner(&plan),
            parent: parent(&plan, e.what, &objectives),
        })
        .collect();
    if args.json {
        let agenda = Agenda {
            version: JSON_VERSION,
            today,
            days: args.days,
            owner: args.owner.as_deref(),
            entries,
        };
        return emit(&to_json(&agenda, true)).map(|()| ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        eprintln!("{}", lang.catalogue().script.nothing);
        return Ok(ExitCode::SUCCESS);
    }
    let table = table(&plan, lang, today, &entries);
    emit(table.render(terminal_width()).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn parent<'a>(
    plan: &'a Plan,
    what: DueRef,
    objectives: &HashMap<&'a str, (&'a str, &'a str)>,
) -> Parent<'a> {
    match what {
        DueRef::Action(a) => {
            let id = plan.actions[a].objective.as_str();
            let (id, title) = objectives.get(id).copied().unwrap_or((id, ""));
            Parent {
                kind: "objective",
                id,
                title,
            }
        }
        DueRef::Item { trip, .. } => Parent {
            kind: "trip",
            id: &plan.trips[trip].id,
            title: &plan.trips[trip].destination,
        },
    }
}

fn table(plan: &Plan, lang: Lang, today: NaiveDate, entries: &[Entry]) -> Table {
    let c = lang.catalogue();
    let t = c.script;
    let names: HashMap<&str, &str> = plan
        .delegations
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    let mut table = Table::new(&[c.due, t.col_id, t.col_title, c.owner, t.col_parent])
        .whole(0)
        .whole(1)
        .cap(2, 48)
        .cap(3, 24)
        .under(&[4, 2]);
    let buckets = [
        Bucket::Late,
        Bucket::ThisWeek,
        Bucket::ThisMonth,
        Bucket::Later,
    ];
    for bucket in buckets {
        let group: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.bucket == bucket_name(bucket))
            .collect();
        if group.is_empty() {
            continue;
        }
        table.section(&format!("{} ({})", (t.bucket)(bucket), group.len()));
        for e in group {
            let late = bucket == Bucket::Late;
            let when = due_cell(lang, e.due, today, late);
            let owner = e.owner.map_or(c.unknown_owner, |o| {
                names.get(o).copied().unwrap_or(c.unknown_owner)
            });
            let parent = match e.parent.kind {
                "trip" => format!("{}{}{}", c.trip, t.colon, e.parent.title),
                _ => e.parent.title.to_owned(),
            };
            table.row(vec![
                when,
                e.id.to_owned(),
                e.title.to_owned(),
                owner.to_owned(),
                parent,
            ]);
        }
    }
    table
}
