//! What the last status note saw, kept beside the store (`roadmap.json.note.json`, private
//! like the store, each adviser's own as the calendar's ledger is) so that the next note can
//! say what moved since: the due date and the health of every action. The store keeps no
//! history of a due date; without this, a late action re-dated would read as on time with
//! nothing to say it slipped.
//!
//! It holds the note of the latest day before today and today's (written again by every
//! note made today), so a note made twice in a day still compares with the day before.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Plan, PlanHealth};
use crate::store;

/// One note's view of the actions: by ID, the due date and the health (by its JSON name;
/// `None` once done).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub date: NaiveDate,
    pub actions: BTreeMap<String, (Option<NaiveDate>, Option<String>)>,
}

impl Snapshot {
    /// What a note made on `today` sees of `plan`.
    pub fn of(plan: &Plan, health: &PlanHealth, today: NaiveDate) -> Self {
        let actions = plan
            .actions
            .iter()
            .zip(&health.actions)
            .map(|(a, h)| (a.id.clone(), (a.due, h.map(|h| h.state.name().to_owned()))))
            .collect();
        Self {
            date: today,
            actions,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteLedger {
    #[serde(default)]
    pub notes: Vec<Snapshot>,
}

impl NoteLedger {
    /// The note to compare with on `today`: the latest made before it.
    pub fn previous(&self, today: NaiveDate) -> Option<&Snapshot> {
        self.notes
            .iter()
            .filter(|n| n.date < today)
            .max_by_key(|n| n.date)
    }

    /// Keeps `note` (today's) and the one before it.
    pub fn keep(&mut self, note: Snapshot) {
        let previous = self.previous(note.date).cloned();
        self.notes = previous.into_iter().chain(std::iter::once(note)).collect();
    }
}

/// Where the ledger of the store at `store_path` lives: beside the file a link leads to.
pub fn path_for(store_path: &Path) -> PathBuf {
    let store = store::resolve(store_path);
    let mut name = store.file_name().unwrap_or_default().to_os_string();
    name.push(".note.json");
    store.with_file_name(name)
}

/// The ledger beside the store; an empty one when there is none, or one that cannot be read
/// (it only ever says what moved: the next note starts it again).
pub fn load(store_path: &Path) -> NoteLedger {
    std::fs::read(path_for(store_path))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Writes the ledger beside the store, atomically, private (0600) like the store.
pub fn save(store_path: &Path, ledger: &NoteLedger) -> io::Result<()> {
    let mut bytes = serde_json::to_vec(ledger).map_err(io::Error::other)?;
    bytes.push(b'\n');
    store::write_file_atomically(&path_for(store_path), &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    fn note(date: &str) -> Snapshot {
        Snapshot {
            date: day(date),
            actions: BTreeMap::new(),
        }
    }

    #[test]
    fn a_note_made_twice_a_day_still_compares_with_the_day_before() {
        let mut ledger = NoteLedger::default();
        ledger.keep(note("2014-09-09"));
        ledger.keep(note("2014-09-16"));
        assert_eq!(
            ledger.previous(day("2014-09-16")),
            Some(&note("2014-09-09"))
        );
        ledger.keep(note("2014-09-16"));
        assert_eq!(ledger.notes.len(), 2);
        assert_eq!(
            ledger.previous(day("2014-09-16")),
            Some(&note("2014-09-09"))
        );
        // A week later, the 16th is the previous one and the 9th is dropped.
        ledger.keep(note("2014-09-23"));
        assert_eq!(ledger.notes, [note("2014-09-16"), note("2014-09-23")]);
    }
}
