//! A proptest strategy for operations on a plan's own records: ticks, deletions, moves,
//! records rewritten, records put under another record's ID, and new records.

#![allow(dead_code)] // each test crate uses its own part of it

use jalons::domain::{CheckIn, Health, Op, Plan, Record};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

use super::plan_gen::{day, status, text};

/// IDs for new records, few enough that two instances sometimes create the same one.
pub const NEW_IDS: &[&str] = &["neuf-1", "neuf-2", "neuf-3"];
/// IDs for new check-ins, as few: two instances sometimes add different ones under one ID.
pub const NEW_CHECKINS: &[&str] = &["c-neuf-1", "c-neuf-2"];

/// Every record of the plan, as `Put` would write it.
pub fn records(plan: &Plan) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::new();
    out.extend(plan.horizons.iter().cloned().map(Record::Horizon));
    out.extend(plan.objectives.iter().cloned().map(Record::Objective));
    out.extend(plan.actions.iter().cloned().map(Record::Action));
    out.extend(plan.delegations.iter().cloned().map(Record::Delegation));
    out.extend(plan.templates.iter().cloned().map(Record::Template));
    for t in &plan.trips {
        out.push(Record::Trip(t.clone()));
        out.extend(t.members.iter().map(|m| Record::Member {
            trip: t.id.clone(),
            member: m.clone(),
        }));
        out.extend(t.checklist.iter().map(|i| Record::Item {
            trip: t.id.clone(),
            item: i.clone(),
        }));
    }
    out
}

/// The record with one of its texts changed.
fn modified(mut record: Record, text: String) -> Record {
    match &mut record {
        Record::Horizon(r) => r.label = text,
        Record::Objective(r) => r.title = text,
        Record::Action(r) => r.notes = text,
        Record::Delegation(r) => r.holder = text,
        Record::Trip(r) => r.purpose = text,
        Record::Member { member, .. } => member.name = text,
        Record::Item { item, .. } => item.label = text,
        Record::Template(r) => r.name = text,
    }
    record
}

/// The record under another record's id (of the same kind or not). Trips are left out: their
/// members and items carry ids of their own, which a copy would duplicate.
fn renamed(mut record: Record, id: String) -> Record {
    match &mut record {
        Record::Horizon(r) => r.id = id,
        Record::Objective(r) => r.id = id,
        Record::Action(r) => r.id = id,
        Record::Delegation(r) => r.id = id,
        Record::Member { member, .. } => member.id = id,
        Record::Item { item, .. } => item.id = id,
        Record::Template(r) => r.id = id,
        Record::Trip(_) => {}
    }
    record
}

/// Operations on the plan's own ids (and one that does not exist), some valid, some not.
pub fn ops_for(plan: &Plan) -> impl Strategy<Value = Vec<Op>> + use<> {
    let records = records(plan);
    let mut ids: Vec<String> = records.iter().map(|r| r.id().to_owned()).collect();
    ids.push("nulle-part".to_owned());
    let or_any = |list: Vec<String>| if list.is_empty() { ids.clone() } else { list };
    let actions = or_any(plan.actions.iter().map(|a| a.id.clone()).collect());
    let items = or_any(
        plan.trips
            .iter()
            .flat_map(|t| &t.checklist)
            .map(|i| i.id.clone())
            .collect(),
    );
    let checked: Vec<String> = or_any(
        plan.actions
            .iter()
            .map(|a| a.id.clone())
            .chain(plan.objectives.iter().map(|o| o.id.clone()))
            .collect(),
    );
    let checkin_ids: Vec<String> = plan
        .actions
        .iter()
        .flat_map(|a| &a.checkins)
        .chain(plan.objectives.iter().flat_map(|o| &o.checkins))
        .map(|c| c.id.clone())
        .chain(NEW_CHECKINS.iter().map(|id| (*id).to_owned()))
        .collect();
    let health = select(vec![Health::OnTrack, Health::AtRisk, Health::OffTrack]);
    let checkin =
        (select(NEW_CHECKINS), day(), health, text()).prop_map(|(id, on, health, text)| CheckIn {
            id: (*id).to_owned(),
            on,
            by: String::new(),
            health,
            text,
            due: None,
        });
    let leaves: Vec<Record> = records
        .iter()
        .filter(|r| !matches!(r, Record::Trip(_)))
        .cloned()
        .collect();
    let leaf = prop_oneof![
        (select(actions), status()).prop_map(|(id, status)| Op::SetActionStatus { id, status }),
        (select(items), of(day())).prop_map(|(id, done_on)| Op::SetItemDone { id, done_on }),
        select(ids.clone()).prop_map(|id| Op::Delete { id }),
        (select(ids.clone()), 0usize..12).prop_map(|(id, to)| Op::Move { id, to }),
        (select(records), text(), of(0usize..12)).prop_map(|(r, t, at)| Op::Put {
            record: modified(r, t),
            at,
        }),
        (select(leaves.clone()), select(ids), of(0usize..12)).prop_map(|(r, id, at)| Op::Put {
            record: renamed(r, id),
            at,
        }),
        (select(checked.clone()), checkin)
            .prop_map(|(record, checkin)| Op::AddCheckIn { record, checkin }),
        (select(checked), select(checkin_ids))
            .prop_map(|(record, id)| Op::DeleteCheckIn { record, id }),
        // New records, under IDs two instances may both pick.
        (select(leaves), select(NEW_IDS), of(0usize..12)).prop_map(|(r, id, at)| Op::Put {
            record: renamed(r, (*id).to_owned()),
            at,
        }),
    ];
    let op = prop_oneof![6 => leaf.clone(), 1 => vec(leaf, 0..4).prop_map(Op::Batch)];
    vec(op, 1..12)
}
