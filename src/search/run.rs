//! One search, skipping the texts that cannot reach the results.
//!
//! Most of a keystroke's time goes to the matcher's optimal alignment, and a common query
//! (`pre`, `rom`) aligns somehow with most texts. Once `limit` records are found, the worst
//! of them sets a bar that every record in the final results reaches. A text whose score
//! cannot reach the bar is skipped: first by the best score any text could get (which rules
//! out every secondary field once enough main fields match perfectly), then by a substring
//! search per word, several times cheaper than the alignment, which bounds the text's score
//! from above (and gives it exactly when the words are found whole at word starts). The
//! results are the same as scoring everything (a test compares them).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use nucleo_matcher::{Config, Matcher};

use super::query::{Query, Scored};
use super::{Field, Hit, SearchIndex};

/// A record's best field so far in one search.
#[derive(Debug, Clone, Copy)]
struct Found {
    entry: usize,
    scored: Scored,
    score: u32,
}

/// The scores of the `limit` best records seen in full so far, worst on top.
struct Bar {
    limit: usize,
    scores: BinaryHeap<Reverse<u32>>,
}

impl Bar {
    fn push(&mut self, score: u32) {
        self.scores.push(Reverse(score));
        if self.scores.len() > self.limit {
            self.scores.pop();
        }
    }

    /// What a record must score to enter the results (0 until `limit` records are seen).
    fn height(&self) -> u32 {
        match self.scores.peek() {
            Some(&Reverse(score)) if self.scores.len() == self.limit => score,
            _ => 0,
        }
    }
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
            scores: BinaryHeap::with_capacity(limit.saturating_add(1).min(1 << 16)),
        };
        let mut found: Vec<Found> = Vec::new();
        for i in candidates {
            let entry = &self.entries[i];
            let height = if prune { bar.height() } else { 0 };
            let scored = if height == 0 {
                query.score(&entry.text, &mut matcher)
            } else if weigh(query.perfect(), entry.field) < height {
                kept.push(i);
                continue;
            } else {
                let bounds = query.bounds(&entry.text, &mut matcher);
                if weigh(bounds.upper, entry.field) < height {
                    kept.push(i);
                    continue;
                }
                if bounds.lower == Some(bounds.upper) {
                    Some(Scored::Fuzzy(bounds.upper))
                } else {
                    query.score(&entry.text, &mut matcher)
                }
            };
            let Some(scored) = scored else {
                continue;
            };
            kept.push(i);
            let score = weigh(scored.score(), entry.field);
            match found.last_mut() {
                Some(last) if self.entries[last.entry].target == entry.target => {
                    if score > last.score {
                        *last = Found {
                            entry: i,
                            scored,
                            score,
                        };
                    }
                }
                last => {
                    // The record before is complete: its score counts for the bar.
                    if let Some(last) = last {
                        bar.push(last.score);
                    }
                    found.push(Found {
                        entry: i,
                        scored,
                        score,
                    });
                }
            }
        }
        self.best(&mut found, limit)
            .iter()
            .map(|f| {
                let entry = &self.entries[f.entry];
                Hit {
                    target: entry.target,
                    field: entry.field,
                    score: f.score,
                    indices: query.indices(&entry.text, f.scored, &mut matcher),
                }
            })
            .collect()
    }

    /// The `limit` first of `found` in ranking order, sorted.
    fn best<'f>(&self, found: &'f mut [Found], limit: usize) -> &'f [Found] {
        let rank = |f: &Found| (Reverse(f.score), self.entries[f.entry].target.order());
        let limit = limit.min(found.len());
        if limit == 0 {
            return &[];
        }
        if limit < found.len() {
            found.select_nth_unstable_by_key(limit - 1, rank);
        }
        let best = &mut found[..limit];
        best.sort_unstable_by_key(rank);
        best
    }
}

/// A main field's score counts a quarter more.
const fn weigh(score: u32, field: Field) -> u32 {
    if field.is_main() {
        score + score / 4
    } else {
        score
    }
}
