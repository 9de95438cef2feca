//! The detail of a delegation that owns hundreds of records: only the rows in sight are
//! built, and the window keeps the selected one whole in sight as it moves, down to the last
//! and back to the top, where the delegation's header shows again.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, Screen, update};
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(model: &Model, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view(model, f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// The busiest delegation of a generated 3,000-action plan, its detail focused.
fn busy() -> (Model, usize) {
    let plan = jalons::generate::plan(3_000, 7);
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).unwrap();
    let mut model = Model::new(plan, today, Lang::Fr, String::new());
    let owned = |m: &Model, d: usize| m.index.review.owned[d].len();
    let d = (0..model.plan.delegations.len())
        .max_by_key(|&d| owned(&model, d))
        .unwrap();
    update(&mut model, Msg::Show(Screen::Delegations));
    for _ in 0..d {
        update(&mut model, Msg::Down);
    }
    update(&mut model, Msg::Drill);
    assert!(
        model.review.delegations.detail,
        "the detail has the keyboard"
    );
    let len = owned(&model, d);
    assert!(len > 150, "only {len} records owned");
    (model, len)
}

/// The marked line of the detail pane (right of the list) and the title it should show.
fn marked(model: &Model, lines: &[String]) -> (String, String) {
    let d = model.review.delegations.row;
    let owned = &model.index.review.owned[d];
    let what = owned.get(model.review.delegations.item).expect("a record");
    let title = what.title(&model.plan).to_owned();
    let line = lines
        .iter()
        .find(|l| l.contains("▶"))
        .unwrap_or_else(|| panic!("no marked line:\n{}", lines.join("\n")))
        .clone();
    (line, title)
}

fn assert_selected_in_sight(model: &Model, width: u16, height: u16) {
    let lines = screen(model, width, height);
    let (line, title) = marked(model, &lines);
    let after = line.split('▶').nth(1).unwrap();
    // The title's first word is on the marked line (after the glyph and the date).
    let first_word = title.split_whitespace().next().unwrap();
    assert!(
        after.contains(first_word),
        "item {}: marked {after:?}, title {title:?}",
        model.review.delegations.item
    );
}

#[test]
fn the_selection_stays_in_sight_down_to_the_last_record_and_back() {
    let (mut model, len) = busy();
    let kind =
        (model.t().delegation_kind)(model.plan.delegations[model.review.delegations.row].kind);
    assert!(screen(&model, 120, 40).iter().any(|l| l.contains(kind)));
    for step in 1..len {
        update(&mut model, Msg::Down);
        if step % 37 == 0 || step + 1 == len {
            assert_selected_in_sight(&model, 120, 40);
            assert_selected_in_sight(&model, 80, 24);
        }
    }
    assert_eq!(model.review.delegations.item, len - 1);
    // Past the header: it scrolled away.
    assert!(!screen(&model, 120, 40).iter().any(|l| l.contains(kind)));
    update(&mut model, Msg::Top);
    assert_eq!(model.review.delegations.item, 0);
    assert_selected_in_sight(&model, 120, 40);
    assert!(screen(&model, 120, 40).iter().any(|l| l.contains(kind)));
}

#[test]
fn a_page_down_moves_the_window_and_keeps_the_selection_whole() {
    let (mut model, _) = busy();
    for _ in 0..5 {
        update(&mut model, Msg::PageDown);
        assert_selected_in_sight(&model, 120, 40);
        assert_selected_in_sight(&model, 60, 12);
    }
}
