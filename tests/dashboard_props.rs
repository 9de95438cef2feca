//! No sequence of keys on the dashboard, and no merge of a smaller plan saved by another
//! instance, leaves its selection pointing outside the index, its figures stale, or a frame
//! that cannot be drawn.

#[path = "support/plan_gen.rs"]
mod plan_gen;

use chrono::NaiveDate;
use jalons::app::{Model, Msg, SaveReport, Screen, update};
use jalons::domain::{Glance, Op, Plan, apply, step};
use jalons::i18n::Lang;
use plan_gen::plan;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 9, 16).unwrap()
}

#[derive(Debug, Clone)]
enum Event {
    Key(Msg),
    /// Another instance's save merged in: the plan with these records deleted.
    Merged(Vec<usize>),
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    let msg = select(vec![
        Msg::Up,
        Msg::Down,
        Msg::Top,
        Msg::Bottom,
        Msg::PageUp,
        Msg::PageDown,
        Msg::Earlier,
        Msg::Later,
        Msg::ZoomIn,
        Msg::ZoomOut,
        Msg::ToggleDone,
        Msg::Undo,
        // Enter leaves for another screen: `5` comes back.
        Msg::Drill,
        Msg::Show(Screen::Dashboard),
    ]);
    let event = prop_oneof![
        12 => msg.prop_map(Event::Key),
        1 => vec(any::<usize>(), 0..4).prop_map(Event::Merged),
    ];
    vec(event, 0..50)
}

/// The plan with some trips, actions and checklist items gone.
fn smaller(plan: &Plan, cuts: &[usize]) -> Plan {
    let mut other = plan.clone();
    for &cut in cuts {
        let ids: Vec<String> = other
            .trips
            .iter()
            .map(|t| t.id.clone())
            .chain(other.actions.iter().map(|a| a.id.clone()))
            .chain(
                other
                    .trips
                    .iter()
                    .flat_map(|t| t.checklist.iter().map(|i| i.id.clone())),
            )
            .collect();
        if ids.is_empty() {
            break;
        }
        let id = ids[cut % ids.len()].clone();
        apply(&mut other, &Op::Delete { id }).expect("deletes what it just listed");
    }
    other
}

fn check(model: &Model, terminal: &mut Terminal<TestBackend>) -> Result<(), TestCaseError> {
    let nav = &model.review.dashboard;
    let review = &model.index.review;
    if let Some(cursor) = nav.cursor() {
        prop_assert!(cursor.fits(review), "{cursor:?} outside the index");
    }
    // Something is selected whenever there is something to select.
    let any = step(&model.plan, review, None, isize::MIN);
    prop_assert_eq!(nav.cursor().is_some(), any.is_some());
    terminal
        .draw(|f| jalons::ui::view(model, f))
        .expect("a frame");
    // Whatever happened, the figures drawn are those of the plan as it is now.
    let fresh = Glance::build(&model.plan, &model.index, model.today);
    prop_assert_eq!(nav.glance(&model.plan, &model.index, model.today), &fresh);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_dashboard_stays_sound_under_any_keys(plan in plan(), events in events()) {
        let mut model = Model::new(plan, today(), Lang::Fr, "x".into());
        update(&mut model, Msg::Show(Screen::Dashboard));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a terminal");
        check(&model, &mut terminal)?;
        for event in events {
            match event {
                Event::Key(msg) => { update(&mut model, msg); }
                Event::Merged(cuts) => {
                    let other = smaller(&model.plan, &cuts);
                    update(&mut model, Msg::Saved(Ok(SaveReport {
                        at: "10:42".into(),
                        ops: usize::MAX,
                        merged: Some(Box::new(other)),
                        conflicts: Vec::new(),
                    })));
                }
            }
            check(&model, &mut terminal)?;
        }
    }
}
