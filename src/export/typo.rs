//! Typography of the note and the dossier: the non-breaking spaces French requires (before
//! `:`, inside « »), and the ones that keep a date, a count or a countdown on one line ("7
//! sept. 2014" never broken into "7 / sept. 2014", "64 j", "60 %", "⚠ 2").
//!
//! Applied to what jalons writes — dates, countdowns, labels, counts — never to the adviser's
//! own text, which files keep as typed: [`glue_around`] glues a template around it.

/// U+00A0: before a colon, inside guillemets, within a date or a count.
const NBSP: char = '\u{a0}';
/// U+202F, the narrow one: before `;`, `!` and `?` in French.
const NNBSP: char = '\u{202f}';

/// `text` with the spaces that must not break made non-breaking.
pub fn glue(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c != ' ' {
            out.push(c);
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        out.push(match (before, after) {
            (_, Some(':' | '»' | '·' | '→' | '%')) | (Some('«' | '⚠' | '☑' | '☐'), _) => {
                NBSP
            }
            (_, Some(';' | '!' | '?')) => NNBSP,
            // "64 j", "7 sept.", "12 actions": a number stays with what it counts.
            (Some(d), Some(a)) if d.is_ascii_digit() && !a.is_ascii_digit() => NBSP,
            // "sept. 2014": a year stays with its month.
            (_, Some(_)) if is_year(&chars[i + 1..]) => NBSP,
            _ => ' ',
        });
    }
    out
}

/// `template(user)` glued, the adviser's text inside it left as typed.
pub fn glue_around(template: fn(&str) -> String, user: &str) -> String {
    // A private-use character stands for the user's text while the template is glued.
    const HOLE: &str = "\u{f8ff}";
    glue(&template(HOLE)).replacen(HOLE, user, 1)
}

/// Four digits and no fifth.
fn is_year(rest: &[char]) -> bool {
    rest.len() >= 4
        && rest[..4].iter().all(char::is_ascii_digit)
        && !rest.get(4).is_some_and(char::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_counts_and_colons_hold_together() {
        assert_eq!(glue("7 sept. 2014"), "7\u{a0}sept.\u{a0}2014");
        assert_eq!(
            glue("en retard de 64 j · 14 juil. 2014"),
            "en retard de 64\u{a0}j\u{a0}· 14\u{a0}juil.\u{a0}2014"
        );
        assert_eq!(
            glue("12 actions : 3 faites, 4 en retard"),
            "12\u{a0}actions\u{a0}: 3\u{a0}faites, 4\u{a0}en retard"
        );
        assert_eq!(glue("3/5 · 60 %"), "3/5\u{a0}· 60\u{a0}%");
        assert_eq!(glue("⚠ en retard"), "⚠\u{a0}en retard");
        assert_eq!(glue("horizon « 2020 »"), "horizon «\u{a0}2020\u{a0}»");
        assert_eq!(glue("Vraiment ?"), "Vraiment\u{202f}?");
        assert_eq!(
            glue("20 oct. 2014 → 24"),
            "20\u{a0}oct.\u{a0}2014\u{a0}→ 24"
        );
        assert_eq!(glue("in 12345 days"), "in 12345\u{a0}days", "no year");
    }

    #[test]
    fn the_advisers_text_is_left_as_typed() {
        let title = |d: &str| format!("Dossier de déplacement : {d}");
        assert_eq!(
            glue_around(title, "New York : 2 jours"),
            "Dossier de déplacement\u{a0}: New York : 2 jours"
        );
    }
}
