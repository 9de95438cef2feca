//! Fitting text into cells.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The text cut to `width` terminal cells, ending in "…" when something was cut.
pub fn fit(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::with_capacity(width + 3);
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn cuts_by_cells_and_marks_the_cut() {
        assert_eq!(fit("Bucarest", 20), "Bucarest");
        assert_eq!(fit("Déplacement à Bucarest", 12), "Déplacement…");
        assert_eq!(fit("Réunion du Bureau", 9), "Réunion…");
        assert_eq!(fit("東京都庁", 5), "東京…");
        assert_eq!(fit("abc", 0), "");
    }
}
