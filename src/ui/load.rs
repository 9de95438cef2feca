//! A delegation's load, in the words the Délégations screen and the roadmap's owner box share
//! (and `jalons list delegations` in columns): the definition is `domain::carry`.

use ratatui::text::Line;

use super::text::fit;
use super::theme;
use crate::domain::Carry;
use crate::i18n::Catalogue;

/// What a delegation carries, open, in the words every screen uses: "porte 7 · contribue à
/// 10" then "3 en retard · 30 points de check-list" — a shorter form of the second where the
/// long one does not fit `width`. A late count is marked by the glyph in the margin, which
/// is left out when there is no room for it.
pub fn load_lines(t: &Catalogue, carry: Carry, width: usize) -> [Line<'static>; 2] {
    let fits = |text: &str| text.chars().count() + 2 <= width;
    let late = carry.late();
    let items = (0..=2)
        .map(|brevity| (t.items_line)(carry.items.open(), late, brevity))
        .reduce(|longer, shorter| if fits(&longer) { longer } else { shorter })
        .unwrap_or_default();
    let actions = (t.carry_line)(carry.owns.open(), carry.contributes.open());
    let (style, glyph) = if late > 0 {
        (theme::LATE, theme::GLYPH_LATE)
    } else {
        (theme::DIM, " ")
    };
    let margin = |text: &str, glyph: &str| {
        if fits(text) {
            format!("{glyph} {text}")
        } else {
            fit(text, width).into_owned()
        }
    };
    [
        Line::styled(margin(&actions, " "), theme::DIM),
        Line::styled(margin(&items, glyph), style),
    ]
}
