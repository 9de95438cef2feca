//! Status notes, trip dossiers, calendars, spreadsheets and JSON, built from the plan as bytes
//! for the command line and the interface alike. Nothing here prints, reads the clock or the
//! environment: the day and the language come from the caller, so the same plan and day
//! always give the same bytes.
//!
//! Every text from the store is kept as typed and made safe for its format (`text`): control
//! characters shown by symbol and markup escaped in Markdown and HTML, escaped and folded in
//! iCalendar, quoted in CSV, and in JSON with the characters that could drive or spoof a
//! terminal written as `\u` escapes (which a JSON reader decodes back).

mod csv;
mod doc;
mod file;
mod html;
mod ics;
mod json;
mod markdown;
mod names;
mod note;
mod note_health;
pub mod note_ledger;
mod overview;
pub mod revisions;
mod scope;
mod svg;
mod text;
mod trip;
mod typo;

use std::fmt::Write;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

pub use csv::{CsvStyle, CsvTable};
pub use file::{free_name, write_file, write_new};
pub use ics::Deadlines;
pub use json::to_json;
pub use revisions::{Revised, Revisions, Zone};
pub use scope::Scope;

use crate::domain::{Place, Plan, Zoom, locate};
use crate::i18n::{FileKind, IdKind, Lang};

/// Markdown or a self-contained HTML page, for the note and the dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocFormat {
    #[default]
    Markdown,
    Html,
}

impl DocFormat {
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }
}

/// One export, as the command line or the interface's `E` menu asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Export {
    /// The status note; `since` defaults to a week before today.
    Note {
        format: DocFormat,
        scope: Scope,
        since: Option<NaiveDate>,
    },
    /// The dossier of the trip with this ID.
    Trip {
        id: String,
        format: DocFormat,
    },
    /// Trips, dated actions and checklist items as iCalendar.
    Ics {
        deadlines: Deadlines,
    },
    Csv {
        table: CsvTable,
        style: CsvStyle,
    },
    /// The plan, or the part of it in `scope`, in the store's own schema.
    Json {
        scope: Scope,
    },
    /// The timeline alone as an SVG picture, for slides: the whole mandate, or the year,
    /// quarter or month holding `at` (default: today).
    Timeline {
        zoom: Zoom,
        at: Option<NaiveDate>,
    },
}

impl Export {
    /// What the interface's export menu offers; the dossier only with a trip selected.
    pub fn menu(selected_trip: Option<&str>) -> Vec<Self> {
        let mut menu = vec![
            Self::Note {
                format: DocFormat::Html,
                scope: Scope::default(),
                since: None,
            },
            Self::Note {
                format: DocFormat::Markdown,
                scope: Scope::default(),
                since: None,
            },
        ];
        if let Some(id) = selected_trip {
            for format in [DocFormat::Html, DocFormat::Markdown] {
                menu.push(Self::Trip {
                    id: id.to_owned(),
                    format,
                });
            }
        }
        menu.push(Self::Ics {
            deadlines: Deadlines::Events,
        });
        for table in [CsvTable::Actions, CsvTable::Checklist] {
            menu.push(Self::Csv {
                table,
                style: CsvStyle::excel(),
            });
        }
        menu.push(Self::Json {
            scope: Scope::default(),
        });
        menu
    }

    /// A file name for this export made on `today`: `note-2014-09-16.html`,
    /// `dossier-new-york.md`, `jalons.ics`, `actions-2014-09-16.csv`…
    pub fn file_name(&self, today: NaiveDate) -> String {
        let mut name = match self {
            Self::Note { format, .. } => format!("note-{today}.{}", format.extension()),
            Self::Trip { id, format } => format!("dossier-{id}.{}", format.extension()),
            Self::Ics { .. } => "jalons.ics".to_owned(),
            Self::Csv { table, .. } => format!("{}-{today}.csv", table.name()),
            Self::Json { .. } => format!("jalons-{today}.json"),
            Self::Timeline { .. } => format!("frise-{today}.svg"),
        };
        // An ID is the adviser's own text: keep the name a plain file name.
        name.retain(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        name
    }

    /// "Note d'étape (HTML)", for the menu.
    pub fn label(&self, lang: Lang) -> String {
        let text = lang.catalogue().script;
        match self {
            Self::Note { format, .. } => format!("{} ({})", text.note.title, format_name(*format)),
            Self::Trip { id, format } => {
                format!("{} ({})", (text.dossier.title)(id), format_name(*format))
            }
            Self::Ics { .. } => "iCalendar (.ics)".to_owned(),
            Self::Csv { table, .. } => format!("CSV{}{}", text.colon, table.name()),
            Self::Json { .. } => "JSON".to_owned(),
            Self::Timeline { .. } => format!("{} (SVG)", lang.catalogue().glance.mandate_timeline),
        }
    }
}

const fn format_name(format: DocFormat) -> &'static str {
    match format {
        DocFormat::Markdown => "Markdown",
        DocFormat::Html => "HTML",
    }
}

/// Why an export could not be made or written.
#[derive(Debug)]
pub enum ExportError {
    /// No record has this ID.
    Unknown(IdKind, String),
    /// A record has this ID but is not of the kind asked for.
    NotA(IdKind, String),
    /// `-o` names the store itself (or its lock file).
    IntoStore(PathBuf),
    /// Something else than a regular file is at the path: a device, a FIFO, a folder, a link.
    NotAFile(PathBuf, FileKind),
    Write(PathBuf, io::Error),
    /// The calendar's ledger beside the store cannot be read.
    Ledger(io::Error),
}

impl ExportError {
    /// The message in the adviser's language (not yet inert: print it through `inert`).
    pub fn message(&self, lang: Lang) -> String {
        let text = lang.catalogue().script;
        match self {
            Self::Unknown(kind, id) => (text.unknown_id)(*kind, id),
            Self::NotA(kind, id) => (text.not_a)(*kind, id),
            Self::IntoStore(path) => (text.into_store)(&path.display().to_string()),
            Self::NotAFile(path, kind) => (text.not_a_file)(&path.display().to_string(), *kind),
            Self::Write(path, cause) => {
                (text.write_failed)(&path.display().to_string(), &cause.to_string())
            }
            Self::Ledger(cause) => (text.calendar.ledger_unreadable)(&cause.to_string()),
        }
    }
}

/// What an export depends on beyond the plan.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    pub today: NaiveDate,
    pub lang: Lang,
    /// The calendar's ledger: the store's identity and what it last said of each record.
    pub revisions: &'a Revisions,
    /// When the store was last saved: the latest a record found changed can have changed.
    pub saved_at: DateTime<Utc>,
    /// The adviser's time zone, for the moment a to-do was completed.
    pub zone: Zone,
    /// What the previous status note saw: its "since" section compares with it.
    pub previous_note: Option<&'a note_ledger::Snapshot>,
}

impl<'a> Context<'a> {
    /// A context that reads nothing from the system: saved at midnight UTC of `today`, in UTC.
    pub fn fixed(today: NaiveDate, lang: Lang, revisions: &'a Revisions) -> Self {
        Self {
            today,
            lang,
            revisions,
            saved_at: today.and_time(chrono::NaiveTime::MIN).and_utc(),
            zone: Zone::utc(),
            previous_note: None,
        }
    }
}

/// Makes the export `what` of `plan`.
pub fn render(plan: &Plan, cx: &Context, what: &Export) -> Result<Vec<u8>, ExportError> {
    render_keeping(plan, cx, what).map(|(bytes, _)| bytes)
}

/// [`render`], and for the calendar what it moved in the ledger, to be taken in and kept
/// beside the store for the next export.
pub fn render_keeping(
    plan: &Plan,
    cx: &Context,
    what: &Export,
) -> Result<(Vec<u8>, Option<Revised>), ExportError> {
    let (today, lang) = (cx.today, cx.lang);
    let text = match what {
        Export::Note {
            format,
            scope,
            since,
        } => {
            scope.check(plan)?;
            let since = since.unwrap_or_else(|| today - chrono::Days::new(7));
            let note = note::note(plan, today, lang, scope, (since, cx.previous_note));
            doc::render(&note, *format, lang).into_bytes()
        }
        Export::Trip { id, format } => {
            let t = find(plan, id, IdKind::Trip)?;
            doc::render(&trip::dossier(plan, t, today, lang), *format, lang).into_bytes()
        }
        Export::Ics { deadlines } => {
            let (text, moved) = ics::calendar(plan, cx, *deadlines);
            return Ok((text.into_bytes(), Some(moved)));
        }
        Export::Csv { table, style } => csv::table(plan, today, lang, *table, *style),
        Export::Json { scope } => {
            scope.check(plan)?;
            to_json(&scope.view(plan), true)
        }
        Export::Timeline { zoom, at } => {
            overview::slide(plan, today, lang, *zoom, *at).into_bytes()
        }
    };
    Ok((text, None))
}

/// An export made for the adviser, and what could not be kept of the calendar's ledger.
pub struct Produced {
    pub bytes: Vec<u8>,
    /// The ledger could not be written beside the store (a read-only folder): the export is
    /// whole, but a re-export will not look newer to a calendar. Say so.
    pub ledger_not_kept: Option<String>,
}

/// Makes `what` as the command line and the interface do: the calendar with the ledger beside
/// the store at `store_path` (read, then kept up to date), the store's last save as the time
/// of what changed, and the system's time zone.
pub fn produce(
    plan: &Plan,
    store_path: &Path,
    today: NaiveDate,
    lang: Lang,
    what: &Export,
) -> Result<Produced, ExportError> {
    let calendar = matches!(what, Export::Ics { .. });
    let status_note = matches!(what, Export::Note { .. });
    let mut notes = if status_note {
        note_ledger::load(store_path)
    } else {
        note_ledger::NoteLedger::default()
    };
    let mut revisions = if calendar {
        revisions::load(store_path).map_err(ExportError::Ledger)?
    } else {
        Revisions::new("")
    };
    let saved_at = std::fs::metadata(crate::store::resolve(store_path))
        .and_then(|m| m.modified())
        .map_or_else(|_| Utc::now(), DateTime::<Utc>::from);
    let cx = Context {
        today,
        lang,
        revisions: &revisions,
        saved_at,
        zone: Zone::Local,
        previous_note: notes.previous(today),
    };
    let (bytes, moved) = render_keeping(plan, &cx, what)?;
    // The note's view of the plan, for the next one to say what moved since.
    let note_not_kept = status_note
        .then(|| {
            let health = crate::domain::PlanHealth::of(plan, today);
            notes.keep(note_ledger::Snapshot::of(plan, &health, today));
            note_ledger::save(store_path, &notes).err()
        })
        .flatten()
        .map(|e| (lang.catalogue().health.note.not_kept)(&e.to_string()));
    // Written when something moved, or when the ledger is new (its identity must be kept).
    let fresh = calendar && !revisions::path_for(store_path).exists();
    let ledger_not_kept = moved
        .filter(|moved| fresh || !moved.is_empty())
        .and_then(|moved| {
            revisions.apply(moved);
            revisions::save(store_path, &revisions).err()
        })
        .map(|e| (lang.catalogue().script.calendar.ledger_not_kept)(&e.to_string()))
        .or(note_not_kept);
    Ok(Produced {
        bytes,
        ledger_not_kept,
    })
}

/// The position of the record of kind `kind` with this ID.
pub(crate) fn find(plan: &Plan, id: &str, kind: IdKind) -> Result<usize, ExportError> {
    match (locate(plan, id), kind) {
        (Some(Place::Horizon(i)), IdKind::Horizon)
        | (Some(Place::Delegation(i)), IdKind::Delegation)
        | (Some(Place::Trip(i)), IdKind::Trip) => Ok(i),
        (Some(_), _) => Err(ExportError::NotA(kind, id.to_owned())),
        (None, _) => Err(ExportError::Unknown(kind, id.to_owned())),
    }
}

/// "12 oct. 2014 → 15 oct. 2014", one day alone, or "à programmer".
pub(crate) fn trip_dates(trip: &crate::domain::Trip, lang: Lang) -> String {
    let c = lang.catalogue();
    match (trip.start, trip.end) {
        (Some(start), Some(end)) if end != start => {
            let mut s = c.date(start);
            let _ = write!(s, " → {}", c.date(end));
            s
        }
        (Some(start), _) => c.date(start),
        (None, _) => c.script.to_schedule.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_offers_the_dossier_only_with_a_trip_and_names_files_plainly() {
        let today = NaiveDate::from_ymd_opt(2014, 9, 16).expect("a date");
        assert_eq!(Export::menu(None).len(), 6);
        let menu = Export::menu(Some("new-york"));
        assert_eq!(menu.len(), 8);
        let names: Vec<String> = menu.iter().map(|e| e.file_name(today)).collect();
        assert_eq!(
            names,
            [
                "note-2014-09-16.html",
                "note-2014-09-16.md",
                "dossier-new-york.html",
                "dossier-new-york.md",
                "jalons.ics",
                "actions-2014-09-16.csv",
                "checklist-2014-09-16.csv",
                "jalons-2014-09-16.json",
            ]
        );
        let odd = Export::Trip {
            id: "../../etc/x y".to_owned(),
            format: DocFormat::Markdown,
        };
        assert_eq!(odd.file_name(today), "dossier-....etcxy.md");
        assert_eq!(menu[0].label(Lang::Fr), "Note d'étape (HTML)");
        assert_eq!(menu[6].label(Lang::En), "CSV: checklist");
    }
}
