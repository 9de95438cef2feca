//! Dates that follow from other dates (`item_due`, `is_late`, `bucket`) and the figures the
//! index derives from a plan (progress and late counts by horizon, objective, delegation).

use chrono::NaiveDate;
use jalons::domain::{
    Action, Bucket, ChecklistItem, Delegation, DelegationKind, Due, Horizon, Objective, Op, Plan,
    PlanIndex, Progress, Status, Trip, TripStatus, apply, bucket, days_until, is_late, item_due,
};
use pretty_assertions::assert_eq;
use rstest::rstest;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn trip(start: Option<&str>) -> Trip {
    Trip {
        source: None,
        id: "t".into(),
        destination: "Berlin".into(),
        country: String::new(),
        start: start.map(date),
        end: None,
        status: TripStatus::Preparing,
        purpose: String::new(),
        objectives: vec![],
        members: vec![],
        checklist: vec![],
        notes: String::new(),
    }
}

fn item(id: &str, due: Option<Due>, owner: Option<&str>, done_on: Option<&str>) -> ChecklistItem {
    ChecklistItem {
        notes: String::new(),
        source: None,
        id: id.into(),
        label: id.into(),
        owner: owner.map(Into::into),
        due,
        done_on: done_on.map(date),
    }
}

#[test]
fn an_item_due_on_a_day_is_due_that_day_whatever_the_trip() {
    let on = Due::On(date("2014-06-01"));
    let i = item("i", Some(on), None, None);
    assert_eq!(item_due(&trip(None), &i), Some(date("2014-06-01")));
    assert_eq!(
        item_due(&trip(Some("2014-09-01")), &i),
        Some(date("2014-06-01"))
    );
}

#[test]
fn an_item_due_days_before_departure_follows_the_trip() {
    let i = item("i", Some(Due::DaysBefore(30)), None, None);
    assert_eq!(
        item_due(&trip(Some("2014-07-10")), &i),
        Some(date("2014-06-10"))
    );
    // Across a month and a leap day.
    assert_eq!(
        item_due(&trip(Some("2016-03-01")), &i),
        Some(date("2016-01-31"))
    );
    // The trip moves: so does the item.
    assert_eq!(
        item_due(&trip(Some("2014-08-10")), &i),
        Some(date("2014-07-11"))
    );
    // J-0 is the departure day.
    let zero = item("i", Some(Due::DaysBefore(0)), None, None);
    assert_eq!(
        item_due(&trip(Some("2014-08-10")), &zero),
        Some(date("2014-08-10"))
    );
}

#[test]
fn an_item_counting_from_an_unscheduled_trip_or_with_no_due_has_no_date() {
    let i = item("i", Some(Due::DaysBefore(30)), None, None);
    assert_eq!(item_due(&trip(None), &i), None);
    assert_eq!(
        item_due(&trip(Some("2014-07-10")), &item("i", None, None, None)),
        None
    );
}

#[rstest]
#[case::due_today("2014-07-14", false, false)]
#[case::due_yesterday("2014-07-13", false, true)]
#[case::due_long_ago("2014-01-01", false, true)]
#[case::due_tomorrow("2014-07-15", false, false)]
#[case::done_and_overdue("2014-07-13", true, false)]
fn lateness_starts_the_day_after_the_due_date(
    #[case] due: &str,
    #[case] done: bool,
    #[case] late: bool,
) {
    assert_eq!(is_late(Some(date(due)), done, date("2014-07-14")), late);
}

#[test]
fn nothing_without_a_due_date_is_late() {
    assert!(!is_late(None, false, date("2014-07-14")));
}

#[test]
fn days_until_is_signed() {
    assert_eq!(days_until(date("2014-07-26"), date("2014-07-14")), 12);
    assert_eq!(days_until(date("2014-07-11"), date("2014-07-14")), -3);
}

#[rstest]
// Today is Sunday 13 July 2014: the French week began on Monday 7 and ends today.
#[case::sunday_today("2014-07-13", "2014-07-13", Bucket::ThisWeek)]
#[case::sunday_yesterday("2014-07-13", "2014-07-12", Bucket::Late)]
#[case::sunday_then_monday("2014-07-13", "2014-07-14", Bucket::ThisMonth)]
// Monday 14 July: a new week, through Sunday 20.
#[case::monday_today("2014-07-14", "2014-07-14", Bucket::ThisWeek)]
#[case::monday_then_sunday("2014-07-14", "2014-07-20", Bucket::ThisWeek)]
#[case::monday_then_next_monday("2014-07-14", "2014-07-21", Bucket::ThisMonth)]
#[case::monday_yesterday("2014-07-14", "2014-07-13", Bucket::Late)]
// Month end: Monday 21 July; the 31st is next week but still this month, 1 August is later.
#[case::month_last_day("2014-07-21", "2014-07-31", Bucket::ThisMonth)]
#[case::next_month("2014-07-21", "2014-08-01", Bucket::Later)]
// A week that straddles two months counts as this week.
#[case::week_across_months("2014-07-30", "2014-08-03", Bucket::ThisWeek)]
#[case::after_that_week("2014-07-30", "2014-08-04", Bucket::Later)]
// Year boundary: Monday 29 December 2014, the week runs to Sunday 4 January 2015.
#[case::week_across_years("2014-12-29", "2015-01-04", Bucket::ThisWeek)]
#[case::next_year("2014-12-29", "2015-01-05", Bucket::Later)]
// Same month number, another year: later, not this month.
#[case::same_month_next_year("2014-12-15", "2015-12-31", Bucket::Later)]
#[case::this_month_same_year("2014-12-15", "2014-12-31", Bucket::ThisMonth)]
fn buckets_follow_french_weeks_and_calendar_months(
    #[case] today: &str,
    #[case] due: &str,
    #[case] expected: Bucket,
) {
    assert_eq!(bucket(date(due), date(today)), expected);
}

fn delegation(id: &str) -> Delegation {
    Delegation {
        source: None,
        id: id.into(),
        name: id.into(),
        holder: String::new(),
        role: String::new(),
        kind: DelegationKind::Service,
    }
}

fn action(id: &str, objective: &str, owner: &str, due: Option<&str>, status: Status) -> Action {
    Action {
        source: None,
        start: None,
        id: id.into(),
        objective: objective.into(),
        title: id.into(),
        owner: owner.into(),
        co_owners: vec![],
        due: due.map(date),
        status,
        notes: String::new(),
        trip: None,
        checkins: Vec::new(),
    }
}

/// Two horizons; h1 has o1 (3 actions) and o2 (none); h2 has o3 (2 actions). Today is
/// 14 July 2014. Two trips: one preparing, one cancelled, each with two checklist items.
fn small() -> Plan {
    let mut plan = Plan::empty("Index");
    for id in ["h1", "h2"] {
        plan.horizons.push(Horizon {
            source: None,
            id: id.into(),
            label: id.into(),
            start: None,
            deadline: None,
            notes: String::new(),
        });
    }
    for (id, h) in [("o1", "h1"), ("o3", "h2"), ("o2", "h1")] {
        plan.objectives.push(Objective {
            source: None,
            id: id.into(),
            horizon: h.into(),
            title: id.into(),
            themes: vec![],
            notes: String::new(),
            checkins: Vec::new(),
        });
    }
    plan.delegations = vec![delegation("d1"), delegation("d2"), delegation("d3")];
    let done = Status::Done {
        on: date("2014-07-01"),
    };
    plan.actions = vec![
        action("a1", "o1", "d1", Some("2014-07-13"), Status::Todo), // late
        action("a2", "o3", "d2", Some("2014-07-01"), done),         // done, not late
        action("a3", "o1", "d1", Some("2014-07-14"), Status::InProgress), // due today
        action("a4", "o1", "d2", Some("2014-06-01"), Status::Blocked), // late
        action("a5", "o3", "d1", None, Status::Todo),
    ];
    plan.actions[0].co_owners = vec!["d3".into()];
    let mut open = trip(Some("2014-07-20"));
    open.id = "t-open".into();
    open.checklist = vec![
        item("i1", Some(Due::DaysBefore(10)), Some("d3"), None), // due 10 July: late
        item(
            "i2",
            Some(Due::DaysBefore(10)),
            Some("d3"),
            Some("2014-07-09"),
        ),
    ];
    let mut cancelled = trip(Some("2014-07-20"));
    cancelled.id = "t-cancelled".into();
    cancelled.status = TripStatus::Cancelled;
    cancelled.checklist = vec![
        item("i3", Some(Due::DaysBefore(30)), Some("d3"), None), // overdue, but closed
        item("i4", Some(Due::DaysBefore(30)), Some("d1"), None),
    ];
    plan.trips = vec![open, cancelled];
    plan
}

const fn progress(done: usize, total: usize, late: usize) -> Progress {
    Progress {
        done,
        total,
        late,
        closed: 0,
    }
}

#[test]
fn the_index_groups_objectives_and_actions_in_plan_order() {
    let plan = small();
    let index = PlanIndex::build(&plan, date("2014-07-14"));
    assert_eq!(index.objectives_of, vec![vec![0, 2], vec![1]]);
    assert_eq!(index.actions_of, vec![vec![0, 2, 3], vec![1, 4], vec![]]);
    assert_eq!(index.objective_pos["o2"], 2);
    assert_eq!(index.trip_pos["t-cancelled"], 1);
}

#[test]
fn the_index_counts_progress_and_lateness() {
    let plan = small();
    let index = PlanIndex::build(&plan, date("2014-07-14"));
    assert_eq!(
        index.horizon_progress,
        vec![progress(0, 3, 2), progress(1, 2, 0)]
    );
    assert_eq!(
        index.objective_progress,
        vec![progress(0, 3, 2), progress(1, 2, 0), progress(0, 0, 0)]
    );
    // Owners only; the co-owner d3 is counted apart.
    let owns: Vec<_> = index.carry.iter().map(|c| c.owns).collect();
    assert_eq!(
        owns,
        vec![progress(0, 3, 1), progress(1, 2, 1), progress(0, 0, 0)]
    );
    // d3 co-owns a1, which is late: it contributes to it.
    let helps: Vec<_> = index.carry.iter().map(|c| c.contributes).collect();
    assert_eq!(
        helps,
        vec![progress(0, 0, 0), progress(0, 0, 0), progress(0, 1, 1)]
    );
    // A cancelled trip's items are never late, nor open: as in the agenda, they are closed.
    let items: Vec<_> = index.carry.iter().map(|c| c.items).collect();
    let closed = |p: Progress| Progress { closed: 1, ..p };
    assert_eq!(
        items,
        vec![
            closed(progress(0, 1, 0)),
            progress(0, 0, 0),
            closed(progress(1, 3, 1))
        ]
    );
    assert_eq!(items[0].open(), 0);
    assert_eq!(items[2].open(), 1);
    assert_eq!(
        index.trip_checklist,
        vec![progress(1, 2, 1), progress(0, 2, 0)]
    );
    assert_eq!(index.horizon_progress[0].open(), 3);
    assert!((index.horizon_progress[1].ratio() - 0.5).abs() < f64::EPSILON);
    assert!(index.objective_progress[2].ratio().abs() < f64::EPSILON);
}

#[test]
fn the_index_follows_the_day_and_the_plan() {
    let mut plan = small();
    // A day earlier, a1 (due 13 July) is not late yet, nor is i1 (due 10 July)... on 10 July.
    let index = PlanIndex::build(&plan, date("2014-07-10"));
    assert_eq!(index.horizon_progress[0], progress(0, 3, 1));
    assert_eq!(index.trip_checklist[0], progress(1, 2, 0));
    // Done today: no longer late, and counted done.
    apply(
        &mut plan,
        &Op::SetActionStatus {
            id: "a1".into(),
            status: Status::Done {
                on: date("2014-07-14"),
            },
        },
    )
    .unwrap();
    let index = PlanIndex::build(&plan, date("2014-07-14"));
    assert_eq!(index.horizon_progress[0], progress(1, 3, 1));
    assert_eq!(index.carry[0].owns, progress(1, 3, 0));
    // The trip moves later: its item is no longer late.
    plan.trips[0].start = Some(date("2014-08-20"));
    let index = PlanIndex::build(&plan, date("2014-07-14"));
    assert_eq!(index.trip_checklist[0], progress(1, 2, 0));
}

#[test]
fn the_index_leaves_dangling_records_out_without_panicking() {
    let mut plan = small();
    plan.objectives[1].horizon = "h9".into();
    plan.actions[0].objective = "o9".into();
    plan.actions[1].owner = "d9".into();
    let index = PlanIndex::build(&plan, date("2014-07-14"));
    assert_eq!(index.objectives_of, vec![vec![0, 2], vec![]]);
    assert_eq!(index.actions_of[0], vec![2, 3]);
    assert_eq!(index.horizon_progress[1], progress(0, 0, 0));
    assert_eq!(index.carry[1].owns, progress(0, 1, 1));
}
