//! Undo as a property: whatever an adviser does through the interface (ticking on any screen,
//! adding through a form, deleting after the question, moving, reordering, filtering), as many
//! `u` as there were changes give back the plan exactly as it was.

use chrono::NaiveDate;
use jalons::app::{Cmd, Mode, Model, Msg, Screen, update};
use jalons::builtin;
use jalons::domain::PlanIndex;
use jalons::i18n::Lang;
use proptest::collection::vec;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One thing an adviser does: a few messages, as the keys send them.
#[derive(Debug, Clone)]
enum Step {
    /// Moving about: no change.
    Go(Msg),
    Toggle,
    /// `a`, a title in the first field, Enter (Esc when the form refuses).
    Add(String),
    /// `e`, text added to the first field, Enter.
    Edit(String),
    /// `d`, then yes (or the first delegation offered, to reassign).
    Delete,
    /// `m`, the objective so many places on, Enter.
    MoveTo(usize),
    Reorder {
        up: bool,
    },
    /// `T`, the template so many places on, Enter.
    Template(usize),
    /// `f`, the owner so many places on, late only or not, Enter.
    Filter {
        owner: usize,
        late: bool,
    },
    ClearFilter,
}

fn go() -> impl Strategy<Value = Msg> {
    prop_oneof![
        4 => Just(Msg::Down),
        2 => Just(Msg::Up),
        3 => Just(Msg::Drill),
        2 => Just(Msg::Back),
        1 => Just(Msg::Bottom),
        1 => Just(Msg::Top),
        1 => Just(Msg::Show(Screen::Roadmap)),
        1 => Just(Msg::Show(Screen::Delegations)),
        1 => Just(Msg::Show(Screen::Trips)),
        1 => Just(Msg::Show(Screen::Deadlines)),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => go().prop_map(Step::Go),
        4 => Just(Step::Toggle),
        2 => "[A-Za-zéà ]{0,12}".prop_map(Step::Add),
        2 => "[a-z ]{1,6}".prop_map(Step::Edit),
        2 => Just(Step::Delete),
        1 => (0usize..20).prop_map(Step::MoveTo),
        2 => any::<bool>().prop_map(|up| Step::Reorder { up }),
        1 => (0usize..4).prop_map(Step::Template),
        1 => ((0usize..20), any::<bool>()).prop_map(|(owner, late)| Step::Filter { owner, late }),
        1 => Just(Step::ClearFilter),
    ]
}

fn right() -> Msg {
    Msg::Input(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE))
}

/// Sends the step's messages; returns how many changes they made (each asks for a save).
fn run(model: &mut Model, step: &Step) -> usize {
    let mut msgs = match step {
        Step::Go(msg) => vec![msg.clone()],
        Step::Toggle => vec![Msg::ToggleDone],
        Step::Add(title) => vec![Msg::Add, Msg::Paste(title.clone()), Msg::Submit],
        Step::Edit(text) => vec![Msg::Edit, Msg::Paste(text.clone()), Msg::Submit],
        Step::Delete => vec![Msg::Delete, Msg::Yes, Msg::Submit],
        Step::MoveTo(n) => {
            let mut msgs = vec![Msg::MoveTo];
            msgs.extend(std::iter::repeat_n(right(), *n));
            msgs.push(Msg::Submit);
            msgs
        }
        Step::Reorder { up: true } => vec![Msg::MoveUp],
        Step::Reorder { up: false } => vec![Msg::MoveDown],
        Step::Template(n) => {
            let mut msgs = vec![Msg::ApplyTemplate];
            msgs.extend(std::iter::repeat_n(Msg::Down, *n));
            msgs.push(Msg::Submit);
            msgs
        }
        Step::Filter { owner, late } => {
            let mut msgs = vec![Msg::Filter];
            msgs.extend(std::iter::repeat_n(right(), *owner));
            msgs.extend([Msg::FormNext, Msg::FormNext, Msg::FormNext]);
            if *late {
                msgs.push(right());
            }
            msgs.push(Msg::Submit);
            msgs
        }
        Step::ClearFilter => vec![Msg::ClearFilter],
    };
    // Whatever is still open (a refused form) is closed, as Esc would.
    msgs.push(Msg::Close);
    let mut changes = 0;
    for msg in msgs {
        // A message meant for an overlay that did not open is not sent: in browse mode
        // `Submit` or `Yes` mean nothing, but an arrow or a paste could.
        let overlay = !matches!(model.mode, Mode::Browse);
        let for_overlay = matches!(
            msg,
            Msg::Paste(_) | Msg::Input(_) | Msg::Submit | Msg::Yes | Msg::FormNext | Msg::Close
        ) || (matches!(msg, Msg::Down) && !matches!(step, Step::Go(_)));
        if for_overlay && !overlay {
            continue;
        }
        if update(model, msg) == Cmd::Save {
            changes += 1;
        }
    }
    assert_eq!(model.mode, Mode::Browse, "left open after {step:?}");
    changes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn as_many_undos_as_changes_give_the_plan_back(steps in vec(step(), 1..30)) {
        let today = NaiveDate::from_ymd_opt(2014, 9, 16).unwrap();
        let mut model = Model::new(builtin::roadmap(), today, Lang::Fr, "x".into());
        let original = model.plan.clone();
        let mut changes = 0;
        for step in &steps {
            changes += run(&mut model, step);
            prop_assert!(
                jalons::domain::validate(&model.plan).is_empty(),
                "invalid plan after {:?}", step
            );
        }
        prop_assert_eq!(model.pending.len(), changes);
        for n in 0..changes {
            let cmd = update(&mut model, Msg::Undo);
            prop_assert_eq!(cmd, Cmd::Save, "undo {} of {} refused: {:?}", n + 1, changes, model.notice);
        }
        prop_assert_eq!(&model.plan, &original);
        prop_assert!(!model.history.can_undo());
        // The derived figures follow the plan, through whatever filter is on.
        let index = PlanIndex::build_filtered(&model.plan, today, &model.filter);
        prop_assert_eq!(&model.index, &index);
    }
}
