//! `/` opens at once: the search index is built in the interface's idle moments, kept when
//! a tick changes no text, brought up to date when a record is edited in place, and dropped
//! only when the plan's lists change (a deletion: results name records by position).

use chrono::NaiveDate;
use jalons::app::{Mode, Model, Msg, Search, index_a_little, indexing, update};
use jalons::i18n::Lang;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn model() -> Model {
    let plan = jalons::generate::plan(2_000, 11);
    let today = NaiveDate::from_ymd_opt(2015, 3, 2).unwrap();
    Model::new(plan, today, Lang::Fr, String::new())
}

fn typed(model: &mut Model, text: &str) {
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        update(model, Msg::Input(key));
    }
}

fn hits(model: &Model) -> Vec<String> {
    let Mode::Search(search) = &model.mode else {
        panic!("not searching")
    };
    let Search { hits, .. } = search.as_ref();
    hits.iter().map(|h| format!("{:?}", h.target)).collect()
}

#[test]
fn slash_builds_nothing_the_idle_moments_do_and_a_letter_finishes_what_is_left() {
    let mut m = model();
    update(&mut m, Msg::Search);
    assert!(
        indexing(&m),
        "the index is begun, not built, when the search opens"
    );
    // A few idle slices: part of it.
    let mut slices = 0;
    while indexing(&m) && slices < 3 {
        index_a_little(&mut m, std::time::Instant::now());
        slices += 1;
    }
    assert!(
        indexing(&m),
        "2,000 actions indexed in three shortest slices"
    );
    // The first letter finishes it: results as from an index built at once.
    typed(&mut m, "mad");
    assert!(!indexing(&m));
    let found = hits(&m);
    let whole = jalons::search::SearchIndex::new(&m.plan).search("mad", 50);
    let whole: Vec<String> = whole.iter().map(|h| format!("{:?}", h.target)).collect();
    assert_eq!(found, whole);
}

#[test]
fn a_tick_keeps_the_index_an_edit_refreshes_it_a_deletion_drops_it() {
    let mut m = model();
    update(&mut m, Msg::Search);
    typed(&mut m, "x");
    update(&mut m, Msg::Close);
    assert!(m.search_index.is_some());
    // Ticks: the roadmap's first action.
    update(&mut m, Msg::Drill);
    update(&mut m, Msg::Drill);
    update(&mut m, Msg::ToggleDone);
    assert!(m.search_index.is_some(), "a tick dropped the search index");
    assert!(!indexing(&m));
    // A deletion changes the lists: dropped.
    update(&mut m, Msg::Delete);
    assert!(matches!(m.mode, Mode::Confirm(_)), "{:?}", m.mode);
    update(&mut m, Msg::Yes);
    assert!(m.search_index.is_none(), "a deletion kept a stale index");
}
