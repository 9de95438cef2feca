//! A filled form becomes an operation, or errors shown beside the fields that caused them.

use chrono::NaiveDate;

use super::build::{CATEGORIES, KINDS, STATUSES};
use super::{FieldName as F, Form, RecordKind};
use crate::dates::{parse_date, parse_due};
use crate::domain::{
    Action, ChecklistItem, Delegation, Horizon, MAX_LINE_CHARS, MAX_TEXT_BYTES, Member, Objective,
    Op, Place, Plan, Record, Status, Trip, TripStatus, locate, new_id,
};
use crate::i18n::Catalogue;
use crate::sanitize::refused_in_input;

/// Reads the form; on success the operation to apply, else the form with its errors set.
pub fn submit(form: &mut Form, plan: &Plan, t: &Catalogue, today: NaiveDate) -> Option<Op> {
    let mut reader = Reader {
        form,
        t,
        today,
        ok: true,
    };
    let op = reader.op(plan);
    if reader.ok { op } else { None }
}

struct Reader<'f> {
    form: &'f mut Form,
    t: &'f Catalogue,
    today: NaiveDate,
    ok: bool,
}

impl Reader<'_> {
    fn fail(&mut self, name: F, message: String) {
        if let Some(field) = self.form.field_mut(name) {
            field.error = Some(message);
        }
        self.ok = false;
    }

    /// Text as typed, trimmed; refused when it holds control characters, or is longer than a
    /// store may hold (which the field's own limit allows when the store was written by hand).
    fn text(&mut self, name: F) -> String {
        let text = self
            .form
            .field(name)
            .map(|f| f.as_text().trim().to_owned())
            .unwrap_or_default();
        let lines = matches!(name, F::Notes | F::Purpose);
        if let Some(c) = refused_in_input(&text, lines) {
            self.fail(name, (self.t.form_refused)(c));
        }
        let (len, most, bytes) = match name {
            F::Notes | F::Purpose => (text.len(), MAX_TEXT_BYTES, true),
            _ => (text.chars().count(), MAX_LINE_CHARS, false),
        };
        if len > most {
            self.fail(name, (self.t.form_too_long)(len, most, bytes));
        }
        text
    }

    fn required(&mut self, name: F) -> String {
        let text = self.text(name);
        if text.is_empty() {
            self.fail(name, self.t.form_required.to_owned());
        }
        text
    }

    fn date(&mut self, name: F) -> Option<NaiveDate> {
        let text = self.text(name);
        if text.is_empty() {
            return None;
        }
        match parse_date(&text, self.today) {
            Ok(day) => Some(day),
            Err(e) => {
                self.fail(name, e.message(self.t));
                None
            }
        }
    }

    fn chosen(&self, name: F) -> Option<String> {
        self.form
            .field(name)
            .and_then(|f| f.chosen())
            .map(str::to_owned)
    }

    fn one(&mut self, name: F) -> String {
        let chosen = self.chosen(name);
        if chosen.is_none() {
            self.fail(name, self.t.form_required.to_owned());
        }
        chosen.unwrap_or_default()
    }

    fn many(&self, name: F) -> Vec<String> {
        self.form
            .field(name)
            .map(super::Field::chosen_many)
            .unwrap_or_default()
    }

    fn in_order(&mut self, name: F, from: Option<NaiveDate>, to: Option<NaiveDate>) {
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            self.fail(name, self.t.form_before_start.to_owned());
        }
    }

    fn op(&mut self, plan: &Plan) -> Option<Op> {
        let editing = self.form.editing.clone();
        let existing = editing.as_deref().and_then(|id| locate(plan, id));
        if editing.is_some() && existing.is_none() {
            // Deleted by another instance while the form was open: saying so beats bringing
            // it back under another ID.
            self.form.error = Some(self.t.form_record_gone.to_owned());
            self.ok = false;
            return None;
        }
        let op = self.put(plan, existing)?;
        Some(match (op, self.form.seen.clone()) {
            (Op::Put { mut record, .. }, Some(before)) if existing.is_some() => {
                carry_over(&mut record, &before);
                Op::Edit {
                    before,
                    after: record,
                }
            }
            (op, _) => op,
        })
    }

    fn put(&mut self, plan: &Plan, existing: Option<Place>) -> Option<Op> {
        let record = match self.form.kind {
            RecordKind::Horizon => Some(self.horizon(plan, existing)),
            RecordKind::Objective => Some(self.objective(plan, existing)),
            RecordKind::Action => Some(self.action(plan, existing)),
            RecordKind::Delegation => self.delegation(plan, existing),
            RecordKind::Trip => return self.trip(plan, existing),
            RecordKind::Member => self.member(plan, existing),
            RecordKind::Item => self.item(plan, existing),
            RecordKind::Filter | RecordKind::CheckIn => None,
        }?;
        Some(Op::Put { record, at: None })
    }

    fn horizon(&mut self, plan: &Plan, existing: Option<Place>) -> Record {
        let label = self.required(F::Label);
        let start = self.date(F::Start);
        let deadline = self.date(F::Deadline);
        self.in_order(F::Deadline, start, deadline);
        let notes = self.text(F::Notes);
        let id = match existing {
            Some(Place::Horizon(i)) => plan.horizons[i].id.clone(),
            _ => new_id(plan, "h-", &label),
        };
        Record::Horizon(Horizon {
            source: None,
            id,
            label,
            start,
            deadline,
            notes,
        })
    }

    fn objective(&mut self, plan: &Plan, existing: Option<Place>) -> Record {
        let title = self.required(F::Title);
        let horizon = self.one(F::Horizon);
        let themes = self
            .text(F::Themes)
            .split(',')
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        let notes = self.text(F::Notes);
        let id = match existing {
            Some(Place::Objective(i)) => plan.objectives[i].id.clone(),
            _ => new_id(plan, "o-", &title),
        };
        Record::Objective(Objective {
            source: None,
            id,
            horizon,
            title,
            themes,
            notes,
            checkins: Vec::new(),
        })
    }

    fn action(&mut self, plan: &Plan, existing: Option<Place>) -> Record {
        let title = self.required(F::Title);
        let owner = self.one(F::Owner);
        let due = self.date(F::Due);
        let objective = self.one(F::Objective);
        let old = match existing {
            Some(Place::Action(i)) => Some(&plan.actions[i]),
            _ => None,
        };
        let old_co_owners = old.map_or(&[][..], |a| &a.co_owners);
        let mut co_owners = keep_order(old_co_owners, self.many(F::CoOwners));
        co_owners.retain(|c| *c != owner);
        let trip = self.chosen(F::Trip);
        let notes = self.text(F::Notes);
        let status = match self.chosen(F::Status).as_deref() {
            // A done action keeps the day it was done; one done now is done today.
            Some("done") => old
                .map(|a| a.status)
                .filter(|s| s.is_done())
                .unwrap_or(Status::Done { on: self.today }),
            Some(id) => STATUSES
                .iter()
                .find(|(s, _)| *s == id)
                .map_or(Status::Todo, |(_, s)| *s),
            None => Status::Todo,
        };
        let id = old.map_or_else(|| new_id(plan, "a-", &title), |a| a.id.clone());
        Record::Action(Action {
            source: None,
            start: None,
            id,
            objective,
            title,
            owner,
            co_owners,
            due,
            status,
            notes,
            trip,
            checkins: Vec::new(),
        })
    }

    fn delegation(&mut self, plan: &Plan, existing: Option<Place>) -> Option<Record> {
        let name = self.required(F::Name);
        let holder = self.text(F::Holder);
        let role = self.text(F::Role);
        let kind = self.chosen(F::Kind);
        let kind = KINDS
            .iter()
            .find(|(k, _)| Some(*k) == kind.as_deref())
            .map(|(_, k)| *k)?;
        let id = match existing {
            Some(Place::Delegation(i)) => plan.delegations[i].id.clone(),
            _ => new_id(plan, "d-", &name),
        };
        Some(Record::Delegation(Delegation {
            source: None,
            id,
            name,
            holder,
            role,
            kind,
        }))
    }

    fn trip(&mut self, plan: &Plan, existing: Option<Place>) -> Option<Op> {
        let destination = self.required(F::Destination);
        let country = self.text(F::Country);
        let start = self.date(F::Start);
        let end = self.date(F::End);
        self.in_order(F::End, start, end);
        if end.is_some() && start.is_none() {
            self.fail(F::Start, self.t.form_required.to_owned());
        }
        let status = self.chosen(F::Status);
        let status = TripStatus::NAMED
            .iter()
            .find(|(s, _)| Some(*s) == status.as_deref())
            .map(|(_, s)| *s)?;
        let purpose = self.text(F::Purpose);
        let objectives = self.many(F::Objectives);
        let trip = if let Some(Place::Trip(i)) = existing {
            let objectives = keep_order(&plan.trips[i].objectives, objectives);
            Trip {
                destination,
                country,
                start,
                end,
                status,
                purpose,
                objectives,
                ..plan.trips[i].clone()
            }
        } else {
            let id = new_id(plan, "", &destination);
            let checklist = self
                .chosen(F::Template)
                .and_then(|tpl| plan.templates.iter().find(|t| t.id == tpl))
                .map(|tpl| crate::domain::from_template(plan, &id, tpl).items)
                .unwrap_or_default();
            Trip {
                source: None,
                id,
                destination,
                country,
                start,
                end,
                status,
                purpose,
                objectives,
                members: Vec::new(),
                checklist,
                notes: String::new(),
            }
        };
        Some(Op::Put {
            record: Record::Trip(trip),
            at: None,
        })
    }

    fn member(&mut self, plan: &Plan, existing: Option<Place>) -> Option<Record> {
        let name = self.required(F::Name);
        let category = self.chosen(F::Category);
        let category = CATEGORIES
            .iter()
            .find(|(c, _)| Some(*c) == category.as_deref())
            .map(|(_, c)| *c)?;
        let role = self.text(F::Role);
        let trip = self.form.parent.clone()?;
        let id = match existing {
            Some(Place::Member(t, i)) => plan.trips[t].members[i].id.clone(),
            _ => new_id(plan, &format!("{trip}."), &name),
        };
        Some(Record::Member {
            trip,
            member: Member {
                source: None,
                id,
                name,
                category,
                role,
            },
        })
    }

    fn item(&mut self, plan: &Plan, existing: Option<Place>) -> Option<Record> {
        let label = self.required(F::Label);
        let owner = self.chosen(F::Owner);
        let typed = self.text(F::Due);
        let due = if typed.is_empty() {
            None
        } else {
            match parse_due(&typed, self.today) {
                Ok(due) => Some(due),
                Err(e) => {
                    self.fail(F::Due, e.message(self.t));
                    None
                }
            }
        };
        let notes = self.text(F::Notes);
        let trip = self.form.parent.clone()?;
        let (id, done_on) = match existing {
            Some(Place::Item(t, i)) => {
                let old = &plan.trips[t].checklist[i];
                (old.id.clone(), old.done_on)
            }
            _ => (new_id(plan, &format!("{trip}."), &label), None),
        };
        Some(Record::Item {
            trip,
            item: ChecklistItem {
                notes,
                source: None,
                id,
                label,
                owner,
                due,
                done_on,
            },
        })
    }
}

/// The IDs chosen in a multiple choice (which lists them in plan order), those the record
/// already had first and in their order: saving a form whose choice was not touched keeps it.
fn keep_order(old: &[String], chosen: Vec<String>) -> Vec<String> {
    let mut ids: Vec<String> = old
        .iter()
        .filter(|id| chosen.contains(id))
        .cloned()
        .collect();
    ids.extend(chosen.into_iter().filter(|id| !old.contains(id)));
    ids
}

/// A template's items as a trip's checklist, with IDs under the trip's.
/// What the form does not show stays as the adviser saw it: where the record comes from,
/// an action's start, and the check-ins of an action or objective (an edit never adds or
/// deletes one: a colleague's, added meanwhile, stays).
fn carry_over(record: &mut Record, seen: &Record) {
    match (record, seen) {
        (Record::Horizon(r), Record::Horizon(s)) => r.source.clone_from(&s.source),
        (Record::Objective(r), Record::Objective(s)) => {
            r.source.clone_from(&s.source);
            r.checkins.clone_from(&s.checkins);
        }
        (Record::Action(r), Record::Action(s)) => {
            r.source.clone_from(&s.source);
            r.start = s.start;
            r.checkins.clone_from(&s.checkins);
        }
        (Record::Delegation(r), Record::Delegation(s)) => r.source.clone_from(&s.source),
        (Record::Trip(r), Record::Trip(s)) => r.source.clone_from(&s.source),
        (Record::Template(r), Record::Template(s)) => r.source.clone_from(&s.source),
        (Record::Member { member: r, .. }, Record::Member { member: s, .. }) => {
            r.source.clone_from(&s.source);
        }
        (Record::Item { item: r, .. }, Record::Item { item: s, .. }) => {
            r.source.clone_from(&s.source);
        }
        _ => {}
    }
}
