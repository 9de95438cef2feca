//! What the calendar last said of each record, so that a re-export after a change looks newer
//! to a calendar (`SEQUENCE` one up, `LAST-MODIFIED` later) and one with nothing changed is
//! the same file; and the store's identity, in every UID, so that two stores imported into
//! one calendar never update each other's entries.
//!
//! The store holds no time of change per record, so the calendar keeps its own ledger beside
//! the store (`roadmap.json.calendar.json`, private like the store): per record, a fingerprint
//! of what the calendar says of it, its sequence and when it last changed. A record whose
//! fingerprint differs from the ledger's changed since the last export: its change was saved
//! at the latest when the store last was, which is the time it is given.

use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeDelta, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::store;

/// The ledger: the store's identity, and what the calendar last said of each record by ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revisions {
    /// Random, made at the store's first calendar export: `<id>@<store>.jalons` is a UID.
    pub store: String,
    #[serde(default)]
    records: BTreeMap<String, Revision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// FNV-1a of the component's lines (all but its UID, stamps and sequence), in hex.
    pub hash: String,
    pub sequence: u32,
    pub modified: DateTime<Utc>,
}

impl Revisions {
    /// A ledger with nothing yet, for the store with this identity.
    pub fn new(store: impl Into<String>) -> Self {
        Self {
            store: store.into(),
            records: BTreeMap::new(),
        }
    }

    /// A ledger with a fresh random identity: twelve letters and digits.
    pub fn fresh() -> Self {
        Self::new(random_identity())
    }

    /// The revision of the record `id` whose component now reads `hash`: the same as last time
    /// when unchanged; otherwise one sequence up and modified at `saved_at` (or a second
    /// after the last change, should the clock have gone back). A record seen for the first
    /// time starts at sequence 0. The ledger keeps it.
    pub fn revise(&mut self, id: &str, hash: u64, saved_at: DateTime<Utc>) -> &Revision {
        let hash = format!("{hash:016x}");
        let revision = self
            .records
            .entry(id.to_owned())
            .and_modify(|r| {
                if r.hash != hash {
                    r.sequence = r.sequence.saturating_add(1);
                    r.modified = saved_at.max(r.modified + TimeDelta::seconds(1));
                    r.hash.clone_from(&hash);
                }
            })
            .or_insert_with(|| Revision {
                hash: hash.clone(),
                sequence: 0,
                modified: saved_at,
            });
        &*revision
    }

    /// The ledger as written beside the store: compact JSON and a final newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec(self).expect("a ledger serialises");
        bytes.push(b'\n');
        bytes
    }
}

/// Where the ledger of the store at `store_path` lives: beside the file a link leads to, like
/// the lock and the backups.
pub fn path_for(store_path: &Path) -> PathBuf {
    let store = store::resolve(store_path);
    let mut name = store.file_name().unwrap_or_default().to_os_string();
    name.push(".calendar.json");
    store.with_file_name(name)
}

/// The ledger beside the store; a fresh one when there is none. One that cannot be read is an
/// error (its identity would change every UID): the message names the file.
pub fn load(store_path: &Path) -> io::Result<Revisions> {
    let path = path_for(store_path);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}: {e}", crate::sanitize::display_path(&path)),
            )
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Revisions::fresh()),
        Err(e) => Err(e),
    }
}

/// Writes the ledger beside the store, atomically, private (0600) like the store.
pub fn save(store_path: &Path, revisions: &Revisions) -> io::Result<()> {
    // A new file is created 0600; one already there keeps its permissions.
    store::write_file_atomically(&path_for(store_path), &revisions.to_bytes())
}

/// The adviser's time zone, for the moment a to-do was completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The system's (`TZ`, `/etc/localtime`).
    Local,
    Fixed(FixedOffset),
}

impl Zone {
    pub fn utc() -> Self {
        Self::Fixed(FixedOffset::east_opt(0).expect("UTC"))
    }

    /// Noon of `day` in this zone, as a UTC instant: the day something was done, which every
    /// calendar within eleven hours of the adviser shows on that same day (midnight UTC put
    /// it on the day before anywhere west of Greenwich).
    pub fn noon(self, day: NaiveDate) -> DateTime<Utc> {
        let noon = day.and_hms_opt(12, 0, 0).expect("noon exists");
        let utc = match self {
            Self::Local => Local
                .from_local_datetime(&noon)
                .earliest()
                .map(|t| t.with_timezone(&Utc)),
            Self::Fixed(offset) => offset
                .from_local_datetime(&noon)
                .earliest()
                .map(|t| t.with_timezone(&Utc)),
        };
        utc.unwrap_or_else(|| noon.and_utc())
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms (std's hasher is not promised to be).
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Twelve letters and digits from the process's random keys (std seeds them from the system's
/// randomness), the clock and the pid.
fn random_identity() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut hasher = std::hash::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    hasher.write_u128(now.as_nanos());
    hasher.write_u32(std::process::id());
    let mut bits = hasher.finish();
    (0..12)
        .map(|_| {
            let c = ALPHABET[(bits % 32) as usize];
            bits /= 32;
            char::from(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("an instant")
    }

    #[test]
    fn a_revision_moves_only_when_its_record_changes() {
        let mut ledger = Revisions::new("abc");
        let first = ledger.revise("a-x", 1, at("2014-09-16T08:00:00Z")).clone();
        assert_eq!(
            (first.sequence, first.modified),
            (0, at("2014-09-16T08:00:00Z"))
        );
        // The same text later: nothing moves.
        let same = ledger.revise("a-x", 1, at("2014-09-20T08:00:00Z")).clone();
        assert_eq!(same, first);
        // Changed: one up, at the store's last save.
        let changed = ledger.revise("a-x", 2, at("2014-09-21T09:30:00Z")).clone();
        assert_eq!(
            (changed.sequence, changed.modified),
            (1, at("2014-09-21T09:30:00Z"))
        );
        // A clock gone back still moves forward.
        let back = ledger.revise("a-x", 3, at("2014-01-01T00:00:00Z")).clone();
        assert_eq!(
            (back.sequence, back.modified),
            (2, at("2014-09-21T09:30:01Z"))
        );
        let bytes = ledger.to_bytes();
        let read: Revisions = serde_json::from_slice(&bytes).expect("reads back");
        assert_eq!(read, ledger);
    }

    #[test]
    fn identities_differ_and_noon_falls_on_the_same_day() {
        let a = Revisions::fresh().store;
        let b = Revisions::fresh().store;
        assert_eq!(a.len(), 12);
        assert_ne!(a, b);
        let day: NaiveDate = "2014-09-12".parse().expect("a date");
        let paris = Zone::Fixed(FixedOffset::east_opt(2 * 3600).expect("+02:00"));
        assert_eq!(paris.noon(day), at("2014-09-12T10:00:00Z"));
        let bogota = Zone::Fixed(FixedOffset::west_opt(5 * 3600).expect("-05:00"));
        assert_eq!(bogota.noon(day), at("2014-09-12T17:00:00Z"));
        assert_eq!(
            fingerprint("a"),
            0xaf63_dc4c_8601_ec8c,
            "FNV-1a's published value"
        );
    }
}
