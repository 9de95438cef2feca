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

/// The records of a plan in the order the index holds their texts: one slot a record, but
/// for a trip's members and checklist items, which share one slot after every trip's own.
pub(super) fn slots(plan: &Plan) -> usize {
    plan.horizons.len()
        + plan.objectives.len()
        + plan.actions.len()
        + plan.delegations.len()
        + 2 * plan.trips.len()
        + plan.templates.len()
}

/// Every searchable text of the records in slot `slot` (see [`slots`]), main text first.
pub(super) fn slot_fields<'p>(
    plan: &'p Plan,
    slot: usize,
    f: &mut impl FnMut(Target, Field, &'p str),
) {
    let mut s = slot;
    if let Some(h) = plan.horizons.get(s) {
        f(Target::Horizon(s), Field::Label, &h.label);
        f(Target::Horizon(s), Field::Notes, &h.notes);
        return;
    }
    s -= plan.horizons.len();
    if let Some(o) = plan.objectives.get(s) {
        f(Target::Objective(s), Field::Title, &o.title);
        for (t, theme) in o.themes.iter().enumerate() {
            f(Target::Objective(s), Field::Theme(t), theme);
        }
        f(Target::Objective(s), Field::Notes, &o.notes);
        return;
    }
    s -= plan.objectives.len();
    if let Some(a) = plan.actions.get(s) {
        f(Target::Action(s), Field::Title, &a.title);
        f(Target::Action(s), Field::Notes, &a.notes);
        return;
    }
    s -= plan.actions.len();
    if let Some(d) = plan.delegations.get(s) {
        f(Target::Delegation(s), Field::Name, &d.name);
        f(Target::Delegation(s), Field::Holder, &d.holder);
        f(Target::Delegation(s), Field::Role, &d.role);
        return;
    }
    s -= plan.delegations.len();
    if let Some(t) = plan.trips.get(s) {
        f(Target::Trip(s), Field::Destination, &t.destination);
        f(Target::Trip(s), Field::Country, &t.country);
        f(Target::Trip(s), Field::Purpose, &t.purpose);
        f(Target::Trip(s), Field::Notes, &t.notes);
        return;
    }
    s -= plan.trips.len();
    if let Some(t) = plan.trips.get(s) {
        for (member, m) in t.members.iter().enumerate() {
            f(Target::Member { trip: s, member }, Field::Name, &m.name);
            f(Target::Member { trip: s, member }, Field::Role, &m.role);
        }
        for (item, c) in t.checklist.iter().enumerate() {
            f(Target::Item { trip: s, item }, Field::Label, &c.label);
        }
        return;
    }
    s -= plan.trips.len();
    if let Some(t) = plan.templates.get(s) {
        f(Target::Template(s), Field::Name, &t.name);
    }
}

/// The slot of a record that has one of its own (not a trip's member or item).
pub(super) fn slot_of(plan: &Plan, target: Target) -> Option<usize> {
    let before_trips = plan.horizons.len() + plan.objectives.len() + plan.actions.len();
    match target {
        Target::Horizon(i) => Some(i),
        Target::Objective(i) => Some(plan.horizons.len() + i),
        Target::Action(i) => Some(plan.horizons.len() + plan.objectives.len() + i),
        Target::Delegation(i) => Some(before_trips + i),
        Target::Template(i) => {
            Some(before_trips + plan.delegations.len() + 2 * plan.trips.len() + i)
        }
        Target::Trip(_) | Target::Member { .. } | Target::Item { .. } => None,
    }
}

/// Every searchable text of the plan, record by record, main text first.
#[cfg(test)]
pub(super) fn each_field<'p>(plan: &'p Plan, mut f: impl FnMut(Target, Field, &'p str)) {
    for slot in 0..slots(plan) {
        slot_fields(plan, slot, &mut f);
    }
}
