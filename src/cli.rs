//! The command line: the interface by default, and subcommands for scripts, sharing the
//! domain and the store with the interface.

mod agenda;
mod args;
mod check;
mod conflicts;
mod done;
mod export;
mod init;
mod list;
mod log;
mod merge_driver;
mod restore;
mod sync;
mod table;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

/// Here for the subcommands, which show paths too; it lives below the interface and them.
pub use crate::sanitize::display_path;
pub use args::{Cli, Command};

use std::io::IsTerminal;

use crate::app::{Model, NoticeKind};
use crate::builtin;
use crate::config::{self, Config, Theme};
use crate::domain::PlanIndex;
use crate::i18n::Lang;
use crate::sanitize::inert;
use crate::store::{self, Store};

/// Runs the command line; errors are printed inert, on stderr, with a non-zero exit: 2 for
/// a command line that makes no sense (clap's usage errors, a filter a list cannot apply) or
/// an interface started without a terminal, 1 for everything else (an unknown ID, a store
/// that cannot be read, a file not written). The interface's own exit statuses are
/// `runtime::Ending`'s.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => match e.downcast::<clap::Error>() {
            Ok(usage) => usage.exit(),
            Err(e) => {
                // Not eprintln!, which panics when stderr is a terminal that has gone.
                let text = inert_lines(&format!("{e:#}"));
                let _ = writeln!(std::io::stderr(), "jalons: {text}");
                ExitCode::FAILURE
            }
        },
    }
}

/// A usage error of the subcommand `sub`, printed by clap with its usage line, exit code 2.
pub(crate) fn usage_error(sub: &str, message: &str) -> anyhow::Error {
    let mut cli = Cli::command();
    cli.build();
    let command = cli.find_subcommand_mut(sub).expect("a known subcommand");
    command
        .error(clap::error::ErrorKind::InvalidValue, inert(message))
        .into()
}

/// Writes to stdout; a reader that went away (`| head`) is not an error.
pub(crate) fn emit(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => Ok(result?),
    }
}

fn inert_lines(text: &str) -> String {
    crate::sanitize::inert_lines(text).into_owned()
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let path = cli.store_path()?;
    let lang = cli.lang();
    store::set_program(&program(cli.command.as_ref()));
    // The interface shows it in its status bar; `init` writes a private file anyway.
    if !matches!(
        cli.command,
        None | Some(Command::Init { .. } | Command::MergeDriver { .. })
    ) && let Some(warning) = store::permission_warning(&path)
    {
        eprintln!("jalons: {warning}");
    }
    match &cli.command {
        None => interface(cli, &path, lang),
        Some(Command::Init { empty, force }) => init::run(&path, lang, *empty, *force),
        Some(Command::Check) => check::run(&path, lang, cli.today()),
        Some(Command::List(args)) => list::run(&path, lang, cli.today(), args),
        Some(Command::Done { undo, ids }) => done::run(&path, lang, cli.today(), ids, *undo),
        Some(Command::Agenda(args)) => agenda::run(&path, lang, cli.today(), args),
        Some(Command::Export(args)) => export::run(&path, lang, cli.today(), args),
        Some(Command::Restore { which }) => restore::run(&path, lang, which.as_deref()),
        Some(Command::Sync { command }) => sync::run(&path, command.as_ref()),
        Some(Command::Conflicts { json, command }) => {
            conflicts::run(&path, lang, *json, command.as_ref())
        }
        Some(Command::Log { id, json, all }) => log::run(&path, id, *json, *all),
        Some(Command::MergeDriver {
            virtual_base,
            base,
            ours,
            theirs,
            name,
        }) => Ok(merge_driver::run(
            base,
            ours,
            theirs,
            name.as_deref(),
            *virtual_base,
        )),
    }
}

/// What this process is called in the store's lock: "jalons interface", "jalons done"…
fn program(command: Option<&Command>) -> String {
    let name = command.map_or("interface", |c| match c {
        Command::Init { .. } => "init",
        Command::Check => "check",
        Command::List(_) => "list",
        Command::Done { .. } => "done",
        Command::Agenda(_) => "agenda",
        Command::Export(_) => "export",
        Command::Restore { .. } => "restore",
        Command::MergeDriver { .. } => "merge-driver",
        Command::Sync { .. } => "sync",
        Command::Conflicts { .. } => "conflicts",
        Command::Log { .. } => "log",
    });
    format!("jalons {name}")
}

fn interface(cli: &Cli, path: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    // Everything that can fail fails here, before the terminal is touched.
    let Some(config) = settings(cli, lang)? else {
        return Ok(ExitCode::FAILURE);
    };
    let lang = cli.lang_with(config.lang);
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        // A store that cannot be read is still said first; none is created for an
        // interface that cannot run.
        if std::fs::symlink_metadata(path).is_ok() {
            Store::open(path)?;
        }
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            lang.catalogue().leaving.no_terminal
        );
        return Ok(ExitCode::from(2));
    }
    let today = cli.today();
    let (mut store, plan, created, index) =
        Store::open_or_create_then(path, builtin::roadmap, |plan| PlanIndex::build(plan, today))?;
    store.set_backups(config.backups);
    store.set_waiting(false);
    let mut model = Model::with_index(plan, index, today, lang, display_path(path));
    model.follows_clock = cli.today.is_none();
    let no_colour = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    model.monochrome = config.theme == Theme::Monochrome || no_colour;
    if created {
        let text = (lang.catalogue().cli.first_run)(&display_path(path));
        model.notify(NoticeKind::Info, text);
    } else if let Some(warning) = store::permission_warning_in(path, lang) {
        model.notify(NoticeKind::Error, warning);
    }
    let every = (config.sync.interval_minutes > 0)
        .then(|| std::time::Duration::from_secs(u64::from(config.sync.interval_minutes) * 60));
    let ending = crate::runtime::run(model, store, config.mouse && !cli.no_mouse, every)?;
    Ok(ending.exit_code())
}

/// The adviser's settings. A file that cannot be read is reported with its line; then the
/// defaults are used if `--default-config` says so or the adviser agrees, else `None`.
fn settings(cli: &Cli, lang: Lang) -> anyhow::Result<Option<Config>> {
    let Some(path) = cli.config.clone().or_else(config::default_path) else {
        return Ok(Some(Config::default()));
    };
    let error = match config::load(&path) {
        Ok(config) => return Ok(Some(config)),
        Err(error) => error,
    };
    let t = &lang.catalogue().cli;
    eprintln!("jalons: {error}");
    if cli.default_config {
        eprintln!("{}", t.config_defaults);
        return Ok(Some(Config::default()));
    }
    if !std::io::stdin().is_terminal() {
        eprintln!("{}", t.config_hint);
        return Ok(None);
    }
    eprint!("{} ", t.config_ask);
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    let yes = matches!(
        answer.trim().to_lowercase().as_str(),
        "o" | "oui" | "y" | "yes"
    );
    Ok(yes.then(Config::default))
}
