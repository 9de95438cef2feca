//! `jalons export note|trip|ics|csv|json|timeline`: the exports of `crate::export`, to stdout
//! (or `-o -`) or, with `-o FILE`, written atomically into a regular file (never over the store,
//! never into a device, a FIFO, a folder or through a link).

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;

use super::args::{CsvTableArg, DeadlinesArg, DocFormatArg, ExportArgs, ExportCommand, ZoomArg};
use super::{display_path, emit};
use crate::domain::Zoom;
use crate::export::{self, CsvStyle, CsvTable, Deadlines, DocFormat, Export, Scope};
use crate::i18n::Lang;
use crate::store::Store;

pub fn run(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    args: &ExportArgs,
) -> anyhow::Result<ExitCode> {
    let (_, plan) = Store::open(path)?;
    let what = export_of(&args.what, today, lang)?;
    let made = export::produce(&plan, path, today, lang, &what)
        .map_err(|e| super::suggest::export_error(&e, &plan, lang))?;
    if let Some(warning) = &made.ledger_not_kept {
        eprintln!("jalons: {}", crate::sanitize::inert(warning));
    }
    let bytes = made.bytes;
    match &args.output {
        None => emit(&bytes)?,
        Some(file) if file.as_os_str() == "-" => emit(&bytes)?,
        Some(file) => {
            export::write_file(file, &bytes, path).map_err(|e| anyhow!(e.message(lang)))?;
            eprintln!("{}", (lang.catalogue().script.written)(&display_path(file)));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn export_of(command: &ExportCommand, today: NaiveDate, lang: Lang) -> anyhow::Result<Export> {
    let format = |f: &DocFormatArg| match f {
        DocFormatArg::Md => DocFormat::Markdown,
        DocFormatArg::Html => DocFormat::Html,
    };
    Ok(match command {
        ExportCommand::Note {
            format: f,
            horizon,
            owner,
            since,
        } => Export::Note {
            format: format(f),
            scope: Scope {
                horizon: horizon.clone(),
                owner: owner.clone(),
            },
            since: match since {
                Some(day) => Some(day.resolve(today).map_err(|e| {
                    super::usage_error(lang, "export note", &e.message(lang.catalogue()))
                })?),
                None => None,
            },
        },
        ExportCommand::Trip { id, format: f } => Export::Trip {
            id: id.clone(),
            format: format(f),
        },
        ExportCommand::Ics { deadlines } => Export::Ics {
            deadlines: match deadlines {
                DeadlinesArg::Events => Deadlines::Events,
                DeadlinesArg::Todos => Deadlines::Todos,
            },
        },
        ExportCommand::Csv {
            table,
            excel,
            sep,
            bom,
            raw,
        } => Export::Csv {
            table: match table {
                CsvTableArg::Actions => CsvTable::Actions,
                CsvTableArg::Checklist => CsvTable::Checklist,
            },
            style: CsvStyle {
                defuse_formulas: !*raw,
                ..if *excel {
                    CsvStyle::excel()
                } else {
                    CsvStyle {
                        separator: sep.unwrap_or(b','),
                        bom: *bom,
                        ..CsvStyle::default()
                    }
                }
            },
        },
        // SVG is the one picture format.
        ExportCommand::Timeline {
            format: _,
            zoom,
            at,
        } => Export::Timeline {
            zoom: match zoom {
                ZoomArg::Mandate => Zoom::Mandate,
                ZoomArg::Year => Zoom::Year,
                ZoomArg::Quarter => Zoom::Quarter,
                ZoomArg::Month => Zoom::Month,
            },
            at: *at,
        },
        ExportCommand::Json { horizon, owner } => Export::Json {
            scope: Scope {
                horizon: horizon.clone(),
                owner: owner.clone(),
            },
        },
    })
}
