//! One search, skipping the texts that cannot reach the results.
//!
//! A text ranks first by how the query's words stand in it ([`Tier`]: whole words and word
//! starts, then inside words, then letters scattered), then by its score there. Each word is
//! first looked for in one piece (`memmem` on the folded text), several times cheaper than
//! the matcher's fuzzy alignment; only when no text holds the words in one piece are the
//! letters aligned, in the texts that hold them in order: scattered letters are not shown
//! when better matches exist. Once `limit` records are found, the worst of them sets a bar
//! that every record in the final results reaches, and a text whose score cannot reach it is
//! skipped after the cheapest test that says so. The results are the same as scoring
//! everything (a test compares them).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use nucleo_matcher::{Config, Matcher};

use super::query::{Letters, Placed, Query, Scored, class};
use super::text::Tier;
use super::{Field, Hit, SearchIndex};

/// A record's best field so far in one search.
#[derive(Debug, Clone, Copy)]
struct Found {
    entry: usize,
    scored: Scored,
    rank: u32,
}

/// The records found so far in one search, one entry each (its best field), and the bar
/// the `limit` best of them set.
struct FoundList {
    hits: Vec<Found>,
    bar: Bar,
}

impl Found {
    fn list(limit: usize) -> FoundList {
        FoundList {
            hits: Vec::new(),
            bar: Bar {
                limit,
                ranks: BinaryHeap::with_capacity(limit.saturating_add(1).min(1 << 16)),
            },
        }
    }
}

impl FoundList {
    /// Whether a text ranking `rank` at best cannot enter the results.
    fn below(&self, rank: u32) -> bool {
        let height = self.bar.height();
        height > 0 && rank < height
    }

    /// Entry `i` matched: it is its record's best field so far, or not. The entries of a
    /// record follow one another in the index.
    fn note(&mut self, index: &SearchIndex, i: usize, scored: Scored) {
        let field = index.entries[i].field;
        let rank = rank(scored.tier, scored.score, field);
        let found = Found {
            entry: i,
            scored,
            rank,
        };
        match self.hits.last_mut() {
            Some(last) if index.entries[last.entry].target == index.entries[i].target => {
                if rank > last.rank {
                    *last = found;
                }
            }
            last => {
                // The record before is complete: its rank counts for the bar.
                if let Some(last) = last {
                    self.bar.push(last.rank);
                }
                self.hits.push(found);
            }
        }
    }
}

/// The ranks of the `limit` best records seen in full so far, worst on top.
struct Bar {
    limit: usize,
    ranks: BinaryHeap<Reverse<u32>>,
}

impl Bar {
    fn push(&mut self, rank: u32) {
        self.ranks.push(Reverse(rank));
        if self.ranks.len() > self.limit {
            self.ranks.pop();
        }
    }

    /// What a record must rank to enter the results (0 until `limit` records are seen).
    fn height(&self) -> u32 {
        match self.ranks.peek() {
            Some(&Reverse(rank)) if self.ranks.len() == self.limit => rank,
            _ => 0,
        }
    }
}

/// The rank of one tier over the next: more than any weighted score.
const TIER: u32 = 1 << 24;

/// A record's place in the results: its tier first, then its weighted score.
fn rank(tier: Tier, score: u32, field: Field) -> u32 {
    class(tier) * TIER + weigh(score, field).min(TIER - 1)
}

impl SearchIndex {
    /// The `limit` best records among the `candidates` entries (in index order), best first.
    /// `kept` receives every candidate that matched or was skipped unscored: a superset of
    /// the matches, which is what narrowing the next query needs. Without `prune`, every
    /// candidate is scored in full.
    ///
    /// Two passes: the words looked for in one piece in every text; then, only when no text
    /// holds them so, the letters aligned in the texts that hold them in order.
    pub(super) fn run(
        &self,
        query: &Query,
        candidates: impl Iterator<Item = usize>,
        limit: usize,
        kept: &mut Vec<usize>,
        prune: bool,
    ) -> Vec<Hit> {
        let mut found = Found::list(limit);
        // Texts that lack a word in one piece but hold its letters in order and close, with
        // a bound on what the matcher would score them.
        let mut scattered: Vec<(usize, u32)> = Vec::new();
        for i in candidates {
            let entry = &self.entries[i];
            if prune && found.below(rank(Tier::Word, query.perfect(), entry.field)) {
                kept.push(i);
                continue;
            }
            match query.place(&entry.text) {
                Placed::All(scored) => {
                    kept.push(i);
                    found.note(self, i, scored);
                }
                Placed::Missing { upper } => {
                    // Kept for a longer query while the letters are there at all; worth
                    // aligning now only where they lie close enough to be shown.
                    if query.in_order(&entry.text) {
                        kept.push(i);
                        if query.close(&entry.text) {
                            scattered.push((i, upper));
                        }
                    }
                }
            }
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        if found.hits.is_empty() {
            for (i, upper) in scattered {
                let entry = &self.entries[i];
                if prune && found.below(rank(Tier::Scattered, upper, entry.field)) {
                    continue;
                }
                // Too loose (a word's letters spread over a sentence) is no result.
                if let Letters::Close(scored) = query.scattered(&entry.text, &mut matcher) {
                    found.note(self, i, scored);
                }
            }
        }
        self.best(&mut found.hits, limit)
            .iter()
            .map(|f| {
                let entry = &self.entries[f.entry];
                Hit {
                    target: entry.target,
                    field: entry.field,
                    score: f.rank,
                    indices: query.indices(&entry.text, f.scored, &mut matcher),
                }
            })
            .collect()
    }

    /// The `limit` first of `found` in ranking order, sorted.
    fn best<'f>(&self, found: &'f mut [Found], limit: usize) -> &'f [Found] {
        let order = |f: &Found| (Reverse(f.rank), self.entries[f.entry].target.order());
        let limit = limit.min(found.len());
        if limit == 0 {
            return &[];
        }
        if limit < found.len() {
            found.select_nth_unstable_by_key(limit - 1, order);
        }
        let best = &mut found[..limit];
        best.sort_unstable_by_key(order);
        best
    }
}

/// A main field's score counts a quarter more.
const fn weigh(score: u32, field: Field) -> u32 {
    if field.is_main() {
        score.saturating_add(score / 4)
    } else {
        score
    }
}
