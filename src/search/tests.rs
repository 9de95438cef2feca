use super::fields::each_field;
use super::text::Tier;
use super::*;
use crate::domain::{Action, Status};

fn roadmap() -> (Plan, SearchIndex) {
    let plan = crate::builtin::roadmap();
    let index = SearchIndex::new(&plan);
    (plan, index)
}

fn action(plan: &Plan, id: &str) -> Target {
    Target::Action(plan.actions.iter().position(|a| a.id == id).expect(id))
}

fn trip(plan: &Plan, id: &str) -> Target {
    Target::Trip(plan.trips.iter().position(|t| t.id == id).expect(id))
}

fn targets(hits: &[Hit]) -> Vec<Target> {
    hits.iter().map(|h| h.target).collect()
}

/// The chars of the hit's field at its indices.
fn highlighted(plan: &Plan, hit: &Hit) -> String {
    let chars: Vec<char> = field_text(plan, hit.target, hit.field)
        .expect("the hit's text")
        .chars()
        .collect();
    hit.indices.iter().map(|&i| chars[i as usize]).collect()
}

fn plan_of_actions(actions: &[(&str, &str)]) -> Plan {
    let mut plan = Plan::empty("test");
    plan.actions = actions
        .iter()
        .enumerate()
        .map(|(i, (title, notes))| Action {
            source: None,
            start: None,
            id: format!("a{i}"),
            objective: "o".into(),
            title: (*title).into(),
            owner: "d".into(),
            co_owners: Vec::new(),
            due: None,
            status: Status::Todo,
            notes: (*notes).into(),
            trip: None,
            checkins: Vec::new(),
        })
        .collect();
    plan
}

#[test]
fn bucarest_in_any_case_finds_the_trip_and_the_action_first() {
    let (plan, index) = roadmap();
    let expected = [action(&plan, "a-bucarest"), trip(&plan, "bucarest")];
    for query in ["buca", "bucarest", "BUCAREST", "Bucarest"] {
        let hits = index.search(query, 10);
        assert_eq!(targets(&hits[..2]), expected, "{query}");
        let trip_hit = &hits[1];
        assert_eq!(trip_hit.field, Field::Destination);
        assert!(
            "bucarest".starts_with(&highlighted(&plan, trip_hit).to_lowercase()),
            "{query}: {:?}",
            trip_hit.indices
        );
    }
}

#[test]
fn roms_finds_the_roma_cooperation_by_its_stem_as_a_whole_word() {
    let (plan, index) = roadmap();
    let hits = index.search("roms", 5);
    let top: Vec<Target> = targets(&hits[..2]);
    let bucarest = plan.trips.iter().position(|t| t.id == "bucarest");
    let bucarest = bucarest.expect("the trip");
    let dossier = plan.trips[bucarest]
        .checklist
        .iter()
        .position(|c| c.label.contains("Rom :"))
        .expect("the Roma dossier");
    assert!(top.contains(&action(&plan, "a-bucarest")), "{hits:?}");
    let item = Target::Item {
        trip: bucarest,
        item: dossier,
    };
    assert!(top.contains(&item), "{hits:?}");
    let on_action = hits
        .iter()
        .find(|h| h.target == action(&plan, "a-bucarest"));
    assert_eq!(highlighted(&plan, on_action.expect("the action")), "Rom");
}

#[test]
fn a_plural_query_finds_the_singular_word_where_fuzzy_matching_cannot() {
    let plan = plan_of_actions(&[
        ("Coopération relative aux Rom", ""),
        ("Un réseau de villes", ""),
        ("Romance", ""),
        ("Le plan B", ""),
    ]);
    let index = SearchIndex::new(&plan);
    let hits = index.search("roms", 5);
    assert_eq!(targets(&hits), [Target::Action(0)], "only whole words");
    assert_eq!(hits[0].indices, [25, 26, 27]);
    let hits = index.search("RÉSEAUX", 5);
    assert_eq!(targets(&hits), [Target::Action(1)]);
    assert_eq!(highlighted(&plan, &hits[0]), "réseau");
    // Too short to be a plural: "bs" does not look for "b".
    assert!(index.search("bs", 5).is_empty());
}

#[test]
fn erevan_with_or_without_accent_or_capitals_finds_the_trip_and_the_action() {
    let (plan, index) = roadmap();
    let first = index.search("erevan", 5);
    let top = targets(&first[..3]);
    assert!(top.contains(&trip(&plan, "erevan")), "{first:?}");
    assert!(top.contains(&action(&plan, "a-erevan")), "{first:?}");
    for query in ["Érevan", "EREVAN", "érévan"] {
        assert_eq!(index.search(query, 5), first, "{query}");
    }
}

#[test]
fn cop21_with_or_without_a_space_finds_the_cop_21_records_first() {
    let (plan, index) = roadmap();
    for query in ["cop21", "cop 21", "COP 21"] {
        let hits = index.search(query, 4);
        assert_eq!(hits.len(), 4, "{query}");
        for hit in &hits {
            let text = field_text(&plan, hit.target, hit.field).expect("text");
            assert!(text.contains("COP 21"), "{query}: {text}");
            assert_eq!(highlighted(&plan, hit), "COP21", "{query}");
        }
        let objective = plan.objectives.iter().position(|o| o.id == "o-cop21");
        assert!(targets(&hits).contains(&Target::Objective(objective.expect("o-cop21"))));
    }
}

#[test]
fn klugman_finds_his_delegation_first() {
    let (plan, index) = roadmap();
    let hits = index.search("klugman", 5);
    let delegation = plan
        .delegations
        .iter()
        .position(|d| d.id == "d-ri-francophonie")
        .expect("his delegation");
    assert_eq!(hits[0].target, Target::Delegation(delegation));
    assert_eq!(hits[0].field, Field::Holder);
    assert_eq!(highlighted(&plan, &hits[0]), "Klugman");
    assert!(matches!(hits[1].target, Target::Member { .. }), "{hits:?}");
}

#[test]
fn accents_are_ignored_both_ways() {
    let (plan, index) = roadmap();
    // Plain query, accented text.
    let hits = index.search("developpement", 3);
    assert_eq!(hits.len(), 3);
    for hit in &hits {
        assert_eq!(highlighted(&plan, hit).to_lowercase(), "développement");
    }
    assert_eq!(index.search("développement", 3), hits);
    assert_eq!(index.search("DÉVELOPPEMENT", 3), hits);
    // Accented query, plain text ("Erevan" has no accent in the note).
    let hits = index.search("Érevan", 1);
    assert_eq!(highlighted(&plan, &hits[0]), "Erevan");
}

#[test]
fn a_partial_word_matches_the_words_it_begins() {
    let (plan, index) = roadmap();
    let hits = index.search("ambassad", 6);
    assert_eq!(hits.len(), 6);
    for hit in &hits {
        assert_eq!(highlighted(&plan, hit).to_lowercase(), "ambassad");
    }
}

#[test]
fn scattered_letters_are_not_shown_when_a_whole_word_is_found() {
    // Plan order (and kind order) would put the scattered match first.
    let plan = plan_of_actions(&[
        (
            "Préparer le programme",
            "réunion des organisations membres de l'Europe",
        ),
        ("Réunion de Rome", ""),
    ]);
    let index = SearchIndex::new(&plan);
    let hits = index.search("rome", 5);
    assert_eq!(targets(&hits), [Target::Action(1)]);
    assert_eq!(hits[0].field, Field::Title);
    // Alone, the scattered match is still too loose to be a result.
    let plan = plan_of_actions(&[("Préparer le programme", "réunion des organisations membres")]);
    assert!(SearchIndex::new(&plan).search("rome", 5).is_empty());
}

#[test]
fn a_record_named_by_the_query_outranks_records_that_mention_it() {
    // Actions list before trips, and they mention Rome in their notes: the trip named
    // Rome still comes first.
    let (plan, index) = roadmap();
    let hits = index.search("rome", 10);
    let rome = targets(&hits)
        .iter()
        .position(|&t| t == trip(&plan, "rome"))
        .expect("the trip");
    let mention = targets(&hits)
        .iter()
        .position(|&t| t == action(&plan, "a-ucue-fonds-structurels"))
        .expect("the action");
    assert!(rome < mention, "{hits:?}");
}

#[test]
fn results_are_one_per_record_ranked_by_score_then_kind_then_plan_order() {
    let (_, index) = roadmap();
    let hits = index.search("e", 10_000);
    let mut seen = std::collections::HashSet::new();
    assert!(
        hits.iter().all(|h| seen.insert(h.target)),
        "one hit per record"
    );
    for pair in hits.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let key = |h: &Hit| (std::cmp::Reverse(h.score), h.target.order());
        assert!(key(a) < key(b), "{a:?} before {b:?}");
    }
    assert_eq!(index.search("e", 7).as_slice(), &hits[..7]);
}

#[test]
fn an_empty_query_finds_nothing_and_symbols_are_taken_literally() {
    let (_, index) = roadmap();
    assert!(index.search("", 10).is_empty());
    assert!(index.search("   ", 10).is_empty());
    assert!(index.search("buca", 0).is_empty());
    // "!" would negate in nucleo's syntax, listing every record that lacks the word.
    assert!(index.search("!bucarest", 10).len() < 3);
    for query in ["'", "^", "$", "\\", "\u{1b}[2J", "«"] {
        let _ = index.search(query, 10);
    }
}

#[test]
fn indices_are_char_positions_in_the_stored_text_even_with_controls_and_clusters() {
    // "é" typed as e + combining accent, a CR LF pair (one grapheme each), a tab.
    let title = "E\u{301}tat\r\ndes lieux\tà Bucarest";
    let plan = plan_of_actions(&[(title, "")]);
    let hits = SearchIndex::new(&plan).search("etat bucarest", 1);
    let chars: Vec<char> = title.chars().collect();
    let shown: String = hits[0].indices.iter().map(|&i| chars[i as usize]).collect();
    assert_eq!(shown, "EtatBucarest");
    let ascii = plan_of_actions(&[("a\r\nb\u{7}Rome", "")]);
    let hits = SearchIndex::new(&ascii).search("rome", 1);
    assert_eq!(hits[0].indices, [5, 6, 7, 8]);
}

#[test]
fn field_text_names_every_searchable_text_and_nothing_else() {
    let (plan, index) = roadmap();
    let mut count = 0;
    each_field(&plan, |target, field, text| {
        assert_eq!(field_text(&plan, target, field), Some(text));
        count += usize::from(!text.trim().is_empty());
    });
    assert_eq!(index.len(), count);
    assert_eq!(field_text(&plan, Target::Action(9_999), Field::Title), None);
    assert_eq!(
        field_text(&plan, Target::Action(0), Field::Destination),
        None
    );
}

#[test]
fn incremental_search_gives_the_same_results_as_a_fresh_one() {
    let (_, mut index) = roadmap();
    let fresh = index.clone();
    let typed = [
        "b", "bu", "buc", "buca", "buc", "bu", "r", "ro", "rom", "roms", "rom", "rome", "", "c",
        "co", "cop", "cop ", "cop 2", "cop 21", "cop21", "É", "Ér", "Érevan", "erevan", "erevan",
        "klugman", "!", "z", "zz",
    ];
    for query in typed {
        assert_eq!(
            index.search_incremental(query, 8),
            fresh.search(query, 8),
            "{query:?}"
        );
    }
}

const PROBES: [&str; 17] = [
    "cop21",
    "bucrest",
    "madrid",
    "b",
    "pre",
    "pr",
    "rome",
    "roms",
    "buca",
    "cop 21",
    "e",
    "de la",
    "ambassad",
    "xyz",
    "reseaux",
    "q",
    "paris ville",
];

#[test]
fn the_cheap_bounds_hold_for_every_text() {
    use super::query::Placed;
    let plans = [crate::builtin::roadmap(), crate::generate::plan(300, 3)];
    let mut matcher = nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT);
    for plan in &plans {
        let index = SearchIndex::new(plan);
        for probe in PROBES {
            let query = Query::new(probe).expect("a query");
            for entry in &index.entries {
                let fuzzy = query.pattern_score(&entry.text, &mut matcher);
                match query.place(&entry.text) {
                    Placed::All(scored) => {
                        assert!(scored.tier > Tier::Scattered, "{probe:?}");
                        assert!(scored.score <= query.perfect(), "{probe:?} {scored:?}");
                        if !probe.ends_with('s') && !probe.ends_with('x') {
                            assert!(fuzzy.is_some(), "{probe:?}: in one piece, so in order");
                        }
                    }
                    Placed::Missing { upper } => {
                        assert!(fuzzy.unwrap_or(0) <= upper, "{probe:?} {upper} {fuzzy:?}");
                        let in_order = query.in_order(&entry.text);
                        assert!(fuzzy.is_none() || in_order, "{probe:?}: letters in order");
                        // No text the floor lets through is left out as not close enough.
                        let shown = matches!(
                            query.scattered(&entry.text, &mut matcher),
                            super::query::Letters::Close(_)
                        );
                        assert!(!shown || query.close(&entry.text), "{probe:?}: close");
                        assert!(upper <= query.perfect(), "{probe:?} {upper}");
                    }
                }
            }
        }
    }
}

#[test]
fn skipping_texts_under_the_bar_changes_no_result() {
    let plans = [crate::builtin::roadmap(), crate::generate::plan(300, 3)];
    for plan in &plans {
        let index = SearchIndex::new(plan);
        for probe in PROBES {
            let query = Query::new(probe).expect("a query");
            for limit in [1, 5, 20] {
                let all = 0..index.entries.len();
                let pruned = index.run(&query, all.clone(), limit, &mut Vec::new(), true);
                let full = index.run(&query, all, limit, &mut Vec::new(), false);
                assert_eq!(pruned, full, "{probe:?} {limit}");
            }
        }
    }
}

#[test]
fn texts_that_skip_segmentation_give_the_same_matcher_chars() {
    use unicode_segmentation::UnicodeSegmentation;
    let samples = [
        "Déplacement à Bucarest — « Rom » : 10 000 € … l’été",
        "a\u{202f}b\u{2060}c\u{200b}d\u{ad}e\u{7f}f\u{9b}g",
        "ŒUVRE ß ø ł ǅ ʰ",
    ];
    for sample in samples {
        assert!(sample.chars().all(super::text::stands_alone), "{sample:?}");
        assert_eq!(
            sample.graphemes(true).count(),
            sample.chars().count(),
            "{sample:?}"
        );
    }
    for joined in ["e\u{301}", "a\r\nb", "👍\u{1f3fd}", "a\u{200d}b"] {
        assert!(!joined.chars().all(super::text::stands_alone), "{joined:?}");
    }
}
