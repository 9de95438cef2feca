//! French typography in every word the interface says: a non-breaking space (U+00A0) before
//! `:` `;` `?` `!` and `»`, after `«`, inside a date and between a figure and its unit, so that
//! no line ever starts with a colon or splits "14 juil. 2014"; and words that agree with what
//! they speak of ("« … » fait" for a checklist item, "faite" for an action, "1 action",
//! "2 actions", never "action(s)").

#[path = "support/literals.rs"]
mod literals;

use chrono::NaiveDate;
use jalons::app::form::RecordKind;
use jalons::i18n::Lang;
use literals::literals;

/// What is wrong with a French literal's spaces, if anything. The non-breaking space is
/// written `\u{a0}` in the source, so that it can be seen.
fn misplaced_space(literal: &str) -> Option<&'static str> {
    const NBSP: &str = "\\u{a0}";
    let chars: Vec<char> = literal.chars().collect();
    for pair in chars.windows(2) {
        match pair {
            [' ', ':' | ';' | '?' | '!'] => return Some("a plain space before a sign"),
            [' ', '»'] => return Some("a plain space before »"),
            ['«', ' '] => return Some("a plain space after «"),
            _ => {}
        }
    }
    for (at, c) in literal.char_indices() {
        if c == '«' && !literal[at + c.len_utf8()..].starts_with(NBSP) {
            return Some("« without a non-breaking space after it");
        }
        if c == '»' && !literal[..at].ends_with(NBSP) {
            return Some("» without a non-breaking space before it");
        }
    }
    None
}

#[test]
fn the_french_catalogues_set_non_breaking_spaces_before_signs_and_inside_guillemets() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (file, text) in literals::FRENCH {
        for (line, literal) in literals(text) {
            checked += 1;
            if let Some(why) = misplaced_space(&literal) {
                wrong.push(format!("{file}:{line}: {why}: \"{literal}\""));
            }
        }
    }
    assert!(
        checked > 300,
        "only {checked} literals read: the reader is broken"
    );
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn the_checker_sees_what_it_must() {
    // The checker itself, on what the catalogues used to say.
    assert!(misplaced_space("Non enregistré : {e}").is_some());
    assert!(misplaced_space("« {t} » faite").is_some());
    assert!(misplaced_space("Supprimer ?").is_some());
    assert!(misplaced_space("la feuille ; votre changement").is_some());
    assert!(misplaced_space("Non enregistré\\u{a0}: {e}").is_none());
    assert!(misplaced_space("«\\u{a0}{t}\\u{a0}» faite").is_none());
    assert!(misplaced_space("10:42 · 14/07").is_none());
    let found = literals("let a = \"x : y\"; // \"not : this\"\nlet c = '\"'; let b = \"z\";");
    assert_eq!(found, [(1, "x : y".to_owned()), (2, "z".to_owned())]);
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

#[test]
fn dates_and_countdowns_never_split() {
    let t = Lang::Fr.catalogue();
    let today = day("2014-09-16");
    let texts = [
        t.date(day("2014-07-14")),
        t.long_date(day("2014-07-14")),
        t.short_date(day("2014-07-14"), today),
        t.date_range(day("2014-09-22"), day("2014-09-25")),
        (t.countdown)(12),
        (t.countdown)(-3),
        (t.late_by)(64),
    ];
    for text in &texts {
        // A figure holds to what follows it: its month, its year, its unit.
        let chars: Vec<char> = text.chars().collect();
        assert!(
            !chars
                .windows(2)
                .any(|w| w[0].is_ascii_digit() && w[1] == ' '),
            "{text:?} may break after a figure"
        );
    }
    assert_eq!(t.date(day("2014-07-14")), "14\u{a0}juil.\u{a0}2014");
    assert_eq!((t.late_by)(64), "en retard de 64\u{a0}j");
    // The same holds in English: a date is one word for wrapping.
    assert_eq!(
        Lang::En.catalogue().date(day("2014-07-14")),
        "14\u{a0}Jul\u{a0}2014"
    );
}

#[test]
fn a_tick_agrees_with_what_was_ticked() {
    let t = Lang::Fr.catalogue();
    assert_eq!(
        (t.marked_done)("Programme du déplacement", RecordKind::Item),
        "«\u{a0}Programme du déplacement\u{a0}» fait"
    );
    assert_eq!(
        (t.marked_done)("Recevoir le maire de Porto", RecordKind::Action),
        "«\u{a0}Recevoir le maire de Porto\u{a0}» faite"
    );
    assert!((t.deleted)("Europe", RecordKind::Delegation).ends_with("supprimée"));
    assert!((t.deleted)("Berlin", RecordKind::Trip).ends_with("supprimé"));
    assert!((t.saved_record)("Berlin", RecordKind::Action).ends_with("enregistrée"));
    assert!((t.moved)("Berlin", RecordKind::Objective).ends_with("déplacé"));
    let script = t.script;
    assert!((script.already_done)("Visa", "3 sept.", RecordKind::Item).contains("déjà fait "));
    assert!((script.already_open)("Visa", RecordKind::Action).ends_with("pas faite"));
}

#[test]
fn counts_agree_and_never_say_s_in_brackets() {
    for lang in [Lang::Fr, Lang::En] {
        let t = lang.catalogue();
        for n in 0..4 {
            for m in 0..4 {
                let questions = [
                    (t.ask_delete_horizon)("H", n, m),
                    (t.ask_delete_objective)("O", n),
                    (t.ask_delete_trip)("T", n),
                    (t.items_line)(n, m, 0),
                    (t.form_too_long)(n, m, true),
                ];
                for q in questions {
                    assert!(!q.contains("(s)"), "{q}");
                    for noun in ["action", "objecti", "point", "item"] {
                        // "1 action", never "1 actions"; "2 actions", never "2 action ".
                        assert!(!q.contains(&format!("1 {noun}s")), "{q}");
                    }
                }
            }
        }
    }
    let t = Lang::Fr.catalogue();
    assert_eq!(
        (t.ask_delete_objective)("Forum", 1),
        "Supprimer l'objectif «\u{a0}Forum\u{a0}» et sa seule action\u{a0}?"
    );
    assert_eq!(
        (t.ask_delete_objective)("Forum", 4),
        "Supprimer l'objectif «\u{a0}Forum\u{a0}» et ses 4 actions\u{a0}?"
    );
    assert_eq!(
        (t.ask_delete_trip)("Rome", 13),
        "Supprimer le déplacement «\u{a0}Rome\u{a0}» et sa check-list de 13 points\u{a0}?"
    );
    // Figures keep their thousands together.
    assert_eq!(
        (t.form_too_long)(250_000, 199_999, true),
        "Trop long\u{a0}: 250\u{a0}000\u{a0}octets, 199\u{a0}999 au plus"
    );
}
