//! The note and the dossier as a reader gets them, through real parsers (scraper's HTML5
//! parser, pulldown-cmark): French typography (non-breaking spaces that keep dates, counts
//! and countdowns whole and stand before a colon), what prints at the foot of each A4 page,
//! late rows marked without painting every column red, and done work without a countdown.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{day, render, scheduled};
use jalons::domain::{Plan, Status};
use jalons::export::{DocFormat, Export, Scope};
use jalons::i18n::Lang;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use scraper::{ElementRef, Html, Selector};

/// Headers of the columns jalons writes itself (the others hold the adviser's text).
const GENERATED: &[&str] = &[
    "Échéance",
    "Statut",
    "État",
    "Avancement",
    "En retard",
    "Faite le",
    "Dates",
    "Préparation",
];

/// The scheduled roadmap, with an action for New York done after its due day had passed.
fn plan() -> Plan {
    let mut plan = scheduled();
    let a = plan
        .actions
        .iter_mut()
        .find(|a| a.id == "a-new-york-rencontre-maire")
        .expect("an action for New York");
    a.due = Some(day("2014-07-14"));
    a.status = Status::Done {
        on: day("2014-09-15"),
    };
    plan
}

fn dossier(format: DocFormat) -> Export {
    Export::Trip {
        id: "new-york".to_owned(),
        format,
    }
}

fn note(format: DocFormat) -> Export {
    Export::Note {
        format,
        scope: Scope::default(),
        since: None,
    }
}

fn page(what: &Export) -> Html {
    let bytes = render(&plan(), Lang::Fr, what).expect("an export");
    Html::parse_document(&String::from_utf8(bytes).expect("UTF-8"))
}

fn select(selector: &str) -> Selector {
    Selector::parse(selector).expect("a selector")
}

fn text(element: ElementRef) -> String {
    element.text().collect()
}

/// The first ordinary space that French typography wants non-breaking, with its context.
fn breakable(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c != ' ' {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let wrong = matches!(after, Some(':' | '%' | '»' | '·' | '→'))
            || matches!(before, Some('«' | '⚠' | '☑' | '☐'))
            || matches!((before, after), (Some(b), Some(a)) if b.is_ascii_digit() && !a.is_ascii_digit());
        if wrong {
            let from = i.saturating_sub(8);
            let to = (i + 8).min(chars.len());
            return Some(chars[from..to].iter().collect());
        }
    }
    None
}

/// Every cell of the columns jalons writes, in every table of the page.
fn generated_cells(page: &Html) -> Vec<String> {
    let mut cells = Vec::new();
    for table in page.select(&select("table")) {
        let head: Vec<String> = table.select(&select("th")).map(text).collect();
        for row in table.select(&select("tbody tr")) {
            for (i, cell) in row.select(&select("td")).enumerate() {
                if head.get(i).is_some_and(|h| GENERATED.contains(&h.as_str())) {
                    cells.push(text(cell));
                }
            }
        }
    }
    cells
}

#[test]
fn html_keeps_dates_counts_and_colons_whole() {
    for what in [dossier(DocFormat::Html), note(DocFormat::Html)] {
        let page = page(&what);
        let mut checked = generated_cells(&page);
        assert!(checked.len() > 20, "{what:?}: {} cells", checked.len());
        // The fields, the headings and the note's summary ("38 actions : 2 faites…").
        checked.extend(
            page.select(&select("dd, h3, main > p:first-child"))
                .map(text),
        );
        for cell in &checked {
            assert_eq!(breakable(cell), None, "{what:?}: {cell:?}");
        }
        let date = page.select(&select("dd")).next().map(text);
        assert_eq!(date.as_deref(), Some("16\u{a0}sept.\u{a0}2014"), "{what:?}");
    }
    let dossier = page(&dossier(DocFormat::Html));
    let title = dossier.select(&select("h1")).next().map(text);
    assert_eq!(
        title.as_deref(),
        Some("Dossier de déplacement\u{a0}: New York")
    );
}

#[test]
fn markdown_keeps_dates_counts_and_colons_whole() {
    for what in [dossier(DocFormat::Markdown), note(DocFormat::Markdown)] {
        let bytes = render(&plan(), Lang::Fr, &what).expect("an export");
        let source = String::from_utf8(bytes).expect("UTF-8");
        let (mut head, mut cell, mut column) = (Vec::new(), String::new(), 0);
        let (mut in_head, mut in_strong, mut checked) = (false, false, 0);
        let mut labels = Vec::new();
        for event in Parser::new_ext(&source, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::TableHead) => (in_head, head) = (true, Vec::new()),
                Event::End(TagEnd::TableHead) => in_head = false,
                Event::Start(Tag::TableRow) => column = 0,
                Event::Start(Tag::TableCell) => cell.clear(),
                Event::End(TagEnd::TableCell) => {
                    if in_head {
                        head.push(cell.clone());
                    } else if head
                        .get(column)
                        .is_some_and(|h| GENERATED.contains(&h.as_str()))
                    {
                        assert_eq!(breakable(&cell), None, "{what:?}: {cell:?}");
                        checked += 1;
                    }
                    column += 1;
                }
                Event::Start(Tag::Strong) => (in_strong, cell) = (true, String::new()),
                Event::End(TagEnd::Strong) => {
                    in_strong = false;
                    labels.push(cell.clone());
                }
                Event::Text(t) => cell.push_str(&t),
                _ => {}
            }
        }
        assert!(!in_strong);
        assert!(checked > 20, "{what:?}: {checked} cells");
        assert!(labels.contains(&"Date\u{a0}:".to_owned()), "{labels:?}");
    }
}

#[test]
fn every_printed_a4_page_carries_the_title_the_date_and_its_number() {
    for (what, title) in [
        (note(DocFormat::Html), "Note d'étape"),
        (
            dossier(DocFormat::Html),
            "Dossier de déplacement\\a0 : New York",
        ),
    ] {
        let page = page(&what);
        let style: String = page
            .select(&select("style"))
            .flat_map(|s| s.text())
            .collect();
        assert!(style.contains("size: A4"), "A4");
        assert!(
            style.contains(&format!(
                "@bottom-left {{ content: \"{title} — 16\\a0 sept.\\a0 2014\"; }}"
            )),
            "{style}"
        );
        assert!(
            style.contains(
                "@bottom-right { content: \"page \" counter(page) \" / \" counter(pages); }"
            ),
            "{style}"
        );
    }
    let english = Html::parse_document(
        &String::from_utf8(render(&plan(), Lang::En, &note(DocFormat::Html)).expect("a note"))
            .expect("UTF-8"),
    );
    let style: String = english
        .select(&select("style"))
        .flat_map(|s| s.text())
        .collect();
    assert!(style.contains("counter(page) \" of \" counter(pages)"));
}

#[test]
fn a_late_row_is_marked_in_its_margin_and_its_reason_alone_is_red() {
    for what in [dossier(DocFormat::Html), note(DocFormat::Html)] {
        let page = page(&what);
        let style: String = page
            .select(&select("style"))
            .flat_map(|s| s.text())
            .collect();
        assert!(!style.contains("tr.late td {"), "no whole row in red");
        assert!(style.contains("td.late {"));
        let late_rows: Vec<ElementRef> = page.select(&select("tr.late")).collect();
        assert!(!late_rows.is_empty(), "{what:?} has late rows");
        for row in late_rows {
            let late: Vec<String> = row.select(&select("td.late")).map(text).collect();
            assert_eq!(late.len(), 1, "one reason per late row: {}", text(row));
            assert!(late[0].starts_with('⚠'), "{late:?}");
            assert!(row.select(&select("td")).count() > 1);
        }
        for row in page.select(&select("tr:not(.late)")) {
            assert_eq!(row.select(&select("td.late")).count(), 0, "{}", text(row));
        }
    }
}

#[test]
fn done_work_shows_the_day_it_was_due_not_a_countdown() {
    let page = page(&dossier(DocFormat::Html));
    let mut done_rows = 0;
    for row in page.select(&select("tbody tr")) {
        let cells: Vec<String> = row.select(&select("td")).map(text).collect();
        let done = cells
            .iter()
            .any(|c| c.starts_with('☑') || c.starts_with("faite"));
        if !done {
            continue;
        }
        done_rows += 1;
        for cell in &cells {
            for countdown in ["en retard", "il y a", "dans "] {
                assert!(!cell.contains(countdown), "{cells:?}");
            }
        }
    }
    assert_eq!(done_rows, 3, "two items and one action done");
    let action = page
        .select(&select("tbody tr"))
        .map(|r| r.select(&select("td")).map(text).collect::<Vec<_>>())
        .find(|cells| cells[0].starts_with("Préparer la rencontre bilatérale"))
        .expect("the action done");
    assert_eq!(action[2], "14\u{a0}juil.\u{a0}2014");
    assert_eq!(action[3], "faite (15\u{a0}sept.\u{a0}2014)");
}
