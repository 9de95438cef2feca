//! One record changed on both sides, merged field by field.
//!
//! Records are compared as their JSON objects, so that the same few rules serve every kind of
//! record and a conflict can name any field with the value each side gave it. Only records
//! changed on both sides get here: the rest are taken whole, which keeps a merge of a large
//! plan cheap.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::conflict::{Conflict, ConflictKind};
use crate::domain::{
    Action, ChecklistItem, ChecklistTemplate, Delegation, Horizon, Member, Objective, Trip,
};

/// A record kept in a list and matched by ID across the three versions.
pub trait Keyed: Clone + PartialEq + Serialize + DeserializeOwned {
    /// Its kind, as conflicts name it.
    const KIND: &'static str;
    /// Fields holding sets of IDs or words: both sides' additions and removals are kept.
    const SETS: &'static [&'static str] = &[];
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    /// What an adviser calls it.
    fn name(&self) -> &str;
    /// Whether the record holds together on its own (an end after its start).
    fn coherent(&self) -> bool {
        true
    }
}

macro_rules! keyed {
    ($t:ty, $kind:literal, $name:ident $(, sets = $sets:expr)?) => {
        impl Keyed for $t {
            const KIND: &'static str = $kind;
            $(const SETS: &'static [&'static str] = $sets;)?
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: String) {
                self.id = id;
            }
            fn name(&self) -> &str {
                &self.$name
            }
        }
    };
}

keyed!(Objective, "objective", title, sets = &["themes"]);
keyed!(Action, "action", title, sets = &["co_owners"]);
keyed!(Delegation, "delegation", name);
keyed!(Member, "member", name);
keyed!(ChecklistItem, "item", label);
keyed!(ChecklistTemplate, "template", name);

impl Keyed for Horizon {
    const KIND: &'static str = "horizon";
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
    fn name(&self) -> &str {
        &self.label
    }
    fn coherent(&self) -> bool {
        self.dates_hold()
    }
}

impl Keyed for Trip {
    const KIND: &'static str = "trip";
    const SETS: &'static [&'static str] = &["objectives"];
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
    fn name(&self) -> &str {
        &self.destination
    }
    fn coherent(&self) -> bool {
        self.dates_hold()
    }
}

/// Texts of several lines, merged line by line when both sides changed them.
const TEXTS: [&str; 2] = ["notes", "purpose"];

fn lines_merged(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
) -> Option<String> {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_owned();
    super::lines::merge(&text(base), &text(ours), &text(theirs))
}

/// What a merge carries along: the conflicts found so far, and the trip whose members or
/// checklist are being merged.
#[derive(Debug, Default)]
pub struct Ctx {
    pub conflicts: Vec<Conflict>,
    pub parent: Option<String>,
}

impl Ctx {
    /// Reports a conflict about `record`.
    pub fn report<T: Keyed>(&mut self, kind: ConflictKind, record: &T, values: Values) {
        self.conflicts.push(Conflict {
            kind,
            record_kind: T::KIND.to_owned(),
            id: record.id().to_owned(),
            title: record.name().to_owned(),
            parent: self.parent.clone(),
            field: values.field,
            base: values.base,
            kept: values.kept,
            mine: values.mine,
            by: None,
        });
    }
}

/// The values a conflict shows.
#[derive(Debug, Default)]
pub struct Values {
    pub field: Option<String>,
    pub base: Option<Value>,
    pub kept: Option<Value>,
    pub mine: Option<Value>,
}

impl Values {
    pub fn record<T: Serialize>(kept: Option<&T>, mine: Option<&T>) -> Self {
        Self {
            kept: kept.and_then(|r| serde_json::to_value(r).ok()),
            mine: mine.and_then(|r| serde_json::to_value(r).ok()),
            ..Self::default()
        }
    }
}

/// The record's JSON object (absent fields are those left at their default).
pub fn object<T: Serialize>(record: &T) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// Merges a record changed on both sides: a field changed on one side only takes that side;
/// sets merge as sets; a field changed differently on both keeps theirs and reports ours.
/// `skip` names fields merged elsewhere (a trip's members and checklist): theirs is kept.
pub fn merge<T: Keyed>(base: &T, ours: &T, theirs: &T, ctx: &mut Ctx, skip: &[&str]) -> T {
    let (b, o, t) = (object(base), object(ours), object(theirs));
    let mut out = t.clone();
    let mut clashes = Vec::new();
    let keys: std::collections::BTreeSet<&String> = o.keys().chain(b.keys()).collect();
    for key in keys {
        if skip.contains(&key.as_str()) {
            continue;
        }
        let (bv, ov, tv) = (b.get(key), o.get(key), t.get(key));
        if ov == tv || ov == bv {
            continue;
        }
        if tv == bv {
            put(&mut out, key, ov.cloned());
        } else if key == "checkins" {
            put(&mut out, key, super::checkins::merge(bv, ov, tv));
        } else if T::SETS.contains(&key.as_str()) {
            put(&mut out, key, Some(merge_set(bv, ov, tv)));
        } else if let Some(text) = TEXTS
            .contains(&key.as_str())
            .then(|| lines_merged(bv, ov, tv))
            .flatten()
        {
            put(&mut out, key, Some(Value::String(text)));
        } else {
            clashes.push((key.clone(), bv.cloned(), tv.cloned(), ov.cloned()));
        }
    }
    let merged: T = serde_json::from_value(Value::Object(out)).unwrap_or_else(|_| theirs.clone());
    if !merged.coherent() {
        // Each side's dates held together; mixed, they do not. Theirs is kept whole.
        ctx.report(
            ConflictKind::RecordInvalid,
            theirs,
            Values::record(Some(theirs), Some(ours)),
        );
        return theirs.clone();
    }
    for (field, base, kept, mine) in clashes {
        let values = Values {
            field: Some(field),
            base,
            kept,
            mine,
        };
        ctx.report(ConflictKind::Field, &merged, values);
    }
    merged
}

fn put(out: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    match value {
        Some(v) => {
            out.insert(key.to_owned(), v);
        }
        None => {
            out.remove(key);
        }
    }
}

/// Three-way merge of a list used as a set: theirs, less what ours removed, plus what ours
/// added (in our order).
fn merge_set(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Value {
    let items = |v: Option<&Value>| -> Vec<Value> {
        v.and_then(Value::as_array).cloned().unwrap_or_default()
    };
    let (b, o, t) = (items(base), items(ours), items(theirs));
    let mut out: Vec<Value> = t
        .into_iter()
        .filter(|v| !b.contains(v) || o.contains(v))
        .collect();
    for v in o {
        if !b.contains(&v) && !out.contains(&v) {
            out.push(v);
        }
    }
    Value::Array(out)
}
