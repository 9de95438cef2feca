//! Saving a large store fast: the text of each action and each trip is kept from one save to
//! the next, and only the records the saved operations touched are written again. The bytes
//! are exactly those of a full serialisation (tests hold them to it).

use std::io::{self, Write};

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::text::at_depth;
use crate::domain::{Op, Place, Plan, Record, locate};

#[derive(Debug, Default)]
pub struct TextCache {
    actions: FxHashMap<String, Vec<u8>>,
    trips: FxHashMap<String, Vec<u8>>,
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
                // Cascades and moves touch records the operation does not name.
                Op::Delete { .. } | Op::Move { .. } | Op::Batch(_) => self.forget(),
            }
        }
    }

    /// Writes the store's text for `plan`, from the kept texts where they are, filling in
    /// the others (on two cores when there are many).
    pub fn write(&mut self, plan: &Plan, out: &mut impl Write) -> io::Result<()> {
        let (actions, trips) = (&mut self.actions, &mut self.trips);
        std::thread::scope(|scope| {
            let filling = scope.spawn(|| fill(actions, &plan.actions, |a| &a.id));
            fill(trips, &plan.trips, |t| &t.id);
            filling.join().expect("serialising does not panic");
        });
        out.write_all(b"{\n")?;
        field(
            out,
            "schema_version",
            &at_depth(&plan.schema_version, 1),
            true,
        )?;
        field(out, "title", &at_depth(&plan.title, 1), false)?;
        if plan.mandate_start.is_some() {
            field(
                out,
                "mandate_start",
                &at_depth(&plan.mandate_start, 1),
                false,
            )?;
        }
        field(out, "horizons", &at_depth(&plan.horizons, 1), false)?;
        field(out, "objectives", &at_depth(&plan.objectives, 1), false)?;
        out.write_all(b",\n  \"actions\": ")?;
        list(out, plan.actions.iter().map(|a| &self.actions[&a.id]))?;
        field(out, "delegations", &at_depth(&plan.delegations, 1), false)?;
        out.write_all(b",\n  \"trips\": ")?;
        list(out, plan.trips.iter().map(|t| &self.trips[&t.id]))?;
        field(out, "templates", &at_depth(&plan.templates, 1), false)?;
        out.write_all(b"\n}\n")
    }
}

fn fill<T: Serialize>(
    kept: &mut FxHashMap<String, Vec<u8>>,
    records: &[T],
    id: impl Fn(&T) -> &String,
) {
    // A record that is gone must not linger: keep exactly the plan's records.
    if kept.len() > records.len() {
        kept.clear();
    }
    for record in records {
        if !kept.contains_key(id(record)) {
            kept.insert(id(record).clone(), at_depth(record, 2));
        }
    }
}

fn field(out: &mut impl Write, name: &str, value: &[u8], first: bool) -> io::Result<()> {
    if !first {
        out.write_all(b",\n")?;
    }
    out.write_all(b"  \"")?;
    out.write_all(name.as_bytes())?;
    out.write_all(b"\": ")?;
    out.write_all(value)
}

/// A list at depth one, as `serde_json` pretty-prints it.
fn list<'a>(
    out: &mut impl Write,
    items: impl ExactSizeIterator<Item = &'a Vec<u8>>,
) -> io::Result<()> {
    if items.len() == 0 {
        return out.write_all(b"[]");
    }
    out.write_all(b"[\n")?;
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.write_all(b",\n")?;
        }
        out.write_all(b"    ")?;
        out.write_all(item)?;
    }
    out.write_all(b"\n  ]")
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

    fn cached(cache: &mut TextCache, plan: &crate::domain::Plan) -> Vec<u8> {
        let mut out = Vec::new();
        cache.write(plan, &mut out).expect("written");
        out
    }

    #[test]
    fn kept_texts_give_the_bytes_of_a_full_serialisation_after_each_change() {
        let mut plan = crate::generate::plan(200, 3);
        let mut cache = TextCache::default();
        assert!(cached(&mut cache, &plan) == full(&plan));
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
            assert!(cached(&mut cache, &plan) == full(&plan), "after {op:?}");
        }
        let empty = crate::domain::Plan::empty("vide");
        assert!(cached(&mut TextCache::default(), &empty) == full(&empty));
    }
}
