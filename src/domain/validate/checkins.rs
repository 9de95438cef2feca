//! Check-ins and the threshold that says how long they stay fresh.

use rustc_hash::FxHashSet as HashSet;

use super::{Checker, Loc, MAX_LINE_CHARS, MAX_TEXT_BYTES, Problem};
use crate::domain::model::{CHECKIN_WEEKS, CheckIn, Plan};

/// The plan's threshold, and every check-in of every action and objective: an ID of its own
/// within its record, dates within reason, texts of a sane length.
pub(super) fn check(plan: &Plan, c: &mut Checker<'_>) {
    if !CHECKIN_WEEKS.contains(&plan.checkin_weeks) {
        c.problems.push(Problem {
            path: "checkin_weeks".to_owned(),
            id: None,
            message: format!(
                "{} weeks is outside {}–{}",
                plan.checkin_weeks,
                CHECKIN_WEEKS.start(),
                CHECKIN_WEEKS.end()
            ),
        });
    }
    for (i, o) in plan.objectives.iter().enumerate() {
        record(c, Loc::top("objectives", i), &o.checkins);
    }
    for (i, a) in plan.actions.iter().enumerate() {
        record(c, Loc::top("actions", i), &a.checkins);
    }
}

fn record(c: &mut Checker<'_>, loc: Loc, checkins: &[CheckIn]) {
    if checkins.is_empty() {
        return;
    }
    // A record holds a handful: a set only for many (reading 10,000 actions' check-ins
    // builds none).
    let mut seen: Option<HashSet<&str>> = (checkins.len() > 16).then(HashSet::default);
    for (j, checkin) in checkins.iter().enumerate() {
        let at = loc.inner("checkins", j);
        let id = checkin.id.as_str();
        let again = match &mut seen {
            Some(set) => !set.insert(id),
            None => checkins[..j].iter().any(|c| c.id == id),
        };
        if id.trim().is_empty() {
            c.report(at, "id", id, "empty id".to_owned());
        } else if again {
            c.report(at, "id", id, format!("duplicate check-in id {id:?}"));
        }
        c.date(at, "on", id, Some(checkin.on));
        c.date(at, "due", id, checkin.due);
        if checkin.by.chars().count() > MAX_LINE_CHARS {
            c.report(
                at,
                "by",
                id,
                format!("more than {MAX_LINE_CHARS} characters"),
            );
        }
        if checkin.text.len() > MAX_TEXT_BYTES {
            let message = format!(
                "{} bytes long, more than {MAX_TEXT_BYTES}",
                checkin.text.len()
            );
            c.report(at, "text", id, message);
        }
    }
}
