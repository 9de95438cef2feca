//! A proptest strategy for valid plans: a few horizons, objectives, actions, delegations, trips
//! with members and checklist items, templates; random statuses and dates; French text with
//! accents, quotes, emoji and the control characters a store should never hold but might.

#![allow(dead_code)] // each test crate uses its own part of it

use chrono::{Days, NaiveDate};
use jalons::domain::{
    Action, CheckIn, ChecklistItem, ChecklistTemplate, Delegation, DelegationKind, Due, Health,
    Horizon, Member, MemberCategory, Objective, Plan, Status, TemplateItem, Trip, TripStatus,
};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces of text a cabinet's store holds, and some it should not but might.
pub const PIECES: &[&str] = &[
    "Paris",
    "Dakar",
    "réseau",
    "élus",
    "Conseil de Paris",
    " ",
    "é",
    "è",
    "à",
    "ç",
    "ô",
    "œ",
    "Œ",
    "«\u{a0}",
    "\u{a0}»",
    "—",
    "’",
    "\"",
    "\\",
    "'",
    "/",
    "\n",
    "\t",
    "\r",
    "\0",
    "\u{7}",
    "\u{1b}[2J",
    "\u{1b}]52;c;Zm9v\u{7}",
    "\u{9b}",
    "\u{7f}",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "🇫🇷",
    "🌍",
    "👩🏽‍💼",
    "漢字",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
];

pub fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    vec(piece, 0..5).prop_map(|pieces| pieces.concat())
}

/// A day the validator accepts (1950–2150).
pub fn day() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
    (0u64..72_000).prop_map(move |n| first + Days::new(n))
}

pub fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Todo),
        Just(Status::InProgress),
        Just(Status::Blocked),
        day().prop_map(|on| Status::Done { on }),
    ]
}

pub fn trip_status() -> impl Strategy<Value = TripStatus> {
    select(vec![
        TripStatus::Considered,
        TripStatus::ToCreate,
        TripStatus::Preparing,
        TripStatus::Confirmed,
        TripStatus::Done,
        TripStatus::Cancelled,
    ])
}

pub fn due() -> impl Strategy<Value = Due> {
    prop_oneof![
        (0u32..=3650).prop_map(Due::DaysBefore),
        day().prop_map(Due::On)
    ]
}

pub fn pick<T>(list: &[T], n: usize) -> &T {
    &list[n % list.len()]
}

pub type ItemSpec = (String, Option<usize>, Option<Due>, Option<NaiveDate>);
pub type TripSpec = (
    String,
    Option<(NaiveDate, Option<u64>)>,
    TripStatus,
    Vec<usize>,
    Vec<(String, MemberCategory)>,
    Vec<ItemSpec>,
);
pub type ActionSpec = (
    (usize, usize, Vec<usize>, Option<usize>),
    (String, Option<NaiveDate>, Status, String),
);

pub fn trip_spec() -> impl Strategy<Value = TripSpec> {
    let category = select(vec![
        MemberCategory::Elected,
        MemberCategory::CouncilGroup,
        MemberCategory::CivilSociety,
        MemberCategory::Staff,
    ]);
    (
        text(),
        of((day(), of(0u64..30))),
        trip_status(),
        vec(any::<usize>(), 0..3),
        vec((text(), category), 0..3),
        vec((text(), of(any::<usize>()), of(due()), of(day())), 0..4),
    )
}

pub fn action_spec() -> impl Strategy<Value = ActionSpec> {
    (
        (
            any::<usize>(),
            any::<usize>(),
            vec(any::<usize>(), 0..3),
            of(any::<usize>()),
        ),
        (text(), of(day()), status(), text()),
    )
}

/// A valid plan: unique ids (with odd characters in them too), references that resolve, dates
/// in order.
#[allow(clippy::too_many_lines)]
pub fn plan() -> impl Strategy<Value = Plan> {
    let horizons = vec((text(), of(day()), of(day())), 1..4);
    let objectives = vec((any::<usize>(), text(), vec(text(), 0..3)), 0..6);
    let kind = select(vec![
        DelegationKind::Portfolio,
        DelegationKind::Partner,
        DelegationKind::Service,
        DelegationKind::Group,
    ]);
    let delegations = vec((text(), text(), kind), 1..4);
    let templates = vec((text(), vec((text(), of(0u32..90)), 0..3)), 0..2);
    let head = (text(), of(day()), text());
    (
        head,
        horizons,
        objectives,
        delegations,
        vec(trip_spec(), 0..4),
        vec(action_spec(), 0..10),
        templates,
    )
        .prop_map(
            |((title, mandate_start, tag), hs, os, ds, ts, actions, tpls)| {
                let mut plan = Plan::empty(title);
                plan.mandate_start = mandate_start;
                for (i, (label, a, b)) in hs.into_iter().enumerate() {
                    let (start, deadline) = match (a, b) {
                        (Some(a), Some(b)) if b < a => (Some(b), Some(a)),
                        other => other,
                    };
                    plan.horizons.push(Horizon {
                        source: None,
                        id: format!("h{i}-{tag}"),
                        label,
                        start,
                        deadline,
                        notes: tag.clone(),
                    });
                }
                for (i, (h, title, themes)) in os.into_iter().enumerate() {
                    let horizon = pick(&plan.horizons, h).id.clone();
                    plan.objectives.push(Objective {
                        source: None,
                        id: format!("o{i}"),
                        horizon,
                        title,
                        themes,
                        notes: String::new(),
                        checkins: Vec::new(),
                    });
                }
                for (i, (name, holder, kind)) in ds.into_iter().enumerate() {
                    plan.delegations.push(Delegation {
                        source: None,
                        id: format!("d{i}-{name}"),
                        name,
                        holder,
                        role: "rôle".into(),
                        kind,
                    });
                }
                let delegation = |n: usize| pick(&plan.delegations, n).id.clone();
                let mut trips = Vec::new();
                for (t, (destination, dates, status, objs, members, items)) in
                    ts.into_iter().enumerate()
                {
                    let objectives = if plan.objectives.is_empty() {
                        vec![]
                    } else {
                        objs.iter()
                            .map(|&o| pick(&plan.objectives, o).id.clone())
                            .collect()
                    };
                    let members = members
                        .into_iter()
                        .enumerate()
                        .map(|(j, (name, category))| Member {
                            source: None,
                            id: format!("m{t}.{j}"),
                            name,
                            category,
                            role: String::new(),
                        })
                        .collect();
                    let checklist = items
                        .into_iter()
                        .enumerate()
                        .map(|(j, (label, owner, due, done_on))| ChecklistItem {
                            source: None,
                            id: format!("i{t}.{j}-{label}"),
                            label,
                            owner: owner.map(delegation),
                            due,
                            done_on,
                            notes: String::new(),
                        })
                        .collect();
                    trips.push(Trip {
                        source: None,
                        id: format!("t{t}"),
                        country: destination.clone(),
                        destination,
                        start: dates.map(|(s, _)| s),
                        end: dates.and_then(|(s, len)| len.map(|n| s + Days::new(n))),
                        status,
                        purpose: String::new(),
                        objectives,
                        members,
                        checklist,
                        notes: String::new(),
                    });
                }
                let mut actions_out = Vec::new();
                if !plan.objectives.is_empty() {
                    for (i, ((o, owner, co, trip), (title, due, status, notes))) in
                        actions.into_iter().enumerate()
                    {
                        actions_out.push(Action {
                            source: None,
                            start: None,
                            id: format!("a{i}"),
                            objective: pick(&plan.objectives, o).id.clone(),
                            title,
                            owner: delegation(owner),
                            co_owners: co.into_iter().map(delegation).collect(),
                            due,
                            status,
                            notes: notes.clone(),
                            trip: trip
                                .filter(|_| !trips.is_empty())
                                .map(|n| pick(&trips, n).id.clone()),
                            // A dated action has been checked in on its due day: the merge
                            // and the store meet check-ins with nothing more to generate.
                            checkins: due
                                .map(|on| CheckIn {
                                    id: format!("c{i}"),
                                    on,
                                    by: String::new(),
                                    health: [Health::OnTrack, Health::AtRisk, Health::OffTrack]
                                        [i % 3],
                                    text: notes,
                                    due: None,
                                })
                                .into_iter()
                                .collect(),
                        });
                    }
                }
                plan.trips = trips;
                plan.actions = actions_out;
                plan.templates = tpls
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, items))| ChecklistTemplate {
                        source: None,
                        id: format!("tpl{i}"),
                        name,
                        items: items
                            .into_iter()
                            .map(|(label, days_before)| TemplateItem { label, days_before })
                            .collect(),
                    })
                    .collect();
                plan
            },
        )
}
