//! Commit messages that read as a journal of the roadmap: one line per change, which a
//! person reads and `git log --grep` finds (`* <id> <field>: <old> → <new>`, `* <id> + <kind>
//! « title »`, `* <id> - <kind> « title »`, and for a check-in `* <id> + check-in <its id>
//! <health> « text »`). Records are compared as they are and turned into
//! fields only when they differ, so a journal of a large store costs what changed.

use rustc_hash::FxHashMap;
use serde_json::Value;

use crate::domain::{Plan, Trip};
use crate::merge::{Keyed, object, shown};

/// The change lines from `before` to `after`, list by list.
pub fn changes(before: &Plan, after: &Plan) -> Vec<String> {
    let mut lines = Vec::new();
    list(&before.horizons, &after.horizons, &mut lines);
    list(&before.objectives, &after.objectives, &mut lines);
    list(&before.actions, &after.actions, &mut lines);
    list(&before.delegations, &after.delegations, &mut lines);
    list(&before.templates, &after.templates, &mut lines);
    // A trip's own fields, then its members and checklist as records of their own.
    let bare = |t: &Trip| Trip {
        members: Vec::new(),
        checklist: Vec::new(),
        ..t.clone()
    };
    let (b, a): (Vec<Trip>, Vec<Trip>) = (
        before.trips.iter().map(bare).collect(),
        after.trips.iter().map(bare).collect(),
    );
    list(&b, &a, &mut lines);
    let nested = |plan: &Plan| {
        let members = plan.trips.iter().flat_map(|t| t.members.iter().cloned());
        let items = plan.trips.iter().flat_map(|t| t.checklist.iter().cloned());
        (members.collect::<Vec<_>>(), items.collect::<Vec<_>>())
    };
    let ((bm, bi), (am, ai)) = (nested(before), nested(after));
    list(&bm, &am, &mut lines);
    list(&bi, &ai, &mut lines);
    lines
}

fn list<T: Keyed>(before: &[T], after: &[T], lines: &mut Vec<String>) {
    let old: FxHashMap<&str, &T> = before.iter().map(|r| (r.id(), r)).collect();
    let new: FxHashMap<&str, &T> = after.iter().map(|r| (r.id(), r)).collect();
    for r in after {
        match old.get(r.id()) {
            None => lines.push(line(&format!(
                "* {} + {} « {} »",
                r.id(),
                T::KIND,
                cut(r.name())
            ))),
            Some(o) if *o != r => {
                let (was, now) = (object(*o), object(r));
                let keys: std::collections::BTreeSet<&String> =
                    was.keys().chain(now.keys()).collect();
                for key in keys.into_iter().filter(|k| was.get(*k) != now.get(*k)) {
                    if key == "checkins" {
                        checkins(r.id(), was.get(key), now.get(key), lines);
                        continue;
                    }
                    lines.push(line(&format!(
                        "* {} {key}: {} → {}",
                        r.id(),
                        cut(&value(was.get(key))),
                        cut(&value(now.get(key)))
                    )));
                }
            }
            Some(_) => {}
        }
    }
    for r in before.iter().filter(|r| !new.contains_key(r.id())) {
        lines.push(line(&format!(
            "* {} - {} « {} »",
            r.id(),
            T::KIND,
            cut(r.name())
        )));
    }
}

/// A record's check-ins, added or deleted (never edited): one line each,
/// `* <id> + check-in <check-in id> <health> « text »`, `* <id> - check-in …`.
fn checkins(id: &str, was: Option<&Value>, now: Option<&Value>, lines: &mut Vec<String>) {
    let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
    let (was, now) = (list(was), list(now));
    let key = |c: &Value| c.get("id").cloned();
    let said = |sign: &str, c: &Value| {
        let field = |name: &str| c.get(name).and_then(Value::as_str).unwrap_or("");
        line(&format!(
            "* {id} {sign} check-in {} {} « {} »",
            field("id"),
            field("health"),
            cut(field("text"))
        ))
    };
    for c in now.iter().filter(|c| !was.iter().any(|w| key(w) == key(c))) {
        lines.push(said("+", c));
    }
    for c in was.iter().filter(|c| !now.iter().any(|n| key(n) == key(c))) {
        lines.push(said("-", c));
    }
}

fn value(v: Option<&Value>) -> String {
    shown(v, "—")
}

/// One line: no line break, nothing that drives a terminal.
fn line(text: &str) -> String {
    crate::sanitize::inert(&text.replace(['\n', '\r'], " ")).into_owned()
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

#[cfg(test)]
mod tests {
    use super::changes;
    use crate::domain::{CheckIn, Health, Op, apply};

    #[test]
    fn a_check_in_is_a_line_of_its_record_not_a_field() {
        let before = crate::builtin::roadmap();
        let mut after = before.clone();
        let record = after.actions[0].id.clone();
        let checkin = CheckIn {
            id: "c-2014-09-16-k3f9".to_owned(),
            on: chrono::NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date"),
            by: "Camille".to_owned(),
            health: Health::AtRisk,
            text: "Secrétariat vu\nproposition fin octobre".to_owned(),
            due: None,
        };
        let op = Op::AddCheckIn {
            record: record.clone(),
            checkin,
        };
        let undo = apply(&mut after, &op).expect("applies");
        assert_eq!(
            changes(&before, &after),
            [format!(
                "* {record} + check-in c-2014-09-16-k3f9 at-risk « Secrétariat vu proposition fin octobre »"
            )]
        );
        let again = after.clone();
        apply(&mut after, &undo).expect("applies");
        assert_eq!(
            changes(&again, &after),
            [format!(
                "* {record} - check-in c-2014-09-16-k3f9 at-risk « Secrétariat vu proposition fin octobre »"
            )]
        );
    }
}
