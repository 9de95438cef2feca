//! Check-ins merged as a set by ID. They are added or deleted, never edited, so two advisers'
//! updates on one action are both kept, whatever order they saved in: the union of both
//! sides, less what either side deleted since the base. The same ID holding two different
//! check-ins (a hand edit, or two random suffixes meeting) keeps both: ours takes a fresh ID,
//! `<id>-2`.

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;

use crate::domain::CheckIn;

/// Merges the `checkins` fields of a record changed on both sides (absent: none).
pub fn merge(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
    let list = |v: Option<&Value>| -> Option<Vec<CheckIn>> {
        v.map_or_else(
            || Some(Vec::new()),
            |v| serde_json::from_value(v.clone()).ok(),
        )
    };
    let merged = merged(&list(base)?, &list(ours)?, &list(theirs)?);
    if merged.is_empty() {
        return None;
    }
    serde_json::to_value(merged).ok()
}

/// The union of `ours` and `theirs` by ID, less what one side deleted since `base` (and the
/// other left as it was), in the order records keep.
pub fn merged(base: &[CheckIn], ours: &[CheckIn], theirs: &[CheckIn]) -> Vec<CheckIn> {
    let by_id = |list: &[CheckIn]| -> FxHashMap<String, CheckIn> {
        list.iter().map(|c| (c.id.clone(), c.clone())).collect()
    };
    let (b, o) = (by_id(base), by_id(ours));
    let mut out: Vec<CheckIn> = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut renamed: Vec<CheckIn> = Vec::new();
    for t in theirs {
        match (b.get(&t.id), o.get(&t.id)) {
            // Deleted here, left as it was there: gone (changed there, by hand: kept).
            (Some(was), None) if was == t => {}
            (None | Some(_), None) => out.push(t.clone()),
            (_, Some(mine)) if mine == t => out.push(t.clone()),
            // Changed on one side only (by hand: check-ins are never edited): that side.
            (Some(was), Some(mine)) if was == t => out.push(mine.clone()),
            (Some(was), Some(mine)) if was == mine => out.push(t.clone()),
            // Two different check-ins under one ID: both stay, ours under a fresh ID.
            (_, Some(mine)) => {
                out.push(t.clone());
                renamed.push(mine.clone());
            }
        }
    }
    let in_theirs: FxHashSet<&str> = theirs.iter().map(|c| c.id.as_str()).collect();
    for mine in ours {
        let kept = match b.get(&mine.id) {
            // Theirs deleted it and ours left it as it was: gone.
            Some(was) => was != mine && !in_theirs.contains(mine.id.as_str()),
            None => !in_theirs.contains(mine.id.as_str()),
        };
        if kept {
            out.push(mine.clone());
        }
    }
    for mut mine in renamed {
        let taken = |id: &str| out.iter().any(|c| c.id == id);
        // Among as many suffixes as there are check-ins, and one more, one is free.
        let fresh = (2..out.len() + 3)
            .map(|n| format!("{}-{n}", mine.id))
            .find(|id| !taken(id))
            .expect("a free suffix");
        mine.id = fresh;
        out.push(mine);
    }
    out.sort_by(|a, b| a.key().cmp(&b.key()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Health;

    fn c(id: &str, day: u32, text: &str) -> CheckIn {
        CheckIn {
            id: id.to_owned(),
            on: chrono::NaiveDate::from_ymd_opt(2014, 9, day).expect("a date"),
            by: String::new(),
            health: Health::OnTrack,
            text: text.to_owned(),
            due: None,
        }
    }

    fn ids(list: &[CheckIn]) -> Vec<&str> {
        list.iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn additions_on_both_sides_are_kept_in_day_order() {
        let base = [c("a", 1, "")];
        let ours = [c("a", 1, ""), c("o", 10, "ours")];
        let theirs = [c("a", 1, ""), c("t", 5, "theirs")];
        assert_eq!(ids(&merged(&base, &ours, &theirs)), ["a", "t", "o"]);
        // Either order gives the same set, in the same order.
        assert_eq!(merged(&base, &ours, &theirs), merged(&base, &theirs, &ours));
    }

    #[test]
    fn a_deletion_on_one_side_wins_over_an_untouched_other() {
        let base = [c("a", 1, ""), c("b", 2, "")];
        let ours = [c("b", 2, "")];
        let theirs = [c("a", 1, ""), c("b", 2, ""), c("n", 3, "")];
        assert_eq!(ids(&merged(&base, &ours, &theirs)), ["b", "n"]);
        assert_eq!(ids(&merged(&base, &theirs, &ours)), ["b", "n"]);
    }

    #[test]
    fn one_id_two_check_ins_keeps_both() {
        let ours = [c("x", 3, "ours")];
        let theirs = [c("x", 4, "theirs")];
        let out = merged(&[], &ours, &theirs);
        assert_eq!(ids(&out), ["x-2", "x"]);
        assert_eq!(out[0].text, "ours");
    }
}
