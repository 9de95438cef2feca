//! Files keep the adviser's text as typed: Persian and Indic joiners, emoji sequences and
//! bidirectional marks come back unchanged from every export, read by real parsers of each
//! format (pulldown-cmark, scraper's HTML5 parser, the csv crate, the icalendar crate).

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{day, render, scheduled};
use icalendar::{Calendar, CalendarComponent, Component};
use jalons::domain::{Action, Member, MemberCategory, Plan, Status};
use jalons::export::{CsvStyle, CsvTable, Deadlines, DocFormat, Export};
use jalons::i18n::Lang;
use pulldown_cmark::{Event, Options, Parser};

/// Persian with a zero-width non-joiner (U+200C), as Persian spelling requires.
const PERSIAN: &str = "دیدار با شهردار تهران، می\u{200c}خواهم";
/// Devanagari with a zero-width joiner (U+200D), which selects the half form.
const HINDI: &str = "मुंबई क्\u{200d}ष";
/// An emoji family: three emoji joined by U+200D.
const EMOJI: &str = "familles 👩\u{200d}👩\u{200d}👧 accueillies";
/// Hebrew followed by a right-to-left mark (U+200F) before Latin text.
const HEBREW: &str = "ירושלים\u{200f} 2015";

const ACTION: &str = "a-langues";

fn plan() -> Plan {
    let mut plan = scheduled();
    plan.actions.push(Action {
        source: None,
        start: None,
        id: ACTION.to_owned(),
        objective: "o-aimf-dakar".to_owned(),
        title: PERSIAN.to_owned(),
        owner: "d-europe".to_owned(),
        co_owners: Vec::new(),
        // Late on 2014-09-16: the note lists it.
        due: Some(day("2014-09-10")),
        status: Status::Todo,
        notes: format!("{HINDI}\n{EMOJI}"),
        trip: Some("new-york".to_owned()),
        checkins: Vec::new(),
    });
    let ny = plan
        .trips
        .iter_mut()
        .find(|t| t.id == "new-york")
        .expect("New York");
    ny.purpose = format!("{HEBREW} — {EMOJI}");
    HINDI.clone_into(&mut ny.checklist[0].label);
    ny.members.push(Member {
        id: "new-york.m-langues".to_owned(),
        name: PERSIAN.to_owned(),
        category: MemberCategory::Staff,
        role: String::new(),
        source: None,
    });
    assert!(jalons::domain::validate(&plan).is_empty(), "a valid plan");
    plan
}

fn export(plan: &Plan, what: &Export) -> String {
    let bytes = render(plan, Lang::Fr, what).expect("an export");
    String::from_utf8(bytes).expect("UTF-8")
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
        scope: jalons::export::Scope::default(),
        since: None,
    }
}

/// The text a Markdown renderer shows, one line per text run.
fn markdown_text(source: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(source, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push('\n'),
            _ => {}
        }
    }
    text
}

fn html_text(page: &str) -> String {
    scraper::Html::parse_document(page)
        .root_element()
        .text()
        .collect()
}

#[test]
fn markdown_renders_the_text_as_typed() {
    let plan = plan();
    let dossier = markdown_text(&export(&plan, &dossier(DocFormat::Markdown)));
    for typed in [PERSIAN, HINDI, EMOJI, HEBREW] {
        assert!(
            dossier.contains(typed),
            "{typed:?} in the dossier:\n{dossier}"
        );
    }
    let note = markdown_text(&export(&plan, &note(DocFormat::Markdown)));
    assert!(note.contains(PERSIAN), "the late action in the note");
    assert!(
        !note.contains("<U+"),
        "no code point shown in place of a character"
    );
}

#[test]
fn html_renders_the_text_as_typed() {
    let plan = plan();
    let dossier = html_text(&export(&plan, &dossier(DocFormat::Html)));
    for typed in [PERSIAN, HINDI, EMOJI, HEBREW] {
        assert!(
            dossier.contains(typed),
            "{typed:?} in the dossier:\n{dossier}"
        );
    }
    let note = html_text(&export(&plan, &note(DocFormat::Html)));
    assert!(note.contains(PERSIAN), "the late action in the note");
    assert!(
        !note.contains("<U+"),
        "no code point shown in place of a character"
    );
}

#[test]
fn spreadsheets_hold_the_text_as_typed() {
    let plan = plan();
    let what = |table| Export::Csv {
        table,
        style: CsvStyle::default(),
    };
    let actions = export(&plan, &what(CsvTable::Actions));
    let mut reader = csv::Reader::from_reader(actions.as_bytes());
    let row = reader
        .records()
        .map(|r| r.expect("a record"))
        .find(|r| &r[0] == ACTION)
        .expect("the action's row");
    assert_eq!(&row[1], PERSIAN);
    assert!(row.iter().any(|cell| cell == format!("{HINDI}\n{EMOJI}")));

    let checklist = export(&plan, &what(CsvTable::Checklist));
    let mut reader = csv::Reader::from_reader(checklist.as_bytes());
    let label = reader
        .headers()
        .expect("a header")
        .iter()
        .position(|h| h == "Point")
        .expect("a label column");
    let labels: Vec<String> = reader
        .records()
        .map(|r| r.expect("a record")[label].to_owned())
        .collect();
    assert!(labels.iter().any(|l| l == HINDI), "{labels:?}");
}

#[test]
fn the_calendar_holds_the_text_as_typed() {
    let plan = plan();
    let calendar: Calendar = export(
        &plan,
        &Export::Ics {
            deadlines: Deadlines::Todos,
        },
    )
    .parse()
    .expect("parses");
    let summaries: Vec<&str> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => e.get_summary(),
            CalendarComponent::Todo(t) => t.get_summary(),
            _ => None,
        })
        .collect();
    assert!(summaries.contains(&PERSIAN), "{summaries:?}");
    assert!(
        summaries.iter().any(|s| s.ends_with(HINDI)),
        "the checklist item: {summaries:?}"
    );
    let descriptions: Vec<&str> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => e.get_description(),
            CalendarComponent::Todo(t) => t.get_description(),
            _ => None,
        })
        .collect();
    assert!(
        descriptions
            .iter()
            .any(|d| d.ends_with(&format!("{HINDI}\n{EMOJI}"))),
        "{descriptions:?}"
    );
    assert!(
        descriptions.contains(&format!("{HEBREW} — {EMOJI}").as_str()),
        "the trip's purpose"
    );
}
