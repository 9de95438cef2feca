//! Quitting with changes the store will not take, taking back a recovery file, and Ctrl-Z:
//! the messages and the model, without a terminal (the runtime's side is in `e2e_recovery`
//! and `e2e_signals`).

use chrono::NaiveDate;
use jalons::app::{
    Cmd, Mode, Model, Msg, NoticeKind, RecoveryOffer, SaveReport, Scope, Screen, bindings, msg_for,
    update,
};
use jalons::builtin;
use jalons::domain::{Op, Status};
use jalons::i18n::Lang;
use jalons::ui::view;
use pretty_assertions::assert_eq;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 6, 2).unwrap()
}

fn model(lang: Lang) -> Model {
    Model::new(builtin::roadmap(), today(), lang, "roadmap.json".into())
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn press(model: &mut Model, k: KeyEvent) -> Cmd {
    let msg = msg_for(&model.mode, model.screen, k).unwrap_or_else(|| panic!("{k:?} unbound"));
    update(model, msg)
}

fn saved() -> Msg {
    Msg::Saved(Ok(SaveReport {
        at: "10:42".into(),
        ops: usize::MAX,
        merged: None,
        conflicts: Vec::new(),
    }))
}

fn done(id: &str) -> Op {
    Op::SetActionStatus {
        id: id.into(),
        status: Status::Done { on: today() },
    }
}

/// A model with one change the store refused, and a `q` whose retry failed too.
fn asking(lang: Lang) -> Model {
    let mut m = model(lang);
    for k in [ch('l'), ch('l'), ch(' ')] {
        press(&mut m, k);
    }
    update(&mut m, Msg::Saved(Err("disque plein".into())));
    assert_eq!(press(&mut m, ch('q')), Cmd::Save);
    update(&mut m, Msg::Saved(Err("disque plein".into())));
    m
}

#[test]
fn the_question_says_how_many_changes_and_why_in_both_languages() {
    for (lang, words) in [
        (Lang::Fr, "1 modification n'est pas enregistrée"),
        (Lang::En, "1 change is not saved"),
    ] {
        let m = asking(lang);
        let Mode::Leaving(leaving) = &m.mode else {
            panic!("{lang:?}: no question: {:?}", m.mode);
        };
        assert_eq!(leaving.reason, "disque plein");
        let t = lang.catalogue();
        assert!((t.leaving.unsaved)(m.pending.len()).starts_with(words));
        assert!((t.leaving.why)(&leaving.reason).contains("disque plein"));
    }
}

#[test]
fn retry_that_works_quits_and_one_that_fails_asks_again() {
    let mut m = asking(Lang::Fr);
    assert_eq!(press(&mut m, ch('r')), Cmd::Save);
    assert_eq!(
        update(&mut m, Msg::Saved(Err("toujours plein".into()))),
        Cmd::None
    );
    assert!(matches!(&m.mode, Mode::Leaving(l) if l.reason == "toujours plein"));
    assert_eq!(press(&mut m, key(KeyCode::Enter)), Cmd::Save);
    assert_eq!(update(&mut m, saved()), Cmd::Quit);
    assert!(m.pending.is_empty());
}

#[test]
fn keeping_quits_once_the_file_is_written_and_stays_if_it_is_not() {
    let mut m = asking(Lang::En);
    assert_eq!(press(&mut m, ch('q')), Cmd::Keep);
    assert_eq!(
        update(&mut m, Msg::Kept(Err("read-only".into()))),
        Cmd::None
    );
    let Mode::Leaving(leaving) = &m.mode else {
        panic!("the question closed: {:?}", m.mode);
    };
    let failed = leaving
        .keep_failed
        .as_deref()
        .expect("the failure is shown");
    assert!(
        failed.contains("recovery file") && failed.contains("read-only"),
        "{failed}"
    );
    assert_eq!(m.pending.len(), 1);

    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(press(&mut m, ctrl_c), Cmd::Keep);
    let kept = Msg::Kept(Ok("roadmap.json.recovery.json".into()));
    assert_eq!(update(&mut m, kept), Cmd::Quit);
    assert_eq!(
        m.pending.len(),
        1,
        "the runtime exits non-zero on what is still pending"
    );
}

#[test]
fn cancelling_stays_and_a_later_q_asks_again() {
    let mut m = asking(Lang::Fr);
    assert_eq!(press(&mut m, key(KeyCode::Esc)), Cmd::None);
    assert_eq!(m.mode, Mode::Browse);
    assert!(!m.quit_armed, "a later successful save must not quit");
    assert_eq!(update(&mut m, saved()), Cmd::None);

    press(&mut m, ch(' '));
    update(&mut m, Msg::Saved(Err("disque plein".into())));
    assert_eq!(m.mode, Mode::Browse, "a failed save alone asks nothing");
    assert_eq!(press(&mut m, ch('q')), Cmd::Save);
    update(&mut m, Msg::Saved(Err("disque plein".into())));
    assert!(matches!(m.mode, Mode::Leaving(_)));
}

#[test]
fn the_help_lists_ctrl_z_and_the_questions_keys_from_the_table() {
    for lang in [Lang::Fr, Lang::En] {
        let mut m = model(lang);
        update(&mut m, Msg::Help);
        // Tall enough for the whole overlay, which otherwise scrolls.
        let mut terminal = Terminal::new(TestBackend::new(100, 140)).expect("a test terminal");
        terminal.draw(|f| view(&m, f)).expect("drawn");
        let shown = format!("{:?}", terminal.backend());
        let t = lang.catalogue();
        let labels = &t.key_labels;
        for text in [labels.always, labels.suspend, labels.when_leaving] {
            assert!(shown.contains(text), "{lang:?}: no {text:?} in the help");
        }
        assert!(shown.contains("Ctrl-z"), "{lang:?}: Ctrl-z not named");
        for binding in bindings().filter(|b| b.scope == Scope::Leaving) {
            let label = (binding.label)(t);
            assert!(shown.contains(label), "{lang:?}: no {label:?} in the help");
        }
    }
}

fn offer(ops: Vec<Op>) -> Model {
    let mut m = model(Lang::Fr);
    m.mode = Mode::Recovery(Box::new(RecoveryOffer {
        ops,
        place: "~/roadmap.json.recovery.json".into(),
    }));
    m
}

#[test]
fn applying_a_recovery_replays_each_change_and_counts_those_that_no_longer_apply() {
    let first = builtin::roadmap().actions[0].id.clone();
    let second = builtin::roadmap().actions[1].id.clone();
    let mut m = offer(vec![done(&first), done("deleted-since"), done(&second)]);
    assert_eq!(press(&mut m, ch('o')), Cmd::SaveRecovered);
    assert_eq!(m.mode, Mode::Browse);
    assert_eq!(m.pending, vec![done(&first), done(&second)]);
    for id in [&first, &second] {
        let action = m.plan.actions.iter().find(|a| &a.id == id).unwrap();
        assert_eq!(action.status, Status::Done { on: today() });
    }
    let notice = m.notice.clone().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Info);
    assert!(
        notice.text.contains("2 modifications récupérées") && notice.text.contains("1 ne s'"),
        "{}",
        notice.text
    );
    // Each one is an ordinary change: undone one at a time.
    assert_eq!(press(&mut m, ch('u')), Cmd::Save);
    let action = m.plan.actions.iter().find(|a| a.id == second).unwrap();
    assert_eq!(action.status, Status::Todo);
}

#[test]
fn refusing_a_recovery_keeps_the_file_and_says_where() {
    let id = builtin::roadmap().actions[0].id.clone();
    let mut m = offer(vec![done(&id)]);
    let before = m.plan.clone();
    assert_eq!(press(&mut m, ch('n')), Cmd::None);
    assert_eq!(m.mode, Mode::Browse);
    assert_eq!(m.plan, before);
    assert!(m.pending.is_empty());
    let notice = m.notice.expect("a notice");
    assert!(
        notice.text.contains("~/roadmap.json.recovery.json"),
        "{}",
        notice.text
    );
}

#[test]
fn ctrl_z_suspends_from_every_mode_even_a_form() {
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    let mut m = model(Lang::Fr);
    assert_eq!(press(&mut m, ctrl_z), Cmd::Suspend);
    press(&mut m, ch('a'));
    assert!(matches!(m.mode, Mode::Form(_)), "{:?}", m.mode);
    assert_eq!(
        msg_for(&m.mode, Screen::Roadmap, ch('z')),
        Some(Msg::Input(ch('z')))
    );
    assert_eq!(press(&mut m, ctrl_z), Cmd::Suspend);
    assert!(
        matches!(m.mode, Mode::Form(_)),
        "the form is still open after fg"
    );
}
