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

/// The text broken into lines of at most `width` cells, at spaces where possible.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let extra = usize::from(!line.is_empty());
            if !line.is_empty() && line.width() + extra + word.width() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            // A word longer than the line is cut where it must be.
            while line.width() > width {
                let rest = line.split_off(cut_at(&line, width));
                lines.push(std::mem::replace(&mut line, rest));
            }
        }
        lines.push(line);
    }
    lines
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
    use super::{fit, wrap};

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
    fn cuts_by_cells_and_marks_the_cut() {
        assert_eq!(fit("Bucarest", 20), "Bucarest");
        assert_eq!(fit("Déplacement à Bucarest", 12), "Déplacement…");
        assert_eq!(fit("Réunion du Bureau", 9), "Réunion…");
        assert_eq!(fit("東京都庁", 5), "東京…");
        assert_eq!(fit("abc", 0), "");
    }
}
