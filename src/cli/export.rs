//! `jalons export note|trip|ics|csv|json|timeline`: the exports of `crate::export`, to stdout or, with
//! `-o FILE`, written atomically (never over the store).

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;

use super::args::{CsvTableArg, DocFormatArg, ExportArgs, ExportCommand, ZoomArg};
use super::{display_path, emit};
use crate::domain::Zoom;
use crate::export::{self, CsvStyle, CsvTable, DocFormat, Export, Scope};
use crate::i18n::Lang;
use crate::store::Store;

pub fn run(
    path: &Path,
    lang: Lang,
    today: NaiveDate,
    args: &ExportArgs,
) -> anyhow::Result<ExitCode> {
    let (_, plan) = Store::open(path)?;
    let what = export_of(&args.what);
    let bytes = export::render(&plan, today, lang, &what).map_err(|e| anyhow!(e.message(lang)))?;
    match &args.output {
        None => emit(&bytes)?,
        Some(file) => {
            export::write_file(file, &bytes, path).map_err(|e| anyhow!(e.message(lang)))?;
            eprintln!("{}", (lang.catalogue().script.written)(&display_path(file)));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn export_of(command: &ExportCommand) -> Export {
    let format = |f: &DocFormatArg| match f {
        DocFormatArg::Md => DocFormat::Markdown,
        DocFormatArg::Html => DocFormat::Html,
    };
    match command {
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
            since: *since,
        },
        ExportCommand::Trip { id, format: f } => Export::Trip {
            id: id.clone(),
            format: format(f),
        },
        ExportCommand::Ics => Export::Ics,
        ExportCommand::Csv {
            table,
            excel,
            sep,
            bom,
        } => Export::Csv {
            table: match table {
                CsvTableArg::Actions => CsvTable::Actions,
                CsvTableArg::Checklist => CsvTable::Checklist,
            },
            style: if *excel {
                CsvStyle::excel()
            } else {
                CsvStyle {
                    separator: sep.unwrap_or(b','),
                    bom: *bom,
                    defuse_formulas: false,
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
    }
}
