//! The built-in example roadmap: the Mayor of Paris's note of 16 May 2014, embedded.

use crate::domain::Plan;

/// The roadmap's text, as shipped in `assets/roadmap.json`.
pub const ROADMAP_JSON: &str = include_str!("../assets/roadmap.json");

/// The built-in roadmap. Its validity is checked by the test suite, so this cannot fail.
pub fn roadmap() -> Plan {
    serde_json::from_str(ROADMAP_JSON).expect("the built-in roadmap is valid (tested)")
}
