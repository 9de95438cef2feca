//! Saving a large store fast: the text of each action and each trip is found again in the
//! text last read or written (the store's *base*, which a merge needs anyway), and only the
//! records the saved operations touched are serialised again. The bytes are exactly those of
//! a full serialisation (tests hold them to it), and no second copy of the text is kept.

use std::io::{self, Write};
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::text::at_depth;
use crate::domain::{Op, Place, Plan, Record, locate};

/// Where each action's and each trip's text stands in the base text.
#[derive(Debug, Default)]
pub struct TextCache {
    actions: FxHashMap<String, Range<usize>>,
    trips: FxHashMap<String, Range<usize>>,
}

impl TextCache {
    pub fn forget(&mut self) {
        self.actions.clear();
        self.trips.clear();
    }

    /// Drops the text of every record `ops` changed in `plan` (which they were applied to).
    pub fn changed(&mut self, plan: &Plan, ops: &[Op]) {
        for op in ops {
            match op {
                Op::SetActionStatus { id, .. } => {
                    self.actions.remove(id);
                }
                Op::SetItemDone { id, .. } => match locate(plan, id) {
                    Some(Place::Item(t, _)) => {
                        self.trips.remove(&plan.trips[t].id);
                    }
                    _ => self.forget(),
                },
                Op::Put { record, .. } | Op::Edit { after: record, .. } => match record {
                    Record::Action(a) => {
                        self.actions.remove(&a.id);
                    }
                    Record::Trip(t) => {
                        self.trips.remove(&t.id);
                    }
                    Record::Member { trip, .. } | Record::Item { trip, .. } => {
                        self.trips.remove(trip);
                    }
                    // Short lists, written in full every time.
                    Record::Horizon(_)
                    | Record::Objective(_)
                    | Record::Delegation(_)
                    | Record::Template(_) => {}
                },
                // An objective is written in full every time.
                Op::AddCheckIn { record, .. } | Op::DeleteCheckIn { record, .. } => {
                    self.actions.remove(record);
                }
                // Cascades and moves touch records the operation does not name.
                Op::Delete { .. } | Op::Move { .. } | Op::Batch(_) => self.forget(),
            }
        }
    }

    /// Lays out the store's text for `plan`: each record's text from the base (of `base_len`
    /// bytes) where its place there is known, serialised anew (on two cores when there are
    /// many) where not. Afterwards the places are those in the text laid out, which becomes
    /// the caller's base once written.
    pub fn layout(&mut self, plan: &Plan, base_len: usize) -> Layout {
        let (actions, trips) = (&mut self.actions, &mut self.trips);
        // A place past the end of the base is not one (a base this cache was not built on).
        actions.retain(|_, r| r.end <= base_len);
        trips.retain(|_, r| r.end <= base_len);
        let (fresh_actions, fresh_trips) = std::thread::scope(|scope| {
            let filling = scope.spawn(|| fresh(actions, &plan.actions, |a| &a.id));
            let trips = fresh(trips, &plan.trips, |t| &t.id);
            (filling.join().expect("serialising does not panic"), trips)
        });
        let mut out = Layout::default();
        if actions.is_empty() && trips.is_empty() {
            // Everything serialised anew, in one piece: sized once, never grown by doubling.
            out.pieces
                .push(Piece::Text(Vec::with_capacity(base_len + (1 << 16))));
        }
        out.text(b"{\n");
        field(
            &mut out,
            "schema_version",
            &at_depth(&plan.schema_version, 1),
            true,
        );
        field(&mut out, "title", &at_depth(&plan.title, 1), false);
        if plan.mandate_start.is_some() {
            field(
                &mut out,
                "mandate_start",
                &at_depth(&plan.mandate_start, 1),
                false,
            );
        }
        field(
            &mut out,
            "checkin_weeks",
            &at_depth(&plan.checkin_weeks, 1),
            false,
        );
        field(&mut out, "horizons", &at_depth(&plan.horizons, 1), false);
        field(
            &mut out,
            "objectives",
            &at_depth(&plan.objectives, 1),
            false,
        );
        out.text(b",\n  \"actions\": ");
        list(
            &mut out,
            &plan.actions,
            |a| &a.id,
            &mut self.actions,
            fresh_actions,
        );
        field(
            &mut out,
            "delegations",
            &at_depth(&plan.delegations, 1),
            false,
        );
        out.text(b",\n  \"trips\": ");
        list(
            &mut out,
            &plan.trips,
            |t| &t.id,
            &mut self.trips,
            fresh_trips,
        );
        field(&mut out, "templates", &at_depth(&plan.templates, 1), false);
        out.text(b"\n}\n");
        out
    }
}

/// A store's text as pieces: new text, and stretches of the base kept as they are.
#[derive(Debug, Default)]
pub struct Layout {
    pieces: Vec<Piece>,
    len: usize,
}

#[derive(Debug)]
enum Piece {
    Text(Vec<u8>),
    Base(Range<usize>),
}

/// What separates two records of a list, as the text lays them out.
const BETWEEN: &[u8] = b",\n    ";

impl Layout {
    fn text(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
        if let Some(Piece::Text(last)) = self.pieces.last_mut() {
            last.extend_from_slice(bytes);
        } else {
            self.pieces.push(Piece::Text(bytes.to_vec()));
        }
    }

    /// A record kept from the base at `range`, after the separator `before`: two records
    /// that followed each other in the base make one stretch (the base being laid out like
    /// this text, what lies between them there is the separator).
    fn base(&mut self, before: &[u8], range: Range<usize>) {
        if before == BETWEEN
            && let Some(Piece::Base(last)) = self.pieces.last_mut()
            && last.end + BETWEEN.len() == range.start
        {
            self.len += BETWEEN.len() + range.len();
            last.end = range.end;
            return;
        }
        self.text(before);
        self.len += range.len();
        self.pieces.push(Piece::Base(range));
    }

    /// How long the text is.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Writes the text to `out`, the base's stretches through `base`.
    pub fn emit<W: Write>(
        &self,
        out: &mut W,
        mut base: impl FnMut(Range<usize>, &mut W) -> io::Result<()>,
    ) -> io::Result<()> {
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.write_all(text)?,
                Piece::Base(range) => base(range.clone(), out)?,
            }
        }
        Ok(())
    }

    /// The text, the base's stretches taken from `base`.
    pub fn to_vec(&self, base: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len);
        self.emit(&mut out, |range, out| {
            out.extend_from_slice(&base[range]);
            Ok(())
        })
        .expect("writing to memory does not fail");
        out
    }
}

/// The text of each record with no known place, by position in `records`.
fn fresh<T: Serialize + Sync>(
    known: &FxHashMap<String, Range<usize>>,
    records: &[T],
    id: impl Fn(&T) -> &String,
) -> FxHashMap<usize, Vec<u8>> {
    if known.is_empty() {
        // Nothing known (a first save): each record is written straight into the text, rather
        // than held apart first, which would cost a second copy of the whole text.
        return FxHashMap::default();
    }
    records
        .iter()
        .enumerate()
        .filter(|(_, r)| !known.contains_key(id(r)))
        .map(|(i, r)| (i, at_depth(r, 2)))
        .collect()
}

/// A list at depth one, as `serde_json` pretty-prints it, each record from the base or
/// `fresh`; `places` then holds where each record stands in `out`, and no record that is
/// gone.
fn list<T: Serialize>(
    out: &mut Layout,
    records: &[T],
    id: impl Fn(&T) -> &String,
    places: &mut FxHashMap<String, Range<usize>>,
    mut fresh: FxHashMap<usize, Vec<u8>>,
) {
    if places.len() + fresh.len() > records.len() {
        // Some records are gone: keep exactly the plan's.
        let ids: FxHashSet<&String> = records.iter().map(&id).collect();
        places.retain(|k, _| ids.contains(k));
    }
    if records.is_empty() {
        out.text(b"[]");
        return;
    }
    out.text(b"[\n    ");
    for (i, record) in records.iter().enumerate() {
        let before: &[u8] = if i > 0 { BETWEEN } else { b"" };
        if let Some(place) = places.get_mut(id(record))
            && !fresh.contains_key(&i)
        {
            out.base(before, place.clone());
            *place = out.len() - place.len()..out.len();
            continue;
        }
        out.text(before);
        let start = out.len();
        let text = fresh.remove(&i).unwrap_or_else(|| at_depth(record, 2));
        out.text(&text);
        places.insert(id(record).clone(), start..out.len());
    }
    out.text(b"\n  ]");
}

fn field(out: &mut Layout, name: &str, value: &[u8], first: bool) {
    if !first {
        out.text(b",\n");
    }
    out.text(b"  \"");
    out.text(name.as_bytes());
    out.text(b"\": ");
    out.text(value);
}

#[cfg(test)]
mod tests {
    use super::TextCache;
    use crate::domain::{Op, Record, Status, apply};

    fn full(plan: &crate::domain::Plan) -> Vec<u8> {
        let mut expected = serde_json::to_vec_pretty(plan).expect("serialises");
        expected.push(b'\n');
        expected
    }

    /// The text written with the places kept from `base`, which it then replaces.
    fn cached(cache: &mut TextCache, base: &mut Vec<u8>, plan: &crate::domain::Plan) -> Vec<u8> {
        let out = cache.layout(plan, base.len()).to_vec(base);
        base.clone_from(&out);
        out
    }

    #[test]
    fn kept_texts_give_the_bytes_of_a_full_serialisation_after_each_change() {
        let mut plan = crate::generate::plan(200, 3);
        let mut cache = TextCache::default();
        let mut base = Vec::new();
        assert!(cached(&mut cache, &mut base, &plan) == full(&plan));
        let item = plan.trips[2].checklist[1].id.clone();
        let mut action = plan.actions[5].clone();
        action.title = "Déplacement « modifié »\n".into();
        let ops = [
            Op::SetActionStatus {
                id: plan.actions[0].id.clone(),
                status: Status::Blocked,
            },
            Op::SetItemDone {
                id: item,
                done_on: plan.mandate_start,
            },
            Op::Put {
                record: Record::Action(action),
                at: None,
            },
            Op::Delete {
                id: plan.actions[7].id.clone(),
            },
            Op::Move {
                id: plan.trips[0].id.clone(),
                to: 3,
            },
        ];
        for op in ops {
            apply(&mut plan, &op).expect("applies");
            cache.changed(&plan, std::slice::from_ref(&op));
            assert!(
                cached(&mut cache, &mut base, &plan) == full(&plan),
                "after {op:?}"
            );
        }
        let empty = crate::domain::Plan::empty("vide");
        assert!(cached(&mut TextCache::default(), &mut Vec::new(), &empty) == full(&empty));
    }
}
