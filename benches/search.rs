//! Search on generated plans of 1k, 10k and 100k actions: building the index (once per plan
//! change), then one keystroke's search for a query of 1, 3 and 6 characters, as an adviser
//! types `/b`, `/buc`, `/bucare`, each over the whole index (the worst case: the first
//! keystroke, or one after a deleted letter; the generated plans hold no Bucarest, so these
//! find only scattered letters, or nothing); `mad` and `madrid`, a city they do hold; `mdrid`,
//! a typo that only a letter-by-letter match finds; `pre`, three letters found in most texts
//! (the costliest kind of query); and the sixth keystroke of `bucare` as the interface runs
//! it, narrowing what `bucar` matched. The floor: 10 ms median per keystroke at 10k actions.
//!
//! `cargo bench --bench search`

use std::sync::OnceLock;

use divan::{Bencher, black_box};
use jalons::search::SearchIndex;

/// As many results as a screen lists.
const LIMIT: usize = 50;

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, plan, slot};

fn main() {
    divan::main();
}

fn index(actions: usize) -> &'static SearchIndex {
    static CACHE: [OnceLock<SearchIndex>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CACHE[slot(actions)].get_or_init(|| SearchIndex::new(plan(actions)))
}

#[divan::bench(args = SIZES, sample_count = 10, max_time = 20)]
fn build_index(bencher: Bencher, actions: usize) {
    let plan = plan(actions);
    bencher.bench(|| SearchIndex::new(black_box(plan)));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_1_char(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("b"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_3_chars(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("buc"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_6_chars(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("bucare"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_3_chars_found(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("mad"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_6_chars_found(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("madrid"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_typo(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("mdrid"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_common_3_chars(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher.bench(|| index.search(black_box("pre"), LIMIT));
}

#[divan::bench(args = SIZES, sample_count = 20, max_time = 10)]
fn keystroke_6th_incremental(bencher: Bencher, actions: usize) {
    let index = index(actions);
    bencher
        .with_inputs(|| {
            let mut typing = index.clone();
            for query in ["b", "bu", "buc", "buca", "bucar"] {
                typing.search_incremental(query, LIMIT);
            }
            typing
        })
        .bench_local_refs(|typing| typing.search_incremental(black_box("bucare"), LIMIT));
}
