//! A conflict said in the adviser's words: the record by its title, the field by its label,
//! values as the screens show them (a status by its name, a date as a date, an owner by its
//! name when the caller can find it).

use chrono::NaiveDate;
use serde_json::Value;

use super::Catalogue;
use crate::domain::Status;
use crate::merge::{Conflict, ConflictKind, shown};

/// The words for conflicts, one set per language.
pub struct ConflictText {
    /// Record, field, value kept, value set aside.
    pub field: fn(&str, &str, &str, &str) -> String,
    pub deleted_here: fn(&str) -> String,
    pub deleted_there: fn(&str) -> String,
    /// Record, the ID both used, ours now.
    pub collision: fn(&str, &str, &str) -> String,
    pub resurrected: fn(&str) -> String,
    pub invalid: fn(&str) -> String,
    pub empty: &'static str,
    /// The quotation marks around a record's title.
    pub quotes: (&'static str, &'static str),
    /// The plan itself, for its own title and dates.
    pub plan: &'static str,
    /// A field's label, from its name in the store.
    pub field_name: fn(&str) -> &'static str,
    /// Who wrote the kept value, after the rest.
    pub by: fn(&str) -> String,
}

/// One line for the conflict. `name` gives the name of a record referred to by ID (an owner,
/// an objective) when the caller knows the plan; `None` leaves the ID.
pub fn describe(
    t: &Catalogue,
    c: &Conflict,
    name: &dyn Fn(&str, &str) -> Option<String>,
) -> String {
    let words = &t.conflict;
    let what = if c.record_kind == "plan" {
        words.plan.to_owned()
    } else if c.title.is_empty() {
        c.id.clone()
    } else {
        format!("{}{}{}", words.quotes.0, c.title, words.quotes.1)
    };
    let field = c.field.as_deref().unwrap_or("");
    let value = |v: Option<&Value>| value(t, field, v, name);
    let said = match c.kind {
        ConflictKind::Field => (words.field)(
            &what,
            (words.field_name)(field),
            &value(c.kept.as_ref()),
            &value(c.mine.as_ref()),
        ),
        ConflictKind::DeleteVsEdit if c.mine.is_none() => (words.deleted_here)(&what),
        ConflictKind::DeleteVsEdit => (words.deleted_there)(&what),
        ConflictKind::IdCollision => (words.collision)(
            &what,
            &shown(c.kept.as_ref(), ""),
            &shown(c.mine.as_ref(), ""),
        ),
        ConflictKind::Resurrected => (words.resurrected)(&what),
        ConflictKind::RecordInvalid => (words.invalid)(&what),
    };
    match &c.by {
        Some(who) => said + &(words.by)(who),
        None => said,
    }
}

fn value(
    t: &Catalogue,
    field: &str,
    v: Option<&Value>,
    name: &dyn Fn(&str, &str) -> Option<String>,
) -> String {
    let empty = t.conflict.empty;
    match (field, v) {
        ("status", Some(v)) => match serde_json::from_value::<Status>(v.clone()) {
            Ok(status @ Status::Done { on }) => {
                format!("{} {}", (t.action_status)(status), t.date(on))
            }
            Ok(status) => (t.action_status)(status).to_owned(),
            Err(_) => shown(Some(v), empty),
        },
        (_, Some(Value::String(s))) if s.len() == 10 => match s.parse::<NaiveDate>() {
            Ok(day) => t.date(day),
            Err(_) => name(field, s).unwrap_or_else(|| shown(v, empty)),
        },
        (_, Some(Value::String(s))) => name(field, s).unwrap_or_else(|| shown(v, empty)),
        (_, Some(Value::Array(items))) if !items.is_empty() => items
            .iter()
            .map(|item| match item {
                Value::String(s) => name(field, s).unwrap_or_else(|| s.clone()),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => shown(v, empty),
    }
}
