//! `c`: a check-in on the selected action or objective, whatever the screen (the roadmap,
//! a delegation's detail, the weekly review and its "to update" list, the dashboard). One
//! operation, so one undo.

use super::edit::change;
use super::form::{self, Form, RecordKind};
use super::model::{Mode, Model, NoticeKind};
use super::msg::Cmd;
use super::selection::{Selected, selected};
use crate::domain::{Op, Place, locate};
use crate::sanitize::shown;

pub fn open(model: &mut Model) -> Cmd {
    let t = model.t();
    let form = match selected(model) {
        Some(Selected {
            kind: RecordKind::Action | RecordKind::Objective,
            id,
        }) => form::checkin(&model.plan, t, &id),
        _ => None,
    };
    match form {
        Some(form) => model.mode = Mode::Form(Box::new(form)),
        None => model.notify(NoticeKind::Info, t.health.not_checkable.to_owned()),
    }
    Cmd::None
}

/// Saves the form's check-in; `None` keeps the form open (its errors set).
pub fn submit(model: &mut Model, form: &mut Form) -> Option<Cmd> {
    let t = model.t();
    let op = form::read_checkin(form, &model.plan, t, model.today, &model.adviser)?;
    let Op::AddCheckIn { record, checkin } = &op else {
        return None;
    };
    let title = match locate(&model.plan, record) {
        Some(Place::Action(a)) => &model.plan.actions[a].title,
        Some(Place::Objective(o)) => &model.plan.objectives[o].title,
        _ => record,
    };
    let label = (t.health.saved)(&shown(title), t.health.health(checkin.health));
    let cmd = change(model, op, label);
    if cmd == Cmd::Save {
        return Some(cmd);
    }
    form.error = model.notice.as_ref().map(|n| n.text.clone());
    None
}
