//! What the benchmark files share: the sizes, the generated plans, and the binary's allocator.

use std::sync::OnceLock;

use jalons::domain::Plan;

pub const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const SEED: u64 = 1;

// The allocator the binary uses (src/main.rs), so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The position of a size in `SIZES`, for a cache of one entry per size.
pub fn slot(actions: usize) -> usize {
    SIZES
        .iter()
        .position(|&n| n == actions)
        .expect("a known size")
}

/// The plan of `actions` actions, generated on first use.
pub fn plan(actions: usize) -> &'static Plan {
    static CACHE: [OnceLock<Plan>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CACHE[slot(actions)].get_or_init(|| jalons::generate::plan(actions, SEED))
}
