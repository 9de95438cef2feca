//! `jalons checkin ID [--health H] "texte" [--on DATE] [--due DATE]`: the interface's `c`
//! from a script, with the same rules and the same save (merged with what another instance
//! saved meanwhile). What it refuses, it says: an unknown ID (with the closest ones), a
//! first check-in without a health, an alarm or a change without words, a day after today.

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;

use super::args::{CheckInArgs, HealthArg};
use crate::domain::{
    CheckIn, Health, MAX_TEXT_BYTES, Op, Place, apply, latest, locate, new_checkin_id,
};
use crate::i18n::{IdKind, Lang};
use crate::sanitize::{inert, refused_in_input};
use crate::store::Store;

impl HealthArg {
    pub const fn health(self) -> Health {
        match self {
            Self::OnTrack => Health::OnTrack,
            Self::AtRisk => Health::AtRisk,
            Self::OffTrack => Health::OffTrack,
        }
    }
}

pub fn run(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    args: &CheckInArgs,
) -> anyhow::Result<ExitCode> {
    let c = lang.catalogue();
    let words = c.health.cli;
    let (mut store, mut plan) = Store::open(path)?;
    let id = args.id.as_str();
    let (title, checkins) = match locate(&plan, id) {
        Some(Place::Action(a)) => (&plan.actions[a].title, &plan.actions[a].checkins),
        Some(Place::Objective(o)) => (&plan.objectives[o].title, &plan.objectives[o].checkins),
        Some(_) => return Err(anyhow!((c.script.not_a)(IdKind::Checkable, id))),
        None => {
            let message = (c.script.unknown_id)(IdKind::Checkable, id);
            let ids = super::suggest::ids_of(&plan, IdKind::Checkable);
            return Err(anyhow!(super::suggest::with_suggestions(
                message, id, &ids, lang
            )));
        }
    };
    let title = inert(title).into_owned();
    let day = |arg: &Option<super::day::DayArg>| -> anyhow::Result<Option<NaiveDate>> {
        arg.as_ref()
            .map(|d| d.resolve(today).map_err(|e| anyhow!(e.message(c))))
            .transpose()
    };
    let on = day(&args.on)?.unwrap_or(today);
    if on > today {
        return Err(anyhow!((words.in_future)(&c.date(on), &c.date(today))));
    }
    let last = latest(checkins).map(|(_, h)| h);
    let Some(health) = args.health.map(HealthArg::health).or(last) else {
        return Err(anyhow!((words.first_needs_health)(&title)));
    };
    let text = args.text.as_deref().unwrap_or("").trim().to_owned();
    let changed = last.filter(|&l| l != health);
    if text.is_empty() && (health != Health::OnTrack || changed.is_some()) {
        return Err(anyhow!((words.text_needed)(
            c.health.health(health),
            changed.map(|l| c.health.health(l))
        )));
    }
    if let Some(refused) = refused_in_input(&text, true) {
        return Err(anyhow!((c.form_refused)(refused)));
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(anyhow!((c.form_too_long)(text.len(), MAX_TEXT_BYTES, true)));
    }
    let due = day(&args.due)?;
    let by = args.by.clone().unwrap_or_else(|| super::who::adviser(path));
    let op = Op::AddCheckIn {
        record: id.to_owned(),
        checkin: CheckIn {
            id: new_checkin_id(checkins, on),
            on,
            by,
            health,
            text,
            due,
        },
    };
    apply(&mut plan, &op)?;
    let saved = store.save(&plan, std::slice::from_ref(&op))?;
    for conflict in &saved.conflicts {
        eprintln!(
            "{}",
            inert(&crate::i18n::describe_conflict(c, conflict, &|_, _| None))
        );
    }
    if !saved.conflicts.is_empty() {
        return Err(anyhow!((c.conflicts)(saved.conflicts.len())));
    }
    println!(
        "{}",
        (words.saved)(&c.date(on), &title, c.health.health(health))
    );
    Ok(ExitCode::SUCCESS)
}
