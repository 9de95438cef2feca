//! The key table and `update`, without a terminal: what each key means in each mode, that the
//! table is consistent, and what the messages do to the model on the built-in roadmap.

use chrono::NaiveDate;
use jalons::app::form::{Field, FieldName, Form, RecordKind};
use jalons::app::{
    Cmd, Column, Confirm, Key, Leaving, Mode, Model, Msg, NoticeKind, Pick, PickFor, RecoveryOffer,
    SaveReport, Scope, Screen, bindings, msg_for, update,
};
use jalons::builtin;
use jalons::domain::{Op, Status};
use jalons::i18n::Lang;
use pretty_assertions::assert_eq;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rstest::rstest;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// How crossterm reports a table key: shifted capitals carry SHIFT.
fn event_of(k: Key) -> KeyEvent {
    let mut modifiers = KeyModifiers::NONE;
    if k.ctrl {
        modifiers |= KeyModifiers::CONTROL;
    }
    if matches!(k.code, KeyCode::Char(c) if c.is_uppercase()) {
        modifiers |= KeyModifiers::SHIFT;
    }
    KeyEvent::new(k.code, modifiers)
}

const HELP: Mode = Mode::Help { scroll: 0 };

fn browse(event: KeyEvent) -> Option<Msg> {
    msg_for(&Mode::Browse, Screen::Roadmap, event)
}

#[rstest]
#[case::j(ch('j'), Msg::Down)]
#[case::down(key(KeyCode::Down), Msg::Down)]
#[case::k(ch('k'), Msg::Up)]
#[case::up(key(KeyCode::Up), Msg::Up)]
#[case::l(ch('l'), Msg::Drill)]
#[case::right(key(KeyCode::Right), Msg::Drill)]
#[case::enter(key(KeyCode::Enter), Msg::Drill)]
#[case::h(ch('h'), Msg::Back)]
#[case::left(key(KeyCode::Left), Msg::Back)]
#[case::g(ch('g'), Msg::Top)]
#[case::home(key(KeyCode::Home), Msg::Top)]
#[case::shift_g(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT), Msg::Bottom)]
#[case::end(key(KeyCode::End), Msg::Bottom)]
#[case::page_up(key(KeyCode::PageUp), Msg::PageUp)]
#[case::ctrl_u(ctrl('u'), Msg::PageUp)]
#[case::page_down(key(KeyCode::PageDown), Msg::PageDown)]
#[case::ctrl_d(ctrl('d'), Msg::PageDown)]
#[case::space(ch(' '), Msg::ToggleDone)]
#[case::x(ch('x'), Msg::ToggleDone)]
#[case::question(ch('?'), Msg::Help)]
#[case::q(ch('q'), Msg::Quit)]
#[case::ctrl_c(ctrl('c'), Msg::Quit)]
// Without Ctrl, c checks in: it never quits.
#[case::c_without_ctrl(ch('c'), Msg::CheckIn)]
fn browse_keys(#[case] event: KeyEvent, #[case] msg: Msg) {
    assert_eq!(browse(event), Some(msg));
}

#[rstest]
#[case::unbound_letter(ch('z'))]
// `r` is the weekly review's "to update" view, nothing elsewhere.
#[case::r_off_the_weekly_review(ch('r'))]
#[case::alt_j(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT))]
#[case::ctrl_j(ctrl('j'))]
#[case::esc_with_nothing_open(key(KeyCode::Esc))]
fn browse_keys_that_mean_nothing(#[case] event: KeyEvent) {
    assert_eq!(browse(event), None);
}

#[rstest]
#[case::j(ch('j'), Some(Msg::Down))]
#[case::k(ch('k'), Some(Msg::Up))]
#[case::space_pages(ch(' '), Some(Msg::PageDown))]
#[case::esc(key(KeyCode::Esc), Some(Msg::Close))]
#[case::question_closes(ch('?'), Some(Msg::Close))]
#[case::h_closes(ch('h'), Some(Msg::Close))]
#[case::q_quits_from_anywhere(ch('q'), Some(Msg::Quit))]
#[case::ctrl_c(ctrl('c'), Some(Msg::Quit))]
#[case::no_toggling_under_the_overlay(ch('x'), None)]
#[case::no_drilling_under_the_overlay(ch('l'), None)]
fn help_keys(#[case] event: KeyEvent, #[case] msg: Option<Msg>) {
    assert_eq!(msg_for(&HELP, Screen::Roadmap, event), msg);
}

fn form() -> Mode {
    Mode::Form(Box::new(Form {
        kind: RecordKind::Horizon,
        editing: None,
        seen: None,
        parent: None,
        fields: vec![Field::text(FieldName::Label, "", 80)],
        focus: 0,
        error: None,
    }))
}

/// A form whose focused field is a text of several lines: Enter, ↑ and ↓ are the editor's.
fn lines_form() -> Mode {
    Mode::Form(Box::new(Form {
        kind: RecordKind::Horizon,
        editing: None,
        seen: None,
        parent: None,
        fields: vec![Field::lines(FieldName::Notes, "une\ndeux")],
        focus: 0,
        error: None,
    }))
}

fn confirm() -> Mode {
    Mode::Confirm(Box::new(Confirm {
        op: jalons::domain::Op::Delete { id: "x".into() },
        question: "?".into(),
        done: "!".into(),
    }))
}

fn pick() -> Mode {
    Mode::Pick(Box::new(Pick {
        purpose: PickFor::Template { trip: "t".into() },
        title: "?".into(),
        field: Field::text(FieldName::Template, "", 80),
        about: Vec::new(),
    }))
}

fn leaving() -> Mode {
    Mode::Leaving(Box::new(Leaving {
        reason: "disque plein".into(),
        keep_failed: None,
    }))
}

fn recovery() -> Mode {
    Mode::Recovery(Box::new(RecoveryOffer {
        ops: Vec::new(),
        place: "roadmap.json.recovery.json".into(),
    }))
}

fn search() -> Mode {
    Mode::Search(Box::new(jalons::app::Search {
        input: tui_input::Input::default(),
        hits: Vec::new(),
        row: 0,
    }))
}

fn history_mode() -> Mode {
    Mode::History {
        id: "a-berlin".into(),
        entries: Vec::new(),
        scroll: 0,
        note: None,
    }
}

/// Where the bindings of a scope apply: each mode (and screen) that listens to it.
fn contexts(scope: Scope) -> Vec<(Mode, Screen)> {
    let browsing = || Screen::ALL.iter().map(|&s| (Mode::Browse, s));
    match scope {
        Scope::Global => browsing()
            .chain([
                (HELP, Screen::Roadmap),
                (Mode::Export { row: 0 }, Screen::Deadlines),
            ])
            .collect(),
        Scope::Browse => browsing().collect(),
        // `h` / `l` go back and drill in on the list screens, and move in time on the
        // dashboard: never both on one screen.
        Scope::Lists => browsing()
            .filter(|&(_, s)| s != Screen::Dashboard)
            .collect(),
        Scope::Deadlines => vec![(Mode::Browse, Screen::Deadlines)],
        Scope::Menu => vec![(Mode::Export { row: 0 }, Screen::Deadlines)],
        Scope::Dashboard => vec![(Mode::Browse, Screen::Dashboard)],
        Scope::Help => vec![(HELP, Screen::Roadmap)],
        Scope::Form => vec![(form(), Screen::Roadmap)],
        Scope::Lines => vec![(lines_form(), Screen::Roadmap)],
        Scope::Confirm => vec![(confirm(), Screen::Roadmap), (recovery(), Screen::Roadmap)],
        Scope::Pick => vec![(pick(), Screen::Roadmap)],
        Scope::Search => vec![(search(), Screen::Roadmap)],
        Scope::Conflicts => vec![(Mode::Conflicts { row: 0 }, Screen::Roadmap)],
        Scope::History => vec![(history_mode(), Screen::Roadmap)],
        Scope::Leaving => vec![(leaving(), Screen::Roadmap)],
        Scope::Always => browsing()
            .chain(
                [
                    HELP,
                    Mode::Export { row: 0 },
                    form(),
                    lines_form(),
                    confirm(),
                    pick(),
                    search(),
                    leaving(),
                    recovery(),
                ]
                .map(|mode| (mode, Screen::Roadmap)),
            )
            .collect(),
    }
}

#[test]
fn every_key_in_the_table_dispatches_its_own_message_wherever_it_applies() {
    for binding in bindings() {
        assert!(!binding.keys.is_empty(), "{:?} has no key", binding.msg);
        for &k in binding.keys {
            for (mode, screen) in contexts(binding.scope) {
                assert_eq!(
                    msg_for(&mode, screen, event_of(k)),
                    Some(binding.msg.clone()),
                    "{k:?} in {mode:?} on {screen:?}"
                );
            }
        }
    }
}

#[test]
fn no_key_is_bound_twice_where_it_applies() {
    // Every context any scope applies in, with every binding that applies there.
    let mut seen: Vec<(String, Key)> = Vec::new();
    for binding in bindings() {
        for &k in binding.keys {
            for (mode, screen) in contexts(binding.scope) {
                let context = format!("{mode:?} on {screen:?}");
                assert!(
                    !seen.contains(&(context.clone(), k)),
                    "{k:?} bound twice in {context}"
                );
                seen.push((context, k));
            }
        }
    }
    // Counted that way, Global keys are present in every browsing screen and overlay.
    let quit = Key {
        code: KeyCode::Char('q'),
        ctrl: false,
    };
    assert!(seen.iter().filter(|(_, k)| *k == quit).count() >= 6);
}

#[test]
fn every_binding_has_a_label_in_both_languages() {
    for lang in [Lang::Fr, Lang::En] {
        for binding in bindings() {
            let label = (binding.label)(lang.catalogue());
            assert!(
                !label.trim().is_empty(),
                "{:?} has no {lang:?} label",
                binding.msg
            );
        }
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 6, 2).unwrap()
}

fn model() -> Model {
    Model::new(builtin::roadmap(), today(), Lang::Fr, "roadmap.json".into())
}

/// Feeds the keys through the table and `update`, as the runtime does; returns the last Cmd.
fn press(model: &mut Model, keys: &[KeyEvent]) -> Cmd {
    let mut cmd = Cmd::None;
    for &k in keys {
        let msg =
            msg_for(&model.mode, model.screen, k).unwrap_or_else(|| panic!("{k:?} is not bound"));
        cmd = update(model, msg);
    }
    cmd
}

fn selected_action(model: &Model) -> usize {
    model
        .roadmap
        .action_index(&model.plan, &model.index)
        .expect("an action is selected")
}

#[test]
fn l_drills_and_h_goes_back() {
    let mut m = model();
    assert_eq!(m.roadmap.focus, Column::Horizons);
    for expected in [Column::Objectives, Column::Actions, Column::Detail] {
        assert_eq!(press(&mut m, &[ch('l')]), Cmd::None);
        assert_eq!(m.roadmap.focus, expected);
    }
    for expected in [Column::Actions, Column::Objectives, Column::Horizons] {
        press(&mut m, &[ch('h')]);
        assert_eq!(m.roadmap.focus, expected);
    }
    press(&mut m, &[ch('h')]);
    assert_eq!(m.roadmap.focus, Column::Horizons);
}

#[test]
fn j_and_k_move_within_the_focused_column_and_stop_at_the_ends() {
    let mut m = model();
    press(&mut m, &[ch('j')]);
    assert_eq!(m.roadmap.horizon, 1);
    press(&mut m, &[ch('k'), ch('k')]);
    assert_eq!(m.roadmap.horizon, 0);
    press(&mut m, &[ch('G')]);
    assert_eq!(m.roadmap.horizon, m.plan.horizons.len() - 1);
    press(&mut m, &[ch('j')]);
    assert_eq!(m.roadmap.horizon, m.plan.horizons.len() - 1);
    press(&mut m, &[ch('g'), ch('l'), ch('l'), ch('j')]);
    assert_eq!((m.roadmap.objective, m.roadmap.action), (0, 1));
    let last = m.index.actions_of[m.index.objectives_of[0][0]].len() - 1;
    press(&mut m, &[key(KeyCode::PageDown)]);
    assert_eq!(m.roadmap.action, last, "a page stops at the last action");
    // Moving the objective starts its actions from the first.
    press(&mut m, &[ch('h'), ch('j')]);
    assert_eq!((m.roadmap.objective, m.roadmap.action), (1, 0));
}

#[test]
fn space_on_an_action_marks_it_done_today_and_asks_to_save() {
    let mut m = model();
    press(&mut m, &[ch('l'), ch('l'), ch('j')]);
    let a = selected_action(&m);
    let id = m.plan.actions[a].id.clone();
    assert_eq!(m.plan.actions[a].status, Status::Todo);
    let objective = m.index.objective_pos[&m.plan.actions[a].objective];
    let done_before = m.index.objective_progress[objective].done;

    assert_eq!(press(&mut m, &[ch(' ')]), Cmd::Save);
    let done = Status::Done { on: today() };
    assert_eq!(m.plan.actions[a].status, done);
    assert_eq!(
        m.pending,
        vec![Op::SetActionStatus {
            id: id.clone(),
            status: done
        }]
    );
    assert_eq!(m.index.objective_progress[objective].done, done_before + 1);
    assert_eq!(selected_action(&m), a, "the selection stays on the action");
    assert_eq!(m.notice.as_ref().map(|n| n.kind), Some(NoticeKind::Info));

    // Again (with x this time): back to todo, a second pending operation.
    assert_eq!(press(&mut m, &[ch('x')]), Cmd::Save);
    assert_eq!(m.plan.actions[a].status, Status::Todo);
    assert_eq!(m.pending.len(), 2);
    assert_eq!(
        m.pending[1],
        Op::SetActionStatus {
            id,
            status: Status::Todo
        }
    );
    assert_eq!(m.plan, builtin::roadmap());
}

#[test]
fn space_in_the_detail_column_toggles_the_action_shown() {
    let mut m = model();
    press(&mut m, &[ch('l'), ch('l'), ch('l')]);
    assert_eq!(m.roadmap.focus, Column::Detail);
    let a = selected_action(&m);
    assert_eq!(press(&mut m, &[ch(' ')]), Cmd::Save);
    assert!(m.plan.actions[a].status.is_done());
}

#[rstest]
#[case::horizons(&[])]
#[case::objectives(&['l'])]
fn space_elsewhere_changes_nothing_but_says_why(#[case] keys: &[char]) {
    let mut m = model();
    let keys: Vec<KeyEvent> = keys.iter().copied().map(ch).collect();
    press(&mut m, &keys);
    assert_eq!(press(&mut m, &[ch(' ')]), Cmd::None);
    assert!(m.pending.is_empty());
    assert_eq!(m.plan, builtin::roadmap());
    let notice = m.notice.as_ref().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Info);
    assert_eq!(notice.text, m.t().not_an_action);
}

#[test]
fn a_failed_save_keeps_the_pending_operations_and_says_so() {
    let mut m = model();
    press(&mut m, &[ch('l'), ch('l'), ch(' ')]);
    let pending = m.pending.clone();
    assert_eq!(pending.len(), 1);
    let plan = m.plan.clone();
    let cmd = update(&mut m, Msg::Saved(Err("disque plein".into())));
    assert_eq!(cmd, Cmd::None);
    assert_eq!(m.pending, pending);
    assert_eq!(m.plan, plan);
    let notice = m.notice.as_ref().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Error);
    assert!(notice.text.contains("disque plein"), "{}", notice.text);

    // The next successful save clears them.
    let report = SaveReport {
        at: "10:42".into(),
        ops: usize::MAX,
        merged: None,
        conflicts: Vec::new(),
    };
    assert_eq!(update(&mut m, Msg::Saved(Ok(report))), Cmd::None);
    assert!(m.pending.is_empty());
    let notice = m.notice.as_ref().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Saved);
    assert!(notice.text.contains("10:42"), "{}", notice.text);
}

#[test]
fn q_with_nothing_pending_quits_at_once() {
    let mut m = model();
    assert_eq!(press(&mut m, &[ch('q')]), Cmd::Quit);
}

#[test]
fn q_with_pending_changes_saves_first_and_asks_if_that_fails() {
    let mut m = model();
    press(&mut m, &[ch('l'), ch('l'), ch(' ')]);
    update(&mut m, Msg::Saved(Err("verrou".into())));
    assert_eq!(press(&mut m, &[ch('q')]), Cmd::Save);
    assert_eq!(m.pending.len(), 1, "still pending");
    // The retry fails too: no second `q` leaves with the change lost, a question opens.
    assert_eq!(update(&mut m, Msg::Saved(Err("verrou".into()))), Cmd::None);
    assert!(
        matches!(&m.mode, Mode::Leaving(l) if l.reason == "verrou"),
        "{:?}",
        m.mode
    );
    assert_eq!(press(&mut m, &[ch('q')]), Cmd::Keep);
    assert_eq!(m.pending.len(), 1, "kept, not dropped");
}

#[test]
fn q_with_pending_changes_quits_once_they_are_saved() {
    let mut m = model();
    press(&mut m, &[ch('l'), ch('l'), ch(' ')]);
    assert_eq!(press(&mut m, &[ctrl('c')]), Cmd::Save);
    let report = SaveReport {
        at: "10:42".into(),
        ops: usize::MAX,
        merged: None,
        conflicts: Vec::new(),
    };
    assert_eq!(update(&mut m, Msg::Saved(Ok(report))), Cmd::Quit);
}

#[test]
fn the_help_overlay_opens_scrolls_and_closes_without_touching_the_roadmap() {
    let mut m = model();
    press(&mut m, &[ch('l')]);
    let nav = m.roadmap.clone();
    press(&mut m, &[ch('?')]);
    assert_eq!(m.mode, Mode::Help { scroll: 0 });
    press(&mut m, &[ch('j'), ch('j'), ch(' ')]);
    assert_eq!(m.mode, Mode::Help { scroll: 12 });
    press(&mut m, &[ch('k')]);
    assert_eq!(m.mode, Mode::Help { scroll: 11 });
    press(&mut m, &[key(KeyCode::Esc)]);
    assert_eq!(m.mode, Mode::Browse);
    assert_eq!(m.roadmap, nav);
    assert!(m.pending.is_empty());
}

#[test]
fn h_opens_the_selected_records_history_which_scrolls_and_closes() {
    use jalons::sync::history::Entry;
    let mut model = Model::new(
        builtin::roadmap(),
        NaiveDate::from_ymd_opt(2014, 9, 16).unwrap(),
        Lang::Fr,
        String::new(),
    );
    assert_eq!(browse(ch('H')), Some(Msg::History));
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    let Cmd::History(id) = update(&mut model, Msg::History) else {
        panic!("H asks the runtime for the log");
    };
    assert_eq!(id, model.plan.actions[0].id);
    let entry = |n: usize| Entry {
        commit: format!("{n:07}"),
        author: "anne".into(),
        date: "2014-09-16T10:42:00+02:00".into(),
        change: format!("title: {n}"),
    };
    // An answer for another record (an overlay since closed) changes nothing.
    update(
        &mut model,
        Msg::HistoryLoaded("o-other".into(), Ok(Some(vec![entry(9)]))),
    );
    assert!(matches!(&model.mode, Mode::History { entries, .. } if entries.is_empty()));
    update(
        &mut model,
        Msg::HistoryLoaded(id.clone(), Ok(Some((0..3).map(entry).collect()))),
    );
    assert!(matches!(&model.mode, Mode::History { entries, note: None, .. } if entries.len() == 3));
    for k in [ch('j'), ch('j'), ch('j'), ch('k')] {
        let msg = msg_for(&model.mode, model.screen, k).expect("bound");
        update(&mut model, msg);
    }
    assert!(
        matches!(model.mode, Mode::History { scroll: 1, .. }),
        "{:?}",
        model.mode
    );
    let close = msg_for(&model.mode, model.screen, key(KeyCode::Esc)).unwrap();
    update(&mut model, close);
    assert_eq!(model.mode, Mode::Browse);

    // Not in a git repository: the overlay says so.
    update(&mut model, Msg::History);
    update(&mut model, Msg::HistoryLoaded(id, Ok(None)));
    let Mode::History { note, .. } = &model.mode else {
        panic!("open")
    };
    assert_eq!(
        note.as_deref(),
        Some("Pas d'historique\u{a0}: la feuille n'est pas partagée par git")
    );
}

#[test]
fn r_opens_the_list_to_update_on_the_weekly_review_only() {
    assert_eq!(
        msg_for(&Mode::Browse, Screen::Deadlines, ch('r')),
        Some(Msg::ToUpdate)
    );
    for screen in [Screen::Roadmap, Screen::Trips, Screen::Dashboard] {
        assert_eq!(msg_for(&Mode::Browse, screen, ch('r')), None, "{screen:?}");
    }
    // c checks in on every screen.
    for screen in Screen::ALL {
        assert_eq!(
            msg_for(&Mode::Browse, screen, ch('c')),
            Some(Msg::CheckIn),
            "{screen:?}"
        );
    }
}
