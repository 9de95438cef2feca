//! `jalons done ID…` and `jalons done --undo ID…`: the same operations and the same save as
//! the interface's `Space`, so a change another instance saved meanwhile is kept.

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;

use crate::app::form::RecordKind;
use crate::domain::{Op, Place, Status, apply, locate};
use crate::i18n::{IdKind, Lang};
use crate::sanitize::inert;
use crate::store::Store;

pub fn run(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    ids: &[String],
    undo: bool,
) -> anyhow::Result<ExitCode> {
    let c = lang.catalogue();
    let t = c.script;
    let (mut store, mut plan) = Store::open(path)?;
    let mut ops = Vec::new();
    let mut said = Vec::new();
    for id in ids {
        let (title, done_on, op, kind) = match locate(&plan, id) {
            Some(Place::Action(i)) => {
                let a = &plan.actions[i];
                let done_on = match a.status {
                    Status::Done { on } => Some(on),
                    _ => None,
                };
                let status = if undo {
                    Status::Todo
                } else {
                    Status::Done { on: today }
                };
                let op = Op::SetActionStatus {
                    id: id.clone(),
                    status,
                };
                (&a.title, done_on, op, RecordKind::Action)
            }
            Some(Place::Item(trip, i)) => {
                let item = &plan.trips[trip].checklist[i];
                let op = Op::SetItemDone {
                    id: id.clone(),
                    done_on: (!undo).then_some(today),
                };
                (&item.label, item.done_on, op, RecordKind::Item)
            }
            Some(_) => return Err(anyhow!((t.not_a)(IdKind::Tickable, id))),
            None => {
                let message = (t.unknown_id)(IdKind::Tickable, id);
                let ids = super::suggest::ids_of(&plan, IdKind::Tickable);
                return Err(anyhow!(super::suggest::with_suggestions(
                    message, id, &ids, lang
                )));
            }
        };
        let title = inert(title);
        match (done_on, undo) {
            // Already as asked: nothing to write (and a done date is never moved).
            (Some(on), false) => said.push((t.already_done)(&title, &c.date(on), kind)),
            (None, true) => said.push((t.already_open)(&title, kind)),
            (_, false) => {
                said.push((c.marked_done)(&title, kind));
                ops.push(op);
            }
            (_, true) => {
                said.push((c.marked_open)(&title));
                ops.push(op);
            }
        }
    }
    if !ops.is_empty() {
        let op = if ops.len() == 1 {
            ops.remove(0)
        } else {
            Op::Batch(ops)
        };
        apply(&mut plan, &op)?;
        let saved = store.save(&plan, std::slice::from_ref(&op))?;
        if !saved.conflicts.is_empty() {
            for conflict in &saved.conflicts {
                eprintln!(
                    "{}",
                    crate::sanitize::inert(&crate::i18n::describe_conflict(
                        c,
                        conflict,
                        &|_, _| None
                    ))
                );
            }
            return Err(anyhow!((c.conflicts)(saved.conflicts.len())));
        }
    }
    for line in said {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
