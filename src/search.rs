//! Finding any record by a few letters of its text: incremental, fuzzy, case- and
//! accent-insensitive (`buca`, `BUCAREST`, `Érevan`, `developpement`, `cop 21`).
//!
//! A [`SearchIndex`] is built once per plan change: every searchable text of every record,
//! converted once to the matcher's form (`nucleo_matcher::Utf32String`), so that a keystroke
//! only matches. [`SearchIndex::search`] returns one [`Hit`] per record (its best field), best
//! first; the matched positions come only for the hits returned.
//!
//! **Matching.** Each word of the query must match the same field. Accents, case and
//! typographic punctuation (« », ’, —, non-breaking spaces) are folded away on both sides,
//! the texts once when the index is built, and the ligatures œ and æ are written out
//! (`voeux` finds « vœux », and `vœux` finds "voeux"). `!`, `^`, `'` and `$` have no special
//! meaning: the query is taken literally. A one-word query ending in `s` or `x` also finds
//! the word without it, as a whole word (`roms` finds « aux Rom », `reseaux` finds
//! « réseau »).
//!
//! **Ranking.** First by how the words stand in the text (`text::Tier`): every word a
//! whole word, then at the start of a word (`buca`), then inside one (`rope` in "Europe").
//! Only when no text holds every word in one piece are letters matched scattered, through
//! `nucleo-matcher` (gaps allowed: `cop21` finds « COP 21 », `bucrest` finds "Bucarest"),
//! and then only where each word's letters lie close together (`query::slack`): `madrid`
//! is never found in « la Maire … grands axes … de Paris au sein d… ». Within a tier, by
//! the matcher's score (contiguous letters at word starts score best), a record's main
//! text (a title, a name, a destination, a label) scoring a quarter more than its notes or
//! other fields, so the record *named* by the query comes before records that only mention
//! it; then kind (actions, objectives, trips, checklist items, delegations, members,
//! horizons, templates), then plan order. Nothing good enough: no result, said as such.
//!
//! **Speed.** The interface should call [`SearchIndex::search_incremental`] on each
//! keystroke: a query that extends the previous one only tries the texts that one matched.
//! Either way, texts that cannot reach the `limit` best are skipped after a cheap test
//! (`run.rs`). Building the index takes about 30 ms at 10,000 actions: rebuild it when the
//! search opens after a change rather than on every change.
//!
//! **Highlighting.** [`Hit::indices`] are char positions (not bytes) in the field's text as
//! stored, which [`field_text`] returns. The interface shows text through
//! [`crate::sanitize::inert`], which may lengthen it when it replaces a control character: it
//! should highlight only when `inert` returned the text unchanged (`Cow::Borrowed`), and show
//! the inert text plain otherwise.

mod fields;
mod query;
mod run;
mod text;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_build;

use crate::domain::Plan;
pub use fields::field_text;
use query::Query;
use text::SearchText;

/// The kinds of record, in the order results of equal score are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Action,
    Objective,
    Trip,
    Item,
    Delegation,
    Member,
    Horizon,
    Template,
}

/// A record, by its position in the plan's lists (valid for the plan the index was built
/// from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Horizon(usize),
    Objective(usize),
    Action(usize),
    Delegation(usize),
    Trip(usize),
    Member { trip: usize, member: usize },
    Item { trip: usize, item: usize },
    Template(usize),
}

impl Target {
    pub const fn kind(self) -> Kind {
        match self {
            Self::Horizon(_) => Kind::Horizon,
            Self::Objective(_) => Kind::Objective,
            Self::Action(_) => Kind::Action,
            Self::Delegation(_) => Kind::Delegation,
            Self::Trip(_) => Kind::Trip,
            Self::Member { .. } => Kind::Member,
            Self::Item { .. } => Kind::Item,
            Self::Template(_) => Kind::Template,
        }
    }

    /// Kind first, then plan order.
    const fn order(self) -> (Kind, usize, usize) {
        match self {
            Self::Horizon(i)
            | Self::Objective(i)
            | Self::Action(i)
            | Self::Delegation(i)
            | Self::Trip(i)
            | Self::Template(i) => (self.kind(), i, 0),
            Self::Member { trip, member: i } | Self::Item { trip, item: i } => {
                (self.kind(), trip, i)
            }
        }
    }
}

/// Which text of a record matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// An objective's or an action's title.
    Title,
    /// A horizon's or a checklist item's label.
    Label,
    Notes,
    /// One of an objective's themes, by position.
    Theme(usize),
    /// A delegation's, a member's or a template's name.
    Name,
    /// A delegation's holder.
    Holder,
    /// A delegation's or a member's role.
    Role,
    Destination,
    Country,
    Purpose,
}

impl Field {
    /// The text that names the record, which outranks the others.
    const fn is_main(self) -> bool {
        matches!(
            self,
            Self::Title | Self::Label | Self::Name | Self::Holder | Self::Destination
        )
    }
}

/// One record found: its best-matching field, the score, and the matched char positions in
/// that field's text (sorted, distinct; see the module's note on highlighting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub field: Field,
    pub score: u32,
    pub indices: Vec<u32>,
}

/// Every searchable text of a plan, ready to match.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Grouped by record, records in plan order within each list.
    entries: Vec<Entry>,
    /// For [`Self::search_incremental`]: the queries typed so far, each one beginning with
    /// the one before, with the entries each matched.
    trail: Vec<(String, Vec<usize>)>,
    /// The next slot to index ([`fields::slots`]) while the index is built a little at a
    /// time, in the interface's idle moments.
    next: usize,
}

#[derive(Debug, Clone)]
struct Entry {
    target: Target,
    field: Field,
    text: SearchText,
}

impl SearchIndex {
    pub fn new(plan: &Plan) -> Self {
        let mut index = Self::default();
        index.build(plan, None);
        index
    }

    /// Indexes the next records of `plan` until `until` (all of them without one); returns
    /// whether the index is complete. The plan must be the one the index was begun on, or
    /// one changed since only as [`Self::refresh`] was told.
    pub fn build(&mut self, plan: &Plan, until: Option<std::time::Instant>) -> bool {
        let slots = fields::slots(plan);
        let entries = &mut self.entries;
        while self.next < slots {
            fields::slot_fields(plan, self.next, &mut |target, field, text| {
                push(entries, target, field, text);
            });
            self.next += 1;
            // The clock is read every few records: a record takes microseconds.
            if self.next.is_multiple_of(32) && until.is_some_and(|t| std::time::Instant::now() >= t)
            {
                break;
            }
        }
        self.next >= slots
    }

    /// Whether every record of `plan` is indexed.
    pub fn is_complete(&self, plan: &Plan) -> bool {
        self.next >= fields::slots(plan)
    }

    /// Takes the new texts of `target`, changed in place in `plan` (the plan's lists are
    /// as they were): only its entries are made again. Returns false when the index cannot
    /// tell where they go (the record had no text before): it must then be built anew.
    pub fn refresh(&mut self, plan: &Plan, target: Target) -> bool {
        let Some(slot) = fields::slot_of(plan, target) else {
            return false;
        };
        self.trail.clear();
        if slot >= self.next {
            // Not indexed yet: it will be, as it is now.
            return true;
        }
        let Some(start) = self.entries.iter().position(|e| e.target == target) else {
            return false;
        };
        let end = start
            + self.entries[start..]
                .iter()
                .take_while(|e| e.target == target)
                .count();
        let mut fresh = Vec::new();
        fields::slot_fields(plan, slot, &mut |target, field, text| {
            push(&mut fresh, target, field, text);
        });
        self.entries.splice(start..end, fresh);
        true
    }

    /// How many texts the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The `limit` best records for `query`, best first (see the module's documentation).
    /// An empty query, or one of spaces, finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        match Query::new(query) {
            Some(query) => self.run(&query, 0..self.entries.len(), limit, &mut Vec::new(), true),
            None => Vec::new(),
        }
    }

    /// The same results as [`Self::search`], sooner while the adviser types: a query that
    /// begins with an earlier one (after folding: `buc` then `buca`, `cop` then `cop 21`) can
    /// only match texts the earlier one matched, so only those are tried again; a deleted
    /// letter goes back to the query it had before. The memory goes with the index, which is
    /// rebuilt when the plan changes.
    pub fn search_incremental(&mut self, query: &str, limit: usize) -> Vec<Hit> {
        let Some(query) = Query::new(query) else {
            self.trail.clear();
            return Vec::new();
        };
        while self
            .trail
            .last()
            .is_some_and(|(text, _)| !query.text.starts_with(text.as_str()))
        {
            self.trail.pop();
        }
        let mut matched = Vec::new();
        let hits = match self.trail.last() {
            Some((_, entries)) => {
                self.run(&query, entries.iter().copied(), limit, &mut matched, true)
            }
            None => self.run(&query, 0..self.entries.len(), limit, &mut matched, true),
        };
        if self
            .trail
            .last()
            .is_none_or(|(text, _)| *text != query.text)
        {
            self.trail.push((query.text, matched));
        }
        hits
    }
}

fn push(entries: &mut Vec<Entry>, target: Target, field: Field, text: &str) {
    if !text.trim().is_empty() {
        entries.push(Entry {
            target,
            field,
            text: SearchText::new(text),
        });
    }
}
