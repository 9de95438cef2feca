//! The HTML note and dossier are well-formed (parsed as XML: every tag closed, every entity
//! known), self-contained, and show text from the store as text, never as markup.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{HOSTILE_TITLE, scheduled, today};
use jalons::domain::Plan;
use jalons::export::{DocFormat, Export, Scope, render};
use jalons::i18n::Lang;
use jalons::sanitize::inert;

fn html(plan: &Plan, lang: Lang, what: &Export) -> String {
    String::from_utf8(render(plan, today(), lang, what).expect("an export")).expect("UTF-8")
}

fn exports(plan: &Plan) -> Vec<Export> {
    let mut all = vec![
        Export::Note {
            format: DocFormat::Html,
            scope: Scope::default(),
            since: None,
        },
        Export::Note {
            format: DocFormat::Html,
            scope: Scope {
                horizon: Some("h-100-jours".to_owned()),
                owner: Some("d-europe".to_owned()),
            },
            since: Some(export_cli::day("2014-01-01")),
        },
    ];
    for trip in &plan.trips {
        all.push(Export::Trip {
            id: trip.id.clone(),
            format: DocFormat::Html,
        });
    }
    all
}

#[test]
fn every_page_is_well_formed_and_self_contained() {
    for plan in [jalons::builtin::roadmap(), scheduled()] {
        for what in exports(&plan) {
            for lang in [Lang::Fr, Lang::En] {
                let page = html(&plan, lang, &what);
                assert!(page.starts_with("<!DOCTYPE html>\n"));
                let doc = roxmltree::Document::parse_with_options(
                    &page,
                    roxmltree::ParsingOptions {
                        allow_dtd: true,
                        ..Default::default()
                    },
                )
                .unwrap_or_else(|e| panic!("{what:?} in {lang:?} is not well-formed: {e}"));
                let root = doc.root_element();
                assert_eq!(root.tag_name().name(), "html");
                let names: Vec<&str> = doc
                    .descendants()
                    .filter(roxmltree::Node::is_element)
                    .map(|n| n.tag_name().name())
                    .collect();
                for outside in ["script", "link", "img", "iframe"] {
                    assert!(!names.contains(&outside), "no <{outside}> in {what:?}");
                }
                let style = doc
                    .descendants()
                    .find(|n| n.has_tag_name("style"))
                    .and_then(|n| n.text())
                    .expect("inline CSS");
                assert!(style.contains("@media print"), "print styles");
                assert!(!style.contains("url("), "no outside resource");
            }
        }
    }
}

#[test]
fn text_from_the_store_stays_text() {
    let plan = scheduled();
    let page = html(
        &plan,
        Lang::Fr,
        &Export::Trip {
            id: "new-york".to_owned(),
            format: DocFormat::Html,
        },
    );
    let doc = roxmltree::Document::parse_with_options(
        &page,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("well-formed");
    assert!(
        !doc.descendants().any(|n| n.has_tag_name("b")),
        "<b> from a title is not markup"
    );
    let cell = doc
        .descendants()
        .find(|n| n.has_tag_name("td") && n.text().is_some_and(|t| t.starts_with("Café")))
        .expect("the hostile action's cell");
    assert_eq!(cell.text(), Some(inert(HOSTILE_TITLE).as_ref()));
    assert!(!page.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn the_note_speaks_the_interface_language() {
    let plan = scheduled();
    let note = Export::Note {
        format: DocFormat::Html,
        scope: Scope::default(),
        since: None,
    };
    let fr = html(&plan, Lang::Fr, &note);
    let en = html(&plan, Lang::En, &note);
    assert!(fr.contains("<html lang=\"fr\">") && fr.contains("<h1>Note d&#39;étape</h1>"));
    assert!(en.contains("<html lang=\"en\">") && en.contains("<h1>Status note</h1>"));
    assert!(fr.contains("<h3>Faites depuis le 9\u{a0}sept.\u{a0}2014</h3>"));
    assert!(fr.contains("Préparer le déplacement attendu de la Maire à Madrid"));
}
