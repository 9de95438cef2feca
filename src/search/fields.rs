//! Which texts of which records are searched, and the way back from a hit to its text.

use super::{Field, Target};
use crate::domain::Plan;

/// The text of `field` in the record `target` of `plan`, as stored; `None` when the plan
/// has no such record or field (the plan changed since the search).
pub fn field_text(plan: &Plan, target: Target, field: Field) -> Option<&str> {
    let text = match (target, field) {
        (Target::Horizon(i), Field::Label) => &plan.horizons.get(i)?.label,
        (Target::Horizon(i), Field::Notes) => &plan.horizons.get(i)?.notes,
        (Target::Objective(i), Field::Title) => &plan.objectives.get(i)?.title,
        (Target::Objective(i), Field::Theme(t)) => plan.objectives.get(i)?.themes.get(t)?,
        (Target::Objective(i), Field::Notes) => &plan.objectives.get(i)?.notes,
        (Target::Action(i), Field::Title) => &plan.actions.get(i)?.title,
        (Target::Action(i), Field::Notes) => &plan.actions.get(i)?.notes,
        (Target::Delegation(i), Field::Name) => &plan.delegations.get(i)?.name,
        (Target::Delegation(i), Field::Holder) => &plan.delegations.get(i)?.holder,
        (Target::Delegation(i), Field::Role) => &plan.delegations.get(i)?.role,
        (Target::Trip(i), Field::Destination) => &plan.trips.get(i)?.destination,
        (Target::Trip(i), Field::Country) => &plan.trips.get(i)?.country,
        (Target::Trip(i), Field::Purpose) => &plan.trips.get(i)?.purpose,
        (Target::Trip(i), Field::Notes) => &plan.trips.get(i)?.notes,
        (Target::Member { trip, member }, Field::Name) => {
            &plan.trips.get(trip)?.members.get(member)?.name
        }
        (Target::Member { trip, member }, Field::Role) => {
            &plan.trips.get(trip)?.members.get(member)?.role
        }
        (Target::Item { trip, item }, Field::Label) => {
            &plan.trips.get(trip)?.checklist.get(item)?.label
        }
        (Target::Template(i), Field::Name) => &plan.templates.get(i)?.name,
        _ => return None,
    };
    Some(text)
}

/// Every searchable text of the plan, record by record, main text first.
pub(super) fn each_field<'p>(plan: &'p Plan, mut f: impl FnMut(Target, Field, &'p str)) {
    for (i, h) in plan.horizons.iter().enumerate() {
        f(Target::Horizon(i), Field::Label, &h.label);
        f(Target::Horizon(i), Field::Notes, &h.notes);
    }
    for (i, o) in plan.objectives.iter().enumerate() {
        f(Target::Objective(i), Field::Title, &o.title);
        for (t, theme) in o.themes.iter().enumerate() {
            f(Target::Objective(i), Field::Theme(t), theme);
        }
        f(Target::Objective(i), Field::Notes, &o.notes);
    }
    for (i, a) in plan.actions.iter().enumerate() {
        f(Target::Action(i), Field::Title, &a.title);
        f(Target::Action(i), Field::Notes, &a.notes);
    }
    for (i, d) in plan.delegations.iter().enumerate() {
        f(Target::Delegation(i), Field::Name, &d.name);
        f(Target::Delegation(i), Field::Holder, &d.holder);
        f(Target::Delegation(i), Field::Role, &d.role);
    }
    for (i, t) in plan.trips.iter().enumerate() {
        f(Target::Trip(i), Field::Destination, &t.destination);
        f(Target::Trip(i), Field::Country, &t.country);
        f(Target::Trip(i), Field::Purpose, &t.purpose);
        f(Target::Trip(i), Field::Notes, &t.notes);
    }
    for (trip, t) in plan.trips.iter().enumerate() {
        for (member, m) in t.members.iter().enumerate() {
            f(Target::Member { trip, member }, Field::Name, &m.name);
            f(Target::Member { trip, member }, Field::Role, &m.role);
        }
        for (item, c) in t.checklist.iter().enumerate() {
            f(Target::Item { trip, item }, Field::Label, &c.label);
        }
    }
    for (i, t) in plan.templates.iter().enumerate() {
        f(Target::Template(i), Field::Name, &t.name);
    }
}
