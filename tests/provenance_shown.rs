//! What the note says and what is only an example, as an adviser sees it: a horizon shows the
//! note's framing, an action its quotation, what the note says of when, and its example values.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn text(model: &Model) -> String {
    let mut terminal = Terminal::new(TestBackend::new(160, 50)).expect("a test terminal");
    terminal
        .draw(|f| jalons::ui::view(model, f))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .chunks(usize::from(buffer.area.width))
        .map(|row| {
            row.iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn model() -> Model {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
    Model::new(roadmap(), today, Lang::Fr, "~/roadmap.json".into())
}

#[test]
fn a_horizon_shows_the_note_s_framing() {
    let shown = text(&model());
    assert!(
        shown.contains("La note dit\u{a0}: «\u{a0}court (100 jours)\u{a0}»"),
        "{shown}"
    );
    assert!(
        shown.contains("«\u{a0}Les 100 premiers jours de la mandature"),
        "{shown}"
    );
}

#[test]
fn an_action_says_what_the_note_says_of_when_and_what_is_an_example() {
    let mut model = model();
    // Mi-mandat, the memorial trips, the first action: Auschwitz, due in 2015.
    for msg in [Msg::Down, Msg::Drill, Msg::Down, Msg::Drill] {
        update(&mut model, msg);
    }
    let shown = text(&model);
    assert!(
        shown.contains("Préparer le déplacement à Auschwitz"),
        "{shown}"
    );
    assert!(
        shown.contains("≈ dans 471\u{a0}j"),
        "the chosen date is marked: {shown}"
    );
    // (The detail wraps: each phrase is looked for within one line.)
    assert!(
        shown.contains("La note dit\u{a0}: «\u{a0}L'année 2015 se"),
        "{shown}"
    );
    assert!(
        shown.contains("≈ Exemple, pas une décision de la note\u{a0}:"),
        "{shown}"
    );
    assert!(shown.contains("porteur, co-porteurs, échéance"), "{shown}");
    assert!(
        shown.contains("«\u{a0}Vous préparerez les déplacements"),
        "{shown}"
    );
}
