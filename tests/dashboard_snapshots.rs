//! Screen 5, the dashboard, as an adviser sees it: rendered into a `TestBackend` and compared
//! with the reviewed snapshots in `tests/snapshots/`, on the built-in roadmap at two dates
//! and on a roadmap whose trips are dated. Snapshots carry no colour: every state shows as a
//! glyph; where colour matters, a cell's style is asserted.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, Screen, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

#[path = "support/scheduled_trips.rs"]
mod scheduled_trips;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn dashboard(plan: jalons::domain::Plan, today: &str, lang: Lang) -> Model {
    let mut model = Model::new(
        plan,
        day(today),
        lang,
        "~/.local/share/jalons/roadmap.json".into(),
    );
    update(&mut model, Msg::Show(Screen::Dashboard));
    model
}

fn render(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|f| view(model, f)).expect("drawn");
    terminal
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    format!("{:?}", terminal.backend())
}

/// The characters on screen, without their styles.
fn symbols(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect()
}

#[rstest::rstest]
#[case::sept_2014_120x40("2014-09-16", 120, 40)]
#[case::sept_2014_80x24("2014-09-16", 80, 24)]
#[case::june_2015_120x40("2015-06-01", 120, 40)]
#[case::june_2015_80x24("2015-06-01", 80, 24)]
fn the_built_in_roadmap_at_a_glance(#[case] today: &str, #[case] width: u16, #[case] height: u16) {
    let model = dashboard(roadmap(), today, Lang::Fr);
    let terminal = render(&model, width, height);
    let screen = text(&terminal);
    // The note dates no trip: all eleven are listed apart, none leaves soon.
    assert!(screen.contains("À programmer (11)"), "{screen}");
    assert!(screen.contains("Départs sous 60 j (0)"), "{screen}");
    insta::assert_snapshot!(
        format!("dashboard_{today}_{width}x{height}"),
        terminal.backend()
    );
}

#[rstest::rstest]
#[case::at_120x40(120, 40)]
#[case::at_80x24(80, 24)]
fn dated_trips_their_readiness_and_the_rhythm(#[case] width: u16, #[case] height: u16) {
    let model = dashboard(scheduled_trips::plan(), "2014-09-16", Lang::Fr);
    let terminal = render(&model, width, height);
    let screen = text(&terminal);
    // Madrid leaves in 13 days with 6 of its 7 items due not done: not ready.
    assert!(screen.contains("✗ Madrid"), "{screen}");
    assert!(screen.contains("✓ New York"), "{screen}");
    insta::assert_snapshot!(
        format!("dashboard_dated_trips_{width}x{height}"),
        terminal.backend()
    );
}

#[rstest::rstest]
#[case::year(1, "2014")]
#[case::quarter(2, "T3 2014")]
#[case::month(3, "sept. 2014")]
fn zoomed_in_on_the_selected_event(#[case] steps: usize, #[case] window: &str) {
    let mut model = dashboard(scheduled_trips::plan(), "2014-09-16", Lang::Fr);
    for _ in 0..steps {
        update(&mut model, Msg::ZoomIn);
    }
    let terminal = render(&model, 120, 40);
    let screen = text(&terminal);
    assert!(screen.contains(&format!("Frise · {window} ")), "{screen}");
    insta::assert_snapshot!(format!("dashboard_zoom_{steps}"), terminal.backend());
}

#[test]
fn in_english_100x30() {
    let mut model = dashboard(scheduled_trips::plan(), "2014-09-16", Lang::En);
    update(&mut model, Msg::ZoomIn);
    let terminal = render(&model, 100, 30);
    let screen = text(&terminal);
    assert!(screen.contains("Timeline · 2014"), "{screen}");
    assert!(screen.contains("To schedule (3)"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn late_deadlines_are_red_and_the_selection_stands_out_without_colour() {
    let mut model = dashboard(scheduled_trips::plan(), "2014-09-16", Lang::Fr);
    update(&mut model, Msg::ZoomIn);
    let area = ratatui::layout::Rect::new(0, 1, 120, 37);
    let (_, x, y) = jalons::ui::deadlines_row(&model, area).expect("a deadlines row");
    let terminal = render(&model, 120, 40);
    let buffer = terminal.backend().buffer();
    let late = (x..x + 118)
        .map(|c| &buffer[(c, y)])
        .find(|cell| cell.symbol() == "⚠")
        .expect("a late deadline in 2014");
    assert_eq!(late.fg, Color::LightRed);

    // Monochrome: the same glyphs, no colour at all, the selection in reverse video.
    let coloured = symbols(&terminal);
    model.monochrome = true;
    let terminal = render(&model, 120, 40);
    assert_eq!(symbols(&terminal), coloured, "every state is in the glyphs");
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    let reversed = buffer
        .content
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .count();
    assert!(reversed >= 1, "the selected event shows in reverse video");
}

#[test]
fn every_size_down_to_1x1_draws_without_panic() {
    for plan in [roadmap(), scheduled_trips::plan()] {
        let mut model = dashboard(plan, "2014-09-16", Lang::Fr);
        for zoom in 0..4 {
            for width in [
                1, 2, 5, 10, 23, 24, 25, 40, 59, 60, 61, 79, 80, 81, 120, 200,
            ] {
                for height in [1, 2, 5, 6, 7, 11, 12, 13, 16, 20, 24, 30, 40, 60] {
                    render(&model, width, height);
                }
            }
            if zoom < 3 {
                update(&mut model, Msg::ZoomIn);
            }
        }
    }
}

#[test]
fn the_help_on_the_dashboard_starts_with_its_keys_80x24() {
    let mut model = dashboard(roadmap(), "2014-09-16", Lang::Fr);
    update(&mut model, Msg::Help);
    let terminal = render(&model, 80, 24);
    let screen = text(&terminal);
    for key in [
        "+  zoomer",
        "-  dézoomer",
        "h ←  plus tôt",
        "l →  plus tard",
        "Entrée  aller à la fiche",
    ] {
        assert!(screen.contains(key), "{key}: {screen}");
    }
    insta::assert_snapshot!(terminal.backend());
}
