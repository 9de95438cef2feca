//! `update`: the one place where the model changes. Pure: no IO, no clock.

use super::edit;
use super::filter;
use super::find;
use super::form::RecordKind;
use super::jump;
use super::leaving;
use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg, SaveReport};
use super::nav::Column;
use super::review;
use crate::domain::{DueRef, Op, Status};
use crate::sanitize::shown;

/// Rows a page key moves by.
pub const PAGE: isize = 10;

pub fn update(model: &mut Model, msg: Msg) -> Cmd {
    match msg {
        Msg::Saved(outcome) => saved(model, outcome),
        Msg::ExportNames(names) => {
            super::export_menu::names_found(model, names);
            Cmd::None
        }
        Msg::Exported(outcome) => {
            let t = model.t();
            match outcome {
                Ok(path) => model.notify(NoticeKind::Saved, (t.script.written)(&path)),
                Err(e) => model.notify(NoticeKind::Error, e),
            }
            Cmd::None
        }
        Msg::Quit => leaving::quit(model),
        Msg::Suspend => Cmd::Suspend,
        Msg::Kept(outcome) => leaving::kept(model, outcome),
        Msg::Synced(outcome, at) => super::syncing::over(model, outcome, &at),
        msg => match &model.mode {
            Mode::Help { scroll } => {
                let scroll = *scroll;
                help(model, scroll, &msg)
            }
            Mode::Form(_) => edit::form_msg(model, msg),
            Mode::Confirm(_) => edit::confirm_msg(model, &msg),
            Mode::Pick(_) => edit::pick_msg(model, msg),
            Mode::Filter(_) => filter::filter_msg(model, msg),
            Mode::Search(_) => find::search_msg(model, msg),
            Mode::Conflicts { row } => {
                let row = *row;
                super::conflicts::conflicts_msg(model, row, &msg)
            }
            Mode::Export { row } => {
                let row = *row;
                super::export_menu::menu_msg(model, row, &msg)
            }
            Mode::History { .. } => super::history_view::history_msg(model, msg),
            Mode::Leaving(_) => leaving::leaving_msg(model, &msg),
            Mode::Recovery(_) => leaving::offer_msg(model, &msg),
            Mode::Browse => browse(model, &msg),
        },
    }
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
        Msg::Help => model.mode = Mode::Help { scroll: 0 },
        Msg::NextScreen => model.screen = model.screen.cycle(true),
        Msg::PrevScreen => model.screen = model.screen.cycle(false),
        Msg::Show(screen) => model.screen = *screen,
        Msg::Add => return edit::add(model),
        Msg::Edit => return edit::edit(model, None),
        Msg::Delete => return edit::delete(model),
        Msg::MoveTo => return edit::move_to(model),
        Msg::MoveUp => return edit::reorder(model, true),
        Msg::MoveDown => return edit::reorder(model, false),
        Msg::ApplyTemplate => return super::template::open(model),
        Msg::CheckIn => return super::checkin::open(model),
        Msg::ClickRoadmap(column, row) => click_roadmap(model, *column, *row),
        Msg::ClickRow(row) => review::click_row(model, *row),
        Msg::ClickDetail => review::click_detail(model),
        Msg::ExportMenu => return super::export_menu::open(),
        Msg::Conflicts => return super::conflicts::open(model),
        Msg::Sync => return super::syncing::start(model),
        Msg::Search => return find::open(model),
        Msg::SearchNext => return find::step(model, true),
        Msg::SearchPrev => return find::step(model, false),
        Msg::Filter => return filter::open(model),
        Msg::ClearFilter => filter::set(model, crate::domain::Filter::default()),
        Msg::Undo => return edit::undo(model, false),
        Msg::Redo => return edit::undo(model, true),
        Msg::JumpBack => return super::jumps::step(model, false),
        Msg::JumpForward => return super::jumps::step(model, true),
        _ => return review::on_screen(model, msg),
    }
    Cmd::None
}

/// A click on the roadmap focuses the column and selects the row under the pointer.
fn click_roadmap(model: &mut Model, column: Column, row: usize) {
    model.screen = super::screen::Screen::Roadmap;
    let nav = &mut model.roadmap;
    if column == Column::Detail {
        if nav.action_index(&model.plan, &model.index).is_some() {
            nav.focus = Column::Detail;
        }
        return;
    }
    if row < nav.len(column, &model.plan, &model.index) {
        nav.focus = column;
        nav.select(column, row);
    }
}

/// Where a move of `delta` rows lands in a list of `len`, stopping at either end;
/// `isize::MIN` and `isize::MAX` mean the first and the last row.
pub fn moved(row: usize, delta: isize, len: usize) -> usize {
    if delta == isize::MIN || len == 0 {
        0
    } else {
        row.saturating_add_signed(delta).min(len - 1)
    }
}

/// The row delta a move message means, if it is one.
pub const fn delta(msg: &Msg) -> Option<isize> {
    match msg {
        Msg::Up => Some(-1),
        Msg::Down => Some(1),
        Msg::PageUp => Some(-PAGE),
        Msg::PageDown => Some(PAGE),
        Msg::Top => Some(isize::MIN),
        Msg::Bottom => Some(isize::MAX),
        _ => None,
    }
}

pub fn roadmap(model: &mut Model, msg: &Msg) -> Cmd {
    if let Some(delta) = delta(msg) {
        let nav = &mut model.roadmap;
        let column = match nav.focus {
            Column::Detail => Column::Actions,
            c => c,
        };
        let len = nav.len(column, &model.plan, &model.index);
        if len > 0 {
            nav.select(column, moved(nav.selected(column), delta, len));
        }
        return Cmd::None;
    }
    match msg {
        Msg::Drill if model.roadmap.focus == Column::Detail => {
            // From the owner, on to everything the owner carries.
            if let Some(a) = model.roadmap.action_index(&model.plan, &model.index) {
                let owner = model.plan.actions[a].owner.clone();
                jump::to_delegation(model, &owner);
            }
        }
        Msg::Drill => model.roadmap.drill(&model.plan, &model.index),
        Msg::Back => model.roadmap.back(),
        Msg::ToggleDone => {
            let t = model.t();
            let action = (model.roadmap.focus >= Column::Actions)
                .then(|| model.roadmap.action_index(&model.plan, &model.index))
                .flatten();
            let Some(a) = action else {
                model.notify(NoticeKind::Info, t.not_an_action.to_owned());
                return Cmd::None;
            };
            return toggle(model, DueRef::Action(a));
        }
        _ => {}
    }
    Cmd::None
}

/// Sets an action or a checklist item done today, or back to open: an operation with the
/// target value, applied here and saved.
pub fn toggle(model: &mut Model, what: DueRef) -> Cmd {
    let t = model.t();
    let title = shown(what.title(&model.plan)).into_owned();
    let id = what.id(&model.plan).to_owned();
    let (op, text) = match what {
        DueRef::Action(a) => {
            if model.plan.actions[a].status.is_done() {
                let op = Op::SetActionStatus {
                    id,
                    status: Status::Todo,
                };
                (op, (t.marked_open)(&title))
            } else {
                let status = Status::Done { on: model.today };
                let text = (t.marked_done)(&title, RecordKind::Action);
                (Op::SetActionStatus { id, status }, text)
            }
        }
        DueRef::Item { trip, item } => {
            if model.plan.trips[trip].checklist[item].done_on.is_some() {
                let op = Op::SetItemDone { id, done_on: None };
                (op, (t.marked_open)(&title))
            } else {
                let done_on = Some(model.today);
                let text = (t.marked_done)(&title, RecordKind::Item);
                (Op::SetItemDone { id, done_on }, text)
            }
        }
    };
    edit::change(model, op, text)
}

fn saved(model: &mut Model, outcome: Result<SaveReport, String>) -> Cmd {
    let t = model.t();
    match outcome {
        Ok(report) => {
            let saved = report.ops.min(model.pending.len());
            model.pending.drain(..saved);
            let mut text = (t.saved_at)(&report.at);
            // Conflicts first: on a narrow terminal they must show, what was saved may be cut.
            if !report.conflicts.is_empty() {
                text = format!("{text} · {}", (t.conflicts)(report.conflicts.len()));
                model.conflicts.extend(report.conflicts);
            }
            // Say what was saved, after the saving itself (which must show on any width).
            if let Some(change) = model.notice.take().filter(|n| n.kind == NoticeKind::Info) {
                text = format!("{text} · {}", change.text);
            }
            if report.merged.is_some() {
                text = format!("{text} · {}", t.merged);
                model.replan(report.merged.map(|plan| *plan));
            }
            model.notify(NoticeKind::Saved, text);
            if model.quit_armed {
                return Cmd::Quit;
            }
        }
        Err(reason) => {
            model.notify(NoticeKind::Error, (t.not_saved)(&reason));
            leaving::not_saved(model, reason);
        }
    }
    Cmd::None
}
