//! Two instances edit one store at random and save in either order: the file ends up holding
//! every change each of them made, or a conflict that names it — never a change dropped in
//! silence — and it is a valid store.

#[path = "support/ops_gen.rs"]
mod ops_gen;
#[path = "support/plan_gen.rs"]
mod plan_gen;

use std::collections::BTreeMap;

use jalons::domain::{Op, Plan, apply, validate};
use jalons::merge::{Conflict, ConflictKind, object};
use jalons::store::{self, Store};
use ops_gen::ops_for;
use plan_gen::plan;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Every record by kind and ID ("action a-1"), as its fields (a trip's members and checklist
/// are records of their own, not fields of the trip). The kind is part of the key because an
/// ID freed by a deletion may be given to a record of another kind.
fn records(plan: &Plan) -> BTreeMap<String, Map<String, Value>> {
    let mut out = BTreeMap::new();
    let mut put = |kind: &str, id: &str, map: Map<String, Value>| {
        out.insert(format!("{kind} {id}"), map);
    };
    plan.horizons
        .iter()
        .for_each(|r| put("horizon", &r.id, object(r)));
    plan.objectives
        .iter()
        .for_each(|r| put("objective", &r.id, object(r)));
    plan.actions
        .iter()
        .for_each(|r| put("action", &r.id, object(r)));
    plan.delegations
        .iter()
        .for_each(|r| put("delegation", &r.id, object(r)));
    plan.templates
        .iter()
        .for_each(|r| put("template", &r.id, object(r)));
    for t in &plan.trips {
        let mut map = object(t);
        map.remove("members");
        map.remove("checklist");
        put("trip", &t.id, map);
        // Keyed by their trip too: an item moved to another trip is another record there.
        for m in &t.members {
            put("member", &format!("{}/{}", t.id, m.id), object(m));
        }
        for i in &t.checklist {
            put("item", &format!("{}/{}", t.id, i.id), object(i));
        }
    }
    out
}

/// What one side changed from base: (record ID, field or "" for the whole record, value).
fn changes(base: &Plan, side: &Plan) -> Vec<(String, String, Option<Value>)> {
    let (b, s) = (records(base), records(side));
    let mut out = Vec::new();
    for (id, fields) in &s {
        match b.get(id) {
            None => out.push((
                id.clone(),
                String::new(),
                Some(Value::Object(fields.clone())),
            )),
            Some(old) => {
                for key in fields.keys().chain(old.keys()) {
                    if fields.get(key) != old.get(key) {
                        out.push((id.clone(), key.clone(), fields.get(key).cloned()));
                    }
                }
            }
        }
    }
    for id in b.keys().filter(|id| !s.contains_key(*id)) {
        out.push((id.clone(), String::new(), None));
    }
    out
}

/// Whether a conflict names the record (by its ID, or by the ID it had before a collision),
/// or the trip it belongs to (a trip kept whole keeps its checklist).
fn reported(conflicts: &[Conflict], plans: [&Plan; 2], key: &str) -> bool {
    let (kind, id) = key.split_once(' ').unwrap_or(("", key));
    let id = match kind {
        // "<trip>/<id>": trip IDs made by the generator hold no slash.
        "member" | "item" => id.split_once('/').map_or(id, |(_, id)| id),
        _ => id,
    };
    let trip = plans.iter().find_map(|p| {
        p.trips
            .iter()
            .find(|t| {
                t.members.iter().any(|m| m.id == id) || t.checklist.iter().any(|i| i.id == id)
            })
            .map(|t| t.id.as_str())
    });
    conflicts.iter().any(|c| {
        c.id == id
            || Some(c.id.as_str()) == trip
            || c.kept.as_ref().and_then(Value::as_str) == Some(id)
            || (trip.is_some() && c.kept.as_ref().and_then(Value::as_str) == trip)
    })
}

/// The IDs the merge gave records a fresh one for (ours on a collision, a record brought
/// back whose ID was taken), by kind: (kind, old) to new.
fn renames(conflicts: &[Conflict]) -> BTreeMap<(String, String), String> {
    let text = |v: &Option<Value>| v.as_ref().and_then(Value::as_str).map(str::to_owned);
    conflicts
        .iter()
        .filter_map(|c| {
            let old = match c.kind {
                ConflictKind::IdCollision => text(&c.kept)?,
                ConflictKind::Resurrected => text(&c.base)?,
                _ => return None,
            };
            Some(((c.record_kind.clone(), old), c.id.clone()))
        })
        .collect()
}

/// The kind of record a reference field leads to.
fn target(field: &str) -> Option<&'static str> {
    match field {
        "horizon" => Some("horizon"),
        "objective" | "objectives" => Some("objective"),
        "owner" | "co_owners" => Some("delegation"),
        "trip" => Some("trip"),
        _ => None,
    }
}

/// A record's fields with every reference to a renamed record following it.
fn renamed(field: &str, value: &Value, map: &BTreeMap<(String, String), String>) -> Value {
    let follow = |kind: &str, v: &Value| match v {
        Value::String(s) => Value::String(
            map.get(&(kind.to_owned(), s.clone()))
                .cloned()
                .unwrap_or_else(|| s.clone()),
        ),
        other => other.clone(),
    };
    match (target(field), value) {
        (Some(kind), Value::Array(items)) => {
            Value::Array(items.iter().map(|v| follow(kind, v)).collect())
        }
        (Some(kind), v) => follow(kind, v),
        (None, Value::Object(fields)) if field.is_empty() => Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), renamed(k, v, map)))
                .collect(),
        ),
        (None, v) => v.clone(),
    }
}

/// Whether the final plan holds the change: the field has the value (a set holds what was
/// added and not what was removed), or the record is gone or there, as the change said.
fn holds(
    end: &BTreeMap<String, Map<String, Value>>,
    base: &BTreeMap<String, Map<String, Value>>,
    (id, field, value): &(String, String, Option<Value>),
) -> bool {
    let Some(now) = end.get(id) else {
        return value.is_none();
    };
    if field.is_empty() {
        return value.as_ref() == Some(&Value::Object(now.clone()));
    }
    let now_value = now.get(field);
    if now_value == value.as_ref() {
        return true;
    }
    // A text of lines (notes, purpose), merged line by line: what the side wrote is there.
    if ["notes", "purpose"].contains(&field.as_str())
        && let (Some(Value::String(wanted)), Some(Value::String(got))) = (value.as_ref(), now_value)
    {
        let was = base
            .get(id)
            .and_then(|r| r.get(field))
            .and_then(Value::as_str)
            .unwrap_or("");
        // Lines as the merge cuts them: at `\n` only (`str::lines` would eat a `\r` before it).
        let split = |t: &str| -> Vec<String> { t.split('\n').map(str::to_owned).collect() };
        let (was, wanted, got) = (split(was), split(wanted), split(got));
        return wanted
            .iter()
            .filter(|l| !l.is_empty() && !was.contains(l))
            .all(|l| got.contains(l));
    }
    // Check-ins, a set by ID: what the side added is there (under its ID, or ours renamed
    // `<id>-2` when the other side added another under it), what it deleted is not.
    if field == "checkins" {
        let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
        let (was, wanted, got) = (
            list(base.get(id).and_then(|r| r.get(field))),
            list(value.as_ref()),
            list(now_value),
        );
        let same_but_id = |a: &Value, b: &Value| {
            let strip = |v: &Value| {
                let mut v = v.clone();
                v.as_object_mut().map(|m| m.remove("id"));
                v
            };
            let (ida, idb) = (
                a.get("id").and_then(Value::as_str),
                b.get("id").and_then(Value::as_str),
            );
            strip(a) == strip(b)
                && ida
                    .zip(idb)
                    .is_some_and(|(x, y)| y == x || y.starts_with(&format!("{x}-")))
        };
        return wanted
            .iter()
            .filter(|c| !was.contains(c))
            .all(|c| got.iter().any(|g| same_but_id(c, g)))
            && was
                .iter()
                .filter(|c| !wanted.contains(c))
                .all(|c| !got.contains(c));
    }
    // A set: what the side added is there, what it removed is not.
    let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
    let (was, wanted, got) = (
        list(base.get(id).and_then(|r| r.get(field))),
        list(value.as_ref()),
        list(now_value),
    );
    ["themes", "co_owners", "objectives"].contains(&field.as_str())
        && wanted
            .iter()
            .filter(|v| !was.contains(v))
            .all(|v| got.contains(v))
        && was
            .iter()
            .filter(|v| !wanted.contains(v))
            .all(|v| !got.contains(v))
}

fn edited(mut plan: Plan, ops: &[Op]) -> Plan {
    for op in ops {
        // Operations that do not apply leave the plan as it was.
        let _ = apply(&mut plan, op);
    }
    plan
}

fn scenario() -> impl Strategy<Value = (Plan, Vec<Op>, Vec<Op>, bool)> {
    plan().prop_flat_map(|p| {
        let (ops_a, ops_b) = (ops_for(&p), ops_for(&p));
        (Just(p), ops_a, ops_b, any::<bool>())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn two_instances_saving_in_any_order_lose_nothing((base, ops_a, ops_b, a_first) in scenario()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("roadmap.json");
        Store::create(&path, &base).unwrap();
        let (mut store_a, _) = Store::open(&path).unwrap();
        let (mut store_b, _) = Store::open(&path).unwrap();
        let a = edited(base.clone(), &ops_a);
        let b = edited(base.clone(), &ops_b);
        let (first, second) = if a_first {
            ((&mut store_a, &a, &ops_a), (&mut store_b, &b, &ops_b))
        } else {
            ((&mut store_b, &b, &ops_b), (&mut store_a, &a, &ops_a))
        };
        let saved = first.0.save(first.1, first.2).unwrap();
        prop_assert!(saved.merged.is_none(), "nothing to merge for the first");
        let saved = second.0.save(second.1, second.2);
        prop_assert!(saved.is_ok(), "the second save merges: {}", saved.unwrap_err());
        let saved = saved.unwrap();

        let bytes = std::fs::read(&path).unwrap();
        let end = store::parse(&path, &bytes);
        prop_assert!(end.is_ok(), "the file reads back: {}", end.unwrap_err());
        let end = end.unwrap();
        prop_assert!(validate(&end).is_empty());
        if let Some(merged) = &saved.merged {
            prop_assert_eq!(merged, &end, "the instance shows what is on disk");
        }
        let (end_records, base_records) = (records(&end), records(&base));
        for (side, plan) in [("first", first.1), ("second", second.1)] {
            let map = renames(&saved.conflicts);
            for (id, field, value) in changes(&base, plan) {
                let value = value.map(|v| renamed(&field, &v, &map));
                let change = (id, field, value);
                prop_assert!(
                    holds(&end_records, &base_records, &change) || reported(&saved.conflicts, [&base, plan], &change.0),
                    "the {} saver's change {:?} is neither in the file nor reported ({:?})",
                    side, change, saved.conflicts
                );
            }
        }
        // Converged: the second instance's next save, with nothing new, changes nothing.
        let again = second.0.save(&end, &[]).unwrap();
        prop_assert!(again.merged.is_none());
        prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}
