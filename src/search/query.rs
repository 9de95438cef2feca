//! A query, folded, ready to match: its score on a text, the positions it matched, and cheap
//! bounds on that score that let a search skip texts that cannot reach the results.

use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};

use super::text::{SearchText, fold, whole_word};

/// How a field matched, and its score before the field's weight.
#[derive(Debug, Clone, Copy)]
pub(super) enum Scored {
    /// The query, fuzzily.
    Fuzzy(u32),
    /// The query's stem (without its plural ending) as a whole word at `start`.
    Word { start: u32, len: u32, score: u32 },
}

impl Scored {
    pub(super) const fn score(self) -> u32 {
        match self {
            Self::Fuzzy(score) | Self::Word { score, .. } => score,
        }
    }
}

/// A query, folded, ready to match.
pub(super) struct Query {
    /// The words, folded, joined by one space: a query that begins with another's text
    /// matches a subset of what the other matched (see `SearchIndex::search_incremental`).
    pub(super) text: String,
    pattern: Pattern,
    /// Each word as a contiguous atom, with its length in chars: for [`Query::bounds`].
    substrings: Vec<(Atom, u32)>,
    /// For a one-word query ending in `s` or `x`: the word without it, folded, as chars and
    /// as an atom.
    stem: Option<(Vec<char>, Atom)>,
}

/// The shortest one-word query that also tries its stem: `rom` for `roms`, not `u` for `us`.
const STEM_FROM: usize = 4;

/// An atom taken literally: no `!`, `^`, `'`, `$` syntax, no backslash escapes.
fn atom(word: &str, kind: AtomKind) -> Atom {
    Atom::new(
        word,
        CaseMatching::Ignore,
        Normalization::Smart,
        kind,
        false,
    )
}

impl Query {
    /// `None` when there is nothing to look for.
    pub(super) fn new(raw: &str) -> Option<Self> {
        let folded: String = raw.chars().map(fold).collect();
        let words: Vec<&str> = folded.split_whitespace().collect();
        let mut pattern = Pattern::default();
        pattern
            .atoms
            .extend(words.iter().map(|w| atom(w, AtomKind::Fuzzy)));
        let stem = match words.as_slice() {
            [word] if word.chars().count() >= STEM_FROM && word.ends_with(['s', 'x']) => {
                let stem = &word[..word.len() - 1];
                // A whole word is a substring: the matcher's fast search rules out the rest.
                Some((stem.chars().collect(), atom(stem, AtomKind::Substring)))
            }
            _ => None,
        };
        let substrings = words
            .iter()
            .map(|w| {
                let len = u32::try_from(w.chars().count()).unwrap_or(u32::MAX);
                (atom(w, AtomKind::Substring), len)
            })
            .collect();
        (!words.is_empty()).then(|| Self {
            text: words.join(" "),
            pattern,
            substrings,
            stem,
        })
    }

    /// How well `text` matches, if at all: the query fuzzily, or its stem as a whole word,
    /// whichever scores better.
    pub(super) fn score(&self, text: &SearchText, matcher: &mut Matcher) -> Option<Scored> {
        let fuzzy = self.pattern.score(text.slice(), matcher).map(Scored::Fuzzy);
        let Some((stem, atom)) = &self.stem else {
            return fuzzy;
        };
        let word = atom.score(text.slice(), matcher).and_then(|_| {
            let start = whole_word(text.slice(), stem)?;
            let len = u32::try_from(stem.len()).ok()?;
            let word = text.slice().slice_u32(start..start + len);
            let score = u32::from(atom.score(word, matcher)?);
            Some(Scored::Word { start, len, score })
        });
        match (fuzzy, word) {
            (Some(f), Some(w)) if w.score() > f.score() => Some(w),
            (None, w) => w,
            (f, _) => f,
        }
    }

    /// The char positions in the stored text matched by `scored` (from [`Self::score`]),
    /// sorted and distinct.
    pub(super) fn indices(
        &self,
        text: &SearchText,
        scored: Scored,
        matcher: &mut Matcher,
    ) -> Vec<u32> {
        let mut indices = Vec::new();
        match scored {
            Scored::Fuzzy(_) => {
                self.pattern.indices(text.slice(), matcher, &mut indices);
            }
            Scored::Word { start, len, .. } => indices.extend(start..start + len),
        }
        indices.sort_unstable();
        indices.dedup();
        for i in &mut indices {
            *i = text.char_index(*i);
        }
        indices
    }
}

/// What a cheap look at a text tells of the score [`Query::score`] would give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Bounds {
    /// A score the text reaches for sure: every word found as it was typed, in one piece.
    pub(super) lower: Option<u32>,
    /// A score the text cannot exceed.
    pub(super) upper: u32,
}

// nucleo-matcher 0.3's scoring (`score.rs`): each matched char scores 16 plus a bonus of at
// most 10 (a word start after a space), the first char's bonus counts twice, and a gap
// inside a match costs at least 3. A test checks these bounds against the matcher.
const SCORE_MATCH: u32 = 16;
const MAX_BONUS: u32 = 10;
const GAP_START: u32 = 3;

/// The best score a word of `len` chars can get: in one piece at the start of a word.
const fn perfect(len: u32) -> u32 {
    len * (SCORE_MATCH + MAX_BONUS) + MAX_BONUS
}

/// The best score of a match with a gap (a word of one char has none).
const fn gapped(len: u32) -> u32 {
    if len < 2 { 0 } else { perfect(len) - GAP_START }
}

/// The best score of a match in one piece, knowing that the best first-char bonus of such a
/// match gave `score`: every later char's bonus is at least the first char's, so
/// `score >= 16·len + (len + 1)·bonus`.
const fn contiguous(score: u32, len: u32) -> u32 {
    let bonus = score.saturating_sub(len * SCORE_MATCH) / (len + 1);
    let bonus = if bonus > MAX_BONUS { MAX_BONUS } else { bonus };
    SCORE_MATCH + 2 * bonus + (len - 1) * (SCORE_MATCH + MAX_BONUS)
}

impl Query {
    /// The best score any text could get.
    pub(super) fn perfect(&self) -> u32 {
        self.substrings.iter().map(|(_, len)| perfect(*len)).sum()
    }

    /// Bounds on `self.score(text)`, at the cost of a substring search per word.
    pub(super) fn bounds(&self, text: &SearchText, matcher: &mut Matcher) -> Bounds {
        let mut lower = Some(0);
        let mut upper = 0;
        for (atom, len) in &self.substrings {
            if let Some(score) = atom.score(text.slice(), matcher) {
                let score = u32::from(score);
                lower = lower.map(|l| l + score);
                upper += contiguous(score, *len).max(gapped(*len));
            } else {
                lower = None;
                upper += gapped(*len);
            }
        }
        Bounds { lower, upper }
    }
}
