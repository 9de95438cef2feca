//! Search finds what is there, and only that: on the built-in roadmap, queries typed key by
//! key into `/` (so incrementally, as an adviser types) and the results they must list first;
//! queries that match nothing well, and say so; ligatures folded.

use chrono::NaiveDate;
use jalons::app::{Mode, Model, Msg, update};
use jalons::builtin;
use jalons::domain::Plan;
use jalons::fold::fold;
use jalons::i18n::Lang;
use jalons::search::{Hit, SearchIndex, Target, field_text};
use jalons::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rstest::rstest;

fn model(plan: Plan) -> Model {
    let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a day");
    Model::new(plan, today, Lang::Fr, "x".into())
}

/// `/` then `query`, key by key; the results as the overlay holds them.
fn search(model: &mut Model, query: &str) -> Vec<Hit> {
    update(model, Msg::Search);
    for c in query.chars() {
        update(
            model,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    match &model.mode {
        Mode::Search(search) => search.hits.clone(),
        other => panic!("not searching: {other:?}"),
    }
}

/// What a result shows: its kind's record ID and the text that matched.
fn id_of(plan: &Plan, target: Target) -> String {
    match target {
        Target::Horizon(i) => plan.horizons[i].id.clone(),
        Target::Objective(i) => plan.objectives[i].id.clone(),
        Target::Action(i) => plan.actions[i].id.clone(),
        Target::Delegation(i) => plan.delegations[i].id.clone(),
        Target::Trip(i) => plan.trips[i].id.clone(),
        Target::Member { trip, member } => plan.trips[trip].members[member].id.clone(),
        Target::Item { trip, item } => plan.trips[trip].checklist[item].id.clone(),
        Target::Template(i) => plan.templates[i].id.clone(),
    }
}

/// The words of a folded text (letters and digits), for "holds the word" checks.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .replace('œ', "oe")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Query → the records it must list first (in any order among them), how many results at
/// most, and the word every result must hold whole or begin.
#[rstest]
#[case::a_city_trip("madrid", &["a-madrid", "o-voyages-maire", "madrid"], 3, "madrid")]
#[case::a_word_in_four_titles(
    "forum",
    &["a-forum-de-paris", "a-forum-reseaux-villes", "a-cahier-des-charges", "a-forum-societe-civile"],
    4,
    "forum"
)]
#[case::a_person("klugman", &["d-ri-francophonie"], 2, "klugman")]
#[case::the_start_of_a_city("buca", &["a-bucarest", "bucarest"], 2, "buca")]
#[case::two_words("new york", &[], 7, "york")]
#[case::a_capital("rome", &["rome"], 3, "rome")]
#[case::a_word_start_then_nothing_else("ambassad", &[], 20, "ambassad")]
fn a_query_lists_what_holds_its_words_first(
    #[case] query: &str,
    #[case] first: &[&str],
    #[case] most: usize,
    #[case] word: &str,
) {
    let mut model = model(builtin::roadmap());
    let hits = search(&mut model, query);
    let plan = &model.plan;
    let ids: Vec<String> = hits.iter().map(|h| id_of(plan, h.target)).collect();
    assert!(!hits.is_empty() && hits.len() <= most, "{query}: {ids:?}");
    for id in first {
        let at = ids.iter().position(|i| i == id);
        assert!(
            at.is_some_and(|at| at < first.len().max(3)),
            "{query}: {id} not among the first: {ids:?}"
        );
    }
    for hit in &hits {
        let text = field_text(plan, hit.target, hit.field).expect("the text");
        assert!(
            words(text).iter().any(|w| w.starts_with(word)),
            "{query}: {text:?} does not hold « {word} »"
        );
    }
}

/// Letters found scattered over a text are no result: nothing in the roadmap says these.
#[rstest]
#[case::tokyo("tokyo")]
#[case::voeux("voeux")]
#[case::seoul("seoul")]
#[case::mexico("mexico")]
#[case::jumelage("jumelage")]
fn a_query_that_nothing_holds_finds_nothing_and_says_so(#[case] query: &str) {
    let mut model = model(builtin::roadmap());
    let hits = search(&mut model, query);
    let ids: Vec<String> = hits.iter().map(|h| id_of(&model.plan, h.target)).collect();
    assert!(hits.is_empty(), "{query}: {ids:?}");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a terminal");
    terminal.draw(|f| view(&model, f)).expect("drawn");
    let screen: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    let said = format!("Aucun résultat pour «\u{a0}{query}\u{a0}»");
    assert!(screen.contains(&said), "{query}: {screen}");
}

#[test]
fn a_typo_or_a_missing_space_still_finds_the_record_when_nothing_is_better() {
    let mut model = model(builtin::roadmap());
    for (query, id) in [
        ("bucrest", "bucarest"),
        ("cop21", "o-cop21"),
        ("newyork", "new-york"),
    ] {
        let hits = search(&mut model, query);
        update(&mut model, Msg::Close);
        let ids: Vec<String> = hits.iter().map(|h| id_of(&model.plan, h.target)).collect();
        assert!(ids.iter().any(|i| i == id), "{query}: {ids:?}");
    }
}

#[test]
fn ligatures_are_found_by_the_letters_typed_for_them() {
    // "coeur" finds « au cœur de cet horizon » in the roadmap.
    let mut model = model(builtin::roadmap());
    let hits = search(&mut model, "coeur");
    assert_eq!(hits.len(), 1, "{hits:?}");
    let text = field_text(&model.plan, hits[0].target, hits[0].field).expect("text");
    let lit: String = hits[0]
        .indices
        .iter()
        .map(|&i| text.chars().nth(i as usize).expect("a char"))
        .collect();
    assert_eq!(lit, "cœur");

    let mut plan = builtin::roadmap();
    plan.actions[0].title = "Présenter les vœux de la Maire au corps consulaire".into();
    plan.actions[1].title = "Curriculum vitæ des intervenants".into();
    let index = SearchIndex::new(&plan);
    for (query, action) in [("voeux", 0), ("VŒUX", 0), ("vœux", 0), ("vitae", 1)] {
        let hits = index.search(query, 10);
        assert_eq!(
            hits.first().map(|h| h.target),
            Some(Target::Action(action)),
            "{query}"
        );
        assert_eq!(hits.len(), 1, "{query}: {hits:?}");
    }
}
