//! Reviewing what a merge or an edit could not settle (`C`): each conflict says what was kept
//! and what was set aside; `m` takes ours back (a change like any other, saved and undoable),
//! `Space` accepts what was kept, `Enter` goes to the record.

use super::edit;
use super::jump;
use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg};
use super::update::{delta, moved};
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
            let Some(op) = conflict.reapply(&model.plan) else {
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
