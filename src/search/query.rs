//! A query, folded, ready to match: how a text matches it (a [`Tier`] and a score), the
//! positions it matched, and cheap bounds on that score that let a search skip texts that
//! cannot reach the results.

use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};

use super::text::{SearchText, Tier, find_word, fold_query};

/// How a text matched: how the query's words stand in it, and the matcher's score (before
/// the field's weight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Scored {
    pub(super) tier: Tier,
    pub(super) score: u32,
    /// Matched by the stem of a plural (`rom` for `roms`), not by the query as typed.
    stem: bool,
}

/// How the letters of a query lie in a text that lacks some word in one piece.
pub(super) enum Letters {
    /// Not all there, in order.
    None,
    /// All there, but a word's letters spread over more than a typo's worth of others
    /// (`madrid` in « la Maire … grands axes … de Paris au sein d… »): not shown.
    Loose,
    /// Close enough to be a result.
    Close(Scored),
}

/// A word of the query, folded, and the atom that finds it in one piece.
struct Word {
    chars: Vec<char>,
    atom: Atom,
}

impl Word {
    fn new(word: &str) -> Self {
        Self {
            chars: word.chars().collect(),
            atom: atom(word, AtomKind::Substring),
        }
    }

    fn len(&self) -> u32 {
        u32::try_from(self.chars.len()).unwrap_or(u32::MAX)
    }
}

/// A query, folded, ready to match.
pub(super) struct Query {
    /// The words, folded, joined by one space: a query that begins with another's text
    /// matches a subset of what the other matched (see `SearchIndex::search_incremental`).
    pub(super) text: String,
    /// The words as fuzzy atoms, in the order of `words`.
    pattern: Pattern,
    words: Vec<Word>,
    /// For a one-word query ending in `s` or `x`: the word without it, found as a whole word.
    stem: Option<Word>,
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

/// What the contiguous search of each word tells of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Pieces {
    /// Every word found in one piece: the sum of their scores, which is the text's score.
    pub(super) found: Option<u32>,
    /// A score the query matched fuzzily cannot exceed.
    pub(super) upper: u32,
}

impl Query {
    /// `None` when there is nothing to look for.
    pub(super) fn new(raw: &str) -> Option<Self> {
        let folded = fold_query(raw);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let mut pattern = Pattern::default();
        pattern
            .atoms
            .extend(words.iter().map(|w| atom(w, AtomKind::Fuzzy)));
        let stem = match words.as_slice() {
            [word] if word.chars().count() >= STEM_FROM && word.ends_with(['s', 'x']) => {
                Some(Word::new(&word[..word.len() - 1]))
            }
            _ => None,
        };
        (!words.is_empty()).then(|| Self {
            text: words.join(" "),
            pattern,
            words: words.iter().map(|w| Word::new(w)).collect(),
            stem,
        })
    }

    /// Each word searched in one piece (several times cheaper than the fuzzy alignment).
    pub(super) fn pieces(&self, text: &SearchText, matcher: &mut Matcher) -> Pieces {
        let mut found = Some(0u32);
        let mut upper = 0u32;
        for word in &self.words {
            let len = word.len();
            if let Some(score) = word.atom.score(text.slice(), matcher) {
                let score = u32::from(score);
                found = found.map(|f| f.saturating_add(score));
                upper = upper.saturating_add(contiguous(score, len).max(gapped(len)));
            } else {
                found = None;
                upper = upper.saturating_add(gapped(len));
            }
        }
        Pieces { found, upper }
    }

    /// A text where every word was found in one piece (`score`, from [`Self::pieces`]): how
    /// the words stand in it (the worst of them), or the stem as a whole word when better.
    pub(super) fn placed(&self, text: &SearchText, score: u32, matcher: &mut Matcher) -> Scored {
        let tier = self
            .words
            .iter()
            .map(|w| find_word(text.slice(), &w.chars).map_or(Tier::Inside, |(tier, _)| tier))
            .min()
            .unwrap_or(Tier::Inside);
        let scored = Scored {
            tier,
            score,
            stem: false,
        };
        if tier == Tier::Word {
            return scored;
        }
        match self.stem_word(text, matcher) {
            Some(stem) if stem.tier > tier => stem,
            _ => scored,
        }
    }

    /// The stem of a plural query found as a whole word (`roms` finds « aux Rom »,
    /// `reseaux` finds « réseau »), which a fuzzy match cannot do: it needs every letter.
    pub(super) fn stem_word(&self, text: &SearchText, matcher: &mut Matcher) -> Option<Scored> {
        let stem = self.stem.as_ref()?;
        let (Tier::Word, start) = find_word(text.slice(), &stem.chars)? else {
            return None;
        };
        let word = text.slice().slice_u32(start..start + stem.len());
        Some(Scored {
            tier: Tier::Word,
            score: u32::from(stem.atom.score(word, matcher)?),
            stem: true,
        })
    }

    /// The query matched letter by letter, for a text where some word is not in one piece.
    pub(super) fn scattered(&self, text: &SearchText, matcher: &mut Matcher) -> Letters {
        let Some(score) = self.pattern.score(text.slice(), matcher) else {
            return Letters::None;
        };
        let mut at = Vec::new();
        for (atom, word) in self.pattern.atoms.iter().zip(&self.words) {
            at.clear();
            if atom.indices(text.slice(), matcher, &mut at).is_none() {
                return Letters::None;
            }
            let (Some(first), Some(last)) = (at.iter().min(), at.iter().max()) else {
                continue;
            };
            let others = (last - first + 1).saturating_sub(word.len());
            if others > slack(word.len()) {
                return Letters::Loose;
            }
        }
        Letters::Close(Scored {
            tier: Tier::Scattered,
            score,
            stem: false,
        })
    }

    /// The char positions in the stored text matched by `scored`, sorted and distinct.
    pub(super) fn indices(
        &self,
        text: &SearchText,
        scored: Scored,
        matcher: &mut Matcher,
    ) -> Vec<u32> {
        let mut indices = Vec::new();
        if scored.tier == Tier::Scattered {
            self.pattern.indices(text.slice(), matcher, &mut indices);
        } else {
            let words = match (&self.stem, scored.stem) {
                (Some(stem), true) => std::slice::from_ref(stem),
                _ => &self.words,
            };
            for word in words {
                if let Some((_, start)) = find_word(text.slice(), &word.chars) {
                    indices.extend(start..start + word.len());
                }
            }
        }
        // Back to stored chars first: both letters of a ligature lead to the same one.
        for i in &mut indices {
            *i = text.char_index(*i);
        }
        indices.sort_unstable();
        indices.dedup();
        indices
    }

    /// The matcher's score of the query letter by letter, floor or not (for tests).
    #[cfg(test)]
    pub(super) fn pattern_score(&self, text: &SearchText, matcher: &mut Matcher) -> Option<u32> {
        self.pattern.score(text.slice(), matcher)
    }

    /// The best score any text could get.
    pub(super) fn perfect(&self) -> u32 {
        self.words
            .iter()
            .map(|w| perfect(w.len()))
            .fold(0, u32::saturating_add)
    }
}

/// How many other letters a word matched letter by letter may have between its own: one for
/// a short word, one more every four letters (`cop21` in « COP 21 », `bucrest` in
/// « Bucarest »).
const fn slack(len: u32) -> u32 {
    1 + len / 4
}

// nucleo-matcher 0.3's scoring (`score.rs`): each matched char scores 16 plus a bonus of at
// most 10 (a word start after a space), the first char's bonus counts twice, and a gap
// inside a match costs at least 3. A test checks these bounds against the matcher.
const SCORE_MATCH: u32 = 16;
const MAX_BONUS: u32 = 10;
const GAP_START: u32 = 3;

/// The best score a word of `len` chars can get: in one piece at the start of a word.
const fn perfect(len: u32) -> u32 {
    len.saturating_mul(SCORE_MATCH + MAX_BONUS)
        .saturating_add(MAX_BONUS)
}

/// The best score of a match with a gap (a word of one char has none).
const fn gapped(len: u32) -> u32 {
    if len < 2 { 0 } else { perfect(len) - GAP_START }
}

/// The best score of a match in one piece, knowing that the best first-char bonus of such a
/// match gave `score`: every later char's bonus is at least the first char's, so
/// `score >= 16·len + (len + 1)·bonus`.
const fn contiguous(score: u32, len: u32) -> u32 {
    let bonus = score.saturating_sub(len.saturating_mul(SCORE_MATCH)) / (len + 1);
    let bonus = if bonus > MAX_BONUS { MAX_BONUS } else { bonus };
    SCORE_MATCH + 2 * bonus + (len - 1).saturating_mul(SCORE_MATCH + MAX_BONUS)
}
