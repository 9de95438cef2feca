//! What a form keeps of the text an adviser types, through the plan and the store: the
//! zero-width joiners that scripts and emoji need, and the refusals of what would drive or
//! hide text.

use chrono::NaiveDate;
use jalons::app::form::{FieldName, Form};
use jalons::app::{Cmd, Column, Mode, Model, Msg, update};
use jalons::builtin;
use jalons::domain::Plan;
use jalons::i18n::Lang;
use jalons::store::Store;
use pretty_assertions::assert_eq;
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
