//! `?` says first what the keys do where the adviser is, in the interface's language, then
//! the rest; names the keys as the keyboard does in that language; says what `a` adds where
//! and what each glyph means.

use chrono::NaiveDate;
use jalons::app::{Mode, Model, Msg, Screen, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rstest::rstest;

fn model(lang: Lang) -> Model {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
    Model::new(roadmap(), today, lang, "~/roadmap.json".into())
}

/// The help's lines as drawn on a terminal tall enough to hold it all, borders off.
fn help_lines(model: &mut Model) -> Vec<String> {
    update(model, Msg::Help);
    assert!(matches!(model.mode, Mode::Help { .. }), "{:?}", model.mode);
    let mut terminal = Terminal::new(TestBackend::new(80, 200)).expect("a terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    let buffer = terminal.backend().buffer();
    let mut lines = Vec::new();
    for y in 0..buffer.area.height {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_owned())
            .collect();
        let inner = row
            .trim_end()
            .trim_start_matches([' ', '│'])
            .trim_end_matches('│');
        lines.push(inner.trim_end().to_owned());
    }
    lines
}

/// The index of the first line that holds `text`.
fn line_of(lines: &[String], text: &str) -> usize {
    lines
        .iter()
        .position(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no line holds {text:?}:\n{}", lines.join("\n")))
}

/// The messages that bring each place into view from the start (roadmap, horizons).
fn go(model: &mut Model, place: &str) {
    let msgs: &[Msg] = match place {
        "horizons" => &[],
        "objectives" => &[Msg::Drill],
        "actions" => &[Msg::Drill, Msg::Drill],
        "delegations" => &[Msg::Show(Screen::Delegations)],
        "trips" => &[Msg::Show(Screen::Trips)],
        "trip" => &[Msg::Show(Screen::Trips), Msg::Drill],
        "deadlines" => &[Msg::Show(Screen::Deadlines)],
        other => panic!("no place {other}"),
    };
    for msg in msgs {
        update(model, msg.clone());
    }
}

#[rstest]
#[case::horizons(
    "horizons",
    "Ici\u{a0}: Feuille de route, horizons",
    "a  ajouter un horizon"
)]
#[case::objectives(
    "objectives",
    "Ici\u{a0}: Feuille de route, objectifs",
    "a  ajouter un objectif à cet horizon"
)]
#[case::actions(
    "actions",
    "Ici\u{a0}: Feuille de route, actions",
    "Espace x  l'action faite aujourd'hui, ou de nouveau à faire"
)]
#[case::delegations("delegations", "Ici\u{a0}: Délégations", "a  ajouter une délégation")]
#[case::trips(
    "trips",
    "Ici\u{a0}: Déplacements",
    "T  ajouter les points d'un modèle de check-list"
)]
#[case::trip(
    "trip",
    "Ici\u{a0}: Déplacements, un déplacement ouvert",
    "a  ajouter un point (sur la check-list) ou un voyageur"
)]
#[case::deadlines(
    "deadlines",
    "Ici\u{a0}: Échéances",
    "o  ne voir qu'un porteur, ou de nouveau tous"
)]
fn the_keys_of_the_place_come_first_said_for_that_place(
    #[case] place: &str,
    #[case] heading: &str,
    #[case] key_here: &str,
) {
    let mut model = model(Lang::Fr);
    go(&mut model, place);
    let lines = help_lines(&mut model);
    let top = line_of(&lines, heading);
    let elsewhere = line_of(&lines, "Ailleurs, sur toutes les vues");
    let key = line_of(&lines, key_here);
    assert!(
        top < key && key < elsewhere,
        "{place}:\n{}",
        lines.join("\n")
    );
    // The first heading is the place's: nothing comes before it.
    assert!(lines[..top].iter().all(|l| !l.contains("Ici")), "{place}");
    // The rest follows: quitting, searching, and every overlay's keys.
    for later in ["q Ctrl-c  quitter", "/  chercher", "Dans un formulaire"] {
        assert!(line_of(&lines, later) > elsewhere, "{place}: {later}");
    }
}

#[test]
fn keys_are_named_in_french_and_in_english() {
    let lines = help_lines(&mut model(Lang::Fr)).join("\n");
    for name in [
        "Entrée",
        "Maj-Tab",
        "Début",
        "Fin",
        "Page préc.",
        "Page suiv.",
        "Échap",
        "Espace",
    ] {
        assert!(lines.contains(name), "{name}:\n{lines}");
    }
    for english in ["Enter", "BackTab", "Home", "PgUp", "PgDn", "Esc ", "Space"] {
        assert!(!lines.contains(english), "{english}:\n{lines}");
    }
    let lines = help_lines(&mut model(Lang::En)).join("\n");
    for name in [
        "Enter",
        "Shift-Tab",
        "Home",
        "End",
        "PgUp",
        "PgDn",
        "Esc",
        "Space",
    ] {
        assert!(lines.contains(name), "{name}:\n{lines}");
    }
    assert!(lines.contains("Here: Roadmap, horizons"), "{lines}");
}

#[test]
fn the_glyphs_and_what_a_adds_are_explained() {
    let lines = help_lines(&mut model(Lang::Fr));
    let legend = line_of(&lines, "Ce que disent les signes");
    for glyph in ["○", "◐", "⊘", "✓", "⚠", "◆", "›", "▶", "░█", "≈"] {
        let at = lines[legend..]
            .iter()
            .position(|l| l.trim_start().starts_with(glyph));
        assert!(at.is_some(), "{glyph} not explained:\n{}", lines.join("\n"));
    }
    let adds = line_of(&lines, "Ce que «\u{a0}a\u{a0}» ajoute");
    for (place, what) in [
        ("sur la check-list", "un point de check-list"),
        ("sur la Composition", "un voyageur"),
        ("Actions", "une action à l'objectif choisi"),
    ] {
        let line = &lines[adds + line_of(&lines[adds..], what)];
        assert!(line.contains(place), "{line}");
    }
}

#[test]
fn the_footer_names_keys_in_french_too() {
    let mut model = model(Lang::Fr);
    go(&mut model, "actions");
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).expect("a terminal");
    terminal.draw(|f| view(&model, f)).expect("drawn");
    let buffer = terminal.backend().buffer();
    let last: String = (0..120)
        .map(|x| buffer[(x, 29)].symbol().to_owned())
        .collect();
    assert!(last.contains("Espace"), "{last}");
    assert!(!last.contains("Enter") && !last.contains("Space"), "{last}");
}
