use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg, SaveReport};
use super::nav::Column;
use crate::domain::{Op, Status, apply};
use crate::sanitize::inert;

/// Rows a page key moves by: the lists show two lines per row, so about a screenful.
const PAGE: isize = 10;

pub fn update(model: &mut Model, msg: Msg) -> Cmd {
    match msg {
        Msg::Saved(outcome) => saved(model, outcome),
        Msg::Quit => quit(model),
        msg => match model.mode {
            Mode::Help { scroll } => help(model, scroll, &msg),
            Mode::Browse => browse(model, &msg),
        },
    }
}

fn quit(model: &mut Model) -> Cmd {
    if model.pending.is_empty() || model.quit_armed {
        return Cmd::Quit;
    }
    // Unsaved changes: try once more, and let a second `q` leave anyway.
    model.quit_armed = true;
    Cmd::Save
}

fn help(model: &mut Model, scroll: u16, msg: &Msg) -> Cmd {
    model.mode = match msg {
        Msg::Down => Mode::Help {
            scroll: scroll.saturating_add(1),
        },
        Msg::Up => Mode::Help {
            scroll: scroll.saturating_sub(1),
        },
        Msg::PageDown => Mode::Help {
            scroll: scroll.saturating_add(10),
        },
        Msg::PageUp => Mode::Help {
            scroll: scroll.saturating_sub(10),
        },
        Msg::Top => Mode::Help { scroll: 0 },
        Msg::Help | Msg::Close | Msg::Back => Mode::Browse,
        _ => Mode::Help { scroll },
    };
    Cmd::None
}

fn browse(model: &mut Model, msg: &Msg) -> Cmd {
    match msg {
        Msg::Up => step(model, -1),
        Msg::Down => step(model, 1),
        Msg::PageUp => step(model, -PAGE),
        Msg::PageDown => step(model, PAGE),
        Msg::Top => step(model, isize::MIN),
        Msg::Bottom => step(model, isize::MAX),
        Msg::Drill => model.roadmap.drill(&model.plan, &model.index),
        Msg::Back => model.roadmap.back(),
        Msg::Help => model.mode = Mode::Help { scroll: 0 },
        Msg::ToggleDone => return toggle_done(model),
        Msg::Close | Msg::Quit | Msg::Saved(_) => {}
    }
    Cmd::None
}

/// Moves the selection of the focused column by `delta` rows, stopping at either end.
fn step(model: &mut Model, delta: isize) {
    let nav = &mut model.roadmap;
    let column = match nav.focus {
        Column::Detail => Column::Actions,
        c => c,
    };
    let len = nav.len(column, &model.plan, &model.index);
    if len == 0 {
        return;
    }
    let row = nav
        .selected(column)
        .saturating_add_signed(delta)
        .min(len - 1);
    let row = if delta == isize::MIN { 0 } else { row };
    nav.select(column, row);
}

fn toggle_done(model: &mut Model) -> Cmd {
    let t = model.t();
    let focus = model.roadmap.focus;
    let action = (focus >= Column::Actions)
        .then(|| model.roadmap.action_index(&model.plan, &model.index))
        .flatten();
    let Some(a) = action else {
        model.notify(NoticeKind::Info, t.not_an_action.to_owned());
        return Cmd::None;
    };
    let action = &model.plan.actions[a];
    let (status, text) = if action.status.is_done() {
        (Status::Todo, (t.marked_open)(&inert(&action.title)))
    } else {
        let done = Status::Done { on: model.today };
        (done, (t.marked_done)(&inert(&action.title)))
    };
    let op = Op::SetActionStatus {
        id: action.id.clone(),
        status,
    };
    change(model, op, text)
}

/// Applies an operation here at once, and asks the runtime to save it.
fn change(model: &mut Model, op: Op, text: String) -> Cmd {
    match apply(&mut model.plan, &op) {
        Ok(_inverse) => {
            model.pending.push(op);
            model.replan(None);
            model.notify(NoticeKind::Info, text);
            Cmd::Save
        }
        Err(e) => {
            model.notify(NoticeKind::Error, e.to_string());
            Cmd::None
        }
    }
}

fn saved(model: &mut Model, outcome: Result<SaveReport, String>) -> Cmd {
    let t = model.t();
    match outcome {
        Ok(report) => {
            model.pending.clear();
            let mut text = (t.saved_at)(&report.at);
            if report.merged.is_some() {
                text = format!("{text} · {}", t.merged);
                model.replan(report.merged.map(|plan| *plan));
            }
            if report.conflicts > 0 {
                text = format!("{text} · {}", (t.conflicts)(report.conflicts));
            }
            model.notify(NoticeKind::Saved, text);
            if model.quit_armed {
                return Cmd::Quit;
            }
        }
        Err(reason) => model.notify(NoticeKind::Error, (t.not_saved)(&reason)),
    }
    Cmd::None
}
