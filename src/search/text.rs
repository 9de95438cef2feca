//! Texts as the matcher reads them, converted once when the index is built, and the folding
//! that makes accents, case and typographic punctuation not count.

use nucleo_matcher::chars::{normalize, to_lower_case};
use nucleo_matcher::{Utf32Str, Utf32String};
use unicode_segmentation::UnicodeSegmentation;

/// A field's text as the matcher reads it: one char per grapheme (its first char), as
/// `nucleo_matcher` expects, accents off and typographic punctuation made plain (case is
/// kept: the matcher ignores it), with the way back to char positions in the stored text.
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
                text: Utf32String::Ascii(text.into()),
                starts: None,
            };
        }
        if text.chars().all(stands_alone) {
            // Nothing to segment (Latin text, nearly always): one char, one matcher char.
            return Self::folded(text.chars().map(|c| plain(normalize(c))).collect(), None);
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
            chars.push(plain(normalize(first)));
            starts.push(position);
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

/// Where `word` (folded) first appears in `text` as a whole word: not preceded nor followed
/// by a letter or a digit.
pub(super) fn whole_word(text: Utf32Str<'_>, word: &[char]) -> Option<u32> {
    let n = u32::try_from(text.len()).ok()?;
    let len = u32::try_from(word.len()).ok()?;
    let is_word_char = |i: u32| fold(text.get(i)).is_alphanumeric();
    (0..=n.checked_sub(len)?).find(|&start| {
        (start == 0 || !is_word_char(start - 1))
            && (start + len == n || !is_word_char(start + len))
            && word
                .iter()
                .zip(start..)
                .all(|(&w, i)| fold(text.get(i)) == w)
    })
}
