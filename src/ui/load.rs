//! A delegation's load, in the words the Délégations screen and the roadmap's owner box share
//! (and `jalons list delegations` in columns): the definition is `domain::carry`.

use ratatui::text::Line;

use super::text::fit;
use super::theme;
use crate::domain::Carry;
use crate::i18n::Catalogue;

/// What a delegation carries, open, in the words every screen uses: "porte 7 · contribue à
/// 10" then "⚠ 3 en retard · 30 points de check-list" — shorter forms where the long ones
/// do not fit `width`. Both lines are indented by one column under the
/// delegation's name where there is room for it; a line is cut only when even its shortest
/// form does not fit.
pub fn load_lines(t: &Catalogue, carry: Carry, width: usize) -> [Line<'static>; 2] {
    let late = carry.late();
    let items: Vec<String> = (0..=2)
        .map(|brevity| {
            let text = (t.items_line)(carry.items.open(), late, brevity);
            if late > 0 {
                format!("{} {text}", theme::GLYPH_LATE)
            } else {
                text
            }
        })
        .collect();
    let actions: Vec<String> = (0..=1)
        .map(|brevity| (t.carry_line)(carry.owns.open(), carry.contributes.open(), brevity))
        .collect();
    let style = if late > 0 { theme::LATE } else { theme::DIM };
    [
        Line::styled(shortest_fit(&actions, width), theme::DIM),
        Line::styled(shortest_fit(&items, width), style),
    ]
}

/// The longest of `forms` (longest first) that fits `width` indented by one column, so that
/// the lines under a name stay aligned; else the longest that fits without; else the last one
/// cut to `width`.
fn shortest_fit(forms: &[String], width: usize) -> String {
    let len = |text: &String| text.chars().count();
    if let Some(text) = forms.iter().find(|text| len(text) < width) {
        return format!(" {text}");
    }
    if let Some(text) = forms.iter().find(|text| len(text) <= width) {
        return text.clone();
    }
    forms
        .last()
        .map_or_else(String::new, |text| fit(text, width).into_owned())
}

#[cfg(test)]
mod tests {
    use super::load_lines;
    use crate::domain::{Carry, Progress};
    use crate::i18n::Lang;

    fn open(n: usize, late: usize) -> Progress {
        Progress {
            total: n,
            late,
            ..Progress::default()
        }
    }

    fn text(carry: Carry, width: usize) -> [String; 2] {
        load_lines(Lang::Fr.catalogue(), carry, width).map(|line| {
            line.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
    }

    #[test]
    fn the_load_takes_shorter_words_before_it_is_cut() {
        let carry = Carry {
            owns: open(178, 70),
            contributes: open(89, 3),
            items: open(119, 4),
        };
        assert_eq!(
            text(carry, 60),
            [
                " porte 178 · contribue à 89",
                " ⚠ 74 en retard · 119 points de check-list"
            ]
        );
        // The owner box of an 80-column terminal.
        assert_eq!(
            text(carry, 25),
            [" porte 178 · contrib. 89", " ⚠ 74 en retard · 119 pts"]
        );
        // Nothing late, nothing contributed to: no glyph, no second part.
        let quiet = Carry {
            owns: open(7, 0),
            ..Carry::default()
        };
        assert_eq!(text(quiet, 26), [" porte 7", " aucun point de check-list"]);
        // Aligned under the name rather than one column wider.
        assert_eq!(text(quiet, 25), [" porte 7", " aucun point"]);
        // Cut only when even the shortest form does not fit.
        assert_eq!(text(carry, 12), ["porte 178 ·…", "⚠ 74 en ret…"]);
    }
}
