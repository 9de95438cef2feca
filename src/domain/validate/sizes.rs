//! Texts too long to be meant: a whole file pasted into a title slows every load, save and
//! frame, and hides the roadmap it is in.

use super::{Checker, Loc, Problem};
use crate::domain::Plan;

/// The longest one-line text (a title, a label, a name…), in characters: ten times the
/// longest the built-in roadmap holds is still a paragraph, and more is a paste gone wrong.
pub const MAX_LINE_CHARS: usize = 2_000;
/// The longest notes or purpose, in bytes (200 KB: a hundred pages of plain text). Beyond it a
/// file is most likely something else pasted in, which would slow every load and save.
pub const MAX_TEXT_BYTES: usize = 200_000;

/// The number of characters of `text` when there are too many.
fn too_many_chars(text: &str) -> Option<usize> {
    // Characters are only counted when the bytes could be too many.
    if text.len() <= MAX_LINE_CHARS {
        return None;
    }
    Some(text.chars().count()).filter(|&n| n > MAX_LINE_CHARS)
}

fn too_long(chars: usize) -> String {
    format!("{chars} characters long, more than {MAX_LINE_CHARS}")
}

impl Checker<'_> {
    /// A one-line text longer than [`MAX_LINE_CHARS`].
    fn line(&mut self, loc: Loc, field: &str, id: &str, text: &str) {
        if let Some(chars) = too_many_chars(text) {
            self.report(loc, field, id, too_long(chars));
        }
    }

    /// Notes or a purpose longer than [`MAX_TEXT_BYTES`].
    fn long(&mut self, loc: Loc, field: &str, id: &str, text: &str) {
        if text.len() > MAX_TEXT_BYTES {
            let message = format!(
                "{} bytes long, more than {MAX_TEXT_BYTES} (200 KB)",
                text.len()
            );
            self.report(loc, field, id, message);
        }
    }
}

/// Every one-line text and every note of the plan, checked for length.
pub(super) fn check(plan: &Plan, c: &mut Checker<'_>) {
    if let Some(chars) = too_many_chars(&plan.title) {
        c.problems.push(Problem {
            path: "title".to_owned(),
            id: None,
            message: too_long(chars),
        });
    }
    for (i, h) in plan.horizons.iter().enumerate() {
        let loc = Loc::top("horizons", i);
        c.line(loc, "label", &h.id, &h.label);
        c.long(loc, "notes", &h.id, &h.notes);
    }
    for (i, o) in plan.objectives.iter().enumerate() {
        let loc = Loc::top("objectives", i);
        c.line(loc, "title", &o.id, &o.title);
        for (j, theme) in o.themes.iter().enumerate() {
            // The path is only written for a theme at fault.
            if let Some(chars) = too_many_chars(theme) {
                c.report(loc, &format!("themes[{j}]"), &o.id, too_long(chars));
            }
        }
        c.long(loc, "notes", &o.id, &o.notes);
    }
    for (i, a) in plan.actions.iter().enumerate() {
        let loc = Loc::top("actions", i);
        c.line(loc, "title", &a.id, &a.title);
        c.long(loc, "notes", &a.id, &a.notes);
    }
    for (i, d) in plan.delegations.iter().enumerate() {
        let loc = Loc::top("delegations", i);
        c.line(loc, "name", &d.id, &d.name);
        c.line(loc, "holder", &d.id, &d.holder);
        c.line(loc, "role", &d.id, &d.role);
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        let loc = Loc::top("trips", t);
        c.line(loc, "destination", &trip.id, &trip.destination);
        c.line(loc, "country", &trip.id, &trip.country);
        c.long(loc, "purpose", &trip.id, &trip.purpose);
        c.long(loc, "notes", &trip.id, &trip.notes);
        for (i, m) in trip.members.iter().enumerate() {
            let at = loc.inner("members", i);
            c.line(at, "name", &m.id, &m.name);
            c.line(at, "role", &m.id, &m.role);
        }
        for (i, item) in trip.checklist.iter().enumerate() {
            let at = loc.inner("checklist", i);
            c.line(at, "label", &item.id, &item.label);
            c.long(at, "notes", &item.id, &item.notes);
        }
    }
    for (i, tpl) in plan.templates.iter().enumerate() {
        let loc = Loc::top("templates", i);
        c.line(loc, "name", &tpl.id, &tpl.name);
        for (j, item) in tpl.items.iter().enumerate() {
            // Template items carry no ID: the template's locates them.
            c.line(loc.inner("items", j), "label", &tpl.id, &item.label);
        }
    }
}
