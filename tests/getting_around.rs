//! Getting around: the weekly review's owner picker ("person — portfolio", filtered as one
//! types) and the jump list (`Ctrl-o` back after a jump, `Ctrl-n` forward), selection
//! included (issue #12, items 8 and 9).

#[path = "support/nav.rs"]
mod nav;

use jalons::app::{Cmd, Column, Mode, Model, Msg, PickFor, SaveReport, Screen, msg_for, update};
use jalons::domain::{Op, apply};
use nav::{action_id, deadline_id, delegation_id, model, notice, send, type_text};
use pretty_assertions::assert_eq;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The labels of the owner pick's matches, as shown.
fn owner_matches(model: &Model) -> Vec<String> {
    let Mode::Pick(pick) = &model.mode else {
        panic!("no pick open: {:?}", model.mode);
    };
    assert_eq!(pick.purpose, PickFor::Owner);
    let jalons::app::form::Value::One { options, .. } = &pick.field.value else {
        panic!("a single choice");
    };
    pick.field
        .matches()
        .into_iter()
        .map(|m| options[m].label.clone())
        .collect()
}

#[test]
fn the_owner_picker_shows_the_person_and_the_portfolio_and_filters_as_one_types() {
    let mut model = model("2014-09-16");
    send(&mut model, &[Msg::Show(Screen::Deadlines)]);
    let key = msg_for(
        &model.mode,
        model.screen,
        KeyEvent::from(KeyCode::Char('o')),
    );
    assert_eq!(key, Some(Msg::FilterOwner));
    update(&mut model, Msg::FilterOwner);
    let all = owner_matches(&model);
    assert_eq!(all[0], "Tous les porteurs");
    assert!(
        all.contains(&"Patrick Klugman — Relations internationales et Francophonie".to_owned()),
        "{all:?}"
    );
    assert!(
        all.contains(&"Hermano Sanches Ruivo — Europe".to_owned()),
        "{all:?}"
    );
    // A service has no holder: its name alone.
    assert!(all.contains(&"Cabinet de la Maire".to_owned()), "{all:?}");

    // Letters are typed into the filter, `o` and `j` included: no key moves or closes.
    for c in ['o', 'j', 'k', 'q'] {
        let event = KeyEvent::from(KeyCode::Char(c));
        assert_eq!(
            msg_for(&model.mode, model.screen, event),
            Some(Msg::Input(event)),
            "{c}"
        );
    }
    type_text(&mut model, "sanch");
    assert_eq!(owner_matches(&model), ["Hermano Sanches Ruivo — Europe"]);
    // By the portfolio too, without accents or case.
    for _ in 0..5 {
        update(&mut model, nav::key(KeyCode::Backspace));
    }
    type_text(&mut model, "EUROPE");
    assert!(owner_matches(&model).contains(&"Hermano Sanches Ruivo — Europe".to_owned()));
    for _ in 0..6 {
        update(&mut model, nav::key(KeyCode::Backspace));
    }
    type_text(&mut model, "klugm");
    assert_eq!(update(&mut model, Msg::Submit), Cmd::None);
    assert_eq!(model.mode, Mode::Browse);
    let review = &model.review.deadlines;
    assert_eq!(review.owner.as_deref(), Some("d-ri-francophonie"));
    assert!(!review.shown.is_empty());
    for &e in &review.shown {
        let owner = model.index.review.agenda[e].what.owner(&model.plan);
        assert_eq!(owner, Some("d-ri-francophonie"));
    }
    // `o` again: everyone.
    update(&mut model, Msg::FilterOwner);
    assert_eq!(model.review.deadlines.owner, None);
    assert_eq!(model.mode, Mode::Browse);

    // Esc leaves it as it was; "everyone" chosen is everyone.
    update(&mut model, Msg::FilterOwner);
    type_text(&mut model, "sanch");
    update(&mut model, Msg::Close);
    assert_eq!(model.review.deadlines.owner, None);
    send(&mut model, &[Msg::FilterOwner, Msg::Submit]);
    assert_eq!(model.review.deadlines.owner, None);
}

#[test]
fn ctrl_o_goes_back_from_the_owner_box_and_ctrl_n_forward_again() {
    let mut model = model("2014-09-16");
    // The roadmap, down to an action, on its owner box.
    send(
        &mut model,
        &[Msg::Drill, Msg::Down, Msg::Drill, Msg::Down, Msg::Drill],
    );
    assert_eq!(model.roadmap.focus, Column::Detail);
    let action = action_id(&model).unwrap();
    let owner = {
        let a = model
            .roadmap
            .action_index(&model.plan, &model.index)
            .unwrap();
        model.plan.actions[a].owner.clone()
    };
    // `l` jumps to screen 2, on the owner.
    update(&mut model, Msg::Drill);
    assert_eq!(model.screen, Screen::Delegations);
    assert_eq!(delegation_id(&model), Some(owner.clone()));

    // The keys: Ctrl-o back, Ctrl-n forward (Tab still switches screens).
    let browse = |c| msg_for(&Mode::Browse, Screen::Delegations, c);
    assert_eq!(browse(ctrl('o')), Some(Msg::JumpBack));
    assert_eq!(browse(ctrl('n')), Some(Msg::JumpForward));
    assert_eq!(browse(KeyEvent::from(KeyCode::Tab)), Some(Msg::NextScreen));

    update(&mut model, Msg::JumpBack);
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(model.roadmap.focus, Column::Detail);
    assert_eq!(action_id(&model), Some(action.clone()));
    update(&mut model, Msg::JumpForward);
    assert_eq!(model.screen, Screen::Delegations);
    assert_eq!(delegation_id(&model), Some(owner));
    update(&mut model, Msg::JumpBack);
    assert_eq!(action_id(&model), Some(action));
    // Nothing further back.
    assert_eq!(update(&mut model, Msg::JumpBack), Cmd::None);
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(notice(&model), "Aucun saut d'où revenir");
}

#[test]
fn back_finds_the_place_again_after_the_plan_changed() {
    let mut model = model("2014-09-16");
    send(&mut model, &[Msg::Show(Screen::Deadlines)]);
    for _ in 0..6 {
        send(&mut model, &[Msg::Down]);
    }
    let (row, entry) = (model.review.deadlines.row, deadline_id(&model).unwrap());
    // Enter: to the record on its own screen.
    update(&mut model, Msg::Drill);
    assert_ne!(model.screen, Screen::Deadlines);
    // Meanwhile another adviser deletes the first two entries of the review.
    let mut theirs = model.plan.clone();
    let gone: Vec<String> = model.review.deadlines.shown[..2]
        .iter()
        .map(|&e| model.index.review.agenda[e].what.id(&model.plan).to_owned())
        .collect();
    for id in gone {
        apply(&mut theirs, &Op::Delete { id }).unwrap();
    }
    let report = SaveReport {
        at: "10:42".into(),
        ops: usize::MAX,
        merged: Some(Box::new(theirs)),
        conflicts: Vec::new(),
    };
    update(&mut model, Msg::Saved(Ok(report)));
    update(&mut model, Msg::JumpBack);
    assert_eq!(model.screen, Screen::Deadlines);
    assert_eq!(deadline_id(&model), Some(entry));
    assert_eq!(model.review.deadlines.row, row - 2);
}

#[test]
fn a_new_jump_after_going_back_forgets_the_way_forward() {
    let mut model = model("2014-09-16");
    // Three places: the review, an action on the roadmap, its owner on screen 2.
    send(&mut model, &[Msg::Show(Screen::Deadlines), Msg::Down]);
    let entry = deadline_id(&model).unwrap();
    send(&mut model, &[Msg::Drill, Msg::Drill]);
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(action_id(&model), Some(entry.clone()));
    update(&mut model, Msg::Drill);
    assert_eq!(model.screen, Screen::Delegations);
    let owner = delegation_id(&model).unwrap();

    send(&mut model, &[Msg::JumpBack, Msg::JumpBack]);
    assert_eq!(model.screen, Screen::Deadlines);
    assert_eq!(deadline_id(&model), Some(entry.clone()));
    send(&mut model, &[Msg::JumpForward, Msg::JumpForward]);
    assert_eq!(model.screen, Screen::Delegations);
    assert_eq!(delegation_id(&model), Some(owner));

    // Back twice, then another jump: forward has nowhere to go.
    send(
        &mut model,
        &[Msg::JumpBack, Msg::JumpBack, Msg::Down, Msg::Drill],
    );
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(update(&mut model, Msg::JumpForward), Cmd::None);
    assert_eq!(notice(&model), "Aucun endroit où repartir");
    update(&mut model, Msg::JumpBack);
    assert_eq!(model.screen, Screen::Deadlines);
}

#[test]
fn moving_and_switching_screens_are_no_jumps() {
    let mut model = model("2014-09-16");
    send(
        &mut model,
        &[
            Msg::Down,
            Msg::Drill,
            Msg::Show(Screen::Trips),
            Msg::Down,
            Msg::NextScreen,
        ],
    );
    assert_eq!(update(&mut model, Msg::JumpBack), Cmd::None);
    assert_eq!(model.screen, Screen::Deadlines);
    assert_eq!(notice(&model), "Aucun saut d'où revenir");
}

#[test]
fn the_help_lists_the_jump_keys() {
    let mut model = model("2014-09-16");
    update(&mut model, Msg::Help);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 200)).expect("a terminal");
    terminal
        .draw(|frame| jalons::ui::view(&model, frame))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let text: String = (0..200)
        .map(|y| {
            (0..100)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("Ctrl-o  revenir d'où l'on a sauté"), "{text}");
    assert!(text.contains("Ctrl-n  repartir (après Ctrl-o)"), "{text}");
}
