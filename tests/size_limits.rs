//! Texts too long to be meant (a title over 2,000 characters, notes over 200 KB) are refused:
//! at load and by `check`, with the JSON path and the line of the record; and in forms, with
//! an error under the field, in both languages.

use std::path::Path;

use jalons::app::form::FieldName;
use jalons::app::{Cmd, Mode, Model, Msg, update};
use jalons::builtin;
use jalons::domain::{MAX_LINE_CHARS, MAX_TEXT_BYTES, Plan, validate};
use jalons::i18n::Lang;
use jalons::store::{self, StoreError};

fn problems_of(plan: &Plan) -> Vec<(usize, String)> {
    let text = store::to_bytes(plan);
    match store::parse(Path::new("r.json"), &text) {
        Err(StoreError::Invalid { problems, .. }) => problems
            .into_iter()
            .map(|(at, message)| (at.line, format!("{}: {message}", at.path)))
            .collect(),
        other => panic!("not refused as invalid: {other:?}"),
    }
}

/// The line of `"id": "<id>"` in the store text of `plan`.
fn line_of_id(plan: &Plan, id: &str) -> usize {
    let text = String::from_utf8(store::to_bytes(plan)).unwrap();
    let needle = format!("\"id\": \"{id}\"");
    let at = text.find(&needle).expect("the id in the text");
    text[..at].matches('\n').count() + 1
}

#[test]
fn texts_up_to_the_limits_are_fine() {
    let mut plan = builtin::roadmap();
    plan.actions[0].title = "é".repeat(MAX_LINE_CHARS);
    plan.actions[0].notes = "x".repeat(MAX_TEXT_BYTES);
    plan.trips[0].purpose = "x".repeat(MAX_TEXT_BYTES);
    plan.delegations[0].name = "漢".repeat(MAX_LINE_CHARS);
    assert_eq!(validate(&plan), Vec::new());
}

#[test]
fn a_text_over_the_limit_is_refused_with_its_path_and_line() {
    let mut plan = builtin::roadmap();
    plan.actions[3].title = "é".repeat(MAX_LINE_CHARS + 1);
    plan.trips[1].notes = "x".repeat(MAX_TEXT_BYTES + 1);
    plan.trips[0].members[0].role = "r".repeat(5000);
    plan.templates[1].items[0].label = "l".repeat(MAX_LINE_CHARS + 1);
    plan.delegations[2].holder = "h".repeat(MAX_LINE_CHARS + 1);
    plan.objectives[0]
        .themes
        .push("t".repeat(MAX_LINE_CHARS + 1));
    let theme = format!(
        "objectives[0].themes[{}]: 2001 characters long",
        plan.objectives[0].themes.len() - 1
    );
    let expected = [
        (
            &plan.actions[3].id,
            "actions[3].title: 2001 characters long, more than 2000",
        ),
        (
            &plan.trips[1].id,
            "trips[1].notes: 200001 bytes long, more than 200000 (200 KB)",
        ),
        (
            &plan.trips[0].members[0].id,
            "trips[0].members[0].role: 5000 characters long",
        ),
        (
            &plan.templates[1].id,
            "templates[1].items[0].label: 2001 characters long",
        ),
        (
            &plan.delegations[2].id,
            "delegations[2].holder: 2001 characters long",
        ),
        (&plan.objectives[0].id, theme.as_str()),
    ];
    let problems = problems_of(&plan);
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for (id, says) in expected {
        let line = line_of_id(&plan, id);
        assert!(
            problems
                .iter()
                .any(|(l, m)| *l == line && m.starts_with(says)),
            "no {says:?} at line {line}: {problems:#?}"
        );
    }
}

#[test]
fn the_plans_own_title_is_located_too() {
    let mut plan = builtin::roadmap();
    plan.title = "t".repeat(MAX_LINE_CHARS + 1);
    let problems = problems_of(&plan);
    // "title" is the second member of the file, after schema_version.
    assert_eq!(
        problems,
        [(3, "title: 2001 characters long, more than 2000".to_owned())]
    );
    let shown = store::parse(Path::new("r.json"), &store::to_bytes(&plan))
        .unwrap_err()
        .to_string();
    assert!(
        shown.contains("\nr.json:3:3: title: 2001 characters long"),
        "{shown}"
    );
}

/// A model on an in-memory plan (which no validation stands in front of), with the edit form
/// of the first objective's first action open.
fn editing(plan: Plan, lang: Lang) -> Model {
    let mut model = Model::new(plan, "2014-06-02".parse().unwrap(), lang, "x".into());
    for msg in [Msg::Drill, Msg::Drill, Msg::Edit] {
        update(&mut model, msg);
    }
    assert!(matches!(model.mode, Mode::Form(_)), "no form open");
    model
}

fn error_of(model: &Model, name: FieldName) -> Option<String> {
    let Mode::Form(form) = &model.mode else {
        panic!("the form closed")
    };
    form.field(name).expect("the field").error.clone()
}

fn selected(model: &Model) -> usize {
    model
        .roadmap
        .action_index(&model.plan, &model.index)
        .expect("an action")
}

#[test]
fn a_form_refuses_a_text_over_the_limit_under_its_field_in_both_languages() {
    for (lang, title_says, notes_says) in [
        (
            Lang::Fr,
            "Trop long\u{a0}: 2\u{a0}001\u{a0}caractères, 2\u{a0}000 au plus",
            "Trop long\u{a0}: 200\u{a0}001\u{a0}octets, 200\u{a0}000 au plus",
        ),
        (
            Lang::En,
            "Too long: 2001 characters, at most 2000",
            "Too long: 200001 bytes, at most 200000",
        ),
    ] {
        let probe = editing(builtin::roadmap(), lang);
        let a = selected(&probe);
        let mut plan = builtin::roadmap();
        plan.actions[a].title = "é".repeat(MAX_LINE_CHARS + 1);
        plan.actions[a].notes = "n".repeat(MAX_TEXT_BYTES + 1);
        let mut model = editing(plan.clone(), lang);
        assert_eq!(update(&mut model, Msg::Submit), Cmd::None, "{lang:?}");
        assert_eq!(
            error_of(&model, FieldName::Title).as_deref(),
            Some(title_says)
        );
        assert_eq!(
            error_of(&model, FieldName::Notes).as_deref(),
            Some(notes_says)
        );
        assert_eq!(model.plan, plan, "{lang:?}: changed anyway");
    }
}

#[test]
fn a_field_longer_than_it_takes_can_still_be_shortened() {
    let probe = editing(builtin::roadmap(), Lang::En);
    let a = selected(&probe);
    let mut plan = builtin::roadmap();
    let long = "x".repeat(MAX_LINE_CHARS + 1);
    plan.actions[a].title.clone_from(&long);
    let mut model = editing(plan, Lang::En);
    let erase = ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Backspace,
        ratatui::crossterm::event::KeyModifiers::NONE,
    );
    update(&mut model, Msg::Input(erase));
    let Mode::Form(form) = &model.mode else {
        panic!("the form closed")
    };
    let title = form.field(FieldName::Title).expect("a title").as_text();
    assert_eq!(title.len(), long.len() - 1, "the key was refused");
    update(&mut model, Msg::Paste("y".repeat(10)));
    let Mode::Form(form) = &model.mode else {
        panic!("the form closed")
    };
    let title = form.field(FieldName::Title).expect("a title").as_text();
    assert_eq!(title.len(), long.len() - 1, "a paste cut or lengthened it");
}

#[test]
fn check_names_the_file_line_and_path_of_a_text_too_long() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    let mut plan = builtin::roadmap();
    plan.actions[3].notes = "n".repeat(MAX_TEXT_BYTES + 1);
    std::fs::write(&path, store::to_bytes(&plan)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_jalons"))
        .arg("--store")
        .arg(&path)
        .args(["--lang", "en", "--today", "2014-06-02", "check"])
        .env_remove("JALONS_STORE")
        .env_remove("JALONS_TODAY")
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let line = line_of_id(&plan, &plan.actions[3].id);
    let expected = format!("{}:{line}:", path.display());
    let problem = stderr
        .lines()
        .find(|l| l.starts_with(&expected))
        .unwrap_or_else(|| panic!("no {expected} in {stderr}"));
    assert!(
        problem.ends_with(": actions[3].notes: 200001 bytes long, more than 200000 (200 KB)"),
        "{problem}"
    );
}
