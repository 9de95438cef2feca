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
use crate::domain::{Plan, PlanHealth, Progress, State};
use crate::export::{Scope, to_json};
use crate::i18n::{Catalogue, Lang};
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
    /// `--due-before`, counted from today when relative.
    pub due_before: Option<NaiveDate>,
    /// Every action's and objective's health, as the screens show it.
    pub health: PlanHealth,
}

pub fn run(path: &Path, lang: Lang, today: NaiveDate, args: &ListArgs) -> anyhow::Result<ExitCode> {
    check_flags(args, lang)?;
    let due_before = match &args.due_before {
        Some(day) => Some(
            day.resolve(today)
                .map_err(|e| usage_error(lang, "list", &e.message(lang.catalogue())))?,
        ),
        None => None,
    };
    let (_, plan) = Store::open(path)?;
    let scope = Scope {
        horizon: args.horizon.clone(),
        owner: args.owner.clone(),
    };
    scope
        .check(&plan)
        .map_err(|e| super::suggest::export_error(&e, &plan, lang))?;
    let cx = Ctx {
        plan: &plan,
        today,
        lang,
        args,
        due_before,
        health: PlanHealth::of(&plan, today),
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
            return Err(usage_error(lang, "list", &text));
        }
    }
    Ok(())
}

/// The value of `--status` among `choices` (their JSON names), or a usage error. The words
/// the screens show are taken too, in either language, whatever the case, accents, spaces or
/// agreement ("à faire", "`A_FAIRE`", "faites", "in progress").
fn status<T: Copy>(
    value: &str,
    choices: &[(&str, T)],
    word: fn(T, &Catalogue) -> &'static str,
    lang: Lang,
) -> anyhow::Result<T> {
    let typed = fold_status(value);
    let names = |c: &Catalogue, name: &str, s: T| [fold_status(name), fold_status(word(s, c))];
    choices
        .iter()
        .find(|&&(name, s)| {
            [Lang::Fr, Lang::En]
                .iter()
                .any(|l| names(l.catalogue(), name, s).contains(&typed))
        })
        .map(|&(_, s)| s)
        .ok_or_else(|| {
            let words: Vec<&str> = choices
                .iter()
                .map(|&(_, s)| word(s, lang.catalogue()))
                .collect();
            let json: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
            let both = (lang.command_line().status_choices)(&words.join(", "), &json.join(", "));
            usage_error(
                lang,
                "list",
                &(lang.catalogue().script.bad_status)(value, &both),
            )
        })
}

/// A status as typed, folded: lower case, no accents, words split by one space, and each
/// word without its plural or feminine ending ("bloquées" and "bloqué" are "bloqu").
fn fold_status(text: &str) -> String {
    let plain = deunicode::deunicode(text).to_lowercase();
    plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = if w.len() > 2 {
                w.strip_suffix('s').unwrap_or(w)
            } else {
                w
            };
            if w.len() > 2 {
                w.trim_end_matches('e')
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::fold_status;

    #[test]
    fn statuses_fold_to_one_form() {
        for (a, b) in [
            ("à faire", "A_FAIRE"),
            ("bloquée", "bloquees"),
            ("faite", "fait"),
            ("faites", "FAIT"),
            ("in_progress", "in progress"),
            ("en  cours", "en-cours"),
            ("annulé", "annulées"),
        ] {
            assert_eq!(fold_status(a), fold_status(b), "{a} / {b}");
        }
        for (a, b) in [
            ("todo", "done"),
            ("à créer", "à faire"),
            ("confirmé", "considered"),
        ] {
            assert_ne!(fold_status(a), fold_status(b), "{a} / {b}");
        }
    }
}
