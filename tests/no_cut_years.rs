//! A date is never cut: at any width, a year on screen is four digits (a row that lacks the
//! room drops the date's day and month, or the owner, not part of the year). Checked on the
//! roadmap's actions whose chosen dates carry the example mark, which takes room too.

use chrono::NaiveDate;
use jalons::app::{Model, Msg, update};
use jalons::builtin::roadmap;
use jalons::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(model: &Model, width: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, 30)).expect("a test terminal");
    terminal
        .draw(|f| jalons::ui::view(model, f))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    buffer
        .content
        .chunks(usize::from(width))
        .map(|row| row.iter().map(ratatui::buffer::Cell::symbol).collect())
        .collect()
}

/// "201" or "202" not followed by a digit: a year cut short.
fn cut_year(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.windows(4).any(|w| {
        w[0] == '2' && w[1] == '0' && (w[2] == '1' || w[2] == '2') && !w[3].is_ascii_digit()
    }) || line.ends_with("201")
        || line.ends_with("202")
}

#[test]
fn no_year_is_cut_on_the_roadmap_at_any_width() {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
    let mut model = Model::new(roadmap(), today, Lang::Fr, "~/roadmap.json".into());
    // Mi-mandat, the memorial trips: due dates chosen from the note's "2015", marked ≈.
    for msg in [Msg::Down, Msg::Drill, Msg::Down, Msg::Drill] {
        update(&mut model, msg);
    }
    let marked = model
        .plan
        .actions
        .iter()
        .any(|a| a.source.as_ref().is_some_and(|s| s.assumes("due")));
    assert!(marked, "the roadmap has dates marked as examples");
    for width in (40..=160).step_by(3) {
        for line in screen(&model, width) {
            assert!(
                !cut_year(&line),
                "at {width} columns a year is cut: {line:?}"
            );
        }
    }
}
