//! `T`: a checklist template's items added to the trip in view — the one selected on the
//! Déplacements screen, or the trip of the checklist item selected elsewhere; never a trip
//! that is not on screen. The pick names the trip and, for each template, how many of its
//! items the trip lacks; applying one adds only those, and says which were there already.

use super::edit::change;
use super::form::{self, Choice, FieldName, RecordKind};
use super::model::{Mode, Model, NoticeKind, Pick, PickFor};
use super::msg::Cmd;
use super::screen::Screen;
use super::selection::selected;
use crate::domain::{Op, Place, Record, Trip, from_template, locate};
use crate::sanitize::shown;

/// The trip on screen: screen 3's selection, or the trip of a selected checklist item.
fn trip_in_view(model: &Model) -> Option<usize> {
    if model.screen == Screen::Trips {
        return model.review.trip(&model.index);
    }
    let item = selected(model).filter(|s| s.kind == RecordKind::Item)?;
    match locate(&model.plan, &item.id) {
        Some(Place::Item(t, _)) => Some(t),
        _ => None,
    }
}

/// "12 sept. 2014 → 15 sept. 2014", or "à programmer".
fn dates(model: &Model, trip: &Trip) -> String {
    let t = model.t();
    match (trip.start, trip.end) {
        (Some(start), Some(end)) => t.date_range(start, end),
        (Some(start), None) => t.date(start),
        (None, _) => t.to_schedule.to_owned(),
    }
}

/// `T`: the templates to choose from, for the trip in view.
pub fn open(model: &mut Model) -> Cmd {
    let t = model.t();
    let Some(tr) = trip_in_view(model) else {
        model.notify(NoticeKind::Info, t.nav.template_no_trip.to_owned());
        return Cmd::None;
    };
    let plan = &model.plan;
    let trip = &plan.trips[tr];
    let (options, about) = plan
        .templates
        .iter()
        .map(|tpl| {
            let adds = from_template(plan, &trip.id, tpl);
            let label = (t.nav.template_choice)(&tpl.name, adds.items.len(), tpl.items.len());
            let already: Vec<String> = adds.already.iter().map(|l| shown(l).into_owned()).collect();
            let about = if already.is_empty() {
                String::new()
            } else {
                (t.nav.template_already)(&already)
            };
            (Choice::new(tpl.id.clone(), label), about)
        })
        .unzip();
    let title = (t.nav.template_title)(&shown(&trip.destination), &dates(model, trip));
    model.mode = Mode::Pick(Box::new(Pick {
        purpose: PickFor::Template {
            trip: trip.id.clone(),
        },
        title,
        field: form::Field::one(FieldName::Template, options, None, false),
        about,
    }));
    Cmd::None
}

/// The template `choice` applied to the trip with ID `trip`: its items the trip lacks are
/// added (one change, one undo); those it has are named, and left as they are.
pub fn apply(model: &mut Model, trip: &str, choice: &str) -> Cmd {
    let t = model.t();
    let plan = &model.plan;
    let (Some(template), Some(Place::Trip(tr))) = (
        plan.templates.iter().find(|tpl| tpl.id == choice),
        locate(plan, trip),
    ) else {
        return Cmd::None;
    };
    let name = shown(&template.name).into_owned();
    let destination = shown(&plan.trips[tr].destination).into_owned();
    let added = from_template(plan, trip, template);
    if added.items.is_empty() {
        let text = (t.nav.template_nothing_new)(&destination, template.items.len(), &name);
        model.notify(NoticeKind::Info, text);
        return Cmd::None;
    }
    let already: Vec<String> = added
        .already
        .iter()
        .map(|label| shown(label).into_owned())
        .collect();
    let text = (t.nav.template_applied)(&destination, added.items.len(), &already, &name);
    let ops = added
        .items
        .into_iter()
        .map(|item| Op::Put {
            record: Record::Item {
                trip: trip.to_owned(),
                item,
            },
            at: None,
        })
        .collect();
    change(model, Op::Batch(ops), text)
}
