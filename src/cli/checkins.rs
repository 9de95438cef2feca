//! `jalons checkins [ID] [--since DATE] [--json]`: the check-ins, newest first; and `jalons
//! stale [--owner ID] [--json]`: the open actions to update, by owner, the oldest last
//! check-in first — the weekly review's "À mettre à jour" from the same domain function, for
//! a mail sent from cron (jalons sends nothing itself).

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;
use serde::Serialize;

use super::args::{CheckInsArgs, StaleArgs};
use super::emit;
use super::list::JSON_VERSION;
use super::table::{Table, due_cell, terminal_width};
use crate::domain::{CheckIn, HealthState, Place, Plan, PlanIndex, days_until, locate, to_update};
use crate::export::{Scope, to_json};
use crate::i18n::{IdKind, Lang, reason};
use crate::store::Store;

#[derive(Serialize)]
struct CheckIns<'a> {
    version: u32,
    today: NaiveDate,
    since: Option<NaiveDate>,
    checkins: Vec<Entry<'a>>,
}

/// One check-in with the record it is on, as `--json` prints it.
#[derive(Serialize)]
struct Entry<'a> {
    record: &'a str,
    kind: &'static str,
    title: &'a str,
    #[serde(flatten)]
    checkin: CheckInJson<'a>,
}

/// A check-in as the command line's JSON prints it: every field, `null` or empty when unsaid
/// (the store leaves those out).
#[derive(Serialize)]
pub struct CheckInJson<'a> {
    id: &'a str,
    on: NaiveDate,
    by: &'a str,
    health: &'static str,
    text: &'a str,
    due: Option<NaiveDate>,
    #[serde(skip)]
    key: (NaiveDate, &'a str),
}

impl<'a> From<&'a CheckIn> for CheckInJson<'a> {
    fn from(c: &'a CheckIn) -> Self {
        Self {
            id: &c.id,
            on: c.on,
            by: &c.by,
            health: c.health.name(),
            text: &c.text,
            due: c.due,
            key: c.key(),
        }
    }
}

pub fn list(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    args: &CheckInsArgs,
) -> anyhow::Result<ExitCode> {
    let c = lang.catalogue();
    let (_, plan) = Store::open(path)?;
    let since = args
        .since
        .as_ref()
        .map(|d| d.resolve(today).map_err(|e| anyhow!(e.message(c))))
        .transpose()?;
    let records = records(&plan, args.id.as_deref(), lang)?;
    let mut entries: Vec<Entry> = records
        .into_iter()
        .flat_map(|(record, kind, title, checkins)| {
            checkins.iter().map(move |checkin| Entry {
                record,
                kind,
                title,
                checkin: checkin.into(),
            })
        })
        .filter(|e| since.is_none_or(|s| e.checkin.on >= s))
        .collect();
    // Newest first; the same day in the order records keep them, reversed.
    entries.sort_by(|a, b| b.checkin.key.cmp(&a.checkin.key));
    if args.json {
        let out = CheckIns {
            version: JSON_VERSION,
            today,
            since,
            checkins: entries,
        };
        return emit(&to_json(&out, true)).map(|()| ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        eprintln!("{}", c.health.cli.no_checkins);
        return Ok(ExitCode::SUCCESS);
    }
    let words = c.health.cli;
    let mut table = Table::new(&[
        words.col_on,
        words.col_record,
        c.health.label,
        words.col_by,
        words.col_text,
    ])
    .whole(0)
    .whole(1)
    .cap(3, 20)
    .under(&[4]);
    for e in &entries {
        let text = match e.checkin.due {
            Some(due) => format!(
                "{} ({})",
                e.checkin.text,
                (c.health.announced)(&c.date(due))
            ),
            None => e.checkin.text.to_owned(),
        };
        let health = HealthState::ALL
            .into_iter()
            .find(|s| s.name() == e.checkin.health)
            .unwrap_or(HealthState::OnTrack);
        table.row(vec![
            c.date(e.checkin.on),
            e.record.to_owned(),
            (c.health.state)(health).to_owned(),
            e.checkin.by.to_owned(),
            text.replace(['\n', '\r'], " "),
        ]);
    }
    emit(table.render(terminal_width()).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

type Record<'a> = (&'a str, &'static str, &'a str, &'a [CheckIn]);

/// The records whose check-ins are listed: the one named, or every objective and action.
fn records<'a>(plan: &'a Plan, id: Option<&str>, lang: Lang) -> anyhow::Result<Vec<Record<'a>>> {
    let objective = |o: usize| -> Record<'a> {
        let o = &plan.objectives[o];
        (&o.id, "objective", &o.title, &o.checkins)
    };
    let action = |a: usize| -> Record<'a> {
        let a = &plan.actions[a];
        (&a.id, "action", &a.title, &a.checkins)
    };
    let Some(id) = id else {
        return Ok((0..plan.objectives.len())
            .map(objective)
            .chain((0..plan.actions.len()).map(action))
            .collect());
    };
    let script = lang.catalogue().script;
    match locate(plan, id) {
        Some(Place::Action(a)) => Ok(vec![action(a)]),
        Some(Place::Objective(o)) => Ok(vec![objective(o)]),
        Some(_) => Err(anyhow!((script.not_a)(IdKind::Checkable, id))),
        None => {
            let message = (script.unknown_id)(IdKind::Checkable, id);
            let ids = super::suggest::ids_of(plan, IdKind::Checkable);
            Err(anyhow!(super::suggest::with_suggestions(
                message, id, &ids, lang
            )))
        }
    }
}

#[derive(Serialize)]
struct Stale<'a> {
    version: u32,
    today: NaiveDate,
    owner: Option<&'a str>,
    checkin_weeks: u8,
    owners: Vec<Owner<'a>>,
}

#[derive(Serialize)]
struct Owner<'a> {
    id: &'a str,
    name: &'a str,
    holder: &'a str,
    actions: Vec<StaleAction<'a>>,
}

/// An action to update, as `stale --json` prints it.
#[derive(Serialize)]
struct StaleAction<'a> {
    id: &'a str,
    title: &'a str,
    objective: &'a str,
    health: &'static str,
    health_reason: String,
    last_checkin: Option<CheckInJson<'a>>,
    due: Option<NaiveDate>,
    days_left: Option<i64>,
}

pub fn stale(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    args: &StaleArgs,
) -> anyhow::Result<ExitCode> {
    let c = lang.catalogue();
    let (_, plan) = Store::open(path)?;
    let scope = Scope {
        horizon: None,
        owner: args.owner.clone(),
    };
    scope
        .check(&plan)
        .map_err(|e| super::suggest::export_error(&e, &plan, lang))?;
    let index = PlanIndex::build(&plan, today);
    let health = &index.health;
    let owners: Vec<Owner> = to_update(&plan, health, args.owner.as_deref())
        .into_iter()
        .map(|(d, actions)| {
            let owner = &plan.delegations[d];
            Owner {
                id: &owner.id,
                name: &owner.name,
                holder: &owner.holder,
                actions: actions
                    .into_iter()
                    .map(|a| {
                        let h = health.actions[a].expect("an open action");
                        let action = &plan.actions[a];
                        StaleAction {
                            id: &action.id,
                            title: &action.title,
                            objective: &action.objective,
                            health: h.state.name(),
                            health_reason: reason(c, &plan, h.why),
                            last_checkin: action.checkins.last().map(Into::into),
                            due: action.due,
                            days_left: action.due.map(|d| days_until(d, today)),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    if args.json {
        let out = Stale {
            version: JSON_VERSION,
            today,
            owner: args.owner.as_deref(),
            checkin_weeks: plan.checkin_weeks,
            owners,
        };
        return emit(&to_json(&out, true)).map(|()| ExitCode::SUCCESS);
    }
    if owners.is_empty() {
        eprintln!("{}", c.health.all_up_to_date);
        return Ok(ExitCode::SUCCESS);
    }
    let t = c.script;
    let mut table = Table::new(&[
        t.col_id,
        c.health.label,
        c.health.cli.col_last,
        c.due,
        t.col_title,
    ])
    .whole(0)
    .whole(2)
    .whole(3);
    for owner in &owners {
        let who = if owner.holder.trim().is_empty() {
            owner.name.to_owned()
        } else {
            format!("{} — {}", owner.holder, owner.name)
        };
        table.section(&format!("{who} ({})", owner.actions.len()));
        for a in &owner.actions {
            let state = HealthState::ALL
                .into_iter()
                .find(|s| s.name() == a.health)
                .unwrap_or(HealthState::Stale);
            let last = a
                .last_checkin
                .as_ref()
                .map_or_else(|| c.health.never.to_owned(), |l| c.date(l.on));
            let due = a.due.map_or_else(
                || c.no_date.to_owned(),
                |d| due_cell(lang, d, today, d < today),
            );
            table.row(vec![
                a.id.to_owned(),
                (c.health.state)(state).to_owned(),
                last,
                due,
                a.title.to_owned(),
            ]);
        }
    }
    emit(table.render(terminal_width()).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
