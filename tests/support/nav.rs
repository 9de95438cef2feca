//! Driving the interface's model as the keys would, and reading what is selected where: for
//! the tests of the adviser's daily path (selection, trips, jumps, pickers).
#![allow(dead_code)] // shared by test crates that each use a part of it

use chrono::NaiveDate;
use jalons::app::form::{FieldName, Form};
use jalons::app::{Cmd, Mode, Model, Msg, TripRow, trip_rows, update};
use jalons::domain::Plan;
use jalons::i18n::Lang;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

pub fn model_on(plan: Plan, today: &str) -> Model {
    Model::new(plan, day(today), Lang::Fr, "x".into())
}

pub fn model(today: &str) -> Model {
    model_on(jalons::builtin::roadmap(), today)
}

/// Sends each message; returns the last command.
pub fn send(model: &mut Model, msgs: &[Msg]) -> Cmd {
    msgs.iter()
        .fold(Cmd::None, |_, msg| update(model, msg.clone()))
}

pub fn key(code: KeyCode) -> Msg {
    Msg::Input(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Types `text` key by key, as a terminal reports it.
pub fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        update(
            model,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), modifiers)),
        );
    }
}

pub fn form(model: &Model) -> &Form {
    match &model.mode {
        Mode::Form(form) => form,
        other => panic!("no form open: {other:?}"),
    }
}

/// Tabs forward to the field `name`, and empties it (Ctrl-u).
pub fn clear_field(model: &mut Model, name: FieldName) {
    for _ in 0..form(model).fields.len() {
        let form = form(model);
        if form.fields[form.focus].name == name {
            let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
            update(model, Msg::Input(ctrl_u));
            return;
        }
        update(model, Msg::FormNext);
    }
    panic!("no field {name:?} in the form");
}

pub fn notice(model: &Model) -> String {
    model
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// The trip selected on the Déplacements screen, by ID.
pub fn trip_id(model: &Model) -> Option<String> {
    let t = model.review.trip(&model.index)?;
    Some(model.plan.trips[t].id.clone())
}

/// The row selected in the selected trip's detail.
pub fn trip_row(model: &Model) -> Option<TripRow> {
    let t = model.review.trip(&model.index)?;
    trip_rows(&model.plan, &model.index, t)
        .get(model.review.trips.item)
        .copied()
}

/// The ID of the record on the row selected in the trip's detail.
pub fn trip_row_id(model: &Model) -> Option<String> {
    let t = model.review.trip(&model.index)?;
    Some(trip_row(model)?.id(&model.plan, t).to_owned())
}

/// The entry selected on the Échéances screen, by ID.
pub fn deadline_id(model: &Model) -> Option<String> {
    let what = model.review.deadlines.selected(&model.index)?;
    Some(what.id(&model.plan).to_owned())
}

/// The action selected on the roadmap, by ID.
pub fn action_id(model: &Model) -> Option<String> {
    let a = model.roadmap.action_index(&model.plan, &model.index)?;
    Some(model.plan.actions[a].id.clone())
}

/// The objective selected on the roadmap, by ID.
pub fn objective_id(model: &Model) -> Option<String> {
    let o = model.roadmap.objective_index(&model.plan, &model.index)?;
    Some(model.plan.objectives[o].id.clone())
}

/// The delegation selected on the Délégations screen, by ID.
pub fn delegation_id(model: &Model) -> Option<String> {
    let d = model.review.delegations.row;
    model.plan.delegations.get(d).map(|d| d.id.clone())
}

/// Selects the trip with ID `id` on the Déplacements screen by moving down to it.
pub fn select_trip(model: &mut Model, id: &str) {
    send(model, &[Msg::Show(jalons::app::Screen::Trips), Msg::Top]);
    for _ in 0..model.plan.trips.len() {
        if trip_id(model).as_deref() == Some(id) {
            return;
        }
        send(model, &[Msg::Down]);
    }
    panic!("no trip {id} on the Déplacements screen");
}
