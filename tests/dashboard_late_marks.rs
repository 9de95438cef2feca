//! Without a screenshot: every late deadline in the timeline's window has its late mark on
//! screen, in the column of its day, at every zoom and size — and no column shows a late mark
//! that no late deadline put there.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, Screen, update};
use jalons::domain::{Bucket, Plan};
use jalons::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

#[path = "support/scheduled_trips.rs"]
mod scheduled_trips;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

/// Checks the late marks of the dashboard of `plan` on `today`; returns how many were found.
fn check(plan: &Plan, today: &str, width: u16, height: u16) -> usize {
    let mut model = Model::new(plan.clone(), day(today), Lang::Fr, "x".into());
    update(&mut model, Msg::Show(Screen::Dashboard));
    let mut checked = 0;
    for zoom in 0..4 {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a terminal");
        terminal
            .draw(|f| jalons::ui::view(&model, f))
            .expect("drawn");
        let buffer = terminal.backend().buffer();
        // The screen between the title bar above and the status bar and keys below.
        let body = Rect::new(0, 1, width, height - 3);
        let (scale, x, y) = jalons::ui::deadlines_row(&model, body).expect("a deadlines row");
        let late_columns: std::collections::BTreeSet<usize> = model
            .index
            .review
            .agenda
            .iter()
            .filter(|e| e.bucket == Bucket::Late && scale.span.contains(e.day))
            .map(|e| scale.column(e.day).expect("in the window"))
            .collect();
        for column in 0..scale.width {
            let x = x + u16::try_from(column).expect("narrow");
            let cell = buffer[(x, y)].symbol();
            assert_eq!(
                cell == "⚠",
                late_columns.contains(&column),
                "{today} zoom {zoom} {width}x{height}: column {column} shows {cell:?}"
            );
        }
        checked += late_columns.len();
        if zoom < 3 {
            update(&mut model, Msg::ZoomIn);
        }
    }
    checked
}

#[test]
fn every_late_deadline_in_the_window_has_its_mark() {
    let builtin = jalons::builtin::roadmap();
    let scheduled = scheduled_trips::plan();
    let generated = jalons::generate::plan(2_000, 5);
    let mut found = 0;
    for (width, height) in [(120, 40), (80, 24), (200, 50)] {
        found += check(&builtin, "2014-09-16", width, height);
        found += check(&builtin, "2015-06-01", width, height);
        found += check(&scheduled, "2014-09-16", width, height);
        found += check(&generated, "2016-01-15", width, height);
    }
    assert!(found > 100, "only {found} late columns checked");
}
