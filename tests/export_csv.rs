//! The spreadsheets, parsed back with the `csv` crate: RFC 4180 quoting, UTF-8 accents
//! intact, one record per action or checklist item, in every variant (commas, `--sep ';'
//! --bom`, `--excel`, tabs); formulas neutralised in all of them unless `--raw`.

#[path = "support/export_cli.rs"]
mod export_cli;

use export_cli::{Fixture, HOSTILE_NOTES_KEPT, HOSTILE_TITLE_KEPT, render, scheduled};
use jalons::domain::{Action, Plan, Status};
use jalons::export::{CsvStyle, CsvTable, Export};
use jalons::i18n::Lang;

const BOM: &[u8] = "\u{feff}".as_bytes();

fn csv(plan: &Plan, table: CsvTable, style: CsvStyle) -> Vec<u8> {
    render(plan, Lang::Fr, &Export::Csv { table, style }).expect("a spreadsheet")
}

struct Sheet {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Sheet {
    /// Parses `bytes` cut with `separator`, after the byte-order mark if there is one.
    fn parse(bytes: &[u8], separator: u8) -> Self {
        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
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
        Self { head, rows }
    }

    fn col(&self, name: &str) -> usize {
        self.head
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.head))
    }

    /// The row whose first cell is `id`.
    fn row(&self, id: &str) -> &[String] {
        self.rows
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("no row {id}"))
    }

    fn cell(&self, id: &str, column: &str) -> &str {
        &self.row(id)[self.col(column)]
    }
}

#[test]
fn actions_parse_back_with_their_accents_in_every_variant() {
    let plan = scheduled();
    let commas = csv(&plan, CsvTable::Actions, CsvStyle::default());
    let excel = csv(&plan, CsvTable::Actions, CsvStyle::excel());
    assert!(!commas.starts_with(BOM));
    assert!(excel.starts_with(BOM), "Excel variant starts with a BOM");

    let sheet = Sheet::parse(&commas, b',');
    let excel = Sheet::parse(&excel, b';');
    assert_eq!(sheet.head, excel.head);
    assert_eq!(sheet.rows, excel.rows, "the same cells, cut differently");
    assert_eq!(sheet.head[1], "Intitulé");
    assert_eq!(sheet.rows.len(), plan.actions.len());
    for (row, action) in sheet.rows.iter().zip(&plan.actions) {
        assert_eq!(row.len(), sheet.head.len());
        assert_eq!(row[0], action.id);
        assert_eq!(row[sheet.col("Porteur (ID)")], action.owner);
        assert_eq!(
            row[sheet.col("Échéance")],
            action.due.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    let first = "a-concertation-delegations";
    assert!(
        sheet
            .cell(first, "Intitulé")
            .contains("délégations concernées : développement économique")
    );
    assert_eq!(sheet.cell(first, "Statut"), "à faire");
}

#[test]
fn actions_name_the_co_owners_and_the_owners_holder() {
    let sheet = Sheet::parse(
        &csv(&scheduled(), CsvTable::Actions, CsvStyle::default()),
        b',',
    );
    let first = "a-concertation-delegations";
    assert_eq!(
        sheet.cell(first, "Porteur"),
        "Relations internationales et Francophonie"
    );
    assert_eq!(sheet.cell(first, "Titulaire"), "Patrick Klugman");
    assert_eq!(
        sheet.cell(first, "Co-porteurs (ID)"),
        "d-europe, d-developpement-economique, d-numerique, d-environnement-climat, \
         d-culture, d-sante"
    );
    assert_eq!(
        sheet.cell(first, "Co-porteurs"),
        "Europe; Développement économique; Numérique; Environnement et climat; Culture; Santé"
    );
}

#[test]
fn quotes_separators_and_line_breaks_round_trip_kept() {
    let plan = scheduled();
    for (style, sep) in [(CsvStyle::default(), b','), (CsvStyle::excel(), b';')] {
        let sheet = Sheet::parse(&csv(&plan, CsvTable::Actions, style), sep);
        assert_eq!(sheet.cell("a-hostile", "Intitulé"), HOSTILE_TITLE_KEPT);
        // The notes start with "=SUM(A1)": neutralised in both variants.
        assert_eq!(
            sheet.cell("a-hostile", "Notes"),
            format!("'{HOSTILE_NOTES_KEPT}")
        );
        assert_eq!(
            sheet.cell("a-hostile", "Co-porteurs (ID)"),
            "d-ri-francophonie"
        );
    }
    let raw = CsvStyle {
        defuse_formulas: false,
        ..CsvStyle::default()
    };
    let sheet = Sheet::parse(&csv(&plan, CsvTable::Actions, raw), b',');
    assert_eq!(sheet.cell("a-hostile", "Notes"), HOSTILE_NOTES_KEPT);
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
fn the_checklist_has_one_record_per_item_with_its_rule_and_due_date() {
    let plan = scheduled();
    let sheet = Sheet::parse(&csv(&plan, CsvTable::Checklist, CsvStyle::default()), b',');
    assert_eq!(sheet.head.len(), 13);
    let items: usize = plan.trips.iter().map(|t| t.checklist.len()).sum();
    assert_eq!(sheet.rows.len(), items);
    let (state, done_on) = (sheet.col("État"), sheet.col("Fait le"));
    let first = sheet
        .rows
        .iter()
        .find(|r| r[0] == "new-york" && r[state] == "fait")
        .expect("a done item of New York");
    assert_eq!(first[sheet.col("Départ")], "2014-10-20");
    assert_eq!(first[sheet.col("Statut du déplacement")], "confirmé");
    assert_eq!(first[done_on], "2014-09-01");
    let (item, rule, due, late) = (
        sheet.col("ID"),
        sheet.col("Règle"),
        sheet.col("Échéance"),
        sheet.col("En retard"),
    );
    let cglu = sheet
        .rows
        .iter()
        .find(|r| r[item] == "new-york.cglu")
        .expect("a late item");
    assert_eq!(
        (&*cglu[rule], &*cglu[due], &*cglu[late]),
        ("J-45", "2014-09-05", "oui")
    );
}

#[test]
fn an_undated_trip_keeps_its_rules_and_says_its_status() {
    // Madrid has no dates in the built-in roadmap: the rule is all there is to say.
    let plan = jalons::builtin::roadmap();
    let sheet = Sheet::parse(&csv(&plan, CsvTable::Checklist, CsvStyle::default()), b',');
    let (item, rule, due) = (sheet.col("ID"), sheet.col("Règle"), sheet.col("Échéance"));
    let madrid: Vec<&Vec<String>> = sheet.rows.iter().filter(|r| r[0] == "madrid").collect();
    assert!(!madrid.is_empty());
    for row in &madrid {
        assert_eq!(row[sheet.col("Départ")], "");
        assert_eq!(row[sheet.col("Statut du déplacement")], "envisagé");
        assert_eq!(row[due], "", "no day without a departure");
    }
    let programme = madrid
        .iter()
        .find(|r| r[item] == "madrid.programme")
        .expect("Madrid's programme");
    assert!(programme[rule].starts_with("J-"), "{:?}", programme[rule]);
    let english = Sheet::parse(
        &render(
            &plan,
            Lang::En,
            &Export::Csv {
                table: CsvTable::Checklist,
                style: CsvStyle::default(),
            },
        )
        .expect("a spreadsheet"),
        b',',
    );
    let english_programme = english
        .rows
        .iter()
        .find(|r| r[english.col("ID")] == "madrid.programme")
        .expect("Madrid's programme");
    assert_eq!(
        english_programme[english.col("Rule")],
        programme[rule].replace('J', "D")
    );
    assert_eq!(english_programme[english.col("Trip status")], "considered");
}

/// (title as typed, the cell a spreadsheet gets): OWASP's list of formula starts, and
/// look-alikes that are no formula.
const FORMULAS: &[(&str, &str)] = &[
    (
        "=HYPERLINK(\"http://x.example\";\"clic\")",
        "'=HYPERLINK(\"http://x.example\";\"clic\")",
    ),
    ("+33 1 42 76 40 40", "'+33 1 42 76 40 40"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1;2)", "'@SUM(1;2)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\n=1+1"),
    ("a=b", "a=b"),
    ("J-60", "J-60"),
    (" =1+1", " =1+1"),
];

fn formula_plan() -> Plan {
    let mut plan = jalons::builtin::roadmap();
    for (i, (title, _)) in FORMULAS.iter().enumerate() {
        plan.actions.push(Action {
            source: None,
            start: None,
            id: format!("a-formule-{i}"),
            objective: "o-aimf-dakar".to_owned(),
            title: (*title).to_owned(),
            owner: "d-europe".to_owned(),
            co_owners: Vec::new(),
            due: None,
            status: Status::Todo,
            notes: String::new(),
            trip: None,
            checkins: Vec::new(),
        });
    }
    plan
}

#[test]
fn formulas_are_neutralised_in_every_variant_unless_raw() {
    let fixture = Fixture::new(&formula_plan());
    let variants: &[(&[&str], u8, bool)] = &[
        (&[], b',', true),
        (&["--sep", ";", "--bom"], b';', true),
        (&["--excel"], b';', true),
        (&["--sep", "\t"], b'\t', true),
        (&["--raw"], b',', false),
        (&["--excel", "--raw"], b';', false),
    ];
    for (flags, separator, defused) in variants {
        let mut args = vec!["export", "csv", "actions"];
        args.extend_from_slice(flags);
        let sheet = Sheet::parse(&fixture.ok(&args), *separator);
        for (i, (typed, defused_cell)) in FORMULAS.iter().enumerate() {
            let expected = if *defused {
                (*defused_cell).to_owned()
            } else {
                typed.replace('\r', "\n")
            };
            assert_eq!(
                sheet.cell(&format!("a-formule-{i}"), "Intitulé"),
                expected,
                "{typed:?} with {flags:?}"
            );
        }
    }
}

#[test]
fn separator_and_bom_can_be_chosen_on_the_command_line() {
    let fixture = Fixture::new(&scheduled());
    let excel = fixture.ok(&["export", "csv", "actions", "--excel"]);
    let by_hand = fixture.ok(&["export", "csv", "actions", "--sep", ";", "--bom"]);
    assert!(by_hand.starts_with(BOM));
    assert_eq!(by_hand, excel, "--excel is ';' and a BOM");
    let tab = fixture.ok(&["export", "csv", "checklist", "--sep", "\t"]);
    let sheet = Sheet::parse(&tab, b'\t');
    assert_eq!(sheet.head[0], "Déplacement (ID)");
}
