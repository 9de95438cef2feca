//! What a form says around its fields: its title, and the hint for the focused field.

use unicode_width::UnicodeWidthStr;

use super::text::fit;
use crate::app::Model;
use crate::app::form::{FieldName, Form, RecordKind, Value};
use crate::i18n::Catalogue;
use crate::sanitize::shown;

/// What the focused field takes.
pub fn hint(t: &Catalogue, form: &Form) -> &'static str {
    match form.fields.get(form.focus).map(|f| (&f.value, f.name)) {
        Some((Value::Lines(_), _)) => t.help.lines_hint,
        Some((Value::One { .. }, _)) => t.choice_hint,
        Some((Value::Many { .. }, _)) => t.many_hint,
        Some((Value::Text { .. }, FieldName::Due)) if form.parent.is_some() => t.due_hint,
        Some((
            Value::Text { .. },
            FieldName::Due
            | FieldName::Start
            | FieldName::End
            | FieldName::Deadline
            | FieldName::NextDue,
        )) => t.date_hint,
        _ => "",
    }
}

/// The form's title; a check-in's says what it is about (the form has no field naming it),
/// the record's title shortened inside its quotes so that they always close.
pub fn title(model: &Model, form: &Form, width: u16) -> String {
    let t = model.t();
    match (form.kind, form.parent.as_deref()) {
        (RecordKind::CheckIn, Some(id)) => {
            let frame = (t.health.form_title)("");
            let room = usize::from(width).saturating_sub(4 + frame.width());
            (t.health.form_title)(&fit(&shown(record_title(model, id)), room))
        }
        _ => (t.form_title)(form.kind, form.editing.is_none()).to_owned(),
    }
}

/// The title of the action or objective with this ID (the ID itself otherwise).
fn record_title<'m>(model: &'m Model, id: &'m str) -> &'m str {
    match crate::domain::locate(&model.plan, id) {
        Some(crate::domain::Place::Action(a)) => &model.plan.actions[a].title,
        Some(crate::domain::Place::Objective(o)) => &model.plan.objectives[o].title,
        _ => id,
    }
}
