//! The `E` menu: what can be written, into which folder, under which name. The folder is
//! `export_dir` from config.toml (else the documents folder, else the current one) and is
//! shown before anything is chosen; a name already taken there gets a number ("note (2).html")
//! rather than being written over. Which names are free is the runtime's to look up: the
//! menu opens once it has.

use std::path::PathBuf;

use super::model::{Mode, Model};
use super::msg::{Cmd, Msg};
use super::update::{delta, moved};
use crate::export::Export;

/// Where the menu writes, and the names its exports get there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportPlace {
    pub dir: PathBuf,
    /// The folder as shown: "~/Documents".
    pub shown: String,
    /// For each entry of the menu, the name its file gets: the first free one, looked up
    /// when the menu opens.
    pub names: Vec<String>,
}

impl ExportPlace {
    pub fn new(dir: PathBuf, shown: String) -> Self {
        Self {
            dir,
            shown,
            names: Vec::new(),
        }
    }
}

/// The exports offered here: the dossier only when a trip is selected.
pub fn exports(model: &Model) -> Vec<Export> {
    let trip = (model.screen == super::screen::Screen::Trips)
        .then(|| model.review.trip(&model.index))
        .flatten()
        .map(|t| model.plan.trips[t].id.as_str());
    Export::menu(trip)
}

/// `E`: the runtime looks which names are free, then [`names_found`] opens the menu.
pub const fn open() -> Cmd {
    Cmd::LookUpExportNames
}

/// The free names, one per entry of the menu: the menu opens on the first entry.
pub fn names_found(model: &mut Model, names: Vec<String>) {
    model.exports.names = names;
    model.mode = Mode::Export { row: 0 };
}

/// The name the file of entry `row` gets.
pub fn export_file_name(model: &Model, row: usize, export: &Export) -> String {
    model
        .exports
        .names
        .get(row)
        .cloned()
        .unwrap_or_else(|| export.file_name(model.today))
}

pub fn menu_msg(model: &mut Model, row: usize, msg: &Msg) -> Cmd {
    let choices = exports(model);
    if let Some(delta) = delta(msg) {
        model.mode = Mode::Export {
            row: moved(row, delta, choices.len()),
        };
        return Cmd::None;
    }
    match msg {
        Msg::Drill | Msg::Submit => {
            model.mode = Mode::Browse;
            if let Some(export) = choices.into_iter().nth(row) {
                return Cmd::Export(export);
            }
        }
        Msg::Close | Msg::Back => model.mode = Mode::Browse,
        _ => {}
    }
    Cmd::None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::update;
    use crate::i18n::Lang;

    fn model() -> Model {
        let today = "2014-09-16".parse().expect("a date");
        Model::new(crate::builtin::roadmap(), today, Lang::Fr, String::new())
    }

    #[test]
    fn the_menu_opens_once_the_free_names_are_known_and_writes_the_chosen_entry() {
        let mut model = model();
        assert_eq!(update(&mut model, Msg::ExportMenu), Cmd::LookUpExportNames);
        assert_eq!(model.mode, Mode::Browse, "not before the names are known");
        let names: Vec<String> = exports(&model)
            .iter()
            .enumerate()
            .map(|(i, e)| format!("{i}-{}", e.file_name(model.today)))
            .collect();
        update(&mut model, Msg::ExportNames(names.clone()));
        assert_eq!(model.mode, Mode::Export { row: 0 });
        let menu = exports(&model);
        for (i, export) in menu.iter().enumerate() {
            assert_eq!(export_file_name(&model, i, export), names[i]);
        }
        update(&mut model, Msg::Down);
        assert_eq!(update(&mut model, Msg::Drill), Cmd::Export(menu[1].clone()));
        assert_eq!(model.mode, Mode::Browse);
    }
}
