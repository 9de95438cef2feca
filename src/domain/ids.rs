//! IDs for new records: a readable slug of their title and a short random suffix, so that two
//! advisers (or two instances) creating "Déplacement à Bucarest" at the same time never give
//! two records one ID — a merge would have to tell them apart.

use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;

use super::model::{CheckIn, Plan};
use super::ops::locate;

/// The longest slug part of an ID.
const SLUG_LEN: usize = 40;
/// The suffix's letters: lower case and digits that cannot be misread (no 0/o, 1/l).
const SUFFIX_ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";
const SUFFIX_LEN: usize = 4;

/// "Déplacement à Bucarest" → "deplacement-a-bucarest"; other scripts are transliterated
/// ("東京" → "dong-jing", "Ереван" → "erevan").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in deunicode::deunicode(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= SLUG_LEN {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "x".to_owned() } else { out }
}

/// `prefix` + the slug of `text` + a random suffix, unused in the plan:
/// "a-deplacement-a-bucarest-k3f9".
pub fn new_id(plan: &Plan, prefix: &str, text: &str) -> String {
    let base = format!("{prefix}{}", slug(text));
    loop {
        let id = format!("{base}-{}", suffix());
        if locate(plan, &id).is_none() {
            return id;
        }
    }
}

/// An ID for a new check-in of a record: "c-2014-09-16-k3f9", unused among its `existing`
/// check-ins (the only ones it must differ from: check-ins are found through their record).
pub fn new_checkin_id(existing: &[CheckIn], on: NaiveDate) -> String {
    loop {
        let id = format!("c-{on}-{}", suffix());
        if !existing.iter().any(|c| c.id == id) {
            return id;
        }
    }
}

/// Four letters drawn from the process's random keys (std seeds them from the system's
/// randomness) and a counter, so two calls, or two processes, differ.
fn suffix() -> String {
    static KEYS: OnceLock<RandomState> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = KEYS.get_or_init(RandomState::new).build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let mut bits = hasher.finish();
    let mut out = String::with_capacity(SUFFIX_LEN);
    for _ in 0..SUFFIX_LEN {
        out.push(char::from(SUFFIX_ALPHABET[(bits & 31) as usize]));
        bits >>= 5;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_ascii_in_any_script() {
        assert_eq!(slug("Déplacement à Bucarest"), "deplacement-a-bucarest");
        assert_eq!(slug("  « COP 21 » !"), "cop-21");
        assert_eq!(slug("東京"), "dong-jing");
        assert_eq!(slug("Ереван"), "erevan");
        assert_eq!(slug("تهران"), "thrn");
        assert_eq!(slug("🙂"), "slight-smile");
        assert_eq!(slug("…"), "x");
    }

    #[test]
    fn new_ids_keep_the_slug_and_spread_their_suffixes() {
        let plan = crate::builtin::roadmap();
        let mut seen = std::collections::HashSet::new();
        for _ in 0..2000 {
            let id = new_id(&plan, "a-", "Nouvelle action");
            let suffix = id.strip_prefix("a-nouvelle-action-").expect("slug kept");
            assert_eq!(suffix.len(), SUFFIX_LEN);
            assert!(suffix.bytes().all(|b| SUFFIX_ALPHABET.contains(&b)), "{id}");
            seen.insert(id);
        }
        // 2,000 draws among 2^20 suffixes repeat about twice; a constant or a counter mod
        // something small would repeat hundreds of times.
        assert!(seen.len() >= 1980, "{} distinct of 2000", seen.len());
        let madrid = new_id(&plan, "", "Madrid");
        assert!(madrid.starts_with("madrid-") && madrid != "madrid");
    }
}
