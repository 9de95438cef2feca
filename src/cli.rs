//! The command line: the interface by default, and subcommands for scripts, sharing the
//! domain and the store with the interface.

mod args;
mod check;
mod init;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

pub use args::{Cli, Command};

use crate::app::{Model, NoticeKind};
use crate::builtin;
use crate::i18n::Lang;
use crate::sanitize::inert;
use crate::store::Store;

/// Runs the command line; errors are printed inert, on stderr, with a non-zero exit.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("jalons: {}", inert_lines(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

fn inert_lines(text: &str) -> String {
    crate::sanitize::inert_lines(text).into_owned()
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let path = cli.store_path()?;
    let lang = cli.lang();
    match &cli.command {
        None => interface(cli, &path, lang),
        Some(Command::Init { empty, force }) => init::run(&path, lang, *empty, *force),
        Some(Command::Check) => check::run(&path, lang, cli.today()),
    }
}

fn interface(cli: &Cli, path: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    // Everything that can fail on the store fails here, before the terminal is touched.
    let (store, plan, created) = Store::open_or_create(path, builtin::roadmap)?;
    let mut model = Model::new(plan, cli.today(), lang, display_path(path));
    if created {
        let text = (lang.catalogue().cli.first_run)(&display_path(path));
        model.notify(NoticeKind::Info, text);
    }
    crate::runtime::run(model, store)?;
    Ok(ExitCode::SUCCESS)
}

/// The path as shown to the adviser: inert, with the home folder as `~`.
pub fn display_path(path: &Path) -> String {
    let shown = directories::BaseDirs::new()
        .and_then(|dirs| {
            path.strip_prefix(dirs.home_dir())
                .ok()
                .map(|rest| PathBuf::from("~").join(rest))
        })
        .unwrap_or_else(|| path.to_path_buf());
    inert(&shown.display().to_string()).into_owned()
}
