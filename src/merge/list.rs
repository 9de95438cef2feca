//! One list of records merged by ID: which records survive, what each becomes, in what order.

use rustc_hash::{FxHashMap, FxHashSet};

use super::conflict::ConflictKind;
use super::order;
use super::record::{Ctx, Keyed, Values};

/// How a record changed on both sides is merged (fields, and a trip's own lists).
pub type MergeOne<T> = fn(&T, &T, &T, &mut Ctx) -> T;

/// Merges `base`, `ours` and `theirs` by record ID. A record changed on one side only takes
/// that side; changed on both, `merge_one` merges it. Deleted on one side and unchanged on
/// the other, it is gone; deleted on one side and changed on the other, it is kept with the
/// changes and reported. (IDs created on both sides with different records were renamed
/// before: see `super::collision`.)
pub fn merge<T: Keyed>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    ctx: &mut Ctx,
    merge_one: MergeOne<T>,
) -> Vec<T> {
    if ours == base {
        return theirs.to_vec();
    }
    if theirs == base || ours == theirs {
        return ours.to_vec();
    }
    let (b, o) = (by_id(base), by_id(ours));
    let mut kept: FxHashMap<&str, T> = FxHashMap::default();
    for t in theirs {
        let id = t.id();
        let survivor = match (b.get(id).map(|&i| &base[i]), o.get(id).map(|&i| &ours[i])) {
            (Some(b), Some(o)) if o == b => t.clone(),
            (Some(b), Some(o)) if t == b => o.clone(),
            (_, Some(o)) if o == t => t.clone(),
            (Some(b), Some(o)) => merge_one(b, o, t, ctx),
            (Some(b), None) if t == b => continue,
            (Some(_), None) => {
                // Deleted here, changed there: nothing is lost, the record stays.
                ctx.report(ConflictKind::DeleteVsEdit, t, Values::record(Some(t), None));
                t.clone()
            }
            (None, _) => t.clone(),
        };
        kept.insert(id, survivor);
    }
    let in_theirs: FxHashSet<&str> = theirs.iter().map(Keyed::id).collect();
    for o in ours.iter().filter(|o| !in_theirs.contains(o.id())) {
        match b.get(o.id()).map(|&i| &base[i]) {
            Some(b) if b == o => continue,
            Some(_) => {
                ctx.report(
                    ConflictKind::DeleteVsEdit,
                    o,
                    Values::record(Some(o), Some(o)),
                );
            }
            None => {}
        }
        kept.insert(o.id(), o.clone());
    }
    let keep: FxHashSet<&str> = kept.keys().copied().collect();
    let order = order::merge(&ids(base), &ids(ours), &ids(theirs), &keep);
    let mut out = Vec::with_capacity(order.len());
    for id in order {
        if let Some(r) = kept.remove(id) {
            out.push(r);
        }
    }
    out
}

fn by_id<T: Keyed>(list: &[T]) -> FxHashMap<&str, usize> {
    list.iter().enumerate().map(|(i, r)| (r.id(), i)).collect()
}

fn ids<T: Keyed>(list: &[T]) -> Vec<&str> {
    list.iter().map(Keyed::id).collect()
}

/// A record merged field by field.
pub fn fields<T: Keyed>(base: &T, ours: &T, theirs: &T, ctx: &mut Ctx) -> T {
    super::record::merge(base, ours, theirs, ctx, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Delegation;

    fn d(id: &str, name: &str) -> Delegation {
        Delegation {
            source: None,
            id: id.into(),
            name: name.into(),
            holder: String::new(),
            role: String::new(),
            kind: crate::domain::DelegationKind::Service,
        }
    }

    #[test]
    fn a_record_kept_from_ours_keeps_its_place() {
        let base = vec![d("a", "A"), d("b", "B"), d("c", "C")];
        let ours = vec![d("a", "A"), d("b", "B2"), d("c", "C")];
        let theirs = vec![d("a", "A"), d("c", "C")];
        let mut ctx = Ctx::default();
        let out = merge(&base, &ours, &theirs, &mut ctx, fields);
        let ids: Vec<&str> = out.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(out[1].name, "B2");
        assert_eq!(ctx.conflicts.len(), 1);
        assert_eq!(ctx.conflicts[0].kind, ConflictKind::DeleteVsEdit);
    }
}
