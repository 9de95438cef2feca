//! The history overlay (`H`): the selected record's changes as git's log holds them (who,
//! what, when), newest first. The model stays pure: opening asks the runtime for the log
//! (`Cmd::History`), which answers with `Msg::HistoryLoaded`.

use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg};
use super::selection;
use super::update::PAGE;

/// Opens the overlay on the selected record, saying it is being read.
pub fn open(model: &mut Model) -> Cmd {
    let t = model.t();
    let Some(selected) = selection::selected(model) else {
        model.notify(NoticeKind::Info, t.history_nothing_selected.to_owned());
        return Cmd::None;
    };
    model.mode = Mode::History {
        id: selected.id.clone(),
        entries: Vec::new(),
        scroll: 0,
        note: Some(t.history_loading.to_owned()),
    };
    Cmd::History(selected.id)
}

/// A key, or the log read, while the overlay is open.
pub fn history_msg(model: &mut Model, msg: Msg) -> Cmd {
    let t = model.t();
    let Mode::History {
        id,
        entries,
        scroll,
        note,
    } = &mut model.mode
    else {
        return Cmd::None;
    };
    let last = u16::try_from(entries.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let page = u16::try_from(PAGE).unwrap_or(10);
    match msg {
        Msg::Down => *scroll = scroll.saturating_add(1).min(last),
        Msg::Up => *scroll = scroll.saturating_sub(1),
        Msg::PageDown => *scroll = scroll.saturating_add(page).min(last),
        Msg::PageUp => *scroll = scroll.saturating_sub(page),
        Msg::Top => *scroll = 0,
        Msg::Close | Msg::Back | Msg::History => model.mode = Mode::Browse,
        // Only the answer for the record shown: an older one is for an overlay since closed.
        Msg::HistoryLoaded(of, outcome) if of == *id => {
            *scroll = 0;
            match outcome {
                Ok(Some(found)) => {
                    *note = found.is_empty().then(|| t.history_empty.to_owned());
                    *entries = found;
                }
                Ok(None) => *note = Some(t.history_not_shared.to_owned()),
                Err(e) => *note = Some((t.history_failed)(&e)),
            }
        }
        _ => {}
    }
    Cmd::None
}
