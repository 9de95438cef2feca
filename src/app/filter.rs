//! `f`: choosing what the lists show; `F`: showing everything again.

use super::form::{Choice, Field, FieldName, Form, RecordKind, build};
use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg};
use crate::domain::{Filter, StatusFilter};

const STATUS_IDS: [(&str, StatusFilter); 5] = [
    ("open", StatusFilter::Open),
    ("todo", StatusFilter::Todo),
    ("in_progress", StatusFilter::InProgress),
    ("blocked", StatusFilter::Blocked),
    ("done", StatusFilter::Done),
];

pub fn open(model: &mut Model) -> Cmd {
    let t = model.t();
    let filter = &model.filter;
    let statuses = STATUS_IDS
        .iter()
        .map(|(id, s)| Choice::new(*id, (t.status_filter)(*s)))
        .collect();
    let status = filter
        .status
        .and_then(|s| STATUS_IDS.iter().find(|(_, x)| *x == s))
        .map(|(id, _)| *id);
    let themes = Filter::themes(&model.plan)
        .into_iter()
        .map(|theme| Choice::new(theme.clone(), theme))
        .collect();
    let late = [("no", t.key_labels.no), ("yes", t.key_labels.yes)]
        .iter()
        .map(|(id, label)| Choice::new(*id, *label))
        .collect();
    let fields = vec![
        Field::one(
            FieldName::Owner,
            build::delegation_choices(&model.plan),
            filter.owner.as_deref(),
            true,
        ),
        Field::one(FieldName::Status, statuses, status, true),
        Field::one(FieldName::Theme, themes, filter.theme.as_deref(), true),
        Field::one(
            FieldName::LateOnly,
            late,
            Some(if filter.late_only { "yes" } else { "no" }),
            false,
        ),
    ];
    model.mode = Mode::Filter(Box::new(Form {
        kind: RecordKind::Filter,
        editing: None,
        seen: None,
        parent: None,
        fields,
        focus: 0,
        error: None,
    }));
    Cmd::None
}

fn read(form: &Form) -> Filter {
    let chosen = |name| form.field(name).and_then(Field::chosen).map(str::to_owned);
    Filter {
        owner: chosen(FieldName::Owner),
        status: chosen(FieldName::Status)
            .and_then(|id| STATUS_IDS.iter().find(|(s, _)| *s == id).map(|(_, s)| *s)),
        theme: chosen(FieldName::Theme),
        late_only: chosen(FieldName::LateOnly).as_deref() == Some("yes"),
    }
}

/// Shows the lists through `filter`.
pub fn set(model: &mut Model, filter: Filter) {
    model.filter = filter;
    model.replan(None);
    let t = model.t();
    let text = if model.filter.is_active() {
        t.filter_applied.to_owned()
    } else {
        t.filter_cleared.to_owned()
    };
    model.notify(NoticeKind::Info, text);
}

pub fn filter_msg(model: &mut Model, msg: Msg) -> Cmd {
    let Mode::Filter(mut form) = std::mem::take(&mut model.mode) else {
        return Cmd::None;
    };
    match form.edit(msg) {
        Some(Msg::Close) => return Cmd::None,
        Some(Msg::Submit) => {
            set(model, read(&form));
            return Cmd::None;
        }
        _ => {}
    }
    model.mode = Mode::Filter(form);
    Cmd::None
}
