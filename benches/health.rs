//! Health on generated plans with three check-ins on every action (`generate::with_checkins`),
//! as of the day the plans are generated for:
//!
//! - `compute`: every action's and objective's health from scratch, what the index builds
//!   alongside its other figures on every change that is not a tick or a check-in (goal at
//!   10k actions: ≤ 5 ms);
//! - `check_in`: one check-in added, and the health of its action and objective brought up to
//!   date in place, as the interface does on `c`;
//! - `list_to_update`: the weekly review's "À mettre à jour" list, rebuilt after each change.
//!
//! `cargo bench --bench health` (a name filters: `-- compute`).

use std::sync::OnceLock;

use chrono::NaiveDate;
use divan::Bencher;
use jalons::domain::{CheckIn, Health, Op, Plan, PlanHealth, PlanIndex, apply, locate, to_update};

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, slot};

const CHECKINS: usize = 3;

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date")
}

/// The generated plan of `actions` actions with three check-ins on each, made once.
fn plan(actions: usize) -> &'static Plan {
    static CACHE: [OnceLock<Plan>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CACHE[slot(actions)]
        .get_or_init(|| jalons::generate::with_checkins(plans::plan(actions).clone(), CHECKINS, 7))
}

#[divan::bench(args = SIZES)]
fn compute(bencher: Bencher, actions: usize) {
    let plan = plan(actions);
    bencher.bench(|| PlanHealth::of(divan::black_box(plan), today()));
}

#[divan::bench(args = SIZES)]
fn check_in(bencher: Bencher, actions: usize) {
    let mut plan = plan(actions).clone();
    let mut index = PlanIndex::build(&plan, today());
    let record = plan.actions[actions / 2].id.clone();
    let place = locate(&plan, &record).expect("an action");
    let mut n = 0u32;
    bencher.bench_local(|| {
        n += 1;
        let op = Op::AddCheckIn {
            record: record.clone(),
            checkin: CheckIn {
                id: format!("c-bench-{n}"),
                on: today(),
                by: String::new(),
                health: Health::AtRisk,
                text: "Point".to_owned(),
                due: None,
            },
        };
        apply(&mut plan, &op).expect("applies");
        index.checked_in(&plan, place);
    });
}

#[divan::bench(args = SIZES)]
fn list_to_update(bencher: Bencher, actions: usize) {
    let plan = plan(actions);
    let health = PlanHealth::of(plan, today());
    bencher.bench(|| to_update(divan::black_box(plan), &health, None));
}
