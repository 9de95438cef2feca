//! `Enter` on a review screen lands on the item, in its own screen, selected.

use chrono::NaiveDate;
use jalons::app::{Column, Model, Msg, Screen, TripRow, trip_rows, update};
use jalons::builtin::roadmap;
use jalons::domain::DueRef;
use jalons::i18n::Lang;

fn model(today: &str) -> Model {
    let today: NaiveDate = today.parse().expect("a date");
    Model::new(roadmap(), today, Lang::Fr, "x".into())
}

fn press(model: &mut Model, msgs: &[Msg]) {
    for msg in msgs {
        update(model, msg.clone());
    }
}

/// The action selected on the roadmap, by ID.
fn roadmap_action(model: &Model) -> Option<String> {
    let a = model.roadmap.action_index(&model.plan, &model.index)?;
    Some(model.plan.actions[a].id.clone())
}

#[test]
fn enter_on_a_deadline_selects_the_action_on_the_roadmap() {
    let mut model = model("2014-09-16");
    press(
        &mut model,
        &[Msg::Show(Screen::Deadlines), Msg::Down, Msg::Down],
    );
    let Some(DueRef::Action(a)) = model.review.deadlines.selected(&model.index) else {
        panic!("the third deadline of 16 Sept. 2014 is an action");
    };
    let expected = model.plan.actions[a].id.clone();
    press(&mut model, &[Msg::Drill]);
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(model.roadmap.focus, Column::Actions);
    assert_eq!(roadmap_action(&model), Some(expected));
}

#[test]
fn enter_on_an_owned_action_jumps_to_it_and_on_an_owned_item_to_its_trip() {
    let mut model = model("2014-09-16");
    let d = model.index.delegation_pos["d-ri-francophonie"];
    press(&mut model, &[Msg::Show(Screen::Delegations)]);
    for _ in 0..d {
        press(&mut model, &[Msg::Down]);
    }
    press(&mut model, &[Msg::Drill, Msg::Down]);
    let owned = model.index.review.owned[d].clone();
    let Some(DueRef::Action(a)) = owned.get(1) else {
        panic!("Patrick Klugman's second owned record is an action");
    };
    let expected = model.plan.actions[a].id.clone();
    press(&mut model, &[Msg::Drill]);
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(roadmap_action(&model), Some(expected));

    // Back on the delegation, down to its first checklist item.
    press(&mut model, &[Msg::Show(Screen::Delegations)]);
    assert!(
        model.review.delegations.detail,
        "the screen kept its selection"
    );
    let first_item = (0..owned.len())
        .find(|&r| matches!(owned.get(r), Some(DueRef::Item { .. })))
        .expect("he owns checklist items");
    let Some(DueRef::Item { trip, item }) = owned.get(first_item) else {
        unreachable!()
    };
    press(&mut model, &[Msg::Top]);
    for _ in 0..first_item {
        press(&mut model, &[Msg::Down]);
    }
    press(&mut model, &[Msg::Drill]);
    assert_eq!(model.screen, Screen::Trips);
    assert_eq!(model.review.trip(&model.index), Some(trip));
    assert!(model.review.trips.detail);
    let rows = trip_rows(&model.plan, &model.index, trip);
    assert_eq!(rows[model.review.trips.item], TripRow::Item(item));
}

#[test]
fn enter_on_a_linked_objective_shows_it_on_the_roadmap() {
    let mut model = model("2014-05-16");
    press(&mut model, &[Msg::Show(Screen::Trips), Msg::Drill]);
    let trip = model.review.trip(&model.index).expect("a trip");
    let rows = trip_rows(&model.plan, &model.index, trip);
    let at = rows
        .iter()
        .position(|r| matches!(r, TripRow::Objective(_)))
        .expect("the trip serves an objective");
    let TripRow::Objective(o) = rows[at] else {
        unreachable!()
    };
    for _ in 0..at {
        press(&mut model, &[Msg::Down]);
    }
    press(&mut model, &[Msg::Drill]);
    assert_eq!(model.screen, Screen::Roadmap);
    assert_eq!(model.roadmap.focus, Column::Objectives);
    assert_eq!(
        model.roadmap.objective_index(&model.plan, &model.index),
        Some(o)
    );
}

#[test]
fn a_click_on_a_deadline_selects_it_and_a_click_on_a_tab_switches() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut model = model("2014-09-16");
    press(&mut model, &[Msg::Show(Screen::Deadlines)]);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).expect("a terminal");
    terminal
        .draw(|f| jalons::ui::view(&model, f))
        .expect("drawn");
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let click = |column, row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    // The third row where it is drawn (rows take two lines or more): a click on either of
    // its first two lines selects it.
    let buffer = terminal.backend().buffer();
    let line = |y: u16| -> String { (0..100).map(|x| buffer[(x, y)].symbol()).collect() };
    let entry = model.review.deadlines.shown[2];
    let title = model.index.review.agenda[entry].what.title(&model.plan);
    let start: String = title.split(' ').take(3).collect::<Vec<_>>().join(" ");
    let y = (0..30)
        .find(|&y| line(y).contains(&start))
        .expect("the third row on screen");
    for y in [y, y + 1] {
        let msg = jalons::ui::hit(&model, area, click(30, y)).expect("a row under the pointer");
        assert_eq!(msg, Msg::ClickRow(2), "line {y}: {}", line(y));
    }
    update(&mut model, Msg::ClickRow(2));
    assert_eq!(model.review.deadlines.row, 2);
    assert_eq!(
        jalons::ui::hit(&model, area, click(30, 2)),
        None,
        "a header selects nothing"
    );
    let title_bar: String = (0..100)
        .map(|x| buffer[(x, 0)].symbol().to_owned())
        .collect();
    let x = title_bar
        .chars()
        .position(|c| c == '2')
        .expect("the second tab");
    let x = u16::try_from(x + 2).expect("on screen");
    let tab = jalons::ui::hit(&model, area, click(x, 0)).expect("a tab under the pointer");
    update(&mut model, tab);
    assert_eq!(model.screen, Screen::Delegations);
}

#[test]
fn a_click_on_a_delegation_selects_the_one_under_the_pointer() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut model = model("2014-09-16");
    press(&mut model, &[Msg::Show(Screen::Delegations)]);
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let click = |row| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 5,
        row,
        modifiers: KeyModifiers::NONE,
    };
    // A delegation takes its name's lines, what it carries, its items. Each of the three
    // lines of the third (a short name) selects the third; the line after, the fourth.
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).expect("a terminal");
    terminal
        .draw(|f| jalons::ui::view(&model, f))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let name = &model.plan.delegations[2].name;
    let top = (0..30)
        .find(|&y| {
            (0..40)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .contains(name.as_str())
        })
        .expect("the third delegation on screen");
    for y in top..top + 3 {
        let msg = jalons::ui::hit(&model, area, click(y)).expect("a row under the pointer");
        assert_eq!(msg, Msg::ClickRow(2), "line {y}");
    }
    update(&mut model, Msg::ClickRow(2));
    assert_eq!(model.review.delegations.row, 2);
    assert_eq!(
        jalons::ui::hit(&model, area, click(top + 3)),
        Some(Msg::ClickRow(3))
    );
}
