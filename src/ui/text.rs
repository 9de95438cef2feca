//! Fitting text into cells.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The text cut to `width` terminal cells, ending in "…" when something was cut, and never in
/// the middle of a number.
pub fn fit(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::with_capacity(width + 3);
    let mut used = 0;
    let mut next = None;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            next = Some(c);
            break;
        }
        used += w;
        out.push(c);
    }
    // A number is never cut: "2014" shown as "201…" would read as another year.
    if next.is_some_and(|c| c.is_ascii_digit()) {
        out.truncate(out.trim_end_matches(|c: char| c.is_ascii_digit()).len());
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    Cow::Owned(out)
}

/// The text broken into lines of at most `width` cells, at spaces where possible (never at
/// a non-breaking one, nor before `:` `;` `?` `!` `»` or after `«`: see [`glued`]).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_upto(text, width, usize::MAX)
}

/// [`wrap`] in `most` lines at most: the last one ends in "…" when text was left out. Stops
/// as soon as it has them, so a long text costs what its first lines do.
pub fn wrap_upto(text: &str, width: usize, most: usize) -> Vec<String> {
    let width = width.max(1);
    let most = most.max(1);
    let mut lines = Vec::new();
    let mut paragraphs = text.lines().peekable();
    while let Some(paragraph) = paragraphs.next() {
        let paragraph = glued(paragraph);
        let mut line = String::new();
        // The line's width, kept as words are added rather than measured again each time.
        let mut used = 0;
        for word in paragraph.split(' ') {
            let word_width = word.width();
            if !line.is_empty() && used + 1 + word_width > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
                if lines.len() == most {
                    return ellipsis(lines, width);
                }
            }
            if !line.is_empty() {
                line.push(' ');
                used += 1;
            }
            line.push_str(word);
            used += word_width;
            // A word longer than the line is cut where it must be.
            while used > width {
                let rest = line.split_off(cut_at(&line, width));
                lines.push(std::mem::replace(&mut line, rest));
                used = line.width();
                if lines.len() == most {
                    return ellipsis(lines, width);
                }
            }
        }
        lines.push(line);
        if lines.len() == most && paragraphs.peek().is_some() {
            return ellipsis(lines, width);
        }
    }
    lines
}

/// The first line of `text` wrapped at `width` (at least its first word, cut if it must be),
/// and the rest.
pub fn first_line(text: &str, width: usize) -> (String, &str) {
    let mut end = 0;
    for (at, _) in text.match_indices(' ').chain([(text.len(), "")]) {
        if text[..at].width() > width {
            break;
        }
        end = at;
    }
    if end == 0 {
        let head = fit(text.split(' ').next().unwrap_or_default(), width).into_owned();
        let rest = text.find(' ').map_or("", |at| &text[at + 1..]);
        return (head, rest);
    }
    (text[..end].to_owned(), text[end..].trim_start_matches(' '))
}

/// The last of `lines` marked as cut: "…" after it, or, when it is full, in place of its
/// last word (of a part of it only if it is the only word).
fn ellipsis(mut lines: Vec<String>, width: usize) -> Vec<String> {
    if let Some(last) = lines.last_mut() {
        let marked = format!("{last}…");
        *last = if marked.width() <= width {
            marked
        } else if let Some((head, _)) = last.trim_end().rsplit_once(' ') {
            format!("{}…", head.trim_end_matches([',', ';', ':', ' ', '\u{a0}']))
        } else {
            fit(&marked, width).into_owned()
        };
    }
    lines
}

/// French typography for any text, the adviser's included: the space before `:` `;` `?` `!`
/// `»` and after `«` becomes non-breaking, so that a wrapped line never starts with the sign
/// nor ends on an opening guillemet. It looks the same.
pub fn glued(text: &str) -> Cow<'_, str> {
    let signs = |c: char| matches!(c, ':' | ';' | '?' | '!' | '»' | '«');
    if !text.contains(signs) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        let before_sign = chars
            .peek()
            .is_some_and(|&n| matches!(n, ':' | ';' | '?' | '!' | '»'));
        if c == ' ' && (before_sign || previous == Some('«')) {
            out.push('\u{a0}');
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    Cow::Owned(out)
}

/// The byte index after the last character that fits in `width` cells (at least one).
fn cut_at(text: &str, width: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return if i == 0 { c.len_utf8() } else { i };
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::{fit, glued, wrap, wrap_upto};

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(
            wrap("Réunion du Bureau de l'AIMF", 12),
            ["Réunion du", "Bureau de", "l'AIMF"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("un\ndeux", 10), ["un", "deux"]);
    }

    #[test]
    fn wrapping_keeps_french_signs_with_their_word() {
        // A plain space typed before ":" or inside « » holds like a non-breaking one.
        assert_eq!(
            wrap("Forum de Paris : initier une mobilisation", 14),
            ["Forum de", "Paris\u{a0}:", "initier une", "mobilisation"]
        );
        assert_eq!(
            wrap("dit « oui » ?", 9),
            ["dit", "«\u{a0}oui\u{a0}»\u{a0}?"]
        );
        // A date's non-breaking spaces are never a place to break.
        assert_eq!(
            wrap("en retard de 64\u{a0}j · 14\u{a0}juil.\u{a0}2014", 16),
            ["en retard de", "64\u{a0}j ·", "14\u{a0}juil.\u{a0}2014"]
        );
    }

    #[test]
    fn wrapping_in_so_many_lines_marks_what_is_left_out() {
        let title = "Forum de Paris : proposer un cahier des charges commun";
        assert_eq!(
            wrap_upto(title, 20, 2),
            ["Forum de Paris\u{a0}:", "proposer un cahier…"]
        );
        assert_eq!(wrap_upto(title, 80, 2), [glued(title)]);
        // A full last line gives its end to the mark.
        assert_eq!(wrap_upto("abcd efgh ijkl", 4, 2), ["abcd", "efg…"]);
        // A full last line gives its last word to the mark, not half of it.
        assert_eq!(wrap_upto("abcd efgh ijkl mnop", 9, 1), ["abcd…"]);
        assert_eq!(wrap_upto("un\ndeux\ntrois", 10, 2), ["un", "deux…"]);
    }

    #[test]
    fn cuts_by_cells_and_marks_the_cut() {
        assert_eq!(fit("Bucarest", 20), "Bucarest");
        assert_eq!(fit("Déplacement à Bucarest", 12), "Déplacement…");
        assert_eq!(fit("Réunion du Bureau", 9), "Réunion…");
        assert_eq!(fit("東京都庁", 5), "東京…");
        assert_eq!(fit("abc", 0), "");
    }
}
