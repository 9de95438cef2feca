//! The check-in form (`c`): how the selected action or objective stands, in the adviser's
//! words, and a date the update announces. Its health starts at the record's last one; the
//! text is required when the health is not on track or changes, so that an alarm, or a
//! change of it, always says why.

use chrono::NaiveDate;

use super::{Choice, Field, FieldName as F, Form, RecordKind};
use crate::dates::parse_date;
use crate::domain::{
    CheckIn, Health, MAX_TEXT_BYTES, Op, Place, Plan, latest, locate, new_checkin_id,
};
use crate::i18n::Catalogue;
use crate::sanitize::refused_in_input;

/// The form for a check-in on the action or objective `id`; `None` for any other record.
pub fn checkin(plan: &Plan, t: &Catalogue, id: &str) -> Option<Form> {
    let checkins = match locate(plan, id)? {
        Place::Action(a) => &plan.actions[a].checkins,
        Place::Objective(o) => &plan.objectives[o].checkins,
        _ => return None,
    };
    let last = latest(checkins).map_or(Health::OnTrack, |(_, h)| h);
    let healths = Health::NAMED
        .iter()
        .map(|(name, h)| Choice::new(*name, t.health.health(*h)))
        .collect();
    Some(Form {
        kind: RecordKind::CheckIn,
        editing: None,
        seen: None,
        parent: Some(id.to_owned()),
        fields: vec![
            Field::one(F::Health, healths, Some(last.name()), false),
            Field::lines(F::Update, ""),
            Field::text(F::NextDue, "", 40),
        ],
        focus: 0,
        error: None,
    })
}

/// The check-in the form holds, made on `today` by `by`; else `None` with the errors set
/// beside their fields.
pub fn read(form: &mut Form, plan: &Plan, t: &Catalogue, today: NaiveDate, by: &str) -> Option<Op> {
    let record = form.parent.clone()?;
    let checkins = match locate(plan, &record) {
        Some(Place::Action(a)) => &plan.actions[a].checkins,
        Some(Place::Objective(o)) => &plan.objectives[o].checkins,
        _ => {
            form.error = Some(t.form_record_gone.to_owned());
            return None;
        }
    };
    let mut ok = true;
    let mut fail = |form: &mut Form, name: F, message: String| {
        if let Some(field) = form.field_mut(name) {
            field.error = Some(message);
        }
        ok = false;
    };
    let health = form
        .field(F::Health)
        .and_then(Field::chosen)
        .and_then(|name| Health::NAMED.iter().find(|(n, _)| *n == name))
        .map(|(_, h)| *h);
    let Some(health) = health else {
        fail(form, F::Health, t.form_required.to_owned());
        return None;
    };
    let text = form
        .field(F::Update)
        .map(|f| f.as_text().trim().to_owned())
        .unwrap_or_default();
    let last = latest(checkins).map(|(_, h)| h);
    if text.is_empty() && (health != Health::OnTrack || last.is_some_and(|l| l != health)) {
        fail(form, F::Update, t.health.text_required.to_owned());
    }
    if let Some(c) = refused_in_input(&text, true) {
        fail(form, F::Update, (t.form_refused)(c));
    }
    if text.len() > MAX_TEXT_BYTES {
        fail(
            form,
            F::Update,
            (t.form_too_long)(text.len(), MAX_TEXT_BYTES, true),
        );
    }
    let typed = form
        .field(F::NextDue)
        .map(|f| f.as_text().trim().to_owned())
        .unwrap_or_default();
    let due = if typed.is_empty() {
        None
    } else {
        match parse_date(&typed, today) {
            Ok(day) => Some(day),
            Err(e) => {
                fail(form, F::NextDue, e.message(t));
                None
            }
        }
    };
    if !ok {
        return None;
    }
    let checkin = CheckIn {
        id: new_checkin_id(checkins, today),
        on: today,
        by: by.to_owned(),
        health,
        text,
        due,
    };
    Some(Op::AddCheckIn { record, checkin })
}
