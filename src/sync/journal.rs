//! Commit messages that read as a journal of the roadmap: one line per change, which a
//! person reads and `git log --grep` finds (`* <id> <field>: <old> → <new>`, `* <id> + <kind>
//! « title »`, `* <id> - <kind> « title »`).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::domain::Plan;
use crate::merge::{object, shown};

/// Every record by ID: its kind, its title and its fields (a trip's members and checklist are
/// records of their own).
fn records(plan: &Plan) -> BTreeMap<String, (&'static str, String, Map<String, Value>)> {
    let mut out = BTreeMap::new();
    let mut put = |kind, id: &str, title: &str, map| {
        out.insert(id.to_owned(), (kind, title.to_owned(), map));
    };
    plan.horizons
        .iter()
        .for_each(|r| put("horizon", &r.id, &r.label, object(r)));
    plan.objectives
        .iter()
        .for_each(|r| put("objective", &r.id, &r.title, object(r)));
    plan.actions
        .iter()
        .for_each(|r| put("action", &r.id, &r.title, object(r)));
    plan.delegations
        .iter()
        .for_each(|r| put("delegation", &r.id, &r.name, object(r)));
    plan.templates
        .iter()
        .for_each(|r| put("template", &r.id, &r.name, object(r)));
    for t in &plan.trips {
        let mut map = object(t);
        map.remove("members");
        map.remove("checklist");
        put("trip", &t.id, &t.destination, map);
        t.members
            .iter()
            .for_each(|m| put("member", &m.id, &m.name, object(m)));
        t.checklist
            .iter()
            .for_each(|i| put("item", &i.id, &i.label, object(i)));
    }
    out
}

/// The change lines from `before` to `after`, in ID order.
pub fn changes(before: &Plan, after: &Plan) -> Vec<String> {
    let (b, a) = (records(before), records(after));
    let mut lines = Vec::new();
    let line = |text: String| crate::sanitize::inert(&text.replace(['\n', '\r'], " ")).into_owned();
    for (id, (kind, title, fields)) in &a {
        match b.get(id) {
            None => lines.push(line(format!(
                "* {id} + {kind} « {} »",
                shown(Some(&Value::String(title.clone())), "")
            ))),
            Some((_, _, old)) => {
                let keys: std::collections::BTreeSet<&String> =
                    fields.keys().chain(old.keys()).collect();
                for key in keys.into_iter().filter(|k| fields.get(*k) != old.get(*k)) {
                    lines.push(line(format!(
                        "* {id} {key}: {} → {}",
                        cut(&shown(old.get(key), "—")),
                        cut(&shown(fields.get(key), "—"))
                    )));
                }
            }
        }
    }
    for (id, (kind, title, _)) in &b {
        if !a.contains_key(id) {
            lines.push(line(format!("* {id} - {kind} « {} »", cut(title))));
        }
    }
    lines
}

/// A value cut to 80 characters for a commit line.
fn cut(text: &str) -> String {
    if text.chars().count() <= 80 {
        text.to_owned()
    } else {
        text.chars().take(79).collect::<String>() + "…"
    }
}

/// The commit message for the changes from `before` to `after`.
pub fn message(before: &Plan, after: &Plan) -> String {
    let lines = changes(before, after);
    let n = lines.len();
    let mut out = format!("jalons: {n} change{}\n\n", if n == 1 { "" } else { "s" });
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    out
}
