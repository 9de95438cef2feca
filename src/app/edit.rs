//! Adding, editing, deleting, moving and undoing: every change goes through `change`, which
//! applies an operation, records its inverse and asks for a save.

use super::form::{self, FieldName, RecordKind, submit};
use super::jump;
use super::model::{Confirm, Mode, Model, NoticeKind, Pick, PickFor};
use super::msg::{Cmd, Msg};
use super::selection::{Selected, new_here, selected};
use crate::domain::{Carry, Op, Place, Record, locate};
use crate::sanitize::shown;

/// Applies an operation here at once, remembers how to undo it, and asks for a save.
pub fn change(model: &mut Model, op: Op, label: String) -> Cmd {
    let known = model.conflicts.len();
    match model.apply(&op) {
        Ok(inverse) => {
            model.history.record(inverse, label.clone());
            model.pending.push(op);
            let label = with_conflicts(model, label, known);
            model.notify(NoticeKind::Info, label);
            Cmd::Save
        }
        Err(e) => {
            model.notify(NoticeKind::Error, crate::i18n::op_error(model.lang, &e));
            Cmd::None
        }
    }
}

pub fn undo(model: &mut Model, redo: bool) -> Cmd {
    let t = model.t();
    let step = if redo {
        model.history.take_redo()
    } else {
        model.history.take_undo()
    };
    let Some(step) = step else {
        let text = if redo {
            t.nothing_to_redo
        } else {
            t.nothing_to_undo
        };
        model.notify(NoticeKind::Info, text.to_owned());
        return Cmd::None;
    };
    let known = model.conflicts.len();
    match model.apply(&step.op) {
        Ok(inverse) => {
            let text = if redo {
                (t.redone)(&step.label)
            } else {
                (t.undone)(&step.label)
            };
            // A field changed by someone else since keeps their value: the undo says so.
            let text = with_conflicts(model, text, known);
            if redo {
                model.history.redone(inverse, step.label);
            } else {
                model.history.undone(inverse, step.label);
            }
            model.pending.push(step.op);
            model.notify(NoticeKind::Info, text);
            Cmd::Save
        }
        Err(e) => {
            // Another instance changed the record since: the step no longer applies.
            model.notify(NoticeKind::Error, crate::i18n::op_error(model.lang, &e));
            Cmd::None
        }
    }
}

/// `text`, and how many conflicts the change just added beyond the `known` ones.
fn with_conflicts(model: &Model, text: String, known: usize) -> String {
    let added = model.conflicts.len().saturating_sub(known);
    if added == 0 {
        text
    } else {
        format!("{text} · {}", (model.t().conflicts)(added))
    }
}

/// What kind of record `id` is, for the words that agree with it ("faite", "supprimé").
fn kind_of(model: &Model, id: &str) -> RecordKind {
    match locate(&model.plan, id) {
        Some(Place::Horizon(_)) => RecordKind::Horizon,
        Some(Place::Objective(_)) => RecordKind::Objective,
        Some(Place::Action(_)) => RecordKind::Action,
        Some(Place::Delegation(_)) => RecordKind::Delegation,
        Some(Place::Trip(_)) => RecordKind::Trip,
        Some(Place::Member(..)) => RecordKind::Member,
        // A template ("un modèle") agrees like an item ("un point").
        Some(Place::Item(..) | Place::Template(_)) | None => RecordKind::Item,
    }
}

/// The record's own name, made inert, for questions and notices.
fn name_of(model: &Model, id: &str) -> String {
    let plan = &model.plan;
    let text = match locate(plan, id) {
        Some(Place::Horizon(i)) => &plan.horizons[i].label,
        Some(Place::Objective(i)) => &plan.objectives[i].title,
        Some(Place::Action(i)) => &plan.actions[i].title,
        Some(Place::Delegation(i)) => &plan.delegations[i].name,
        Some(Place::Trip(i)) => &plan.trips[i].destination,
        Some(Place::Member(t, i)) => &plan.trips[t].members[i].name,
        Some(Place::Item(t, i)) => &plan.trips[t].checklist[i].label,
        Some(Place::Template(i)) => &plan.templates[i].name,
        None => id,
    };
    shown(text).into_owned()
}

pub fn add(model: &mut Model) -> Cmd {
    let (kind, context) = new_here(model);
    if matches!(kind, RecordKind::Member | RecordKind::Item) && context.trip.is_none() {
        return Cmd::None;
    }
    let form = form::new(kind, &model.plan, model.t(), &context);
    model.mode = Mode::Form(Box::new(form));
    Cmd::None
}

pub fn edit(model: &mut Model, focus: Option<FieldName>) -> Cmd {
    let Some(Selected { id, .. }) = selected(model) else {
        return Cmd::None;
    };
    if let Some(mut form) = form::edit(&model.plan, model.t(), &id) {
        if let Some(i) = focus.and_then(|name| form.fields.iter().position(|f| f.name == name)) {
            form.focus = i;
        }
        model.mode = Mode::Form(Box::new(form));
    }
    Cmd::None
}

/// `m`: the selected action's form, on its objective, to move it elsewhere.
pub fn move_to(model: &mut Model) -> Cmd {
    if let Some(Selected {
        kind: RecordKind::Action,
        ..
    }) = selected(model)
    {
        return edit(model, Some(FieldName::Objective));
    }
    model.notify(NoticeKind::Info, model.t().not_an_action_to_move.to_owned());
    Cmd::None
}

pub fn delete(model: &mut Model) -> Cmd {
    let Some(Selected { id, kind }) = selected(model) else {
        return Cmd::None;
    };
    let t = model.t();
    let plan = &model.plan;
    let name = name_of(model, &id);
    let question = match (kind, locate(plan, &id)) {
        (RecordKind::Horizon, _) => {
            let objectives: Vec<&str> = plan
                .objectives
                .iter()
                .filter(|o| o.horizon == id)
                .map(|o| o.id.as_str())
                .collect();
            let actions = plan
                .actions
                .iter()
                .filter(|a| objectives.contains(&a.objective.as_str()))
                .count();
            (t.ask_delete_horizon)(&name, objectives.len(), actions)
        }
        (RecordKind::Objective, _) => {
            let actions = plan.actions.iter().filter(|a| a.objective == id).count();
            (t.ask_delete_objective)(&name, actions)
        }
        (RecordKind::Trip, Some(Place::Trip(i))) => {
            (t.ask_delete_trip)(&name, plan.trips[i].checklist.len())
        }
        (RecordKind::Delegation, Some(Place::Delegation(d))) => {
            // Everything it carries, done or not: each names it, so each needs a new owner.
            let carry = model.index.carry[d];
            if !carry.is_empty() {
                return reassign(model, id, &name, carry);
            }
            (t.ask_delete)(&name)
        }
        _ => (t.ask_delete)(&name),
    };
    model.mode = Mode::Confirm(Box::new(Confirm {
        op: Op::Delete { id },
        question,
        done: (t.deleted)(&name, kind),
    }));
    Cmd::None
}

/// A delegation that still owns something is deleted only once its items have a new owner.
fn reassign(model: &mut Model, from: String, name: &str, carry: Carry) -> Cmd {
    let t = model.t();
    let mut field = form::Field::one(
        FieldName::Owner,
        form::build::delegation_choices(&model.plan),
        None,
        false,
    );
    if let form::Value::One {
        options, selected, ..
    } = &mut field.value
    {
        options.retain(|o| o.id != from);
        *selected = (!options.is_empty()).then_some(0);
    }
    model.mode = Mode::Pick(Box::new(Pick {
        purpose: PickFor::Reassign { from },
        title: (t.ask_reassign)(
            name,
            carry.owns.total,
            carry.contributes.total,
            carry.items.total,
        ),
        field,
        about: Vec::new(),
    }));
    Cmd::None
}

/// What deleting delegation `from` after giving its work to `choice` is: one change.
fn reassigned(model: &Model, from: &str, choice: &str) -> (Op, String) {
    let t = model.t();
    let plan = &model.plan;
    let mut ops = Vec::new();
    for a in &plan.actions {
        if a.owner == *from || a.co_owners.iter().any(|c| c == from) {
            let mut a = a.clone();
            if a.owner == *from {
                choice.clone_into(&mut a.owner);
            }
            a.co_owners.retain(|c| c != from && c != &a.owner);
            ops.push(Op::Put {
                record: Record::Action(a),
                at: None,
            });
        }
    }
    for trip in &plan.trips {
        for item in trip
            .checklist
            .iter()
            .filter(|i| i.owner.as_deref() == Some(from))
        {
            let mut item = item.clone();
            item.owner = Some(choice.to_owned());
            ops.push(Op::Put {
                record: Record::Item {
                    trip: trip.id.clone(),
                    item,
                },
                at: None,
            });
        }
    }
    ops.push(Op::Delete {
        id: from.to_owned(),
    });
    (
        Op::Batch(ops),
        (t.deleted)(&name_of(model, from), RecordKind::Delegation),
    )
}

/// `J` / `K`: the selected record swaps places with its neighbour in the list shown.
pub fn reorder(model: &mut Model, up: bool) -> Cmd {
    let Some(Selected { id, .. }) = selected(model) else {
        return Cmd::None;
    };
    let Some(neighbour) = super::reorder::neighbour(model, &id, up) else {
        return Cmd::None;
    };
    let label = (model.t().moved)(&name_of(model, &id), kind_of(model, &id));
    change(model, Op::Move { id, to: neighbour }, label)
}

/// Keys while a form is open.
pub fn form_msg(model: &mut Model, msg: Msg) -> Cmd {
    let Mode::Form(mut form) = std::mem::take(&mut model.mode) else {
        return Cmd::None;
    };
    match form.edit(msg) {
        Some(Msg::Close) => return Cmd::None,
        Some(Msg::ExternalEditor) => {
            if let Some(field) = form.fields.get(form.focus).filter(|f| f.takes_lines()) {
                let cmd = Cmd::ExternalEditor {
                    field: field.name,
                    text: field.as_text().into_owned(),
                };
                model.mode = Mode::Form(form);
                return cmd;
            }
        }
        Some(Msg::ExternalEdited(_, Err(why))) => model.notify(NoticeKind::Error, why),
        Some(Msg::Submit) if form.kind == RecordKind::CheckIn => {
            if let Some(cmd) = super::checkin::submit(model, &mut form) {
                return cmd;
            }
        }
        Some(Msg::Submit) => {
            let t = model.t();
            if let Some(op) = submit(&mut form, &model.plan, t, model.today) {
                let new = form.editing.is_none();
                let (id, label) = match &op {
                    Op::Put { record, .. } | Op::Edit { after: record, .. } => (
                        record.id().to_owned(),
                        (t.saved_record)(&shown(record_title(record)), record_kind(record)),
                    ),
                    _ => (String::new(), String::new()),
                };
                let cmd = change(model, op, label);
                if cmd == Cmd::Save && new {
                    jump::to_id(model, &id);
                }
                if cmd == Cmd::Save {
                    return cmd;
                }
                form.error = model.notice.as_ref().map(|n| n.text.clone());
            } else if let Some(first) = form.fields.iter().position(|f| f.error.is_some()) {
                form.focus = first;
            }
        }
        _ => {}
    }
    model.mode = Mode::Form(form);
    Cmd::None
}

const fn record_kind(record: &Record) -> RecordKind {
    match record {
        Record::Horizon(_) => RecordKind::Horizon,
        Record::Objective(_) => RecordKind::Objective,
        Record::Action(_) => RecordKind::Action,
        Record::Delegation(_) => RecordKind::Delegation,
        Record::Trip(_) => RecordKind::Trip,
        Record::Member { .. } => RecordKind::Member,
        Record::Item { .. } | Record::Template(_) => RecordKind::Item,
    }
}

fn record_title(record: &Record) -> &str {
    match record {
        Record::Horizon(r) => &r.label,
        Record::Objective(r) => &r.title,
        Record::Action(r) => &r.title,
        Record::Delegation(r) => &r.name,
        Record::Trip(r) => &r.destination,
        Record::Member { member, .. } => &member.name,
        Record::Item { item, .. } => &item.label,
        Record::Template(r) => &r.name,
    }
}

/// Keys while a question is asked.
pub fn confirm_msg(model: &mut Model, msg: &Msg) -> Cmd {
    let Mode::Confirm(confirm) = std::mem::take(&mut model.mode) else {
        return Cmd::None;
    };
    match msg {
        Msg::Yes | Msg::Submit => change(model, confirm.op, confirm.done),
        Msg::Close | Msg::Back => Cmd::None,
        _ => {
            model.mode = Mode::Confirm(confirm);
            Cmd::None
        }
    }
}

/// Keys while picking.
pub fn pick_msg(model: &mut Model, msg: Msg) -> Cmd {
    let Mode::Pick(mut pick) = std::mem::take(&mut model.mode) else {
        return Cmd::None;
    };
    match msg {
        Msg::Close | Msg::Back => return Cmd::None,
        Msg::Submit => {
            if let Some(choice) = pick.field.chosen().map(str::to_owned) {
                match &pick.purpose {
                    PickFor::Template { trip } => {
                        return super::template::apply(model, trip, &choice);
                    }
                    PickFor::Owner => return super::review::narrow(model, &choice),
                    PickFor::Reassign { from } => {
                        let (op, label) = reassigned(model, from, &choice);
                        return change(model, op, label);
                    }
                }
            }
        }
        Msg::Up | Msg::FormPrev => pick.field.key(arrow(false)),
        Msg::Down | Msg::FormNext => pick.field.key(arrow(true)),
        Msg::Input(key) => pick.field.key(key),
        Msg::Paste(text) => pick.field.paste(&text),
        _ => {}
    }
    model.mode = Mode::Pick(pick);
    Cmd::None
}

fn arrow(forward: bool) -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    KeyEvent::from(if forward {
        KeyCode::Right
    } else {
        KeyCode::Left
    })
}
