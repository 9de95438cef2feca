//! A query, folded, ready to match: how a text matches it (a [`Tier`] and a score), the
//! positions it matched, and cheap bounds on that score that let a search skip texts that
//! cannot reach the results.

use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};

use memchr::memmem::Finder;

use super::text::{SearchText, Tier, close_in_order, find_word, fold_query, in_order};

/// How a text matched: how the query's words stand in it (the worst of them), and its
/// score within that tier (before the field's weight).
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

/// Where each word of the query stands in a text.
pub(super) enum Placed {
    /// Every word in one piece.
    All(Scored),
    /// Some word not in one piece: a score the query matched letter by letter cannot exceed.
    Missing { upper: u32 },
}

/// A word of the query, folded, and its searcher in ASCII texts (none when a letter is
/// beyond ASCII), built once per query rather than once per text.
struct Word {
    chars: Vec<char>,
    ascii: Option<Finder<'static>>,
}

impl Word {
    fn new(word: &str) -> Self {
        Self {
            chars: word.chars().collect(),
            ascii: word
                .is_ascii()
                .then(|| Finder::new(word.as_bytes()).into_owned()),
        }
    }

    fn find(&self, text: &SearchText) -> Option<(Tier, u32)> {
        find_word(text.slice(), &self.chars, self.ascii.as_ref())
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

    /// Where each word stands in the text, looked for in one piece (several times cheaper
    /// than the matcher's fuzzy alignment); the stem of a plural as a whole word, when better.
    pub(super) fn place(&self, text: &SearchText) -> Placed {
        let mut worst = Tier::Word;
        let mut score = 0u32;
        let mut upper = 0u32;
        let mut missing = false;
        for word in &self.words {
            let len = word.len();
            if let Some((tier, _)) = word.find(text) {
                worst = worst.min(tier);
                score = score.saturating_add(in_one_piece(tier, len));
                upper = upper.saturating_add(perfect(len));
            } else {
                missing = true;
                upper = upper.saturating_add(gapped(len));
            }
        }
        let stem = self.stem_word(text);
        match (missing, stem) {
            (_, Some(stem)) if missing || class(stem.tier) > class(worst) => Placed::All(stem),
            (true, _) => Placed::Missing { upper },
            (false, _) => Placed::All(Scored {
                tier: worst,
                score,
                stem: false,
            }),
        }
    }

    /// The stem of a plural query found as a whole word (`roms` finds « aux Rom »,
    /// `reseaux` finds « réseau »), which a fuzzy match cannot do: it needs every letter.
    fn stem_word(&self, text: &SearchText) -> Option<Scored> {
        let stem = self.stem.as_ref()?;
        let (Tier::Word, _) = stem.find(text)? else {
            return None;
        };
        Some(Scored {
            tier: Tier::Word,
            score: in_one_piece(Tier::Word, stem.len()),
            stem: true,
        })
    }

    /// Whether every word's letters are in the text in order (else no fuzzy match can be).
    pub(super) fn in_order(&self, text: &SearchText) -> bool {
        self.words.iter().all(|w| in_order(text.slice(), &w.chars))
    }

    /// Whether every word's letters are in the text in order and close enough together to
    /// pass [`Self::scattered`]'s floor, in the best case: the texts worth aligning.
    pub(super) fn close(&self, text: &SearchText) -> bool {
        self.words.iter().all(|w| {
            let others = usize::try_from(slack(w.len())).unwrap_or(usize::MAX);
            close_in_order(text.slice(), &w.chars, others)
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
                if let Some((_, start)) = word.find(text) {
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

    /// The best score any text could get: every word whole.
    pub(super) fn perfect(&self) -> u32 {
        self.words
            .iter()
            .map(|w| in_one_piece(Tier::Word, w.len()))
            .fold(0, u32::saturating_add)
    }
}

/// The tiers as ranked: a whole word and the start of one rank together (the score puts the
/// whole word first), then inside a word, then scattered letters.
pub(super) const fn class(tier: Tier) -> u32 {
    match tier {
        Tier::Word | Tier::Prefix => 2,
        Tier::Inside => 1,
        Tier::Scattered => 0,
    }
}

/// A word's score where it stands in one piece: at the start of a word, what the matcher
/// gives its best match (`perfect`); a whole word, a little more, less than the quarter a
/// main field weighs more (so a title's word start ranks above a whole word in notes);
/// inside a word, the matcher's plain score of its letters.
const fn in_one_piece(tier: Tier, len: u32) -> u32 {
    match tier {
        Tier::Word => perfect(len).saturating_add(len.saturating_mul(WHOLE)),
        Tier::Prefix => perfect(len),
        Tier::Inside | Tier::Scattered => len.saturating_mul(SCORE_MATCH),
    }
}

/// What a whole word scores more than the start of one, a letter.
const WHOLE: u32 = 4;

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
