//! Leaving with changes the store would not take, and taking back the ones an earlier
//! session had to leave in a recovery file.

use super::edit;
use super::model::{Leaving, Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg};

/// `q`: leaves at once when everything is saved; otherwise tries once more, and `saved`
/// opens the confirmation if that fails too.
pub fn quit(model: &mut Model) -> Cmd {
    if model.pending.is_empty() {
        return Cmd::Quit;
    }
    model.quit_armed = true;
    Cmd::Save
}

/// The save asked for by `quit` failed: say how many changes, why, and what can be done.
pub fn not_saved(model: &mut Model, reason: String) {
    if model.quit_armed {
        let leaving = Leaving {
            reason,
            keep_failed: None,
        };
        model.mode = Mode::Leaving(Box::new(leaving));
    }
}

/// Keys in the quit confirmation. Retrying keeps `quit_armed`: a save that works quits.
pub fn leaving_msg(model: &mut Model, msg: &Msg) -> Cmd {
    match msg {
        Msg::RetrySave => Cmd::Save,
        Msg::KeepAndQuit => Cmd::Keep,
        Msg::Close | Msg::Back => {
            model.mode = Mode::Browse;
            model.quit_armed = false;
            Cmd::None
        }
        _ => Cmd::None,
    }
}

/// The recovery file is written (leave), or it is not (say so, and stay).
pub fn kept(model: &mut Model, outcome: Result<String, String>) -> Cmd {
    match outcome {
        Ok(_) => Cmd::Quit,
        Err(e) => {
            let text = (model.t().leaving.keep_failed)(&e);
            if let Mode::Leaving(leaving) = &mut model.mode {
                leaving.keep_failed = Some(text);
            } else {
                model.notify(NoticeKind::Error, text);
            }
            Cmd::None
        }
    }
}

/// Keys while a recovery file is offered: yes applies it, no keeps it for later.
pub fn offer_msg(model: &mut Model, msg: &Msg) -> Cmd {
    let Mode::Recovery(offer) = std::mem::take(&mut model.mode) else {
        return Cmd::None;
    };
    match msg {
        Msg::Yes | Msg::Submit => recover(model, offer.ops),
        Msg::Close | Msg::Back => {
            let text = (model.t().leaving.offer_refused)(&offer.place);
            model.notify(NoticeKind::Info, text);
            Cmd::None
        }
        _ => {
            model.mode = Mode::Recovery(offer);
            Cmd::None
        }
    }
}

/// Replays recovered operations as if typed now: each one applied, undoable and pending;
/// those the plan no longer takes (a record deleted since) are counted, not forced.
fn recover(model: &mut Model, ops: Vec<crate::domain::Op>) -> Cmd {
    let t = model.t();
    let total = ops.len();
    let mut applied = 0;
    for op in ops {
        if edit::change(model, op, t.leaving.recovered_change.to_owned()) == Cmd::Save {
            applied += 1;
        }
    }
    model.notify(
        NoticeKind::Info,
        (t.leaving.recovered)(applied, total - applied),
    );
    Cmd::SaveRecovered
}
