//! What keeping every screen's selection on its record costs when the plan changes (the
//! records noted by ID before, found again after), on generated plans of 1k, 10k and 100k
//! actions, through `update` as the runtime drives it (no frame drawn: the cost measured is
//! the change's):
//!
//! - `Space` on the weekly review, 40 rows down: the tick's fast path (the index updated in
//!   place), the entry leaving the review and its neighbour selected;
//! - `J` on the Délégations screen: a move, the index rebuilt, the delegation followed;
//! - another instance's save merged in, which dated the selected trip (the trips re-sort):
//!   the index rebuilt and every selection found again.
//!
//! `cargo bench --bench selection`.

use std::cell::RefCell;

use chrono::NaiveDate;
use divan::Bencher;
use jalons::app::{Model, Msg, SaveReport, Screen, update};
use jalons::i18n::Lang;

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, plan};

fn main() {
    divan::main();
}

fn model(actions: usize, screen: Screen, downs: usize) -> Model {
    let today = NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date");
    let mut model = Model::new(plan(actions).clone(), today, Lang::Fr, "bench.json".into());
    update(&mut model, Msg::Show(screen));
    for _ in 0..downs {
        update(&mut model, Msg::Down);
    }
    model
}

#[divan::bench(args = SIZES, sample_count = 100, sample_size = 1, max_time = 10)]
fn tick_on_deadlines(bencher: Bencher, actions: usize) {
    let model = RefCell::new(model(actions, Screen::Deadlines, 40));
    bencher.bench_local(|| {
        let mut model = model.borrow_mut();
        update(&mut model, Msg::ToggleDone);
        // Saved at once: nothing pending piles up between samples.
        model.pending.clear();
    });
}

#[divan::bench(args = SIZES, sample_count = 20, sample_size = 1, max_time = 10)]
fn reorder_delegation(bencher: Bencher, actions: usize) {
    let model = RefCell::new(model(actions, Screen::Delegations, 3));
    let mut down = false;
    bencher.bench_local(|| {
        let mut model = model.borrow_mut();
        down = !down;
        let msg = if down { Msg::MoveDown } else { Msg::MoveUp };
        update(&mut model, msg);
        model.pending.clear();
    });
}

#[divan::bench(args = SIZES, sample_count = 20, sample_size = 1, max_time = 10)]
fn merge_resorting_trips(bencher: Bencher, actions: usize) {
    let model = RefCell::new(model(actions, Screen::Trips, 20));
    let mut later = false;
    bencher
        .with_inputs(|| {
            let model = model.borrow();
            let mut theirs = model.plan.clone();
            let t = model.review.trip(&model.index).expect("a trip selected");
            // Dated early or late in turn: it moves to one end of the list, then the other.
            later = !later;
            let year = if later { 2030 } else { 1990 };
            theirs.trips[t].start = NaiveDate::from_ymd_opt(year, 1, 1);
            theirs.trips[t].end = NaiveDate::from_ymd_opt(year, 1, 2);
            SaveReport {
                at: "10:42".into(),
                ops: usize::MAX,
                merged: Some(Box::new(theirs)),
                conflicts: Vec::new(),
            }
        })
        .bench_local_values(|report| {
            update(&mut model.borrow_mut(), Msg::Saved(Ok(report)));
        });
}
