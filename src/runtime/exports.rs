//! The `E` menu's file work: which names are free in the export folder, and writing the
//! chosen export there, never over a file (a taken name gets a number: "note (2).html").

use std::path::Path;

use crate::app::{Cmd, Model, Msg, NoticeKind, exports, update};
use crate::export::{free_name, produce, write_new};

/// Looks up, for each entry of the menu, the first free name in the export folder.
pub fn look_up_names(model: &mut Model) -> Cmd {
    let dir = &model.exports.dir;
    let names = exports(model)
        .iter()
        .map(|e| free_name(dir, &e.file_name(model.today)))
        .collect();
    update(model, Msg::ExportNames(names))
}

/// Renders `export` and writes it into the export folder under a free name.
pub fn write(model: &mut Model, store: &Path, export: &crate::export::Export) -> Cmd {
    let lang = model.lang;
    let name = export.file_name(model.today);
    let mut warning = None;
    let outcome = produce(&model.plan, store, model.today, lang, export)
        .and_then(|made| {
            warning = made.ledger_not_kept;
            write_new(&model.exports.dir, &name, &made.bytes, store)
        })
        .map(|path| crate::sanitize::display_path(&path))
        .map_err(|e| crate::sanitize::inert(&e.message(lang)).into_owned());
    let cmd = update(model, Msg::Exported(outcome));
    if let Some(warning) = warning {
        // The file is written; what could not be kept says so after.
        let warning = crate::sanitize::inert(&warning).into_owned();
        model.notify(NoticeKind::Error, warning);
    }
    cmd
}
