//! Forms without a terminal: key sequences sent to `update` as the runtime sends them, and the
//! record they leave in the plan; deleting, moving, reordering, templates; and undo/redo of
//! each, back to exactly the plan it started from.

use chrono::NaiveDate;
use jalons::app::form::{FieldName, Form, RecordKind, Value};
use jalons::app::{Cmd, Column, Mode, Model, Msg, NoticeKind, PickFor, Screen, update};
use jalons::builtin;
use jalons::domain::{Due, Plan, Status, TripStatus};
use jalons::i18n::Lang;
use pretty_assertions::assert_eq;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rstest::rstest;

const TODAY: &str = "2014-05-16";

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn model() -> Model {
    Model::new(builtin::roadmap(), day(TODAY), Lang::Fr, "x".into())
}

fn key(code: KeyCode) -> Msg {
    Msg::Input(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(code: KeyCode) -> Msg {
    Msg::Input(KeyEvent::new(code, KeyModifiers::CONTROL))
}

fn ctrl_char(c: char) -> Msg {
    ctrl(KeyCode::Char(c))
}

/// Sends each message; returns the last command.
fn send(model: &mut Model, msgs: &[Msg]) -> Cmd {
    msgs.iter()
        .fold(Cmd::None, |_, msg| update(model, msg.clone()))
}

/// Types `text` key by key, as a terminal reports it (capitals with SHIFT).
fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        let cmd = update(
            model,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), modifiers)),
        );
        assert_eq!(cmd, Cmd::None, "typing {c:?} asked for {cmd:?}");
    }
}

fn form(model: &Model) -> &Form {
    match &model.mode {
        Mode::Form(form) => form,
        other => panic!("no form open: {other:?}"),
    }
}

fn focused(model: &Model) -> FieldName {
    let form = form(model);
    form.fields[form.focus].name
}

/// Tabs forward to the field `name`.
fn tab_to(model: &mut Model, name: FieldName) {
    for _ in 0..form(model).fields.len() {
        if focused(model) == name {
            return;
        }
        update(model, Msg::FormNext);
    }
    panic!("no field {name:?} in the form");
}

fn text_of(model: &Model, name: FieldName) -> (String, usize) {
    match &form(model).field(name).expect("the field").value {
        Value::Text { input, .. } => (input.value().to_owned(), input.cursor()),
        other => panic!("{name:?} is not text: {other:?}"),
    }
}

fn error_of(model: &Model, name: FieldName) -> Option<String> {
    form(model).field(name).expect("the field").error.clone()
}

fn notice(model: &Model) -> String {
    model
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// The selected action on the roadmap, by ID.
fn selected_action(model: &Model) -> Option<String> {
    model
        .roadmap
        .action_index(&model.plan, &model.index)
        .map(|a| model.plan.actions[a].id.clone())
}

fn action<'a>(plan: &'a Plan, id: &str) -> &'a jalons::domain::Action {
    plan.actions
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no action {id}"))
}

fn trip<'a>(plan: &'a Plan, id: &str) -> &'a jalons::domain::Trip {
    plan.trips
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no trip {id}"))
}

/// Undoes the last change and checks the plan is `before` again, then redoes it and checks
/// the plan is `after` again; both are changes to save, and the status bar says so.
fn undo_redo_round_trip(model: &mut Model, before: &Plan) {
    let after = model.plan.clone();
    assert_ne!(&after, before, "nothing changed");
    assert_eq!(update(model, Msg::Undo), Cmd::Save);
    assert_eq!(&model.plan, before, "undo did not restore the plan");
    assert!(
        notice(model).starts_with("Annulé\u{a0}: "),
        "{}",
        notice(model)
    );
    assert_eq!(update(model, Msg::Redo), Cmd::Save);
    assert_eq!(model.plan, after, "redo did not redo the change");
    assert!(
        notice(model).starts_with("Rétabli\u{a0}: "),
        "{}",
        notice(model)
    );
    assert_eq!(update(model, Msg::Undo), Cmd::Save);
    assert_eq!(&model.plan, before);
}

/// The roadmap, focus on the actions of the first objective ("Coordonner…").
fn in_actions() -> Model {
    let mut model = model();
    send(&mut model, &[Msg::Drill, Msg::Drill]);
    assert_eq!(model.roadmap.focus, Column::Actions);
    model
}

#[rstest]
#[case::french("14/07/2014", "2014-07-14")]
#[case::iso("2014-07-14", "2014-07-14")]
#[case::relative("+10", "2014-05-26")]
fn add_an_action_by_keys(#[case] typed: &str, #[case] due: &str) {
    let mut model = in_actions();
    let before = model.plan.clone();
    assert_eq!(update(&mut model, Msg::Add), Cmd::None);
    assert_eq!(form(&model).kind, RecordKind::Action);
    assert_eq!(form(&model).editing, None);
    assert_eq!(focused(&model), FieldName::Title);

    type_text(&mut model, "Rencontrer le maire de Lisbonne");
    update(&mut model, Msg::FormNext);
    assert_eq!(focused(&model), FieldName::Owner);
    type_text(&mut model, "sanch");
    let owner = form(&model).field(FieldName::Owner).unwrap().chosen();
    assert_eq!(
        owner,
        Some("d-europe"),
        "« sanch » picks Hermano Sanches Ruivo"
    );
    update(&mut model, Msg::FormNext);
    assert_eq!(focused(&model), FieldName::Due);
    type_text(&mut model, typed);

    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    assert_eq!(model.mode, Mode::Browse);
    assert_eq!(model.plan.actions.len(), before.actions.len() + 1);
    let new = model
        .plan
        .actions
        .iter()
        .find(|a| !before.actions.iter().any(|b| b.id == a.id))
        .expect("a new action");
    assert_eq!(new.title, "Rencontrer le maire de Lisbonne");
    assert_eq!(new.owner, "d-europe");
    assert_eq!(new.due, Some(day(due)));
    assert_eq!(
        new.objective, "o-approche-transverse",
        "the objective selected"
    );
    assert_eq!(new.status, Status::Todo);
    assert!(new.co_owners.is_empty() && new.notes.is_empty() && new.trip.is_none());
    assert_eq!(model.pending.len(), 1, "one operation to save");
    let id = new.id.clone();
    assert_eq!(
        selected_action(&model),
        Some(id),
        "the new action is selected"
    );
    assert!(notice(&model).contains("Rencontrer le maire de Lisbonne"));

    undo_redo_round_trip(&mut model, &before);
    assert_eq!(
        model.pending.len(),
        4,
        "the change, undo, redo, undo: all saved"
    );
}

#[test]
fn a_missing_title_is_an_error_on_the_field_and_changes_nothing() {
    let mut model = in_actions();
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "sanch");
    // Spaces only are no title either.
    update(&mut model, Msg::FormPrev);
    type_text(&mut model, "   ");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(
        error_of(&model, FieldName::Title).as_deref(),
        Some("Champ obligatoire")
    );
    assert_eq!(
        focused(&model),
        FieldName::Title,
        "the focus goes to the error"
    );
    assert_eq!(error_of(&model, FieldName::Owner), None);
    assert_eq!(model.plan, before);
    assert!(model.pending.is_empty());
    assert!(!model.history.can_undo());

    // Typing clears the error; Esc leaves with nothing saved.
    type_text(&mut model, "x");
    assert_eq!(error_of(&model, FieldName::Title), None);
    assert_eq!(update(&mut model, Msg::Close), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert_eq!(model.plan, before);
}

#[rstest]
#[case::no_such_day("31/02/2014", "31/02/2014")]
#[case::words("14 juillet", "14 juillet")]
#[case::out_of_range("14/07/20014", "14/07/20014")]
fn a_bad_date_is_an_error_on_the_field(#[case] typed: &str, #[case] quoted: &str) {
    let mut model = in_actions();
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    type_text(&mut model, "Une action");
    tab_to(&mut model, FieldName::Due);
    type_text(&mut model, typed);
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    let error = error_of(&model, FieldName::Due).expect("an error on the due date");
    assert!(
        error.contains(quoted),
        "{error:?} does not quote {quoted:?}"
    );
    assert_eq!(focused(&model), FieldName::Due);
    assert_eq!(model.plan, before);
    assert!(model.pending.is_empty());
}

#[test]
fn pasted_controls_are_neutralised_or_refused() {
    let mut model = in_actions();
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    // An escape sequence and a line break pasted: the controls become spaces.
    update(&mut model, Msg::Paste("Bucarest\u{1b}[2J\nvisite\t".into()));
    let (title, _) = text_of(&model, FieldName::Title);
    assert!(!title.chars().any(char::is_control), "{title:?}");
    assert_eq!(title, "Bucarest [2J visite ");

    // A right-to-left override is not a control character for `char`, but it reorders
    // what is shown: the form refuses it, and names it.
    update(&mut model, Msg::Paste("\u{202e}tseracuB".into()));
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(
        error_of(&model, FieldName::Title).as_deref(),
        Some("U+202E refusé\u{a0}: il change le sens du texte")
    );
    assert_eq!(model.plan, before);

    // A control typed rather than pasted is refused the same way.
    update(&mut model, ctrl_char('u'));
    assert_eq!(text_of(&model, FieldName::Title).0, "");
    type_text(&mut model, "a\u{7}b");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert!(error_of(&model, FieldName::Title).is_some());
    assert_eq!(model.plan, before);
}

#[test]
fn pasted_text_is_capped_at_the_fields_length() {
    let mut model = in_actions();
    update(&mut model, Msg::Add);
    update(&mut model, Msg::Paste("é".repeat(1000)));
    let (title, cursor) = text_of(&model, FieldName::Title);
    assert_eq!(title.chars().count(), jalons::app::form::MAX_LINE);
    assert_eq!(cursor, jalons::app::form::MAX_LINE);
    // Typing at the cap adds nothing.
    type_text(&mut model, "z");
    assert_eq!(text_of(&model, FieldName::Title).0, title);
}

#[test]
fn edit_an_actions_title_with_the_line_editor() {
    let mut model = in_actions();
    let id = selected_action(&model).expect("an action selected");
    let before = model.plan.clone();
    let old = action(&before, &id).title.clone();

    assert_eq!(update(&mut model, Msg::Edit), Cmd::None);
    assert_eq!(form(&model).editing.as_deref(), Some(id.as_str()));
    assert_eq!(
        text_of(&model, FieldName::Title),
        (old.clone(), old.chars().count())
    );

    // Home, a word in front; End, Ctrl-w takes the last word back.
    send(&mut model, &[key(KeyCode::Home)]);
    assert_eq!(text_of(&model, FieldName::Title).1, 0);
    type_text(&mut model, "Vite : ");
    send(&mut model, &[key(KeyCode::End), ctrl_char('w')]);
    let (title, cursor) = text_of(&model, FieldName::Title);
    let last = old.rsplit(' ').next().expect("a last word");
    let expected = format!("Vite : {}", &old[..old.len() - last.len()]);
    assert_eq!(title, expected);
    assert_eq!(cursor, title.chars().count());

    // Word moves: Ctrl-← twice lands at the start of the second-to-last word.
    send(&mut model, &[ctrl(KeyCode::Left), ctrl(KeyCode::Left)]);
    let (title, cursor) = text_of(&model, FieldName::Title);
    let at: String = title.chars().take(cursor).collect();
    assert!(at.ends_with(' '), "not at a word start: {at:?}|");
    send(&mut model, &[ctrl(KeyCode::Right)]);
    assert!(text_of(&model, FieldName::Title).1 > cursor);
    // Ctrl-a / Ctrl-e are Home / End too.
    send(&mut model, &[ctrl_char('a')]);
    assert_eq!(text_of(&model, FieldName::Title).1, 0);
    send(&mut model, &[ctrl_char('e'), key(KeyCode::Backspace)]);
    let title = text_of(&model, FieldName::Title).0;

    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let edited = action(&model.plan, &id);
    assert_eq!(edited.title, title.trim());
    // Nothing else of the action changed.
    let mut expected = action(&before, &id).clone();
    expected.title = edited.title.clone();
    assert_eq!(edited, &expected);
    assert_eq!(selected_action(&model), Some(id));
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn alt_word_moves_in_a_field() {
    // Alt-b / Alt-f, as a terminal sends them (ESC b → ALT), move by words.
    let mut model = in_actions();
    update(&mut model, Msg::Add);
    type_text(&mut model, "un deux trois");
    let alt = |c| Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
    send(&mut model, &[alt('b')]);
    assert_eq!(
        text_of(&model, FieldName::Title),
        ("un deux trois".into(), 8)
    );
    send(&mut model, &[alt('b'), alt('f')]);
    assert_eq!(text_of(&model, FieldName::Title).1, 8);
}

#[test]
fn m_opens_the_objective_field_and_moves_the_action() {
    let mut model = in_actions();
    let id = selected_action(&model).expect("an action selected");
    let before = model.plan.clone();
    assert_eq!(update(&mut model, Msg::MoveTo), Cmd::None);
    assert_eq!(form(&model).editing.as_deref(), Some(id.as_str()));
    assert_eq!(focused(&model), FieldName::Objective);
    type_text(&mut model, "COP 21");
    let chosen = form(&model).field(FieldName::Objective).unwrap().chosen();
    assert_eq!(chosen, Some("o-cop21"));
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let moved = action(&model.plan, &id);
    assert_eq!(moved.objective, "o-cop21");
    let mut expected = action(&before, &id).clone();
    expected.objective = "o-cop21".into();
    assert_eq!(moved, &expected, "only the objective changed");
    undo_redo_round_trip(&mut model, &before);

    // `m` on something that is not an action says so.
    send(&mut model, &[Msg::Back]);
    assert_eq!(update(&mut model, Msg::MoveTo), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert_eq!(
        model.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Info)
    );
}

#[test]
fn j_and_k_reorder_actions_and_the_selection_follows() {
    let mut model = model();
    // "Préparer les voyages internationaux de la Maire": five actions.
    send(
        &mut model,
        &[Msg::Drill, Msg::Down, Msg::Down, Msg::Down, Msg::Drill],
    );
    let o = model
        .roadmap
        .objective_index(&model.plan, &model.index)
        .unwrap();
    assert_eq!(model.plan.objectives[o].id, "o-voyages-maire");
    let order = |m: &Model| -> Vec<String> {
        m.index.actions_of[o]
            .iter()
            .map(|&a| m.plan.actions[a].id.clone())
            .collect()
    };
    let before = model.plan.clone();
    let start = order(&model);
    assert_eq!(start.len(), 5);
    let first = start[0].clone();

    assert_eq!(update(&mut model, Msg::MoveDown), Cmd::Save);
    let mut expected = start.clone();
    expected.swap(0, 1);
    assert_eq!(order(&model), expected);
    assert_eq!(model.roadmap.action, 1);
    assert_eq!(selected_action(&model), Some(first.clone()));

    send(&mut model, &[Msg::MoveDown, Msg::MoveDown]);
    assert_eq!(order(&model)[3], first);
    assert_eq!(selected_action(&model), Some(first.clone()));
    assert_eq!(update(&mut model, Msg::MoveUp), Cmd::Save);
    assert_eq!(order(&model)[2], first);
    assert_eq!(selected_action(&model), Some(first.clone()));
    assert_eq!(model.pending.len(), 4);

    // At either end, nothing moves and nothing is saved.
    send(&mut model, &[Msg::Top]);
    let top = model.plan.clone();
    assert_eq!(update(&mut model, Msg::MoveUp), Cmd::None);
    assert_eq!(model.plan, top);

    for _ in 0..4 {
        assert_eq!(update(&mut model, Msg::Undo), Cmd::Save);
    }
    assert_eq!(model.plan, before);
    assert_eq!(order(&model), start);
}

#[test]
fn deleting_an_objective_asks_first_and_names_its_actions() {
    let mut model = model();
    // The fourth objective of the first horizon: "Préparer les voyages…", five actions.
    send(&mut model, &[Msg::Drill, Msg::Down, Msg::Down, Msg::Down]);
    assert_eq!(model.roadmap.focus, Column::Objectives);
    let before = model.plan.clone();
    assert_eq!(update(&mut model, Msg::Delete), Cmd::None);
    let Mode::Confirm(confirm) = &model.mode else {
        panic!("no question: {:?}", model.mode);
    };
    assert!(
        confirm
            .question
            .starts_with("Supprimer l'objectif «\u{a0}Préparer les voyages"),
        "{}",
        confirm.question
    );
    assert!(
        confirm.question.ends_with("et ses 5 actions\u{a0}?"),
        "{}",
        confirm.question
    );

    // Esc cancels: nothing changes.
    assert_eq!(update(&mut model, Msg::Close), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    assert_eq!(model.plan, before);
    assert!(model.pending.is_empty());

    // Keys other than yes and no leave the question up.
    update(&mut model, Msg::Delete);
    update(&mut model, Msg::Down);
    assert!(matches!(model.mode, Mode::Confirm(_)));
    assert_eq!(update(&mut model, Msg::Yes), Cmd::Save);
    assert_eq!(model.mode, Mode::Browse);
    assert!(
        !model
            .plan
            .objectives
            .iter()
            .any(|o| o.id == "o-voyages-maire")
    );
    assert!(
        !model
            .plan
            .actions
            .iter()
            .any(|a| a.objective == "o-voyages-maire")
    );
    assert_eq!(model.plan.actions.len(), before.actions.len() - 5);
    // The trips that served it no longer name it.
    assert!(
        model
            .plan
            .trips
            .iter()
            .all(|t| !t.objectives.contains(&"o-voyages-maire".to_owned()))
    );
    assert!(notice(&model).contains("supprimé"));
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn deleting_a_trip_names_its_checklist() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Trips)]);
    let before = model.plan.clone();
    update(&mut model, Msg::Delete);
    let Mode::Confirm(confirm) = &model.mode else {
        panic!("no question: {:?}", model.mode);
    };
    assert_eq!(
        confirm.question,
        "Supprimer le déplacement «\u{a0}Madrid\u{a0}» et sa check-list de 10 points\u{a0}?"
    );
    assert_eq!(update(&mut model, Msg::Yes), Cmd::Save);
    assert!(!model.plan.trips.iter().any(|t| t.id == "madrid"));
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn deleting_a_delegation_that_owns_work_reassigns_it_first() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Delegations), Msg::Down]);
    assert_eq!(
        model.plan.delegations[model.review.delegations.row].id,
        "d-europe"
    );
    let before = model.plan.clone();
    let owned_actions: Vec<String> = before
        .actions
        .iter()
        .filter(|a| a.owner == "d-europe")
        .map(|a| a.id.clone())
        .collect();
    let owned_items: Vec<String> = before
        .trips
        .iter()
        .flat_map(|t| &t.checklist)
        .filter(|i| i.owner.as_deref() == Some("d-europe"))
        .map(|i| i.id.clone())
        .collect();
    assert!(!owned_actions.is_empty() && !owned_items.is_empty());

    assert_eq!(update(&mut model, Msg::Delete), Cmd::None);
    let Mode::Pick(pick) = &model.mode else {
        panic!("no reassign pick: {:?}", model.mode);
    };
    assert_eq!(
        pick.purpose,
        PickFor::Reassign {
            from: "d-europe".into()
        }
    );
    let co_owned = before
        .actions
        .iter()
        .filter(|a| a.co_owners.iter().any(|c| c == "d-europe"))
        .count();
    let owned = owned_actions.len() + co_owned + owned_items.len();
    assert_eq!(owned, 32);
    // Each kind named apart, as the Délégations screen names them.
    let (a, c, i) = (owned_actions.len(), co_owned, owned_items.len());
    assert_eq!((a, c, i), (7, 10, 15));
    assert!(
        pick.title.contains(&format!(
            "porte {a}, contribue à {c}, {i} points de check-list"
        )),
        "{}",
        pick.title
    );
    // The delegation itself is not offered.
    assert!(
        pick.field
            .matches()
            .iter()
            .all(|&m| match &pick.field.value {
                Value::One { options, .. } => options[m].id != "d-europe",
                _ => false,
            })
    );

    // Esc: nothing changes.
    assert_eq!(update(&mut model, Msg::Close), Cmd::None);
    assert_eq!(model.plan, before);

    update(&mut model, Msg::Delete);
    type_text(&mut model, "klug");
    let Mode::Pick(pick) = &model.mode else {
        panic!("the pick closed");
    };
    assert_eq!(pick.field.chosen(), Some("d-ri-francophonie"));
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    assert_eq!(model.mode, Mode::Browse);
    let plan = &model.plan;
    assert!(!plan.delegations.iter().any(|d| d.id == "d-europe"));
    for id in &owned_actions {
        assert_eq!(action(plan, id).owner, "d-ri-francophonie", "{id}");
    }
    let items: Vec<_> = plan.trips.iter().flat_map(|t| &t.checklist).collect();
    for id in &owned_items {
        let item = items.iter().find(|i| &i.id == id).expect("the item stays");
        assert_eq!(item.owner.as_deref(), Some("d-ri-francophonie"), "{id}");
    }
    assert!(
        plan.actions
            .iter()
            .all(|a| a.owner != "d-europe" && !a.co_owners.contains(&"d-europe".to_owned()))
    );
    assert!(
        plan.actions.iter().all(|a| !a.co_owners.contains(&a.owner)),
        "an owner is never its own co-owner"
    );
    assert_eq!(model.pending.len(), 1, "one change");
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn a_new_delegation_that_owns_nothing_is_deleted_after_a_question() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Delegations)]);
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    assert_eq!(form(&model).kind, RecordKind::Delegation);
    type_text(&mut model, "Sport");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "Jean-François Martins");
    tab_to(&mut model, FieldName::Kind);
    assert_eq!(
        form(&model).field(FieldName::Kind).unwrap().chosen(),
        Some("portfolio")
    );
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let new = model.plan.delegations.last().expect("a delegation").clone();
    assert_eq!(
        (new.name.as_str(), new.holder.as_str()),
        ("Sport", "Jean-François Martins")
    );
    // The new delegation is selected on its screen.
    assert_eq!(model.screen, Screen::Delegations);
    assert_eq!(
        model.review.delegations.row,
        model.plan.delegations.len() - 1
    );
    let added = model.plan.clone();

    update(&mut model, Msg::Delete);
    let Mode::Confirm(confirm) = &model.mode else {
        panic!("no question: {:?}", model.mode);
    };
    assert_eq!(confirm.question, "Supprimer «\u{a0}Sport\u{a0}»\u{a0}?");
    assert_eq!(update(&mut model, Msg::Yes), Cmd::Save);
    assert_eq!(model.plan, before);
    undo_redo_round_trip(&mut model, &added);
}

#[test]
fn a_delegation_that_only_co_owns_counts_what_it_co_owns() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Delegations), Msg::Bottom]);
    let d = model.review.delegations.row;
    assert_eq!(model.plan.delegations[d].id, "d-commission-europeenne");
    let before = model.plan.clone();
    update(&mut model, Msg::Delete);
    let Mode::Pick(pick) = &model.mode else {
        panic!("no reassign pick: {:?}", model.mode);
    };
    assert_eq!(
        pick.title,
        "«\u{a0}Commission européenne\u{a0}» porte 0, contribue à 1, aucun point de check-list\u{a0}: \
         à qui les confier avant de supprimer\u{a0}?"
    );
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    assert!(
        !model
            .plan
            .delegations
            .iter()
            .any(|x| x.id == "d-commission-europeenne")
    );
    assert!(jalons::domain::validate(&model.plan).is_empty());
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn j_and_k_on_the_delegations_and_a_checklist_keep_the_selection() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Delegations), Msg::Down]);
    let before = model.plan.clone();
    assert_eq!(update(&mut model, Msg::MoveDown), Cmd::Save);
    assert_eq!(model.review.delegations.row, 2);
    assert_eq!(model.plan.delegations[2].id, "d-europe");
    assert_eq!(update(&mut model, Msg::MoveUp), Cmd::Save);
    assert_eq!(update(&mut model, Msg::MoveUp), Cmd::Save);
    assert_eq!(model.review.delegations.row, 0);
    assert_eq!(model.plan.delegations[0].id, "d-europe");
    send(&mut model, &[Msg::Undo, Msg::Undo, Msg::Undo]);
    assert_eq!(model.plan, before);

    // A trip's checklist: the second item goes down one place, and stays selected.
    send(
        &mut model,
        &[Msg::Show(Screen::Trips), Msg::Drill, Msg::Down],
    );
    let t = model.review.trip(&model.index).unwrap();
    let second = model.plan.trips[t].checklist[1].id.clone();
    assert_eq!(update(&mut model, Msg::MoveDown), Cmd::Save);
    assert_eq!(model.plan.trips[t].checklist[2].id, second);
    assert_eq!(model.review.trips.item, 2);
    assert_eq!(update(&mut model, Msg::Undo), Cmd::Save);
    assert_eq!(model.plan, before);
}

#[test]
fn a_new_trip_gets_its_templates_checklist() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Trips)]);
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    assert_eq!(form(&model).kind, RecordKind::Trip);
    type_text(&mut model, "Lisbonne");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "Portugal");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "14/10/2014");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "2014-10-15");
    tab_to(&mut model, FieldName::Template);
    type_text(&mut model, "mémo");
    assert_eq!(
        form(&model).field(FieldName::Template).unwrap().chosen(),
        Some("tpl-deplacement-memoriel")
    );
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);

    let new = model
        .plan
        .trips
        .iter()
        .find(|t| t.destination == "Lisbonne")
        .expect("the new trip");
    assert_eq!(new.country, "Portugal");
    assert_eq!(new.start, Some(day("2014-10-14")));
    assert_eq!(new.end, Some(day("2014-10-15")));
    assert_eq!(new.status, TripStatus::Considered);
    let template = before
        .templates
        .iter()
        .find(|t| t.id == "tpl-deplacement-memoriel")
        .unwrap();
    let labels: Vec<&str> = new.checklist.iter().map(|i| i.label.as_str()).collect();
    let expected: Vec<&str> = template.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, expected);
    let dues: Vec<Option<Due>> = new.checklist.iter().map(|i| i.due).collect();
    let expected: Vec<Option<Due>> = template
        .items
        .iter()
        .map(|i| i.days_before.map(Due::DaysBefore))
        .collect();
    assert_eq!(dues, expected);
    assert!(
        new.checklist
            .iter()
            .all(|i| i.done_on.is_none() && i.owner.is_none())
    );
    // The new trip is shown, selected, on the Déplacements screen.
    assert_eq!(model.screen, Screen::Trips);
    let shown = model
        .review
        .trip(&model.index)
        .map(|t| model.plan.trips[t].id.clone());
    assert_eq!(shown.as_deref(), Some(new.id.as_str()));
    let problems = jalons::domain::validate(&model.plan);
    assert!(
        problems.is_empty(),
        "invalid after the new trip: {problems:?}"
    );
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn a_trip_ending_before_it_starts_is_refused() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Trips), Msg::Add]);
    type_text(&mut model, "Lisbonne");
    tab_to(&mut model, FieldName::Start);
    type_text(&mut model, "15/10/2014");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "14/10/2014");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(
        error_of(&model, FieldName::End).as_deref(),
        Some("Cette date précède le début")
    );
}

#[test]
fn t_adds_a_templates_items_to_a_trip() {
    let mut model = model();
    send(&mut model, &[Msg::Show(Screen::Trips)]);
    let t = model.review.trip(&model.index).expect("a trip selected");
    let id = model.plan.trips[t].id.clone();
    let before = model.plan.clone();
    let count = before.trips[t].checklist.len();
    assert_eq!(update(&mut model, Msg::ApplyTemplate), Cmd::None);
    let Mode::Pick(pick) = &model.mode else {
        panic!("no template pick: {:?}", model.mode);
    };
    assert_eq!(pick.purpose, PickFor::Template { trip: id.clone() });
    type_text(&mut model, "sommet");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let template = before
        .templates
        .iter()
        .find(|t| t.id == "tpl-sommet-reseau")
        .unwrap();
    // Only what the trip lacked, by label, in the template's order.
    let had: Vec<&str> = before.trips[t]
        .checklist
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    let expected: Vec<&str> = template
        .items
        .iter()
        .map(|i| i.label.as_str())
        .filter(|l| !had.contains(l))
        .collect();
    let trip = trip(&model.plan, &id);
    let added: Vec<&str> = trip.checklist[count..]
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    assert_eq!(added, expected);
    assert!(jalons::domain::validate(&model.plan).is_empty());
    assert!(notice(&model).contains("Sommet d'un réseau de villes"));
    undo_redo_round_trip(&mut model, &before);

    // Twice the same template: the second time adds nothing.
    update(&mut model, Msg::ApplyTemplate);
    type_text(&mut model, "bilat");
    update(&mut model, Msg::Submit);
    let plan = model.plan.clone();
    update(&mut model, Msg::ApplyTemplate);
    type_text(&mut model, "bilat");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(model.plan, plan);
    assert!(
        notice(&model).ends_with("rien d'ajouté"),
        "{}",
        notice(&model)
    );
}

#[test]
fn a_checklist_item_due_j_30_is_days_before_departure() {
    let mut model = model();
    // Into the first trip's detail: its checklist.
    send(&mut model, &[Msg::Show(Screen::Trips), Msg::Drill]);
    assert!(model.review.trips.detail);
    let t = model.review.trip(&model.index).unwrap();
    let id = model.plan.trips[t].id.clone();
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    assert_eq!(form(&model).kind, RecordKind::Item);
    assert_eq!(form(&model).parent.as_deref(), Some(id.as_str()));
    type_text(&mut model, "Cadeaux protocolaires");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "générale");
    tab_to(&mut model, FieldName::Due);
    type_text(&mut model, "J-30");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let item = trip(&model.plan, &id)
        .checklist
        .iter()
        .find(|i| i.label == "Cadeaux protocolaires")
        .expect("the new item");
    assert_eq!(item.due, Some(Due::DaysBefore(30)));
    assert_eq!(item.owner.as_deref(), Some("d-dgri"));
    assert_eq!(item.done_on, None);
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn a_checklist_item_due_refuses_a_bad_j() {
    let mut model = model();
    send(
        &mut model,
        &[Msg::Show(Screen::Trips), Msg::Drill, Msg::Add],
    );
    type_text(&mut model, "Cadeaux");
    tab_to(&mut model, FieldName::Due);
    type_text(&mut model, "J-99999");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert!(error_of(&model, FieldName::Due).is_some());
}

#[test]
fn a_trip_member_is_added_on_the_trips_detail() {
    let mut model = model();
    // The last row of a trip's detail is a traveller.
    send(
        &mut model,
        &[Msg::Show(Screen::Trips), Msg::Drill, Msg::Bottom],
    );
    let t = model.review.trip(&model.index).unwrap();
    let id = model.plan.trips[t].id.clone();
    let before = model.plan.clone();
    update(&mut model, Msg::Add);
    assert_eq!(form(&model).kind, RecordKind::Member);
    assert_eq!(form(&model).parent.as_deref(), Some(id.as_str()));
    type_text(&mut model, "Anne Hidalgo");
    update(&mut model, Msg::FormNext);
    assert_eq!(focused(&model), FieldName::Category);
    type_text(&mut model, "civile");
    update(&mut model, Msg::FormNext);
    type_text(&mut model, "Présidente d'association");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::Save);
    let trip = trip(&model.plan, &id);
    assert_eq!(trip.members.len(), before.trips[t].members.len() + 1);
    let member = trip.members.last().unwrap();
    assert_eq!(member.name, "Anne Hidalgo");
    assert_eq!(
        member.category,
        jalons::domain::MemberCategory::CivilSociety
    );
    assert_eq!(member.role, "Présidente d'association");
    assert!(member.id.starts_with(&format!("{id}.")), "{}", member.id);
    assert!(jalons::domain::validate(&model.plan).is_empty());
    undo_redo_round_trip(&mut model, &before);
}

#[test]
fn a_hundred_and_one_changes_are_all_undone_and_redone() {
    let mut model = model();
    send(&mut model, &[Msg::Drill, Msg::Drill]);
    let original = model.plan.clone();
    let mut states = vec![original.clone()];
    // Ticks and unticks, moving down the actions of each objective in turn.
    for n in 0..101 {
        if n % 3 == 2 {
            send(&mut model, &[Msg::Down]);
        }
        assert_eq!(update(&mut model, Msg::ToggleDone), Cmd::Save, "change {n}");
        states.push(model.plan.clone());
    }
    assert_eq!(model.pending.len(), 101);
    let last = model.plan.clone();
    for n in (0..101).rev() {
        assert_eq!(update(&mut model, Msg::Undo), Cmd::Save, "undo {n}");
        assert_eq!(model.plan, states[n], "after undoing change {n}");
        let text = notice(&model);
        assert!(text.starts_with("Annulé\u{a0}: «\u{a0}"), "{text}");
    }
    assert_eq!(model.plan, original);
    assert_eq!(update(&mut model, Msg::Undo), Cmd::None);
    assert_eq!(notice(&model), "Rien à annuler");
    for _ in 0..101 {
        assert_eq!(update(&mut model, Msg::Redo), Cmd::Save);
    }
    assert_eq!(model.plan, last);
    assert_eq!(update(&mut model, Msg::Redo), Cmd::None);
    assert_eq!(notice(&model), "Rien à rétablir");
}

#[test]
fn the_notice_says_what_was_undone() {
    let mut model = in_actions();
    let title = action(&model.plan, &selected_action(&model).unwrap())
        .title
        .clone();
    update(&mut model, Msg::ToggleDone);
    update(&mut model, Msg::Undo);
    assert_eq!(
        notice(&model),
        format!("Annulé\u{a0}: «\u{a0}{title}\u{a0}» faite")
    );
    update(&mut model, Msg::Redo);
    assert_eq!(
        notice(&model),
        format!("Rétabli\u{a0}: «\u{a0}{title}\u{a0}» faite")
    );
}

#[test]
fn a_new_change_after_an_undo_drops_the_redo() {
    let mut model = in_actions();
    let before = model.plan.clone();
    send(&mut model, &[Msg::ToggleDone, Msg::Undo]);
    assert!(model.history.can_redo());
    send(&mut model, &[Msg::Down, Msg::ToggleDone]);
    assert!(!model.history.can_redo());
    assert_eq!(update(&mut model, Msg::Redo), Cmd::None);
    send(&mut model, &[Msg::Undo]);
    assert_eq!(model.plan, before);
}

#[test]
fn undo_and_redo_are_not_keys_inside_a_form() {
    let mut model = in_actions();
    send(&mut model, &[Msg::ToggleDone, Msg::Add]);
    let changed = model.plan.clone();
    // `u` typed into the title is a letter, not an undo.
    let u = jalons::app::msg_for(
        &model.mode,
        model.screen,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::NONE),
    );
    assert!(matches!(u, Some(Msg::Input(_))), "{u:?}");
    update(&mut model, u.unwrap());
    assert_eq!(text_of(&model, FieldName::Title).0, "u");
    assert_eq!(model.plan, changed);
}
