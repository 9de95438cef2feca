//! Texts as the matcher reads them, converted once when the index is built, the folding
//! that makes accents, case, ligatures and typographic punctuation not count, and where a
//! word of the query stands in a text: a whole word, the start of one, or inside one.

use memchr::memmem::Finder;
use nucleo_matcher::chars::{normalize, to_lower_case};
use nucleo_matcher::{Utf32Str, Utf32String};
use unicode_segmentation::UnicodeSegmentation;

/// A field's text as the matcher reads it: one char per grapheme (its first char), as
/// `nucleo_matcher` expects, accents off, lower case, typographic punctuation made plain and
/// the ligatures œ and æ written out (`oe`, `ae`: what an adviser types for them), with the
/// way back to char positions in the stored text.
///
/// Folding when the index is built lets nearly every French text be held as ASCII, which
/// the matcher reads several times faster than chars.
#[derive(Debug, Clone)]
pub(super) struct SearchText {
    text: Utf32String,
    /// For each matcher char, the char position where its grapheme starts in the stored text;
    /// `None` when every grapheme is a single char (the text as typed, nearly always).
    starts: Option<Box<[u32]>>,
}

impl SearchText {
    pub(super) fn new(text: &str) -> Self {
        if text.is_ascii() {
            // ASCII: one byte, one char, one matcher char ("\r\n" stays two).
            return Self {
                text: Utf32String::Ascii(text.to_ascii_lowercase().into()),
                starts: None,
            };
        }
        if text
            .chars()
            .all(|c| stands_alone(c) && ligature(c).is_none())
        {
            // Nothing to segment (Latin text, nearly always): one char, one matcher char.
            return Self::folded(text.chars().map(fold).collect(), None);
        }
        let mut chars: Vec<char> = Vec::with_capacity(text.len());
        let mut starts = Vec::with_capacity(text.len());
        let mut position = 0u32;
        let mut clusters = false;
        for grapheme in text.graphemes(true) {
            let Some(first) = grapheme.chars().next() else {
                continue;
            };
            let count = grapheme.chars().count();
            clusters |= count > 1;
            if let Some(pair) = ligature(first) {
                // Two matcher chars for one stored char: both lead back to it.
                clusters = true;
                chars.extend(pair);
                starts.extend([position, position]);
            } else {
                chars.push(fold(first));
                starts.push(position);
            }
            position = position.saturating_add(u32::try_from(count).unwrap_or(u32::MAX));
        }
        Self::folded(chars, clusters.then(|| starts.into_boxed_slice()))
    }

    /// Folded chars, held as ASCII when they all are.
    fn folded(chars: Vec<char>, starts: Option<Box<[u32]>>) -> Self {
        let text = if chars.iter().all(char::is_ascii) {
            Utf32String::Ascii(chars.iter().collect::<String>().into_boxed_str())
        } else {
            Utf32String::Unicode(chars.into_boxed_slice())
        };
        Self { text, starts }
    }

    pub(super) fn slice(&self) -> Utf32Str<'_> {
        self.text.slice(..)
    }

    /// The char position in the stored text of matcher char `i`.
    pub(super) fn char_index(&self, i: u32) -> u32 {
        self.starts
            .as_deref()
            .and_then(|s| s.get(i as usize).copied())
            .unwrap_or(i)
    }
}

/// A char that is a grapheme on its own whatever surrounds it: below the combining accents
/// (U+0300) but CR (CR LF is one grapheme); spaces and general punctuation but the zero-width
/// joiners (U+200C, U+200D); currency signs. Text made of these needs no segmentation.
pub(super) fn stands_alone(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{c}'
            | '\u{e}'..='\u{2ff}'
            | '\u{2000}'..='\u{200b}'
            | '\u{200e}'..='\u{206f}'
            | '\u{20a0}'..='\u{20cf}'
    )
}

/// A char as the matcher compares it: accents off, punctuation plain, lower case.
pub(super) fn fold(c: char) -> char {
    to_lower_case(plain(normalize(c)))
}

/// œ and æ, in either case, as the two letters typed for them.
pub(super) const fn ligature(c: char) -> Option<[char; 2]> {
    match c {
        'œ' | 'Œ' => Some(['o', 'e']),
        'æ' | 'Æ' => Some(['a', 'e']),
        _ => None,
    }
}

/// A query's text folded like the texts it is matched against.
pub(super) fn fold_query(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match ligature(c) {
            Some(pair) => out.extend(pair),
            None => out.push(fold(c)),
        }
    }
    out
}

/// Typographic punctuation and spaces as their ASCII counterparts, one char for one.
fn plain(c: char) -> char {
    match c {
        '«' | '»' | '“' | '”' | '„' => '"',
        '‘' | '’' | '‚' | 'ʼ' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => ' ',
        '…' => '.',
        c => c,
    }
}

/// How a word of the query stands in a text, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Only its letters, in order, with a few others between them.
    Scattered,
    /// In one piece inside a word ("rope" in "Europe").
    Inside,
    /// In one piece at the start of a word ("buca" in "Bucarest").
    Prefix,
    /// A whole word ("rome" in "Rome", not in "Romero").
    Word,
}

/// The best place of `word` (folded, not empty) in `text`: a whole word, else the start of a
/// word, else inside one; the first such, as a matcher char position. `None` when the word
/// is not in the text in one piece.
pub(super) fn find_word(
    text: Utf32Str<'_>,
    word: &[char],
    ascii: Option<&Finder<'_>>,
) -> Option<(Tier, u32)> {
    let mut best: Option<(Tier, u32)> = None;
    // Whether a letter or a digit stands before and after an occurrence: `None` is the
    // text's edge. Says whether the search can stop (a whole word is the best there is).
    let mut rate = |start: usize, before: Option<bool>, after: Option<bool>| {
        let tier = match (before.unwrap_or(false), after.unwrap_or(false)) {
            (false, false) => Tier::Word,
            (false, true) => Tier::Prefix,
            (true, _) => Tier::Inside,
        };
        if best.is_none_or(|(t, _)| tier > t) {
            best = Some((tier, u32::try_from(start).unwrap_or(u32::MAX)));
        }
        tier == Tier::Word
    };
    match text {
        Utf32Str::Ascii(bytes) => {
            // A word with a letter beyond ASCII (no finder) is in no ASCII text.
            let finder = ascii?;
            let letter = |i: usize| bytes.get(i).map(u8::is_ascii_alphanumeric);
            for start in finder.find_iter(bytes) {
                let before = start.checked_sub(1).and_then(letter);
                if rate(start, before, letter(start + word.len())) {
                    break;
                }
            }
        }
        Utf32Str::Unicode(chars) => {
            let letter = |i: usize| chars.get(i).map(|c| c.is_alphanumeric());
            let n = word.len();
            for start in 0..(chars.len() + 1).saturating_sub(n) {
                if chars[start] != word[0] || chars[start..start + n] != *word {
                    continue;
                }
                let before = start.checked_sub(1).and_then(letter);
                if rate(start, before, letter(start + n)) {
                    break;
                }
            }
        }
    }
    best
}

/// Whether `word`'s letters (folded, not empty) are all in `text`, in order: what a fuzzy
/// match needs, at the cost of a few `memchr`.
pub(super) fn in_order(text: Utf32Str<'_>, word: &[char]) -> bool {
    match text {
        Utf32Str::Ascii(bytes) => {
            let mut rest = bytes;
            for &c in word {
                let Ok(b) = u8::try_from(c) else {
                    return false;
                };
                match memchr::memchr(b, rest) {
                    Some(at) => rest = &rest[at + 1..],
                    None => return false,
                }
            }
            true
        }
        Utf32Str::Unicode(chars) => {
            let mut rest = chars.iter();
            word.iter().all(|c| rest.any(|t| t == c))
        }
    }
}

/// Whether `word`'s letters (folded, not empty) are in `text` in order within a stretch of
/// `len + others` chars: the closest a letter-by-letter match can be. A few `memchr` per
/// place the first letter is at.
pub(super) fn close_in_order(text: Utf32Str<'_>, word: &[char], others: usize) -> bool {
    let reach = word.len() + others;
    match text {
        Utf32Str::Ascii(bytes) => {
            let Some(needle) = word
                .iter()
                .map(|&c| u8::try_from(c).ok())
                .collect::<Option<Vec<u8>>>()
            else {
                return false;
            };
            memchr::memchr_iter(needle[0], bytes).any(|start| {
                let window = &bytes[start + 1..bytes.len().min(start + reach)];
                let mut rest = window;
                needle[1..].iter().all(|&b| match memchr::memchr(b, rest) {
                    Some(at) => {
                        rest = &rest[at + 1..];
                        true
                    }
                    None => false,
                })
            })
        }
        Utf32Str::Unicode(chars) => (0..chars.len()).any(|start| {
            chars[start] == word[0] && {
                let mut rest = chars[start + 1..chars.len().min(start + reach)].iter();
                word[1..].iter().all(|c| rest.any(|t| t == c))
            }
        }),
    }
}
