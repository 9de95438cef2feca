//! What a form keeps of the text an adviser types, through the plan and the store: the
//! zero-width joiners that scripts and emoji need, and the refusals of what would drive or
//! hide text; notes on several lines, typed with Enter, saved with Ctrl-s, shown with their
//! line breaks.

use chrono::NaiveDate;
use jalons::app::form::{FieldName, Form};
use jalons::app::{Cmd, Column, Mode, Model, Msg, msg_for, update};
use jalons::builtin;
use jalons::domain::Plan;
use jalons::i18n::Lang;
use jalons::store::Store;
use jalons::ui::view;
use pretty_assertions::assert_eq;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn model() -> Model {
    let today = NaiveDate::from_ymd_opt(2014, 5, 16).expect("a day");
    let mut model = Model::new(builtin::roadmap(), today, Lang::Fr, "x".into());
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    assert_eq!(model.roadmap.focus, Column::Actions);
    model
}

/// Types `text` key by key, as a terminal reports it.
fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(update(model, Msg::Input(key)), Cmd::None, "typing {c:?}");
    }
}

fn form(model: &Model) -> &Form {
    match &model.mode {
        Mode::Form(form) => form,
        other => panic!("no form open: {other:?}"),
    }
}

fn error_of(model: &Model, name: FieldName) -> Option<String> {
    form(model).field(name).expect("the field").error.clone()
}

/// The plan as the store reads it back after saving what the model did.
fn through_the_store(model: &Model) -> Plan {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("roadmap.json");
    let mut store = Store::create(&path, &builtin::roadmap()).expect("a store");
    store.save(&model.plan, &model.pending).expect("saved");
    Store::open(&path).expect("read back").1
}

/// A Persian word with its non-joiner, a Devanagari conjunct with a joiner, and an emoji
/// profession (woman + ZWJ + briefcase).
const JOINED: &str = "می\u{200c}خواهم क्\u{200d}ष 👩\u{200d}💼 Dakar";

#[test]
fn zero_width_joiners_are_kept_from_the_keyboard_to_the_store() {
    let mut model = model();
    update(&mut model, Msg::Add);
    type_text(&mut model, JOINED);
    assert_eq!(
        update(&mut model, Msg::Submit),
        Cmd::Save,
        "{:?}",
        model.mode
    );
    let added = |plan: &Plan| {
        plan.actions
            .iter()
            .find(|a| a.title.starts_with("می"))
            .map(|a| a.title.clone())
    };
    assert_eq!(added(&model.plan).as_deref(), Some(JOINED));
    assert_eq!(added(&through_the_store(&model)).as_deref(), Some(JOINED));
}

#[test]
fn bidi_overrides_tags_and_controls_are_refused_and_named() {
    for (typed, said) in [
        (
            "abc\u{202e}fed",
            "U+202E refusé\u{a0}: il change le sens du texte",
        ),
        (
            "a\u{2066}b",
            "U+2066 refusé\u{a0}: il change le sens du texte",
        ),
        (
            "x\u{e0041}\u{e0042}",
            "U+E0041 refusé\u{a0}: caractère invisible",
        ),
        ("a\u{1b}[2J", "U+001B refusé\u{a0}: caractère de contrôle"),
        ("a\u{9b}b", "U+009B refusé\u{a0}: caractère de contrôle"),
    ] {
        let mut model = model();
        let before = model.plan.clone();
        update(&mut model, Msg::Add);
        type_text(&mut model, typed);
        assert_eq!(update(&mut model, Msg::Submit), Cmd::None, "{typed:?}");
        assert_eq!(error_of(&model, FieldName::Title).as_deref(), Some(said));
        assert_eq!(model.plan, before);
    }
}

/// A key as the runtime turns it into a message through the key table, then `update`.
fn press(model: &mut Model, code: KeyCode, modifiers: KeyModifiers) -> Cmd {
    let key = KeyEvent::new(code, modifiers);
    match msg_for(&model.mode, model.screen, key) {
        Some(msg) => update(model, msg),
        None => Cmd::None,
    }
}

fn focused(model: &Model) -> FieldName {
    let form = form(model);
    form.fields[form.focus].name
}

/// Tab to the field `name`.
fn tab_to(model: &mut Model, name: FieldName) {
    for _ in 0..form(model).fields.len() {
        if focused(model) == name {
            return;
        }
        press(model, KeyCode::Tab, KeyModifiers::NONE);
    }
    panic!("no field {name:?}");
}

/// The screen as text, one string per row.
fn screen(model: &Model, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect()
        })
        .collect()
}

const LINES: &str = "Première ligne\nDeuxième ligne\nTroisième";

#[test]
fn notes_on_several_lines_go_through_the_form_and_the_store_and_show_as_lines() {
    let mut model = model();
    update(&mut model, Msg::Add);
    type_text(&mut model, "Recevoir le maire de Porto");
    tab_to(&mut model, FieldName::Notes);
    for (i, line) in LINES.split('\n').enumerate() {
        if i > 0 {
            // Enter breaks the line here: it does not save.
            assert_eq!(
                press(&mut model, KeyCode::Enter, KeyModifiers::NONE),
                Cmd::None
            );
            assert_eq!(focused(&model), FieldName::Notes);
        }
        type_text(&mut model, line);
    }
    let rows = screen(&model, 80, 24);
    let shown = rows.join("\n");
    for line in LINES.split('\n') {
        assert!(shown.contains(line), "{line} not in the editor:\n{shown}");
    }
    // The footer and the hint name the keys that do it here: Enter is a new line.
    let footer = &rows[23];
    assert!(footer.contains("Entrée nouvelle ligne"), "{footer}");
    assert!(footer.contains("Ctrl-s enregistrer"), "{footer}");
    assert!(!footer.contains("Entrée enregistrer"), "{footer}");
    assert!(shown.contains("Entrée\u{a0}: nouvelle ligne"), "{shown}");
    assert!(!shown.contains("Entrée : enregistrer"), "{shown}");
    assert_eq!(
        press(&mut model, KeyCode::Char('s'), KeyModifiers::CONTROL),
        Cmd::Save
    );
    let added = |plan: &Plan| {
        plan.actions
            .iter()
            .find(|a| a.title == "Recevoir le maire de Porto")
            .map(|a| a.notes.clone())
    };
    assert_eq!(added(&model.plan).as_deref(), Some(LINES));
    assert_eq!(added(&through_the_store(&model)).as_deref(), Some(LINES));

    // The detail shows the notes line under line, as typed.
    let rows = screen(&model, 120, 40);
    let row_of = |text: &str| {
        rows.iter()
            .position(|r| r.contains(text))
            .unwrap_or_else(|| panic!("{text} not shown:\n{}", rows.join("\n")))
    };
    let first = row_of("Première ligne");
    assert_eq!(row_of("Deuxième ligne"), first + 1);
    assert_eq!(row_of("Troisième"), first + 2);
}

#[test]
fn an_action_whose_notes_hold_a_line_break_is_saved_from_its_form() {
    let mut plan = builtin::roadmap();
    plan.actions[0].notes = "Premier point.\r\nSecond point.".into();
    let today = NaiveDate::from_ymd_opt(2014, 5, 16).expect("a day");
    let mut model = Model::new(plan, today, Lang::Fr, "x".into());
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    let id = model.plan.actions[0].id.clone();
    assert_eq!(
        model.roadmap.action_index(&model.plan, &model.index),
        Some(0),
        "the first action is selected"
    );
    update(&mut model, Msg::Edit);
    type_text(&mut model, " (révisé)");
    assert_eq!(
        press(&mut model, KeyCode::Enter, KeyModifiers::NONE),
        Cmd::Save,
        "{:?}",
        model.mode
    );
    let action = model
        .plan
        .actions
        .iter()
        .find(|a| a.id == id)
        .expect("the action");
    assert!(action.title.ends_with(" (révisé)"), "{}", action.title);
    // The line break written by hand as CR LF reads as a line break.
    assert_eq!(action.notes, "Premier point.\nSecond point.");
}

#[test]
fn up_and_down_move_through_the_lines_then_to_the_next_fields() {
    let mut model = model();
    update(&mut model, Msg::Add);
    tab_to(&mut model, FieldName::Notes);
    type_text(&mut model, "un");
    press(&mut model, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut model, "deux");
    let before = focused_index(&model);
    // ↑ goes to the first line, then to the field before; ↓ comes back, down the lines,
    // and on to the field after.
    press(&mut model, KeyCode::Up, KeyModifiers::NONE);
    assert_eq!(focused(&model), FieldName::Notes);
    type_text(&mut model, "!");
    press(&mut model, KeyCode::Up, KeyModifiers::NONE);
    assert_eq!(focused_index(&model), before - 1);
    press(&mut model, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(focused(&model), FieldName::Notes);
    press(&mut model, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(
        focused(&model),
        FieldName::Notes,
        "from the first line to the second"
    );
    press(&mut model, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(
        focused_index(&model),
        (before + 1) % form(&model).fields.len()
    );
    let notes = form(&model)
        .field(FieldName::Notes)
        .expect("notes")
        .as_text()
        .into_owned();
    assert_eq!(notes, "un!\ndeux");
}

fn focused_index(model: &Model) -> usize {
    form(model).focus
}

#[test]
fn a_trips_purpose_shows_its_line_breaks_in_the_trip_detail() {
    let mut plan = builtin::roadmap();
    plan.trips[0].purpose = "Premier objet du voyage.\nSecond objet du voyage.".into();
    let today = NaiveDate::from_ymd_opt(2014, 5, 16).expect("a day");
    let mut model = Model::new(plan, today, Lang::Fr, "x".into());
    update(&mut model, Msg::Show(jalons::app::Screen::Trips));
    let rows = screen(&model, 120, 40);
    let row_of = |text: &str| {
        rows.iter()
            .position(|r| r.contains(text))
            .unwrap_or_else(|| panic!("{text} not shown:\n{}", rows.join("\n")))
    };
    assert_eq!(
        row_of("Second objet du voyage."),
        row_of("Premier objet du voyage.") + 1
    );
    assert!(
        !rows.join("\n").contains('\u{240a}'),
        "a line break drawn as a symbol"
    );
}
