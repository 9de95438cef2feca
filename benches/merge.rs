//! The three-way merge, on generated plans of 1k, 10k and 100k actions: what a save costs when
//! another instance saved meanwhile. Each side makes 100 changes (ticks, titles, notes, due
//! dates, a checklist item ticked), some on the same records, none on the same field.
//!
//! `cargo bench --bench merge` (`DIVAN_SAMPLE_COUNT` overrides the counts).

use divan::{Bencher, black_box};
use jalons::domain::{Plan, Status};
use jalons::merge::merge3;
use jalons::store::{self, Store};

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, plan};

fn main() {
    divan::main();
}

/// Base, and 100 changes of each side spread over the plan.
fn sides(actions: usize) -> (Plan, Plan, Plan) {
    let base = plan(actions).clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let step = actions / 50;
    let day = base.mandate_start.expect("a start");
    for k in 0..50 {
        let a = k * step;
        ours.actions[a].status = Status::Done { on: day };
        ours.actions[a + 1].title = format!("Titre revu {k}");
        theirs.actions[a].notes = format!("Vu avec le cabinet, point {k}");
        theirs.actions[a + 2].due = Some(day);
    }
    for k in 0..2 {
        ours.trips[k].checklist[0].done_on = Some(day);
        theirs.trips[k + 2].checklist[0].done_on = Some(day);
    }
    (base, ours, theirs)
}

#[divan::bench(args = SIZES, sample_count = 10, max_time = 5)]
fn merge3_100_changes_each_side(bencher: Bencher, actions: usize) {
    let (base, ours, theirs) = sides(actions);
    bencher.bench_local(|| merge3(black_box(&base), black_box(&ours), black_box(&theirs)));
}

/// A whole save that finds the file changed: read and parse theirs, parse the base, merge,
/// validate, write, fsync, rename.
#[divan::bench(args = SIZES, sample_count = 10, max_time = 8)]
fn save_merging_another_instance(bencher: Bencher, actions: usize) {
    let (base, ours, theirs) = sides(actions);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("roadmap.json");
    let theirs_bytes = store::to_bytes(&theirs);
    bencher
        .with_inputs(|| {
            let _ = std::fs::remove_file(&path);
            let store = Store::create(&path, &base).expect("a new store");
            // Another instance's save, by rename as jalons saves.
            let tmp = dir.path().join("theirs.json");
            std::fs::write(&tmp, &theirs_bytes).expect("written");
            std::fs::rename(&tmp, &path).expect("renamed");
            store
        })
        .bench_local_values(|mut store| {
            let saved = store.save(&ours, &[]).expect("a save");
            assert!(saved.merged.is_some());
            store
        });
}
