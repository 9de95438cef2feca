//! What a merge could not settle by its rules alone, said in words an adviser can act on.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::{Op, Plan, fields, locate, record_at, with_fields};

/// Why a conflict was reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The same field was changed differently on both sides: theirs was kept, ours set aside.
    Field,
    /// One side deleted the record, the other changed it: it was kept, with the changes.
    DeleteVsEdit,
    /// Both sides created a record with the same ID: ours was given a fresh one.
    IdCollision,
    /// A deleted record was brought back because a kept record still refers to it.
    Resurrected,
    /// Separate edits made a record inconsistent (an end before its start): theirs was kept
    /// whole, ours set aside.
    RecordInvalid,
}

/// One thing the merge reports. Values are the record's own JSON fields, so that any kind of
/// record and any field can be shown and re-applied the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// `action`, `trip`, `item`…, or `plan` for the plan's own title and dates.
    pub record_kind: String,
    pub id: String,
    /// The record's title, label or name, to show (never a bare ID).
    pub title: String,
    /// The trip a member or checklist item belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The value both sides started from (for a record brought back under a fresh ID, the
    /// ID it had).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Value>,
    /// The value now in the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<Value>,
    /// Our value, set aside (none when our side deleted the record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mine: Option<Value>,
    /// Who wrote the kept value, when a sync finds it in the journal of the commits it
    /// received (their git name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl Conflict {
    /// The change that puts our set-aside value back, if there is one: an edit of the field
    /// (or the whole record) from what the plan holds now, or the deletion ours made.
    pub fn reapply(&self, plan: &Plan) -> Option<Op> {
        if !self.can_reapply() || self.record_kind == "plan" {
            return None;
        }
        let place = locate(plan, &self.id)?;
        if self.kind == ConflictKind::DeleteVsEdit {
            return Some(Op::Delete {
                id: self.id.clone(),
            });
        }
        let current = record_at(plan, place);
        let mut map = fields(&current);
        match (self.kind, &self.field) {
            (ConflictKind::RecordInvalid, _) => match self.mine.clone()? {
                Value::Object(mine) => map = mine,
                _ => return None,
            },
            (_, Some(field)) => match self.mine.clone() {
                Some(value) => {
                    map.insert(field.clone(), value);
                }
                None => {
                    map.remove(field);
                }
            },
            _ => return None,
        }
        let after = with_fields(&current, map).ok()?;
        (after != current).then_some(Op::Edit {
            before: current,
            after,
        })
    }

    /// Whether "use mine" means anything: there is a value of ours that is not in the plan.
    pub fn can_reapply(&self) -> bool {
        match self.kind {
            ConflictKind::Field => self.mine.is_some() || self.kept.is_some(),
            ConflictKind::DeleteVsEdit => self.mine.is_none() && self.kept.is_some(),
            ConflictKind::RecordInvalid => self.mine.is_some(),
            ConflictKind::IdCollision | ConflictKind::Resurrected => false,
        }
    }
}

/// A value as a conflict shows it: text as it is, a status by its state, cut to a line.
pub fn shown(value: Option<&Value>, empty: &str) -> String {
    let text = match value {
        None | Some(Value::Null) => return empty.to_owned(),
        Some(Value::String(s)) if s.is_empty() => return empty.to_owned(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(map)) => match (map.get("state"), map.get("on")) {
            (Some(Value::String(state)), Some(Value::String(on))) => format!("{state} {on}"),
            (Some(Value::String(state)), _) => state.clone(),
            _ => Value::Object(map.clone()).to_string(),
        },
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    };
    let line = text.replace(['\n', '\r'], " ");
    if line.chars().count() > 300 {
        let cut: String = line.chars().take(299).collect();
        format!("{cut}…")
    } else {
        line
    }
}
