//! Spreadsheets (RFC 4180, UTF-8, CRLF): the actions, or every trip's checklist. Headers and
//! statuses in the interface language, dates as `YYYY-MM-DD` (which spreadsheets read as
//! dates), delegations by ID and by name. Every variant neutralises the cells a spreadsheet
//! would run as formulas (OWASP's rule), unless asked for the raw text; the Excel variant
//! uses the semicolon and the byte-order mark that French spreadsheet software expects.

use chrono::NaiveDate;

use super::names::Names;
use super::text::kept;
use crate::domain::{Due, Plan, Status, is_late, item_due, item_late};
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvTable {
    Actions,
    Checklist,
}

impl CsvTable {
    pub const fn name(self) -> &'static str {
        match self {
            Self::Actions => "actions",
            Self::Checklist => "checklist",
        }
    }
}

/// How the file is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    pub separator: u8,
    /// Starts the file with U+FEFF so spreadsheet software reads it as UTF-8.
    pub bom: bool,
    /// Prefixes with `'` a cell starting with `=`, `+`, `-`, `@`, a tab or a line break,
    /// which a spreadsheet would otherwise run as a formula (a title `=HYPERLINK(…)` becomes
    /// a live link). On unless `--raw`.
    pub defuse_formulas: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        Self {
            separator: b',',
            bom: false,
            defuse_formulas: true,
        }
    }
}

/// What OWASP's CSV injection rule says a cell must not start with.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

impl CsvStyle {
    /// What Excel and `LibreOffice` expect in France: `;`, BOM, no formulas.
    pub const fn excel() -> Self {
        Self {
            separator: b';',
            bom: true,
            defuse_formulas: true,
        }
    }
}

pub fn table(
    plan: &Plan,
    today: NaiveDate,
    lang: Lang,
    table: CsvTable,
    style: CsvStyle,
) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::with_capacity(256 + plan.actions.len() * 300),
        style,
    };
    if style.bom {
        w.out.extend_from_slice("\u{feff}".as_bytes());
    }
    let c = lang.catalogue();
    let t = c.script;
    let names = Names::new(plan, lang);
    let flag = |b: bool| if b { t.yes } else { t.no };
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    match table {
        CsvTable::Actions => {
            w.record(t.calendar.csv_actions.iter().copied());
            for a in &plan.actions {
                let done_on = match a.status {
                    Status::Done { on } => Some(on),
                    _ => None,
                };
                let objective = names.objective(&a.objective);
                let horizon = names
                    .horizon_of(&a.objective)
                    .map_or("", |h| h.label.as_str());
                let trip = a.trip.as_deref().and_then(|id| names.trip(id));
                // Names may hold a comma ("Développement économique, commerce"): `;` between.
                let co_owners: Vec<&str> =
                    a.co_owners.iter().map(|d| names.owner_name(d)).collect();
                w.record([
                    a.id.as_str(),
                    &a.title,
                    horizon,
                    objective.map_or("", |o| o.title.as_str()),
                    &a.owner,
                    names.owner_name(&a.owner),
                    names.holder(&a.owner),
                    &a.co_owners.join(", "),
                    &co_owners.join("; "),
                    &day(a.due),
                    (c.action_status)(a.status),
                    &day(done_on),
                    flag(is_late(a.due, a.status.is_done(), today)),
                    trip.map_or("", |t| t.destination.as_str()),
                    &a.notes,
                ]);
            }
        }
        CsvTable::Checklist => {
            w.record(t.calendar.csv_checklist.iter().copied());
            for trip in &plan.trips {
                for item in &trip.checklist {
                    let due = item_due(trip, item);
                    let late = item_late(trip, item, today);
                    let state = if item.done_on.is_some() {
                        c.script.dossier.item_done_short
                    } else {
                        c.script.dossier.item_open
                    };
                    let owner = item.owner.as_deref().unwrap_or("");
                    // "J-60" stays said while the trip has no dates, and beside its day after.
                    let rule = match item.due {
                        Some(Due::DaysBefore(n)) => (c.days_before)(n),
                        _ => String::new(),
                    };
                    w.record([
                        trip.id.as_str(),
                        &trip.destination,
                        (c.trip_status)(trip.status),
                        &day(trip.start),
                        &item.id,
                        &item.label,
                        owner,
                        names.owner_name(owner),
                        &rule,
                        &day(due),
                        state,
                        &day(item.done_on),
                        flag(late),
                    ]);
                }
            }
        }
    }
    w.out
}

struct Writer {
    out: Vec<u8>,
    style: CsvStyle,
}

impl Writer {
    fn record<'a>(&mut self, fields: impl IntoIterator<Item = &'a str>) {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.out.push(self.style.separator);
            }
            self.field(field);
        }
        self.out.extend_from_slice(b"\r\n");
    }

    /// Kept (`super::text`), quoted when it holds the separator, a quote or a line break,
    /// quotes doubled.
    fn field(&mut self, text: &str) {
        let text = kept(text);
        let defuse = self.style.defuse_formulas && text.starts_with(FORMULA_STARTS);
        let quote = defuse
            || text
                .bytes()
                .any(|b| b == self.style.separator || matches!(b, b'"' | b'\n' | b'\r'));
        if quote {
            self.out.push(b'"');
        }
        if defuse {
            self.out.push(b'\'');
        }
        for b in text.bytes() {
            if b == b'"' {
                self.out.push(b'"');
            }
            self.out.push(b);
        }
        if quote {
            self.out.push(b'"');
        }
    }
}
