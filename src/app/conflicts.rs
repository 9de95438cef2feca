//! Reviewing what a merge or an edit could not settle (`C`): each conflict says what was kept
//! and what was set aside; `m` takes ours back (a change like any other, saved and undoable),
//! `Space` accepts what was kept, `Enter` goes to the record.

use super::edit;
use super::jump;
use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg};
use super::update::{delta, moved};
use crate::domain::{Op, fields, locate, record_at, with_fields};
use crate::merge::{Conflict, ConflictKind};
use crate::sanitize::inert;

/// `C`: opens the review, or says there is nothing to review.
pub fn open(model: &mut Model) -> Cmd {
    if model.conflicts.is_empty() {
        let text = model.t().no_conflicts.to_owned();
        model.notify(NoticeKind::Info, text);
    } else {
        model.mode = Mode::Conflicts { row: 0 };
    }
    Cmd::None
}

/// Keys while the review is open.
pub fn conflicts_msg(model: &mut Model, row: usize, msg: &Msg) -> Cmd {
    let len = model.conflicts.len();
    if let Some(delta) = delta(msg) {
        model.mode = Mode::Conflicts {
            row: moved(row, delta, len),
        };
        return Cmd::None;
    }
    let Some(conflict) = model.conflicts.get(row).cloned() else {
        model.mode = Mode::Browse;
        return Cmd::None;
    };
    match msg {
        Msg::Drill => {
            model.mode = Mode::Browse;
            jump::to_id(model, &conflict.id);
            Cmd::None
        }
        Msg::UseMine => {
            let Some(op) = reapply(model, &conflict) else {
                let text = model.t().conflict_nothing_to_reapply.to_owned();
                model.notify(NoticeKind::Info, text);
                return Cmd::None;
            };
            settle(model, row);
            let label = (model.t().conflict_reapplied)(&inert(&conflict.title));
            edit::change(model, op, label)
        }
        Msg::KeepTheirs => {
            settle(model, row);
            Cmd::None
        }
        Msg::Close | Msg::Back => {
            model.mode = Mode::Browse;
            Cmd::None
        }
        _ => Cmd::None,
    }
}

/// The conflict at `row` is settled: off the list, and the review closes when it is empty.
fn settle(model: &mut Model, row: usize) {
    model.conflicts.remove(row);
    model.mode = if model.conflicts.is_empty() {
        Mode::Browse
    } else {
        Mode::Conflicts {
            row: row.min(model.conflicts.len() - 1),
        }
    };
}

/// The change that puts our set-aside value back, if there is one.
fn reapply(model: &Model, conflict: &Conflict) -> Option<Op> {
    if !conflict.can_reapply() {
        return None;
    }
    if conflict.kind == ConflictKind::DeleteVsEdit {
        // Ours deleted it: deleting it again is what we meant.
        return locate(&model.plan, &conflict.id).map(|_| Op::Delete {
            id: conflict.id.clone(),
        });
    }
    let place = locate(&model.plan, &conflict.id)?;
    let current = record_at(&model.plan, place);
    let mut map = fields(&current);
    match (conflict.kind, &conflict.field) {
        (ConflictKind::RecordInvalid, _) => match conflict.mine.clone()? {
            serde_json::Value::Object(mine) => map = mine,
            _ => return None,
        },
        (_, Some(field)) => match conflict.mine.clone() {
            Some(value) => {
                map.insert(field.clone(), value);
            }
            None => {
                map.remove(field);
            }
        },
        _ => return None,
    }
    let after = with_fields(&current, map).ok()?;
    (after != current).then_some(Op::Edit {
        before: current,
        after,
    })
}
