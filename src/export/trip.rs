//! The dossier of one trip: what it is for, when, the objectives and actions it serves, who
//! travels, and the preparation checklist with each item's state, due date and owner.

use chrono::NaiveDate;

use super::doc::{Block, Doc, Table, late, text};
use super::names::Names;
use super::trip_dates;
use super::typo::{glue, glue_around};
use crate::domain::{Due, MemberCategory, Plan, Status, Trip, is_late, item_due, item_late};
use crate::i18n::Lang;

const CATEGORIES: [MemberCategory; 4] = [
    MemberCategory::Elected,
    MemberCategory::CouncilGroup,
    MemberCategory::CivilSociety,
    MemberCategory::Staff,
];

pub fn dossier(plan: &Plan, t: usize, today: NaiveDate, lang: Lang) -> Doc {
    let c = lang.catalogue();
    let d = &c.script.dossier;
    let names = Names::new(plan, lang);
    let trip = &plan.trips[t];
    let date = glue(&c.date(today));
    let mut doc = Doc {
        title: glue_around(d.title, &trip.destination),
        date: date.clone(),
        subtitle: plan.title.clone(),
        meta: vec![(c.script.note.date.to_owned(), date)],
        blocks: Vec::new(),
    };

    let mut fields = Vec::new();
    if !trip.country.is_empty() {
        fields.push((d.country.to_owned(), trip.country.clone()));
    }
    fields.push((c.status.to_owned(), (c.trip_status)(trip.status).to_owned()));
    fields.push((c.script.col_dates.to_owned(), glue(&trip_dates(trip, lang))));
    if let Some(start) = trip.start {
        fields.push((
            d.departure.to_owned(),
            glue(&(c.countdown)((start - today).num_days())),
        ));
    }
    doc.blocks.push(Block::Fields(fields));
    if !trip.purpose.trim().is_empty() {
        doc.blocks.push(Block::Heading(2, d.purpose.to_owned()));
        doc.blocks.push(Block::Text(trip.purpose.clone()));
    }

    linked(&mut doc.blocks, plan, trip, today, lang, &names);
    members(&mut doc.blocks, trip, lang);
    checklist(&mut doc.blocks, trip, today, lang, &names);
    if !trip.notes.trim().is_empty() {
        doc.blocks.push(Block::Heading(2, c.notes.to_owned()));
        doc.blocks.push(Block::Text(trip.notes.clone()));
    }
    doc
}

fn table_or_none(table: Table, none: &str) -> Block {
    if table.rows.is_empty() {
        Block::Empty(none.to_owned())
    } else {
        Block::Table(table)
    }
}

/// The objectives the trip serves and the actions made for it.
fn linked(
    out: &mut Vec<Block>,
    plan: &Plan,
    trip: &Trip,
    today: NaiveDate,
    lang: Lang,
    names: &Names,
) {
    let c = lang.catalogue();
    let d = &c.script.dossier;
    out.push(Block::Heading(2, d.linked_objectives.to_owned()));
    let objectives: Vec<String> = trip
        .objectives
        .iter()
        .filter_map(|o| names.objective(o))
        .map(|o| match names.horizon(&o.horizon) {
            Some(h) => format!("{} ({})", o.title, h.label),
            None => o.title.clone(),
        })
        .collect();
    out.push(if objectives.is_empty() {
        Block::Empty(c.script.none.to_owned())
    } else {
        Block::List(objectives)
    });

    out.push(Block::Heading(2, d.linked_actions.to_owned()));
    let mut actions = Table::new(&[c.col_actions, c.owner, c.due, c.status]);
    for a in plan
        .actions
        .iter()
        .filter(|a| a.trip.as_deref() == Some(&trip.id))
    {
        let overdue = is_late(a.due, a.status.is_done(), today);
        // Done, the day it was due, without a countdown: "il y a 54 j" would read as late.
        let due = match (a.due, a.status.is_done()) {
            (None, _) => text(""),
            (Some(day), true) => text(glue(&c.date(day))),
            (Some(day), false) if overdue => late(&c.due_date(day, today, true)),
            (Some(day), false) => text(glue(&c.due_date(day, today, false))),
        };
        let status = match a.status {
            Status::Done { on } => {
                glue(&format!("{} ({})", (c.action_status)(a.status), c.date(on)))
            }
            s => (c.action_status)(s).to_owned(),
        };
        let owner = names.owner(Some(&a.owner));
        actions.push(
            vec![text(&a.title), text(owner), due, text(status)],
            overdue,
        );
    }
    out.push(table_or_none(actions, c.script.none));
}

/// Who travels, by category.
fn members(out: &mut Vec<Block>, trip: &Trip, lang: Lang) {
    let c = lang.catalogue();
    let d = &c.script.dossier;
    out.push(Block::Heading(2, d.members.to_owned()));
    if trip.members.is_empty() {
        out.push(Block::Empty(c.script.none.to_owned()));
    }
    for category in CATEGORIES {
        let members: Vec<String> = trip
            .members
            .iter()
            .filter(|m| m.category == category)
            .map(|m| {
                if m.role.is_empty() {
                    m.name.clone()
                } else {
                    format!("{} — {}", m.name, m.role)
                }
            })
            .collect();
        if !members.is_empty() {
            out.push(Block::Heading(3, (c.member_category)(category).to_owned()));
            out.push(Block::List(members));
        }
    }
}

fn checklist(out: &mut Vec<Block>, trip: &Trip, today: NaiveDate, lang: Lang, names: &Names) {
    let c = lang.catalogue();
    let d = &c.script.dossier;
    out.push(Block::Heading(2, d.checklist.to_owned()));
    let mut items = Table::new(&[c.script.col_state, c.script.col_item, c.due, c.owner]);
    for item in &trip.checklist {
        let overdue = item_late(trip, item, today);
        let state = match item.done_on {
            Some(on) => text(glue(&format!("☑ {}", (d.item_done)(&c.date(on))))),
            None if overdue => late(d.item_late),
            None => text(glue(&format!("☐ {}", d.item_open))),
        };
        // The rule ("J-5 · 20 sept. 2014": five days before departure), then, apart, the
        // countdown from today of what is still open.
        let due = if let (None, Some(Due::DaysBefore(n))) = (item_due(trip, item), item.due) {
            (d.days_before)(n)
        } else {
            let rule = c.item_rule(trip, item, None);
            // A done item has no countdown (`item_countdown`): it is never late.
            match c.item_countdown(trip, item, today) {
                Some(countdown) => format!("{rule} ({countdown})"),
                None => rule,
            }
        };
        let owner = item
            .owner
            .as_deref()
            .map_or_else(String::new, |o| names.owner(Some(o)));
        items.push(
            vec![state, text(&item.label), text(glue(&due)), text(owner)],
            overdue,
        );
    }
    out.push(table_or_none(items, c.script.none));
}
