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

use rustc_hash::FxHashMap;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::store;

/// The ledger: the store's identity, and what the calendar last said of each record by ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revisions {
    /// Random, made at the store's first calendar export: `<id>@<store>.jalons` is a UID.
    pub store: String,
    #[serde(default)]
    records: FxHashMap<String, Revision>,
}

/// What the calendar last said of one record: the fingerprint of its component's lines
/// (all but its UID, stamps and sequence), its sequence, and when it last changed (seconds
/// since 1970, UTC). Written as a three-number array: the ledger of a 10k store is read at
/// every calendar export, and numbers read fastest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision(u64, u32, i64);

impl Revision {
    pub const fn sequence(self) -> u32 {
        self.1
    }

    pub fn modified(self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.2, 0).unwrap_or_default()
    }
}

/// The revisions a calendar export moved: records new or changed since the ledger was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Revised(Vec<(String, Revision)>);

impl Revised {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Revisions {
    /// A ledger with nothing yet, for the store with this identity.
    pub fn new(store: impl Into<String>) -> Self {
        Self {
            store: store.into(),
            records: FxHashMap::default(),
        }
    }

    /// A ledger with a fresh random identity: twelve letters and digits.
    pub fn fresh() -> Self {
        Self::new(random_identity())
    }

    /// The revision of the record `id` whose component now reads `hash`: the ledger's when
    /// unchanged; otherwise one sequence up and modified at `saved_at` (or a second after
    /// the last change, should the clock have gone back), noted in `moved`. A record seen for
    /// the first time starts at sequence 0.
    pub fn revise(
        &self,
        id: &str,
        hash: u64,
        saved_at: DateTime<Utc>,
        moved: &mut Revised,
    ) -> Revision {
        let at = saved_at.timestamp();
        let revision = match self.records.get(id) {
            Some(&r) if r.0 == hash => return r,
            Some(r) => Revision(hash, r.1.saturating_add(1), at.max(r.2 + 1)),
            None => Revision(hash, 0, at),
        };
        moved.0.push((id.to_owned(), revision));
        revision
    }

    /// Takes in what an export moved.
    pub fn apply(&mut self, moved: Revised) {
        self.records.extend(moved.0);
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

/// A 64-bit fingerprint, stable across builds and platforms (std's hasher is not promised to
/// be): the length, then eight bytes at a time through the multiply-rotate step of `FxHash`.
/// Each step is a bijection of the state, so texts that differ in one place always differ
/// here; eight bytes a step keeps the 7 MB calendar of a 10k store to a couple of
/// milliseconds (FNV's byte-at-a-time multiply chain took about eight).
pub fn fingerprint(text: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(K);
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut hash = step(0, bytes.len() as u64);
    for chunk in &mut chunks {
        hash = step(
            hash,
            u64::from_le_bytes(chunk.try_into().expect("eight bytes")),
        );
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    step(hash, u64::from_le_bytes(last))
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

    /// Revises `id` as an export would, and takes the move in.
    fn revise(ledger: &mut Revisions, id: &str, hash: u64, when: &str) -> (u32, DateTime<Utc>) {
        let mut moved = Revised::default();
        let r = ledger.revise(id, hash, at(when), &mut moved);
        ledger.apply(moved);
        (r.sequence(), r.modified())
    }

    #[test]
    fn a_revision_moves_only_when_its_record_changes() {
        let mut ledger = Revisions::new("abc");
        let first = revise(&mut ledger, "a-x", 1, "2014-09-16T08:00:00Z");
        assert_eq!(first, (0, at("2014-09-16T08:00:00Z")));
        // The same text later: nothing moves, nothing to keep.
        let mut moved = Revised::default();
        ledger.revise("a-x", 1, at("2014-09-20T08:00:00Z"), &mut moved);
        assert!(moved.is_empty());
        assert_eq!(revise(&mut ledger, "a-x", 1, "2014-09-20T08:00:00Z"), first);
        // Changed: one up, at the store's last save.
        let changed = revise(&mut ledger, "a-x", 2, "2014-09-21T09:30:00Z");
        assert_eq!(changed, (1, at("2014-09-21T09:30:00Z")));
        // A clock gone back still moves forward.
        let back = revise(&mut ledger, "a-x", 3, "2014-01-01T00:00:00Z");
        assert_eq!(back, (2, at("2014-09-21T09:30:01Z")));
        let bytes = ledger.to_bytes();
        let read: Revisions = serde_json::from_slice(&bytes).expect("reads back");
        assert_eq!(read, ledger);
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(text.contains("\"a-x\":[3,2,"), "{text}");
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
        // Stable: a change of this value would move every record of every ledger once.
        assert_eq!(fingerprint("SUMMARY:Madrid"), 0x0cb1_8c03_bfeb_0719);
        // One character changed anywhere, or one more, changes it.
        let text = "DTSTART;VALUE=DATE:20140918\r\nSUMMARY:Déplacement : Madrid\r\n";
        for (at, c) in text.char_indices() {
            let mut changed = text.to_owned();
            let other = if c == 'x' { "y" } else { "x" };
            changed.replace_range(at..at + c.len_utf8(), other);
            assert_ne!(fingerprint(&changed), fingerprint(text), "at {at}");
        }
        assert_ne!(fingerprint("ab"), fingerprint("ab\0"));
    }
}
