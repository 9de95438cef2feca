//! One search, skipping the texts that cannot reach the results.
//!
//! A text ranks first by how the query's words stand in it ([`Tier`]: whole words, then
//! word starts, then inside words, then letters scattered), then by the matcher's score.
//! Each word is first looked for in one piece, several times cheaper than the matcher's
//! fuzzy alignment; only a text that lacks a word in one piece is aligned letter by letter,
//! and only while no text has matched better: scattered letters are not shown when better
//! matches exist. Once `limit` records are found, the worst of them sets a bar that every
//! record in the final results reaches, and a text whose score cannot reach it is skipped
//! after the cheapest test that says so. The results are the same as scoring everything (a
//! test compares them).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use nucleo_matcher::{Config, Matcher};

use super::query::{Letters, Query, Scored};
use super::text::Tier;
use super::{Field, Hit, SearchIndex};

/// A record's best field so far in one search.
#[derive(Debug, Clone, Copy)]
struct Found {
    entry: usize,
    scored: Scored,
    rank: u32,
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
    (tier as u32) * TIER + weigh(score, field).min(TIER - 1)
}

impl SearchIndex {
    /// The `limit` best records among the `candidates` entries (in index order), best first.
    /// `kept` receives every candidate that matched or was skipped unscored: a superset of
    /// the matches, which is what narrowing the next query needs. Without `prune`, every
    /// candidate is scored in full.
    pub(super) fn run(
        &self,
        query: &Query,
        candidates: impl Iterator<Item = usize>,
        limit: usize,
        kept: &mut Vec<usize>,
        prune: bool,
    ) -> Vec<Hit> {
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut bar = Bar {
            limit,
            ranks: BinaryHeap::with_capacity(limit.saturating_add(1).min(1 << 16)),
        };
        let mut found: Vec<Found> = Vec::new();
        // Once a text matched better than by scattered letters, none of those is shown.
        let mut better = false;
        for i in candidates {
            let entry = &self.entries[i];
            let field = entry.field;
            let height = if prune {
                bar.height().max(if better { TIER } else { 0 })
            } else {
                0
            };
            let below = |tier: Tier, score: u32| height > 0 && rank(tier, score, field) < height;
            if below(Tier::Word, query.perfect()) {
                kept.push(i);
                continue;
            }
            let pieces = query.pieces(&entry.text, &mut matcher);
            let scored = if let Some(score) = pieces.found {
                kept.push(i);
                if below(Tier::Word, score) {
                    continue;
                }
                query.placed(&entry.text, score, &mut matcher)
            } else if let Some(stem) = query.stem_word(&entry.text, &mut matcher) {
                kept.push(i);
                stem
            } else if below(Tier::Scattered, pieces.upper) {
                kept.push(i);
                continue;
            } else {
                match query.scattered(&entry.text, &mut matcher) {
                    Letters::None => continue,
                    Letters::Loose => {
                        // A longer query may yet match it closely enough.
                        kept.push(i);
                        continue;
                    }
                    Letters::Close(scored) => {
                        kept.push(i);
                        scored
                    }
                }
            };
            better |= scored.tier > Tier::Scattered;
            let rank = rank(scored.tier, scored.score, field);
            match found.last_mut() {
                Some(last) if self.entries[last.entry].target == entry.target => {
                    if rank > last.rank {
                        *last = Found {
                            entry: i,
                            scored,
                            rank,
                        };
                    }
                }
                last => {
                    // The record before is complete: its rank counts for the bar.
                    if let Some(last) = last {
                        bar.push(last.rank);
                    }
                    found.push(Found {
                        entry: i,
                        scored,
                        rank,
                    });
                }
            }
        }
        let best = self.best(&mut found, limit);
        let shown = best
            .first()
            .is_some_and(|f| f.scored.tier > Tier::Scattered);
        best.iter()
            .take_while(|f| !shown || f.scored.tier > Tier::Scattered)
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
