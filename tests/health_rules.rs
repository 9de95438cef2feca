//! The health rules, one test each: freshness and its boundary day, entries of one day, the
//! late and blocked floors, the worst-child roll-up, done actions left out, and the flag on
//! an objective that declares itself rosier than its actions.

use chrono::{Days, NaiveDate};
use jalons::domain::{
    Action, CheckIn, Health, HealthState, Objective, Plan, PlanIndex, Status, Why, insert_sorted,
    of_action, to_update,
};
use pretty_assertions::assert_eq;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

const TODAY: &str = "2014-09-16";

fn today() -> NaiveDate {
    day(TODAY)
}

fn checkin(id: &str, on: &str, health: Health) -> CheckIn {
    CheckIn {
        id: id.to_owned(),
        on: day(on),
        by: "Camille".to_owned(),
        health,
        text: "point".to_owned(),
        due: None,
    }
}

fn action(id: &str, status: Status, due: Option<&str>, checkins: &[CheckIn]) -> Action {
    let mut a = Action {
        source: None,
        start: None,
        id: id.to_owned(),
        objective: "o".to_owned(),
        title: id.to_owned(),
        owner: "d".to_owned(),
        co_owners: Vec::new(),
        due: due.map(day),
        status,
        notes: String::new(),
        trip: None,
        checkins: Vec::new(),
    };
    for c in checkins {
        insert_sorted(&mut a.checkins, c.clone());
    }
    a
}

/// The health of one action with the default threshold (4 weeks).
fn state(a: &Action) -> HealthState {
    of_action(a, today(), 4).expect("an open action").state
}

#[test]
fn a_check_in_is_fresh_up_to_the_threshold_s_last_day_included() {
    // 4 weeks: 28 days. Made 28 days ago it still counts; 29 days ago it no longer does.
    let boundary = today() - Days::new(28);
    let past = today() - Days::new(29);
    let fresh = action(
        "a",
        Status::InProgress,
        None,
        &[checkin("c", &boundary.to_string(), Health::OnTrack)],
    );
    let h = of_action(&fresh, today(), 4).unwrap();
    assert_eq!((h.state, h.fresh), (HealthState::OnTrack, true));
    assert_eq!(h.why, Why::CheckIn(boundary));
    let old = action(
        "a",
        Status::InProgress,
        None,
        &[checkin("c", &past.to_string(), Health::OnTrack)],
    );
    let h = of_action(&old, today(), 4).unwrap();
    assert_eq!((h.state, h.fresh), (HealthState::Stale, false));
    assert_eq!(h.why, Why::NoRecentCheckIn(Some(past)));
    assert!(h.needs_update());
    // The threshold is the plan's: at 5 weeks the same check-in is fresh again.
    assert!(of_action(&old, today(), 5).unwrap().fresh);
}

#[test]
fn of_two_check_ins_on_the_latest_day_the_more_severe_wins() {
    let a = action(
        "a",
        Status::InProgress,
        None,
        &[
            checkin("c-1", "2014-09-01", Health::OffTrack),
            checkin("c-z", "2014-09-10", Health::AtRisk),
            checkin("c-a", "2014-09-10", Health::OnTrack),
        ],
    );
    assert_eq!(state(&a), HealthState::AtRisk);
    // Whatever order they were added in.
    let b = action(
        "a",
        Status::InProgress,
        None,
        &[
            checkin("c-a", "2014-09-10", Health::OnTrack),
            checkin("c-z", "2014-09-10", Health::AtRisk),
            checkin("c-1", "2014-09-01", Health::OffTrack),
        ],
    );
    assert_eq!(a.checkins, b.checkins);
    assert_eq!(state(&b), HealthState::AtRisk);
    // The latest day rules, not the worst ever: an old alarm that was settled is settled.
    let settled = action(
        "a",
        Status::InProgress,
        None,
        &[
            checkin("c-1", "2014-09-01", Health::OffTrack),
            checkin("c-2", "2014-09-12", Health::OnTrack),
        ],
    );
    assert_eq!(state(&settled), HealthState::OnTrack);
}

#[test]
fn late_and_blocked_are_floors_a_check_in_never_goes_below() {
    let green = [checkin("c", "2014-09-15", Health::OnTrack)];
    let late = action("a", Status::InProgress, Some("2014-09-01"), &green);
    let h = of_action(&late, today(), 4).unwrap();
    assert_eq!(h.state, HealthState::OffTrack);
    assert_eq!(h.why, Why::Late(15));
    let blocked = action("b", Status::Blocked, None, &green);
    let h = of_action(&blocked, today(), 4).unwrap();
    assert_eq!((h.state, h.why), (HealthState::AtRisk, Why::Blocked));
    // A check-in worse than the floor is taken, with its own reason.
    let worse = action(
        "c",
        Status::Blocked,
        None,
        &[checkin("c", "2014-09-15", Health::OffTrack)],
    );
    let h = of_action(&worse, today(), 4).unwrap();
    assert_eq!(
        (h.state, h.why),
        (HealthState::OffTrack, Why::CheckIn(day("2014-09-15")))
    );
    // Late with no check-in at all: off track too (and on the list to update).
    let silent = action("d", Status::Todo, Some("2014-09-01"), &[]);
    let h = of_action(&silent, today(), 4).unwrap();
    assert_eq!(h.state, HealthState::OffTrack);
    assert!(h.needs_update());
    // Due today is not late yet.
    let today_due = action("e", Status::Todo, Some(TODAY), &green);
    assert_eq!(state(&today_due), HealthState::OnTrack);
}

#[test]
fn with_no_fresh_check_in_it_is_stale_when_expected_else_not_started() {
    let expected = [
        action("in-progress", Status::InProgress, None, &[]),
        // Due within two thresholds (56 days), the last day included.
        action("soon", Status::Todo, Some("2014-11-11"), &[]),
        action(
            "before",
            Status::Todo,
            None,
            &[checkin("c", "2014-01-01", Health::OnTrack)],
        ),
    ];
    for a in &expected {
        let h = of_action(a, today(), 4).unwrap();
        assert_eq!(h.state, HealthState::Stale, "{}", a.id);
        assert!(h.expected && h.needs_update(), "{}", a.id);
    }
    let quiet = [
        action("todo", Status::Todo, None, &[]),
        action("later", Status::Todo, Some("2014-11-12"), &[]),
    ];
    for a in &quiet {
        let h = of_action(a, today(), 4).unwrap();
        assert_eq!(
            (h.state, h.why),
            (HealthState::NotStarted, Why::NothingExpected),
            "{}",
            a.id
        );
        assert!(!h.needs_update(), "{}", a.id);
    }
}

/// A plan of one objective holding `actions`, owned by one delegation.
fn plan_of(actions: Vec<Action>, declared: &[CheckIn]) -> Plan {
    let mut plan = jalons::builtin::roadmap();
    plan.actions.clear();
    plan.objectives.truncate(1);
    "o".clone_into(&mut plan.objectives[0].id);
    plan.objectives[0].checkins = declared.to_vec();
    plan.trips.clear();
    "d".clone_into(&mut plan.delegations[0].id);
    plan.actions = actions;
    plan
}

fn objective_of(plan: &Plan) -> jalons::domain::ObjectiveHealth {
    PlanIndex::build(plan, today()).health.objectives[0]
}

#[test]
fn an_objective_takes_the_worst_of_its_open_actions_and_counts_each_state() {
    let fresh_green = [checkin("c", "2014-09-15", Health::OnTrack)];
    let plan = plan_of(
        vec![
            action("a1", Status::InProgress, None, &fresh_green),
            action("a2", Status::InProgress, None, &fresh_green),
            action("a3", Status::InProgress, None, &fresh_green),
            action("a4", Status::Blocked, None, &[]),
            action("a5", Status::Todo, None, &[]),
        ],
        &[],
    );
    let o = objective_of(&plan);
    // Three on track and one at risk is at risk, never "mostly green".
    assert_eq!(o.state, Some(HealthState::AtRisk));
    assert_eq!(o.worst, Some(3));
    assert_eq!(o.counts, [1, 3, 0, 1, 0]);
    // One stale action makes a green objective stale: nobody knows.
    let plan = plan_of(
        vec![
            action("a1", Status::InProgress, None, &fresh_green),
            action("a2", Status::InProgress, None, &[]),
        ],
        &[],
    );
    assert_eq!(objective_of(&plan).state, Some(HealthState::Stale));
}

#[test]
fn done_actions_are_out_of_every_count() {
    let done = Status::Done {
        on: day("2014-09-01"),
    };
    let plan = plan_of(
        vec![
            action("late-but-done", done, Some("2014-08-01"), &[]),
            action(
                "off-but-done",
                done,
                None,
                &[checkin("c", "2014-09-15", Health::OffTrack)],
            ),
            action(
                "green",
                Status::InProgress,
                None,
                &[checkin("c", "2014-09-15", Health::OnTrack)],
            ),
        ],
        &[],
    );
    let index = PlanIndex::build(&plan, today());
    assert_eq!(index.health.actions[0], None);
    assert_eq!(index.health.actions[1], None);
    let o = index.health.objectives[0];
    assert_eq!(o.state, Some(HealthState::OnTrack));
    assert_eq!(o.counts.iter().sum::<usize>(), 1);
    let tally = index.health.tally(0..plan.actions.len());
    assert_eq!((tally.open, tally.expected, tally.fresh), (1, 1, 1));
    assert!(to_update(&plan, &index.health, None).is_empty());
    // An objective with only done actions has no computed health.
    let all_done = plan_of(vec![action("x", done, None, &[])], &[]);
    assert_eq!(objective_of(&all_done).state, None);
}

#[test]
fn a_declared_health_rosier_than_the_actions_is_flagged() {
    let actions = || {
        vec![action(
            "late",
            Status::InProgress,
            Some("2014-09-01"),
            &[checkin("c", "2014-09-15", Health::OnTrack)],
        )]
    };
    let rosy = plan_of(actions(), &[checkin("o-c", "2014-09-15", Health::OnTrack)]);
    let o = objective_of(&rosy);
    assert_eq!(o.state, Some(HealthState::OffTrack));
    assert_eq!(o.declared, Some((day("2014-09-15"), Health::OnTrack, true)));
    assert!(o.rosier());
    let honest = plan_of(actions(), &[checkin("o-c", "2014-09-15", Health::OffTrack)]);
    assert!(!objective_of(&honest).rosier());
    let silent = plan_of(actions(), &[]);
    assert!(!objective_of(&silent).rosier());
    assert_eq!(objective_of(&silent).declared, None);
}

#[test]
fn the_list_to_update_is_by_owner_oldest_check_in_first() {
    let plan = plan_of(
        vec![
            action(
                "checked-in-march",
                Status::InProgress,
                None,
                &[checkin("c", "2014-03-01", Health::OnTrack)],
            ),
            action("never", Status::InProgress, None, &[]),
            action(
                "checked-in-january",
                Status::InProgress,
                None,
                &[checkin("c", "2014-01-10", Health::AtRisk)],
            ),
            action(
                "fresh",
                Status::InProgress,
                None,
                &[checkin("c", "2014-09-10", Health::AtRisk)],
            ),
        ],
        &[],
    );
    let index = PlanIndex::build(&plan, today());
    let list = to_update(&plan, &index.health, None);
    assert_eq!(list.len(), 1);
    let ids: Vec<&str> = list[0]
        .1
        .iter()
        .map(|&a| plan.actions[a].id.as_str())
        .collect();
    assert_eq!(ids, ["never", "checked-in-january", "checked-in-march"]);
    assert!(to_update(&plan, &index.health, Some("nobody")).is_empty());
}

#[test]
fn a_check_in_or_a_tick_updates_the_index_in_place_as_a_rebuild_would() {
    use jalons::domain::{Op, apply, locate};
    let mut plan = jalons::generate::with_checkins(jalons::generate::plan(300, 3), 2, 5);
    let as_of = day("2016-01-15");
    let mut index = PlanIndex::build(&plan, as_of);
    let ops = [
        Op::AddCheckIn {
            record: plan.actions[4].id.clone(),
            checkin: checkin("c-new", "2016-01-15", Health::OffTrack),
        },
        Op::AddCheckIn {
            record: plan.objectives[0].id.clone(),
            checkin: checkin("c-obj", "2016-01-14", Health::OnTrack),
        },
        Op::DeleteCheckIn {
            record: plan.actions[9].id.clone(),
            id: plan.actions[9].checkins[0].id.clone(),
        },
    ];
    for op in ops {
        let (Op::AddCheckIn { record, .. } | Op::DeleteCheckIn { record, .. }) = &op else {
            unreachable!()
        };
        let place = locate(&plan, record).expect("a record");
        apply(&mut plan, &op).expect("applies");
        index.checked_in(&plan, place);
        assert_eq!(index, PlanIndex::build(&plan, as_of), "after {op:?}");
    }
    let a = (0..plan.actions.len())
        .find(|&a| plan.actions[a].status.is_open())
        .expect("an open action");
    let place = locate(&plan, &plan.actions[a].id).expect("an action");
    let before = PlanIndex::share(&plan, place, as_of).expect("a share");
    let op = Op::SetActionStatus {
        id: plan.actions[a].id.clone(),
        status: Status::Done { on: as_of },
    };
    apply(&mut plan, &op).expect("applies");
    index.state_changed(&plan, place, before, as_of);
    assert_eq!(index, PlanIndex::build(&plan, as_of));
}

#[test]
fn the_objective_declared_health_is_an_objective_check_in() {
    let plan = plan_of(Vec::new(), &[checkin("o-c", "2014-06-01", Health::AtRisk)]);
    let o: Objective = plan.objectives[0].clone();
    // Old, but still shown, said not fresh.
    assert_eq!(
        jalons::domain::latest(&o.checkins),
        Some((day("2014-06-01"), Health::AtRisk))
    );
    assert_eq!(
        objective_of(&plan).declared,
        Some((day("2014-06-01"), Health::AtRisk, false))
    );
}
