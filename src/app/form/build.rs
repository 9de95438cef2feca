//! Forms for a new record, and for an existing one filled with what it holds.

use super::{Choice, Field, FieldName as F, Form, MAX_LINE, RecordKind};
use crate::domain::{DelegationKind, Due, MemberCategory, Place, Plan, Status, TripStatus, locate};
use crate::i18n::Catalogue;

/// Where a new record goes: the records selected when the adviser asked for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    pub horizon: Option<String>,
    pub objective: Option<String>,
    pub owner: Option<String>,
    pub trip: Option<String>,
}

fn choices<T>(items: &[T], id: impl Fn(&T) -> &str, label: impl Fn(&T) -> String) -> Vec<Choice> {
    items.iter().map(|r| Choice::new(id(r), label(r))).collect()
}

/// Every delegation, as a choice.
pub fn delegation_choices(plan: &Plan) -> Vec<Choice> {
    delegations(plan)
}

/// Every checklist template, as a choice.
pub fn template_choices(plan: &Plan) -> Vec<Choice> {
    choices(&plan.templates, |t| &t.id, |t| t.name.clone())
}

fn delegations(plan: &Plan) -> Vec<Choice> {
    choices(
        &plan.delegations,
        |d| &d.id,
        |d| {
            if d.holder.is_empty() {
                d.name.clone()
            } else {
                format!("{} — {}", d.name, d.holder)
            }
        },
    )
}

fn objectives(plan: &Plan) -> Vec<Choice> {
    choices(&plan.objectives, |o| &o.id, |o| o.title.clone())
}

pub const STATUSES: [(&str, Status); 3] = [
    ("todo", Status::Todo),
    ("in_progress", Status::InProgress),
    ("blocked", Status::Blocked),
];

fn statuses(t: &Catalogue) -> Vec<Choice> {
    let mut list: Vec<Choice> = STATUSES
        .iter()
        .map(|(id, s)| Choice::new(*id, (t.action_status)(*s)))
        .collect();
    let done = Status::Done {
        on: chrono::NaiveDate::MIN,
    };
    list.push(Choice::new("done", (t.action_status)(done)));
    list
}

pub const KINDS: [(&str, DelegationKind); 4] = [
    ("portfolio", DelegationKind::Portfolio),
    ("partner", DelegationKind::Partner),
    ("service", DelegationKind::Service),
    ("group", DelegationKind::Group),
];

pub const CATEGORIES: [(&str, MemberCategory); 4] = [
    ("elected", MemberCategory::Elected),
    ("council_group", MemberCategory::CouncilGroup),
    ("civil_society", MemberCategory::CivilSociety),
    ("staff", MemberCategory::Staff),
];

fn named<T: Copy>(list: &[(&str, T)], name: impl Fn(T) -> &'static str) -> Vec<Choice> {
    list.iter()
        .map(|(id, v)| Choice::new(*id, name(*v)))
        .collect()
}

fn id_of<T: PartialEq + Copy>(list: &[(&'static str, T)], value: T) -> &'static str {
    list.iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(id, _)| id)
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

fn form(
    kind: RecordKind,
    editing: Option<String>,
    parent: Option<String>,
    fields: Vec<Field>,
) -> Form {
    Form {
        kind,
        editing,
        seen: None,
        parent,
        fields,
        focus: 0,
        error: None,
    }
}

/// A blank form for a new record of `kind`, its choices preset from `context`.
pub fn new(kind: RecordKind, plan: &Plan, t: &Catalogue, context: &Context) -> Form {
    let fields = match kind {
        RecordKind::Horizon => vec![
            Field::text(F::Label, "", MAX_LINE),
            Field::text(F::Start, "", 40),
            Field::text(F::Deadline, "", 40),
            Field::lines(F::Notes, ""),
        ],
        RecordKind::Objective => vec![
            Field::text(F::Title, "", MAX_LINE),
            Field::one(
                F::Horizon,
                choices(&plan.horizons, |h| &h.id, |h| h.label.clone()),
                context.horizon.as_deref(),
                false,
            ),
            Field::text(F::Themes, "", MAX_LINE),
            Field::lines(F::Notes, ""),
        ],
        RecordKind::Action => vec![
            Field::text(F::Title, "", MAX_LINE),
            Field::one(F::Owner, delegations(plan), context.owner.as_deref(), false),
            Field::text(F::Due, "", 40),
            Field::one(F::Status, statuses(t), Some("todo"), false),
            Field::one(
                F::Objective,
                objectives(plan),
                context.objective.as_deref(),
                false,
            ),
            Field::many(F::CoOwners, delegations(plan), &[]),
            Field::one(F::Trip, trips(plan), None, true),
            Field::lines(F::Notes, ""),
        ],
        RecordKind::Delegation => vec![
            Field::text(F::Name, "", MAX_LINE),
            Field::text(F::Holder, "", MAX_LINE),
            Field::text(F::Role, "", MAX_LINE),
            Field::one(
                F::Kind,
                named(&KINDS, t.delegation_kind),
                Some("portfolio"),
                false,
            ),
        ],
        RecordKind::Trip => vec![
            Field::text(F::Destination, "", MAX_LINE),
            Field::text(F::Country, "", MAX_LINE),
            Field::text(F::Start, "", 40),
            Field::text(F::End, "", 40),
            Field::one(
                F::Status,
                named(&TripStatus::NAMED, t.trip_status),
                Some("considered"),
                false,
            ),
            Field::lines(F::Purpose, ""),
            Field::many(F::Objectives, objectives(plan), &[]),
            Field::one(
                F::Template,
                choices(&plan.templates, |tpl| &tpl.id, |tpl| tpl.name.clone()),
                plan.templates.first().map(|tpl| tpl.id.as_str()),
                true,
            ),
        ],
        RecordKind::Member => vec![
            Field::text(F::Name, "", MAX_LINE),
            Field::one(
                F::Category,
                named(&CATEGORIES, t.member_category),
                Some("elected"),
                false,
            ),
            Field::text(F::Role, "", MAX_LINE),
        ],
        RecordKind::Item => vec![
            Field::text(F::Label, "", MAX_LINE),
            Field::one(F::Owner, delegations(plan), context.owner.as_deref(), true),
            Field::text(F::Due, "", 40),
            Field::lines(F::Notes, ""),
        ],
        // The filter and the check-in have their own forms (app/filter.rs, form/checkin.rs).
        RecordKind::Filter | RecordKind::CheckIn => Vec::new(),
    };
    let parent = matches!(kind, RecordKind::Member | RecordKind::Item)
        .then(|| context.trip.clone())
        .flatten();
    form(kind, None, parent, fields)
}

fn trips(plan: &Plan) -> Vec<Choice> {
    choices(&plan.trips, |t| &t.id, |t| t.destination.clone())
}

/// A form holding what the record with this ID holds now.
#[allow(clippy::too_many_lines)] // one arm per kind of record, each a list of fields
pub fn edit(plan: &Plan, t: &Catalogue, id: &str) -> Option<Form> {
    let editing = Some(id.to_owned());
    let place = locate(plan, id)?;
    let mut f = match place {
        Place::Horizon(i) => {
            let h = &plan.horizons[i];
            form(
                RecordKind::Horizon,
                editing,
                None,
                vec![
                    Field::text(F::Label, &h.label, MAX_LINE),
                    Field::text(F::Start, &date(h.start), 40),
                    Field::text(F::Deadline, &date(h.deadline), 40),
                    Field::lines(F::Notes, &h.notes),
                ],
            )
        }
        Place::Objective(i) => {
            let o = &plan.objectives[i];
            let horizons = choices(&plan.horizons, |h| &h.id, |h| h.label.clone());
            form(
                RecordKind::Objective,
                editing,
                None,
                vec![
                    Field::text(F::Title, &o.title, MAX_LINE),
                    Field::one(F::Horizon, horizons, Some(&o.horizon), false),
                    Field::text(F::Themes, &o.themes.join(", "), MAX_LINE),
                    Field::lines(F::Notes, &o.notes),
                ],
            )
        }
        Place::Action(i) => {
            let a = &plan.actions[i];
            let status = match a.status {
                Status::Done { .. } => "done",
                s => id_of(&STATUSES, s),
            };
            form(
                RecordKind::Action,
                editing,
                None,
                vec![
                    Field::text(F::Title, &a.title, MAX_LINE),
                    Field::one(F::Owner, delegations(plan), Some(&a.owner), false),
                    Field::text(F::Due, &date(a.due), 40),
                    Field::one(F::Status, statuses(t), Some(status), false),
                    Field::one(F::Objective, objectives(plan), Some(&a.objective), false),
                    Field::many(F::CoOwners, delegations(plan), &a.co_owners),
                    Field::one(F::Trip, trips(plan), a.trip.as_deref(), true),
                    Field::lines(F::Notes, &a.notes),
                ],
            )
        }
        Place::Delegation(i) => {
            let d = &plan.delegations[i];
            form(
                RecordKind::Delegation,
                editing,
                None,
                vec![
                    Field::text(F::Name, &d.name, MAX_LINE),
                    Field::text(F::Holder, &d.holder, MAX_LINE),
                    Field::text(F::Role, &d.role, MAX_LINE),
                    Field::one(
                        F::Kind,
                        named(&KINDS, t.delegation_kind),
                        Some(id_of(&KINDS, d.kind)),
                        false,
                    ),
                ],
            )
        }
        Place::Trip(i) => {
            let trip = &plan.trips[i];
            let statuses = named(&TripStatus::NAMED, t.trip_status);
            form(
                RecordKind::Trip,
                editing,
                None,
                vec![
                    Field::text(F::Destination, &trip.destination, MAX_LINE),
                    Field::text(F::Country, &trip.country, MAX_LINE),
                    Field::text(F::Start, &date(trip.start), 40),
                    Field::text(F::End, &date(trip.end), 40),
                    Field::one(
                        F::Status,
                        statuses,
                        Some(id_of(&TripStatus::NAMED, trip.status)),
                        false,
                    ),
                    Field::lines(F::Purpose, &trip.purpose),
                    Field::many(F::Objectives, objectives(plan), &trip.objectives),
                ],
            )
        }
        Place::Member(tr, i) => {
            let m = &plan.trips[tr].members[i];
            let categories = named(&CATEGORIES, t.member_category);
            let parent = Some(plan.trips[tr].id.clone());
            form(
                RecordKind::Member,
                editing,
                parent,
                vec![
                    Field::text(F::Name, &m.name, MAX_LINE),
                    Field::one(
                        F::Category,
                        categories,
                        Some(id_of(&CATEGORIES, m.category)),
                        false,
                    ),
                    Field::text(F::Role, &m.role, MAX_LINE),
                ],
            )
        }
        Place::Item(tr, i) => {
            let item = &plan.trips[tr].checklist[i];
            let due = match item.due {
                Some(Due::DaysBefore(n)) => format!("J-{n}"),
                Some(Due::On(d)) => date(Some(d)),
                None => String::new(),
            };
            let parent = Some(plan.trips[tr].id.clone());
            form(
                RecordKind::Item,
                editing,
                parent,
                vec![
                    Field::text(F::Label, &item.label, MAX_LINE),
                    Field::one(F::Owner, delegations(plan), item.owner.as_deref(), true),
                    Field::text(F::Due, &due, 40),
                    Field::lines(F::Notes, &item.notes),
                ],
            )
        }
        Place::Template(_) => return None,
    };
    f.seen = Some(crate::domain::record_at(plan, place));
    Some(f)
}
