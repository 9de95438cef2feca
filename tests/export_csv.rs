//! The spreadsheets, parsed back with the `csv` crate: RFC 4180 quoting, UTF-8 accents
//! intact, one record per action or checklist item, with and without the Excel variant.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{Fixture, HOSTILE_NOTES_KEPT, HOSTILE_TITLE_KEPT, scheduled, today};
use jalons::domain::Plan;
use jalons::export::{CsvStyle, CsvTable, Export, render};
use jalons::i18n::Lang;

const BOM: &[u8] = "\u{feff}".as_bytes();

fn csv(plan: &Plan, table: CsvTable, style: CsvStyle) -> Vec<u8> {
    render(plan, today(), Lang::Fr, &Export::Csv { table, style }).expect("a spreadsheet")
}

fn records(bytes: &[u8], separator: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .from_reader(bytes);
    let head = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("a well-formed record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (head, rows)
}

#[test]
fn actions_parse_back_with_their_accents_in_both_variants() {
    let plan = scheduled();
    let commas = csv(&plan, CsvTable::Actions, CsvStyle::default());
    let excel = csv(&plan, CsvTable::Actions, CsvStyle::excel());
    assert!(!commas.starts_with(BOM));
    assert!(excel.starts_with(BOM), "Excel variant starts with a BOM");

    let (head, rows) = records(&commas, b',');
    let (excel_head, excel_rows) = records(&excel[BOM.len()..], b';');
    assert_eq!(head, excel_head);
    assert_eq!(head[1], "Intitulé");
    assert_eq!(head[7], "Échéance");
    assert_eq!(rows.len(), plan.actions.len());
    assert_eq!(excel_rows.len(), plan.actions.len());
    for ((row, excel_row), action) in rows.iter().zip(&excel_rows).zip(&plan.actions) {
        assert_eq!(row.len(), head.len());
        assert_eq!(row[0], action.id);
        assert_eq!(row[1], action.title.replace('\u{1b}', "\u{241b}"));
        assert_eq!(row[4], action.owner);
        assert_eq!(
            row[7],
            action.due.map(|d| d.to_string()).unwrap_or_default()
        );
        // Only a cell a spreadsheet would run as a formula differs.
        for (cell, excel_cell) in row.iter().zip(excel_row) {
            if cell.starts_with(['=', '+', '-', '@']) {
                assert_eq!(*excel_cell, format!("'{cell}"));
            } else {
                assert_eq!(cell, excel_cell);
            }
        }
    }
    let accents = rows
        .iter()
        .find(|r| r[0] == "a-concertation-delegations")
        .expect("the first action");
    assert!(accents[1].contains("délégations concernées : développement économique"));
    assert_eq!(accents[8], "à faire");
}

#[test]
fn quotes_separators_and_line_breaks_round_trip_kept() {
    let plan = scheduled();
    for (style, sep) in [(CsvStyle::default(), b','), (CsvStyle::excel(), b';')] {
        let bytes = csv(&plan, CsvTable::Actions, style);
        let start = if style.bom { BOM.len() } else { 0 };
        let (_, rows) = records(&bytes[start..], sep);
        let hostile = rows
            .iter()
            .find(|r| r[0] == "a-hostile")
            .expect("hostile row");
        assert_eq!(hostile[1], HOSTILE_TITLE_KEPT);
        let notes = HOSTILE_NOTES_KEPT.to_owned();
        let notes = if style.defuse_formulas {
            format!("'{notes}")
        } else {
            notes
        };
        assert_eq!(hostile[12], notes);
        assert_eq!(hostile[6], "d-ri-francophonie");
    }
}

#[test]
fn records_end_in_crlf_and_no_control_character_is_left() {
    let plan = scheduled();
    for table in [CsvTable::Actions, CsvTable::Checklist] {
        let text = String::from_utf8(csv(&plan, table, CsvStyle::default())).expect("UTF-8");
        assert!(text.ends_with("\r\n"));
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\r' && c != '\n'),
            "no raw control character"
        );
    }
}

#[test]
fn the_checklist_has_one_record_per_item_with_its_computed_due_date() {
    let plan = scheduled();
    let (head, rows) = records(&csv(&plan, CsvTable::Checklist, CsvStyle::default()), b',');
    assert_eq!(head.len(), 11);
    let items: usize = plan.trips.iter().map(|t| t.checklist.len()).sum();
    assert_eq!(rows.len(), items);
    let first = rows
        .iter()
        .find(|r| r[0] == "new-york" && r[8] == "fait")
        .expect("a done item of New York");
    assert_eq!(first[2], "2014-10-20");
    assert_eq!(first[9], "2014-09-01");
    let late = rows
        .iter()
        .find(|r| r[3] == "new-york.cglu")
        .expect("a late item");
    assert_eq!(late[7], "2014-09-05");
    assert_eq!(late[10], "oui");
}

#[test]
fn separator_and_bom_can_be_chosen_on_the_command_line() {
    let fixture = Fixture::new(&scheduled());
    let excel = fixture.ok(&["export", "csv", "actions", "--excel"]);
    let by_hand = fixture.ok(&["export", "csv", "actions", "--sep", ";", "--bom"]);
    assert!(by_hand.starts_with(BOM));
    let (_, rows) = records(&by_hand[BOM.len()..], b';');
    let (_, excel_rows) = records(&excel[BOM.len()..], b';');
    assert_eq!(rows.len(), excel_rows.len());
    let tab = fixture.ok(&["export", "csv", "checklist", "--sep", "\t"]);
    let (head, _) = records(&tab, b'\t');
    assert_eq!(head[0], "Déplacement (ID)");
}
