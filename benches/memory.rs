//! What holds the memory of a running interface, on generated stores of 1k, 10k and 100k
//! actions: the heap held after each step of the start (the store's text, the plan, the
//! index, the model) and the peak while opening, ticking and saving, and searching. Counted by
//! a global allocator that keeps a running total (`peak_alloc`, over the system allocator:
//! the figures are bytes asked for, not pages the kernel gave; RSS is in `scripts/bench_pty.py`).
//!
//!     cargo bench --bench memory            # 1k and 10k
//!     cargo bench --bench memory -- 100000  # or any sizes

use std::path::Path;

use chrono::NaiveDate;
use jalons::app::{Model, Msg, update};
use jalons::domain::PlanIndex;
use jalons::i18n::Lang;
use jalons::store::Store;
use peak_alloc::PeakAlloc;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

fn mib(bytes: usize) -> String {
    // Figures of a few MiB: two decimals are enough, and f64 holds them exactly.
    #[allow(clippy::cast_precision_loss)]
    let m = bytes as f64 / f64::from(1 << 20);
    format!("{m:.2}")
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    let today = NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date");
    let dir = tempfile::tempdir().expect("a folder");
    println!(
        "| actions | store (MB) | its text read | store + plan | + index | + model: held | peak opening | peak ticking & saving | peak searching |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for actions in sizes {
        let path = dir.path().join(format!("{actions}.json"));
        let text = jalons::store::to_bytes(&jalons::generate::plan(actions, 1));
        std::fs::write(&path, &text).expect("the store written");
        let size = text.len();
        drop(text);

        let before = HEAP.current_usage();
        HEAP.reset_peak_usage();
        let bytes = std::fs::read(&path).expect("read");
        let read = HEAP.current_usage() - before;
        drop(bytes);
        let (store, plan) = Store::open(&path).expect("a valid store");
        let with_plan = HEAP.current_usage() - before;
        let index = PlanIndex::build(&plan, today);
        let with_index = HEAP.current_usage() - before;
        let mut model = Model::with_index(plan, index, today, Lang::Fr, "bench.json".into());
        let held = HEAP.current_usage() - before;
        let opening = HEAP.peak_usage() - before;

        let mut store = store;
        HEAP.reset_peak_usage();
        for _ in 0..4 {
            update(&mut model, Msg::Drill);
        }
        update(&mut model, Msg::ToggleDone);
        let pending = std::mem::take(&mut model.pending);
        store.save(&model.plan, &pending).expect("saved");
        let ticking = HEAP.peak_usage() - before;

        HEAP.reset_peak_usage();
        update(&mut model, Msg::Search);
        for c in "forum".chars() {
            update(&mut model, Msg::Input(KeyEvent::from(KeyCode::Char(c))));
        }
        let searching = HEAP.peak_usage() - before;
        println!(
            "| {actions} | {:.1} | {} | {} | {} | **{}** | {} | {} | {} |",
            mib(size).parse::<f64>().unwrap_or_default() * 1.048_576,
            mib(read),
            mib(with_plan),
            mib(with_index),
            mib(held),
            mib(opening),
            mib(ticking),
            mib(searching),
        );
        drop((model, store));
        let _ = std::fs::remove_file(Path::new(&path));
    }
}
