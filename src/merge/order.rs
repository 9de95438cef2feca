//! The order of a merged list.
//!
//! Theirs is the order kept; ours adds to it only what ours changed: records ours added, and
//! records ours moved (and theirs did not), each placed after its nearest predecessor in our
//! order. A record counts as moved when it is not in the longest common subsequence of the
//! base order and that side's order, so one record dragged up a list moves one record, not
//! all those it jumped over.

use rustc_hash::{FxHashMap, FxHashSet};

/// The merged order of `keep` (the IDs that survive), from the three versions' orders.
/// IDs of `keep` found in neither side's order are left out (the caller places them).
pub fn merge<'a>(
    base: &[&'a str],
    ours: &[&'a str],
    theirs: &[&'a str],
    keep: &FxHashSet<&'a str>,
) -> Vec<&'a str> {
    if ours == theirs {
        return theirs
            .iter()
            .copied()
            .filter(|id| keep.contains(id))
            .collect();
    }
    let in_base: FxHashSet<&str> = base.iter().copied().collect();
    let in_ours: FxHashSet<&str> = ours.iter().copied().collect();
    let in_theirs: FxHashSet<&str> = theirs.iter().copied().collect();
    let moved_ours = moved(base, ours);
    let moved_theirs = moved(base, theirs);
    // What our order places: records theirs lacks, and records only we moved.
    let placed = |id: &str| {
        !in_theirs.contains(id)
            || (in_base.contains(id) && moved_ours.contains(id) && !moved_theirs.contains(id))
    };
    let mut seq: Vec<&str> = theirs
        .iter()
        .copied()
        .filter(|id| keep.contains(id) && !(in_ours.contains(id) && placed(id)))
        .collect();
    // Added by theirs alone: our insertions after the same predecessor go after these.
    let theirs_new = |id: &str| !in_base.contains(id) && !in_ours.contains(id);
    let mut placed_so_far: FxHashSet<&str> = seq.iter().copied().collect();
    let mut prev: Option<&str> = None;
    let mut at = 0;
    for (i, &id) in ours.iter().enumerate() {
        if !keep.contains(id) || !placed(id) {
            continue;
        }
        if prev.is_none_or(|p| Some(p) != i.checked_sub(1).map(|j| ours[j])) {
            // A new run: find where it goes, after its nearest predecessor already in place.
            let anchor = ours[..i]
                .iter()
                .rev()
                .find(|p| placed_so_far.contains(*p))
                .and_then(|p| seq.iter().position(|s| s == p));
            at = anchor.map_or(0, |a| a + 1);
            while at < seq.len() && theirs_new(seq[at]) {
                at += 1;
            }
        }
        seq.insert(at, id);
        placed_so_far.insert(id);
        at += 1;
        prev = Some(id);
    }
    seq
}

/// The IDs both orders hold that are out of their longest common subsequence in `side`.
fn moved<'a>(base: &[&'a str], side: &[&'a str]) -> FxHashSet<&'a str> {
    let at_base: FxHashMap<&str, usize> = base.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let common: Vec<(&str, usize)> = side
        .iter()
        .filter_map(|id| at_base.get(id).map(|&i| (*id, i)))
        .collect();
    let keep = longest_increasing(&common.iter().map(|(_, i)| *i).collect::<Vec<_>>());
    common
        .iter()
        .enumerate()
        .filter(|(k, _)| !keep.contains(k))
        .map(|(_, (id, _))| *id)
        .collect()
}

/// The positions of one longest strictly increasing subsequence of `xs` (patience sorting).
fn longest_increasing(xs: &[usize]) -> FxHashSet<usize> {
    let mut tails: Vec<usize> = Vec::new(); // position in xs of the smallest tail of each length
    let mut before: Vec<Option<usize>> = vec![None; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let len = tails.partition_point(|&t| xs[t] < x);
        before[i] = len.checked_sub(1).map(|l| tails[l]);
        if len == tails.len() {
            tails.push(i);
        } else {
            tails[len] = i;
        }
    }
    let mut out = FxHashSet::default();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.insert(i);
        at = before[i];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::merge;
    use rustc_hash::FxHashSet;

    fn run(base: &str, ours: &str, theirs: &str) -> String {
        let split = |s| -> Vec<&str> { str::split(s, ' ').collect() };
        let (b, o, t) = (split(base), split(ours), split(theirs));
        let keep: FxHashSet<&str> = o.iter().chain(&t).copied().collect();
        merge(&b, &o, &t, &keep).join(" ")
    }

    #[test]
    fn one_side_changes_take_that_side() {
        assert_eq!(run("a b c", "a b c", "c a b"), "c a b");
        assert_eq!(run("a b c", "c a b", "a b c"), "c a b");
    }

    #[test]
    fn our_additions_follow_their_predecessor() {
        assert_eq!(run("a b c", "a x b c", "a b c y"), "a x b c y");
        assert_eq!(run("a b c", "x y a b c", "a b c"), "x y a b c");
    }

    #[test]
    fn concurrent_insertions_at_one_place_put_theirs_first() {
        assert_eq!(run("a b", "a x b", "a y b"), "a y x b");
    }

    #[test]
    fn a_move_of_ours_lands_in_their_order() {
        // Ours moved c to the front; theirs added z at the end.
        assert_eq!(run("a b c", "c a b", "a b c z"), "c a b z");
    }

    #[test]
    fn a_record_moved_on_both_sides_keeps_their_place() {
        assert_eq!(run("a b c d", "d a b c", "a d b c"), "a d b c");
    }
}
