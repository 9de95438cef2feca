//! The index built a little at a time, and brought up to date record by record, finds
//! exactly what an index built at once finds.

use super::*;

const QUERIES: [&str; 8] = [
    "mad",
    "madrid",
    "pre",
    "buc",
    "cop 21",
    "délégation",
    "mdrid",
    "z",
];

fn results(index: &SearchIndex) -> Vec<Vec<Hit>> {
    QUERIES.iter().map(|q| index.search(q, 50)).collect()
}

#[test]
fn built_in_slices_it_equals_the_index_built_at_once() {
    let plan = crate::generate::plan(400, 5);
    let mut index = SearchIndex::default();
    let mut steps = 0;
    // A deadline already past: each step indexes the fewest records it can.
    while !index.build(&plan, Some(std::time::Instant::now())) {
        assert!(!index.is_complete(&plan));
        steps += 1;
    }
    assert!(steps > 10, "built in {steps} steps only");
    assert!(index.is_complete(&plan));
    let whole = SearchIndex::new(&plan);
    assert_eq!(index.len(), whole.len());
    assert_eq!(results(&index), results(&whole));
}

#[test]
fn a_record_edited_in_place_is_found_by_its_new_text_and_no_longer_by_its_old() {
    let mut plan = crate::generate::plan(200, 9);
    let mut index = SearchIndex::new(&plan);
    assert!(index.search("quetzalcoatl", 50).is_empty());
    plan.actions[17].title = "Jumelage avec Quetzalcoatl".into();
    plan.actions[17].notes.clear();
    plan.delegations[2].holder = "Maire de Xochimilco".into();
    assert!(index.refresh(&plan, Target::Action(17)));
    assert!(index.refresh(&plan, Target::Delegation(2)));
    let found = index.search("quetzalcoatl", 50);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].target, Target::Action(17));
    assert_eq!(results(&index), results(&SearchIndex::new(&plan)));
    assert_eq!(
        index.search("xochimilco", 50)[0].target,
        Target::Delegation(2)
    );
}

#[test]
fn a_record_without_text_before_cannot_be_placed_and_says_so() {
    let mut plan = crate::generate::plan(50, 2);
    plan.templates.push(crate::domain::ChecklistTemplate {
        id: "TPL-X".into(),
        name: String::new(),
        items: Vec::new(),
        source: None,
    });
    let mut index = SearchIndex::new(&plan);
    let last = plan.templates.len() - 1;
    plan.templates[last].name = "Visite d'État".into();
    assert!(!index.refresh(&plan, Target::Template(last)));
}

#[test]
fn a_record_edited_before_the_build_reached_it_is_indexed_as_it_is_now() {
    let mut plan = crate::generate::plan(300, 4);
    let mut index = SearchIndex::default();
    index.build(&plan, Some(std::time::Instant::now()));
    assert!(!index.is_complete(&plan));
    let last = plan.actions.len() - 1;
    plan.actions[last].title = "Quetzalcoatl".into();
    assert!(index.refresh(&plan, Target::Action(last)));
    index.build(&plan, None);
    assert_eq!(results(&index), results(&SearchIndex::new(&plan)));
    assert_eq!(
        index.search("quetzalcoatl", 5)[0].target,
        Target::Action(last)
    );
}
