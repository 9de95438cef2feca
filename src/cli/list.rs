//! `jalons list objectives|actions|trips|delegations`: filtered, as an aligned table or as
//! JSON whose shape `docs/json.md` documents (version 1: fields are only ever added).

mod actions;
mod delegations;
mod objectives;
mod trips;

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use serde::Serialize;

use super::args::{ListArgs, ListKind};
use super::table::{Table, terminal_width};
use super::{emit, usage_error};
use crate::domain::{Plan, Progress, State};
use crate::export::{Scope, to_json};
use crate::i18n::Lang;
use crate::store::Store;

/// The version of every JSON shape the command line prints.
pub const JSON_VERSION: u32 = 1;

/// Done, total, late and open, as JSON.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Count {
    pub done: usize,
    pub total: usize,
    pub late: usize,
    /// Still to do: `total - done`, less the checklist items of trips done or cancelled.
    pub open: usize,
}

impl Count {
    fn add(&mut self, done: bool, late: bool) {
        self.total += 1;
        self.done += usize::from(done);
        self.late += usize::from(late);
        self.open += usize::from(!done);
    }

    /// A checklist item, settled as the agenda settles it (see `domain::carry`).
    fn add_state(&mut self, state: State) {
        self.add(state.done, state.late);
        self.open -= usize::from(state.closed);
    }

    /// "3/5" and, when some are late, " ⚠ 2".
    fn cell(self) -> String {
        if self.late > 0 {
            format!("{}/{} ⚠ {}", self.done, self.total, self.late)
        } else {
            format!("{}/{}", self.done, self.total)
        }
    }
}

impl From<Progress> for Count {
    fn from(p: Progress) -> Self {
        Self {
            done: p.done,
            total: p.total,
            late: p.late,
            open: p.open(),
        }
    }
}

/// The JSON envelope of every list.
#[derive(Serialize)]
struct Listing<'a, T> {
    version: u32,
    list: &'static str,
    today: NaiveDate,
    items: &'a [T],
}

/// What a list needs besides the plan.
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub today: NaiveDate,
    pub lang: Lang,
    pub args: &'a ListArgs,
}

pub fn run(path: &Path, lang: Lang, today: NaiveDate, args: &ListArgs) -> anyhow::Result<ExitCode> {
    check_flags(args, lang)?;
    let (_, plan) = Store::open(path)?;
    let scope = Scope {
        horizon: args.horizon.clone(),
        owner: args.owner.clone(),
    };
    scope
        .check(&plan)
        .map_err(|e| anyhow::anyhow!(e.message(lang)))?;
    let cx = Ctx {
        plan: &plan,
        today,
        lang,
        args,
    };
    let output = match args.what {
        ListKind::Actions => show(&cx, "actions", &actions::rows(&cx)?, actions::table),
        ListKind::Objectives => show(&cx, "objectives", &objectives::rows(&cx), objectives::table),
        ListKind::Trips => show(&cx, "trips", &trips::rows(&cx)?, trips::table),
        ListKind::Delegations => show(
            &cx,
            "delegations",
            &delegations::rows(&cx),
            delegations::table,
        ),
    };
    match output {
        Some(bytes) => emit(&bytes)?,
        None => eprintln!("{}", lang.catalogue().script.nothing),
    }
    Ok(ExitCode::SUCCESS)
}

/// The rows as JSON, or as a table (`None` when there is nothing to show in a table).
fn show<T: Serialize>(
    cx: &Ctx,
    list: &'static str,
    items: &[T],
    table: fn(&Ctx, &[T]) -> Table,
) -> Option<Vec<u8>> {
    if cx.args.json {
        let listing = Listing {
            version: JSON_VERSION,
            list,
            today: cx.today,
            items,
        };
        return Some(to_json(&listing, true));
    }
    let table = table(cx, items);
    (!table.is_empty()).then(|| table.render(terminal_width()).into_bytes())
}

/// Refuses, as a usage error, a filter the list cannot apply.
fn check_flags(args: &ListArgs, lang: Lang) -> anyhow::Result<()> {
    let applies = |flag: &str| match args.what {
        ListKind::Actions | ListKind::Trips => true,
        ListKind::Objectives => !matches!(flag, "--status" | "--due-before"),
        ListKind::Delegations => matches!(flag, "--owner" | "--late"),
    };
    let given = [
        ("--horizon", args.horizon.is_some()),
        ("--owner", args.owner.is_some()),
        ("--status", args.status.is_some()),
        ("--late", args.late),
        ("--due-before", args.due_before.is_some()),
    ];
    for (flag, set) in given {
        if set && !applies(flag) {
            let list = args
                .what
                .to_possible_value()
                .expect("no variant is skipped");
            let text = (lang.catalogue().script.flag_not_for)(flag, list.get_name());
            return Err(usage_error("list", &text));
        }
    }
    Ok(())
}

/// The value of `--status` among `choices` (their JSON names), or a usage error.
fn status<T: Copy>(value: &str, choices: &[(&str, T)], lang: Lang) -> anyhow::Result<T> {
    choices
        .iter()
        .find(|(name, _)| *name == value)
        .map(|&(_, s)| s)
        .ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
            usage_error(
                "list",
                &(lang.catalogue().script.bad_status)(value, &names.join(", ")),
            )
        })
}
