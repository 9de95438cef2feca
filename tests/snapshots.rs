//! The screens as an adviser sees them, rendered into a `TestBackend` and compared with the
//! reviewed snapshots in `tests/snapshots/`. Snapshots carry no colour, so every state they
//! check shows as a glyph too; where colour matters, a cell's style is asserted.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, Screen, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn model(today: &str, lang: Lang) -> Model {
    Model::new(
        roadmap(),
        day(today),
        lang,
        "~/.local/share/jalons/roadmap.json".into(),
    )
}

fn render(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    terminal
}

fn press(model: &mut Model, msgs: &[Msg]) {
    for msg in msgs {
        update(model, msg.clone());
    }
}

#[test]
fn roadmap_at_the_notes_date_120x40() {
    let model = model("2014-05-16", Lang::Fr);
    insta::assert_snapshot!(render(&model, 120, 40).backend());
}

#[test]
fn roadmap_drilled_to_an_action_80x24() {
    let mut model = model("2014-05-16", Lang::Fr);
    press(&mut model, &[Msg::Drill, Msg::Down, Msg::Drill]);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn late_actions_stand_out_by_glyph_and_colour_80x24() {
    let mut model = model("2014-09-16", Lang::Fr);
    press(&mut model, &[Msg::Drill, Msg::Drill]);
    let terminal = render(&model, 80, 24);
    insta::assert_snapshot!(terminal.backend());
    // The late glyph of the first action is drawn in the late colour.
    let buffer = terminal.backend().buffer();
    let glyph = (0..buffer.area.width)
        .map(|x| &buffer[(x, 2)])
        .rfind(|cell| cell.symbol() == "⚠")
        .expect("a late glyph on the first action row");
    assert_eq!(glyph.fg, Color::LightRed);
}

#[test]
fn an_action_ticked_done_shows_its_date_and_the_progress_moves() {
    let mut model = model("2014-05-16", Lang::Fr);
    press(&mut model, &[Msg::Drill, Msg::Drill, Msg::ToggleDone]);
    insta::assert_snapshot!(render(&model, 120, 40).backend());
}

#[test]
fn detail_and_owner_in_english_100x30() {
    let mut model = model("2014-05-16", Lang::En);
    press(
        &mut model,
        &[Msg::Down, Msg::Drill, Msg::Drill, Msg::Down, Msg::Drill],
    );
    insta::assert_snapshot!(render(&model, 100, 30).backend());
}

#[test]
fn help_overlay_80x24() {
    let mut model = model("2014-05-16", Lang::Fr);
    press(&mut model, &[Msg::Help]);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn narrow_terminal_shows_two_columns_50x16() {
    let mut model = model("2014-05-16", Lang::Fr);
    press(&mut model, &[Msg::Drill]);
    insta::assert_snapshot!(render(&model, 50, 16).backend());
}

#[test]
fn too_small_says_so_20x4() {
    let model = model("2014-05-16", Lang::Fr);
    insta::assert_snapshot!(render(&model, 20, 4).backend());
}

#[test]
fn every_size_down_to_1x1_draws_without_panic() {
    let mut model = model("2014-09-16", Lang::Fr);
    press(&mut model, &[Msg::Drill, Msg::Drill, Msg::Drill]);
    for width in 1..=40 {
        for height in 1..=14 {
            render(&model, width, height);
        }
    }
    press(&mut model, &[Msg::Help]);
    for (width, height) in [(1, 1), (5, 2), (24, 6), (30, 12), (61, 13)] {
        render(&model, width, height);
    }
}

#[rstest::rstest]
#[case::roadmap_120x40(Screen::Roadmap, 120, 40)]
#[case::delegations_120x40(Screen::Delegations, 120, 40)]
#[case::delegations_80x24(Screen::Delegations, 80, 24)]
#[case::trips_120x40(Screen::Trips, 120, 40)]
#[case::trips_80x24(Screen::Trips, 80, 24)]
#[case::deadlines_120x40(Screen::Deadlines, 120, 40)]
#[case::deadlines_80x24(Screen::Deadlines, 80, 24)]
fn review_screens(#[case] screen: Screen, #[case] width: u16, #[case] height: u16) {
    let mut model = dated_trips_model();
    press(&mut model, &[Msg::Show(screen)]);
    let name = format!("review_{screen:?}_{width}x{height}");
    insta::assert_snapshot!(name, render(&model, width, height).backend());
}

#[test]
fn a_trip_walked_and_ticked_80x24() {
    let mut model = dated_trips_model();
    // New York: open its detail, go down past the linked objectives to the checklist.
    press(&mut model, &[Msg::Show(Screen::Trips), Msg::Drill]);
    for _ in 0..3 {
        press(&mut model, &[Msg::Down]);
    }
    press(&mut model, &[Msg::ToggleDone]);
    insta::assert_snapshot!(render(&model, 80, 24).backend());
}

#[test]
fn deadlines_narrowed_to_one_owner_100x30() {
    let mut model = dated_trips_model();
    press(
        &mut model,
        &[Msg::Show(Screen::Deadlines), Msg::FilterOwner, Msg::Down],
    );
    insta::assert_snapshot!("owner_picker", render(&model, 100, 30).backend());
    press(&mut model, &[Msg::Submit]);
    insta::assert_snapshot!("narrowed", render(&model, 100, 30).backend());
}

/// The built-in roadmap with its first trips given dates (the note gives none), seen on
/// 1 September 2014: some checklist items late, some this week, this month, later.
fn dated_trips_model() -> Model {
    let mut plan = roadmap();
    let dates = [
        ("new-york", "2014-09-22", "2014-09-25"),
        ("madrid", "2014-10-06", "2014-10-07"),
    ];
    for (id, start, end) in dates {
        let trip = plan
            .trips
            .iter_mut()
            .find(|t| t.id == id)
            .expect("a built-in trip");
        trip.start = Some(day(start));
        trip.end = Some(day(end));
    }
    Model::new(plan, day("2014-09-01"), Lang::Fr, "~/roadmap.json".into())
}

/// The roadmap on 16 September 2014, the focus where `msgs` put it.
fn roadmap_at(msgs: &[Msg]) -> Model {
    let mut model = model("2014-09-16", Lang::Fr);
    press(&mut model, msgs);
    model
}

#[rstest::rstest]
#[case::at_120x40(120, 40)]
#[case::at_80x24(80, 24)]
fn the_detail_follows_the_focus_to_a_horizon(#[case] width: u16, #[case] height: u16) {
    // Mi-mandat, the focus on the horizons: its dates, progress and notes, not an action's.
    let model = roadmap_at(&[Msg::Down]);
    let terminal = render(&model, width, height);
    let screen = format!("{:?}", terminal.backend());
    assert!(screen.contains("Avancement"), "{screen}");
    insta::assert_snapshot!(
        format!("horizon_detail_{width}x{height}"),
        terminal.backend()
    );
}

#[rstest::rstest]
#[case::at_120x40(120, 40)]
#[case::at_80x24(80, 24)]
fn the_detail_follows_the_focus_to_an_objective(#[case] width: u16, #[case] height: u16) {
    // The first objective of the 100 days: its horizon, themes, progress and notes.
    let model = roadmap_at(&[Msg::Drill]);
    let terminal = render(&model, width, height);
    let screen = format!("{:?}", terminal.backend());
    // The objective's own horizon, by name, in the detail (not the column's title).
    assert!(screen.contains("Horizon\u{a0}: 100 premiers"), "{screen}");
    insta::assert_snapshot!(
        format!("objective_detail_{width}x{height}"),
        terminal.backend()
    );
}

/// New York on 16 September 2014, six days before departure, its detail open.
fn new_york_open() -> Model {
    let mut model = dated_trips_model();
    model.today = day("2014-09-16");
    press(&mut model, &[Msg::Show(Screen::Trips), Msg::Drill]);
    model
}

#[rstest::rstest]
#[case::at_120x40(120, 40)]
#[case::at_80x24(80, 24)]
fn a_trip_shows_its_late_actions_and_a_checklist_item_in_full(
    #[case] width: u16,
    #[case] height: u16,
) {
    let model = new_york_open();
    let terminal = render(&model, width, height);
    let screen = format!("{:?}", terminal.backend());
    // The first item in full below the checklist: its rule with the countdown apart.
    assert!(screen.contains("Élément de check-list"), "{screen}");
    assert!(
        screen.contains("J-60\u{a0}· 24\u{a0}juil.\u{a0}2014\u{a0}· en retard de"),
        "{screen}"
    );
    insta::assert_snapshot!(
        format!("trip_item_detail_{width}x{height}"),
        terminal.backend()
    );
}

#[test]
fn a_trip_lists_the_actions_made_for_it_120x40() {
    let mut model = new_york_open();
    // Down the checklist to its end: the linked actions come in sight below it.
    for _ in 0..12 {
        press(&mut model, &[Msg::Down]);
    }
    let terminal = render(&model, 120, 40);
    let screen = format!("{:?}", terminal.backend());
    assert!(screen.contains("Actions liées"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_wide_terminal_gives_the_checklist_its_columns_200x40() {
    let mut model = new_york_open();
    press(&mut model, &[Msg::ToggleDone]);
    let terminal = render(&model, 200, 40);
    let screen = format!("{:?}", terminal.backend());
    // The done item keeps its rule; the day it was done takes the countdown's place.
    assert!(
        screen.contains("J-60\u{a0}· 24\u{a0}juil.   faite 16\u{a0}sept. "),
        "{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}
