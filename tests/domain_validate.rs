//! `domain::validate`: every problem a plan can have is reported once, at the JSON path of the
//! offending field, with the id of the record it belongs to.

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{
    Action, ChecklistItem, ChecklistTemplate, Delegation, DelegationKind, Due, Horizon, Member,
    MemberCategory, Objective, Plan, Problem, Status, Trip, TripStatus, validate,
};
use pretty_assertions::assert_eq;
use rstest::rstest;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// One record of every kind, every reference resolving.
fn small() -> Plan {
    let mut plan = Plan::empty("Petit plan");
    plan.horizons.push(Horizon {
        source: None,
        id: "h1".into(),
        label: "100 jours".into(),
        start: Some(date("2014-04-05")),
        deadline: Some(date("2014-07-14")),
        notes: String::new(),
    });
    plan.objectives.push(Objective {
        source: None,
        id: "o1".into(),
        horizon: "h1".into(),
        title: "Réseaux".into(),
        themes: vec!["Europe".into()],
        notes: String::new(),
        checkins: Vec::new(),
    });
    for id in ["d1", "d2"] {
        plan.delegations.push(Delegation {
            source: None,
            id: id.into(),
            name: id.into(),
            holder: String::new(),
            role: String::new(),
            kind: DelegationKind::Portfolio,
        });
    }
    plan.trips.push(Trip {
        source: None,
        id: "t1".into(),
        destination: "Madrid".into(),
        country: "Espagne".into(),
        start: Some(date("2014-06-10")),
        end: Some(date("2014-06-12")),
        status: TripStatus::Preparing,
        purpose: String::new(),
        objectives: vec!["o1".into()],
        members: vec![Member {
            source: None,
            id: "m1".into(),
            name: "Anne".into(),
            category: MemberCategory::Elected,
            role: String::new(),
        }],
        checklist: vec![ChecklistItem {
            notes: String::new(),
            source: None,
            id: "i1".into(),
            label: "Programme".into(),
            owner: Some("d2".into()),
            due: Some(Due::DaysBefore(30)),
            done_on: None,
        }],
        notes: String::new(),
    });
    plan.actions.push(Action {
        source: None,
        start: None,
        id: "a1".into(),
        objective: "o1".into(),
        title: "Bureau de l'AIMF".into(),
        owner: "d1".into(),
        co_owners: vec!["d2".into()],
        due: Some(date("2014-07-14")),
        status: Status::Todo,
        notes: String::new(),
        trip: Some("t1".into()),
        checkins: Vec::new(),
    });
    plan.templates.push(ChecklistTemplate {
        source: None,
        id: "tpl1".into(),
        name: "Visite bilatérale".into(),
        items: vec![],
    });
    plan
}

/// The single problem of a plan, as (JSON path, record id).
fn only_problem(plan: &Plan) -> Problem {
    let problems = validate(plan);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

fn at(problem: &Problem) -> (&str, Option<&str>) {
    (problem.path.as_str(), problem.id.as_deref())
}

#[test]
fn the_small_plan_and_the_builtin_roadmap_are_valid() {
    assert_eq!(validate(&small()), vec![]);
    assert_eq!(validate(&builtin::roadmap()), vec![]);
}

#[rstest]
#[case::two_actions(|p: &mut Plan| { let mut a = p.actions[0].clone(); a.due = None; p.actions.push(a); }, "actions[1].id", "a1")]
#[case::action_named_like_a_horizon(|p: &mut Plan| p.actions[0].id = "h1".into(), "actions[0].id", "h1")]
#[case::trip_named_like_a_delegation(|p: &mut Plan| p.trips[0].id = "d1".into(), "trips[0].id", "d1")]
#[case::item_named_like_a_member(|p: &mut Plan| p.trips[0].checklist[0].id = "m1".into(), "trips[0].checklist[0].id", "m1")]
#[case::template_named_like_an_objective(|p: &mut Plan| p.templates[0].id = "o1".into(), "templates[0].id", "o1")]
fn duplicate_ids_are_reported_across_kinds(
    #[case] break_it: fn(&mut Plan),
    #[case] path: &str,
    #[case] id: &str,
) {
    let mut plan = small();
    break_it(&mut plan);
    // A duplicate id may also break a reference (a trip id used as a delegation): keep to the
    // id problem.
    let problems = validate(&plan);
    let dup: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.message.contains("duplicate"))
        .collect();
    assert_eq!(dup.len(), 1, "{problems:#?}");
    assert_eq!(at(dup[0]), (path, Some(id)));
    assert!(dup[0].message.contains(&format!("{id:?}")), "{}", dup[0]);
}

#[test]
fn empty_ids_are_reported() {
    let mut plan = small();
    plan.delegations[1].id = "  ".into();
    plan.trips[0].checklist[0].owner = None;
    plan.actions[0].co_owners.clear();
    let p = only_problem(&plan);
    assert_eq!(p.path, "delegations[1].id");
    assert!(p.message.contains("empty"), "{p}");
}

#[rstest]
#[case::objective_horizon(|p: &mut Plan| p.objectives[0].horizon = "h9".into(), "objectives[0].horizon", "o1", "no horizon")]
#[case::action_objective(|p: &mut Plan| p.actions[0].objective = "o9".into(), "actions[0].objective", "a1", "no objective")]
#[case::action_owner(|p: &mut Plan| p.actions[0].owner = "d9".into(), "actions[0].owner", "a1", "no delegation")]
#[case::action_co_owner(|p: &mut Plan| p.actions[0].co_owners.push("d9".into()), "actions[0].co_owners[1]", "a1", "no delegation")]
#[case::action_trip(|p: &mut Plan| p.actions[0].trip = Some("t9".into()), "actions[0].trip", "a1", "no trip")]
#[case::trip_objective(|p: &mut Plan| p.trips[0].objectives.push("o9".into()), "trips[0].objectives[1]", "t1", "no objective")]
#[case::item_owner(|p: &mut Plan| p.trips[0].checklist[0].owner = Some("d9".into()), "trips[0].checklist[0].owner", "i1", "no delegation")]
fn dangling_references_are_reported_at_the_field(
    #[case] break_it: fn(&mut Plan),
    #[case] path: &str,
    #[case] id: &str,
    #[case] message: &str,
) {
    let mut plan = small();
    break_it(&mut plan);
    let p = only_problem(&plan);
    assert_eq!(at(&p), (path, Some(id)));
    assert!(p.message.starts_with(message), "{p}");
    assert_eq!(p.to_string(), format!("{path}: {}", p.message));
}

#[test]
fn a_reference_to_the_wrong_kind_is_dangling() {
    let mut plan = small();
    // "t1" exists, but as a trip, not a delegation.
    plan.actions[0].owner = "t1".into();
    assert_eq!(at(&only_problem(&plan)), ("actions[0].owner", Some("a1")));
}

#[rstest]
#[case::horizon_start(|p: &mut Plan| p.horizons[0].start = Some(date("1914-04-05")), "horizons[0].start", "h1")]
#[case::horizon_deadline(|p: &mut Plan| p.horizons[0].deadline = Some(date("2214-07-14")), "horizons[0].deadline", "h1")]
#[case::action_due(|p: &mut Plan| p.actions[0].due = Some(date("1949-12-31")), "actions[0].due", "a1")]
#[case::action_done_on(|p: &mut Plan| p.actions[0].status = Status::Done { on: date("2151-01-01") }, "actions[0].status.on", "a1")]
#[case::trip_end(|p: &mut Plan| p.trips[0].end = Some(date("2214-06-12")), "trips[0].end", "t1")]
#[case::item_done_on(|p: &mut Plan| p.trips[0].checklist[0].done_on = Some(date("1900-01-01")), "trips[0].checklist[0].done_on", "i1")]
#[case::item_due_on(|p: &mut Plan| p.trips[0].checklist[0].due = Some(Due::On(date("2999-01-01"))), "trips[0].checklist[0].due.on", "i1")]
#[case::item_days_before(|p: &mut Plan| p.trips[0].checklist[0].due = Some(Due::DaysBefore(3651)), "trips[0].checklist[0].due.days_before", "i1")]
fn dates_outside_reason_are_reported(
    #[case] break_it: fn(&mut Plan),
    #[case] path: &str,
    #[case] id: &str,
) {
    let mut plan = small();
    break_it(&mut plan);
    assert_eq!(at(&only_problem(&plan)), (path, Some(id)));
}

#[test]
fn dates_at_the_edges_of_reason_are_fine() {
    let mut plan = small();
    plan.actions[0].due = Some(date("1950-01-01"));
    plan.actions[0].status = Status::Done {
        on: date("2150-12-31"),
    };
    plan.trips[0].checklist[0].due = Some(Due::DaysBefore(3650));
    assert_eq!(validate(&plan), vec![]);
}

#[test]
fn a_trip_ending_before_it_starts_is_reported_at_its_end() {
    let mut plan = small();
    plan.trips[0].end = Some(date("2014-06-09"));
    let p = only_problem(&plan);
    assert_eq!(at(&p), ("trips[0].end", Some("t1")));
    assert!(
        p.message.contains("2014-06-09") && p.message.contains("2014-06-10"),
        "{p}"
    );
    // A one-day trip is fine.
    plan.trips[0].end = plan.trips[0].start;
    assert_eq!(validate(&plan), vec![]);
}

#[test]
fn a_horizon_whose_deadline_precedes_its_start_is_reported() {
    let mut plan = small();
    plan.horizons[0].deadline = Some(date("2014-04-04"));
    assert_eq!(
        at(&only_problem(&plan)),
        ("horizons[0].deadline", Some("h1"))
    );
}

#[test]
fn an_end_without_a_start_is_reported() {
    let mut plan = small();
    plan.trips[0].start = None;
    let p = only_problem(&plan);
    assert_eq!(at(&p), ("trips[0].end", Some("t1")));
    // To schedule, with neither date: fine.
    plan.trips[0].end = None;
    assert_eq!(validate(&plan), vec![]);
}

#[test]
fn another_schema_version_is_reported() {
    let mut plan = small();
    plan.schema_version = 0;
    let p = only_problem(&plan);
    assert_eq!(at(&p), ("schema_version", None));
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut plan = small();
    plan.actions[0].owner = "d9".into();
    plan.trips[0].end = Some(date("2014-01-01"));
    plan.objectives[0].horizon = "h9".into();
    let mut paths: Vec<String> = validate(&plan).into_iter().map(|p| p.path).collect();
    paths.sort();
    assert_eq!(
        paths,
        ["actions[0].owner", "objectives[0].horizon", "trips[0].end"]
    );
}

#[test]
fn a_duplicate_id_names_where_it_was_first_used() {
    let mut plan = small();
    let mut again = plan.actions[0].clone();
    again.due = None;
    plan.actions.push(again);
    plan.trips[0].checklist[0].id = plan.trips[0].members[0].id.clone();
    let problems = validate(&plan);
    let firsts: Vec<&str> = problems
        .iter()
        .filter_map(|p| p.message.split_once("first used at ").map(|(_, at)| at))
        .collect();
    assert_eq!(
        firsts,
        ["actions[0]", "trips[0].members[0]"],
        "{problems:#?}"
    );
}
