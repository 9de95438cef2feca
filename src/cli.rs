//! The command line: the interface by default, and subcommands for scripts, sharing the
//! domain and the store with the interface.

mod agenda;
mod args;
mod check;
mod checkin;
mod checkins;
mod completions;
mod conflicts;
mod day;
mod done;
mod export;
mod failure;
mod ids;
mod init;
mod lang;
mod list;
mod localize;
mod log;
mod man;
mod merge_driver;
mod restore;
mod suggest;
mod sync;
mod table;
mod who;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::FromArgMatches;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Here for the subcommands, which show paths too; it lives below the interface and them.
pub use crate::sanitize::display_path;
pub use args::{Cli, Command};
pub use localize::command;

use std::io::IsTerminal;

use crate::app::{Model, NoticeKind};
use crate::builtin;
use crate::config::{self, Config, Theme};
use crate::domain::PlanIndex;
use crate::i18n::{FrenchErrors, Lang};
use crate::sanitize::inert;
use crate::store::{self, Store};

/// Runs the command line; errors are printed inert, on stderr, with a non-zero exit: 2 for
/// a command line that makes no sense (clap's usage errors, a filter a list cannot apply) or
/// an interface started without a terminal, 1 for everything else (an unknown ID, a store
/// that cannot be read, a file not written). The interface's own exit statuses are
/// `runtime::Ending`'s. Everything is said in the language of `--lang`, `JALONS_LANG`,
/// config.toml or the locale, clap's help and usage errors included.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let early = lang::Early::read(&args);
    let mut command = command(early.lang);
    let cli = match command
        .try_get_matches_from_mut(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(usage) => usage_exit(usage, early.lang),
    };
    let lang = cli.lang_with(early.configured);
    let place = cli.store_path(lang);
    match run(&cli, lang, &early, place) {
        Ok(code) => code,
        Err((e, path)) => match e.downcast::<clap::Error>() {
            Ok(usage) => usage_exit(usage, lang),
            Err(e) => {
                let place = path.as_deref().map(|path| failure::StorePlace {
                    path,
                    named: cli.store.is_some(),
                });
                let text = inert_lines(&failure::describe(&e, lang, place.as_ref()));
                // Not eprintln!, which panics when stderr is a terminal that has gone.
                let _ = writeln!(std::io::stderr(), "jalons: {text}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Prints clap's error (or help) in `lang` and exits: 2 for an error, 0 for the help.
fn usage_exit(error: clap::Error, lang: Lang) -> ! {
    match lang.command_line().clap {
        Some(_) => error.apply::<FrenchErrors>().exit(),
        None => error.exit(),
    }
}

/// A usage error of the subcommand at `path` ("list", "export note"), printed by clap with
/// its usage line, exit code 2.
pub(crate) fn usage_error(lang: Lang, path: &str, message: &str) -> anyhow::Error {
    let mut cli = command(lang);
    let command = path.split(' ').fold(&mut cli, |c, name| {
        c.find_subcommand_mut(name).expect("a known subcommand")
    });
    if lang.command_line().clap.is_none() {
        return command
            .error(ErrorKind::InvalidValue, inert(message))
            .into();
    }
    let usage = command.render_usage();
    let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(command);
    error.insert(
        ContextKind::Custom,
        ContextValue::String(inert(message).into_owned()),
    );
    error.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
    error.into()
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

/// Runs the command; a failure comes with the store's path when it was known, so that a
/// store not made yet can say how to make it.
fn run(
    cli: &Cli,
    lang: Lang,
    early: &lang::Early,
    path: anyhow::Result<std::path::PathBuf>,
) -> Result<ExitCode, (anyhow::Error, Option<std::path::PathBuf>)> {
    // What needs no store, and must not say anything on stderr (`ids` runs under a shell's
    // completion).
    match &cli.command {
        Some(Command::Completions { shell }) => {
            return completions::run(*shell, lang).map_err(|e| (e, None));
        }
        Some(Command::Man { command }) => return man::run(command, lang).map_err(|e| (e, None)),
        Some(Command::Ids { kind }) => {
            let path = path.map_err(|e| (e, None))?;
            return Ok(ids::run(&path, *kind));
        }
        _ => {}
    }
    let path = path.map_err(|e| (e, None))?;
    // The interface asks what to do with a configuration it cannot read; a command goes on
    // without it, and says so.
    if !matches!(cli.command, None | Some(Command::MergeDriver { .. }))
        && let Some(error) = &early.config_error
    {
        let why = inert_lines(&failure::os_errors(&error.to_string(), lang));
        let _ = writeln!(
            std::io::stderr(),
            "jalons: {}",
            (lang.command_line().config_ignored)(&why)
        );
    }
    run_on(cli, lang, &path).map_err(|e| (e, Some(path)))
}

fn run_on(cli: &Cli, lang: Lang, path: &Path) -> anyhow::Result<ExitCode> {
    store::set_program(&program(cli.command.as_ref()));
    // The interface shows it in its status bar; `init` writes a private file anyway.
    if !matches!(
        cli.command,
        None | Some(Command::Init { .. } | Command::MergeDriver { .. })
    ) && let Some(warning) = store::permission_warning(path)
    {
        eprintln!("jalons: {warning}");
    }
    match &cli.command {
        None => interface(cli, path, lang),
        Some(Command::Init { empty, force }) => init::run(path, lang, *empty, *force),
        Some(Command::Check) => check::run(path, lang, cli.today()),
        Some(Command::List(args)) => list::run(path, lang, cli.today(), args),
        Some(Command::Done { undo, ids }) => done::run(path, lang, cli.today(), ids, *undo),
        Some(Command::Agenda(args)) => agenda::run(path, lang, cli.today(), args),
        Some(Command::CheckIn(args)) => checkin::run(path, lang, cli.today(), args),
        Some(Command::CheckIns(args)) => checkins::list(path, lang, cli.today(), args),
        Some(Command::Stale(args)) => checkins::stale(path, lang, cli.today(), args),
        Some(Command::Export(args)) => export::run(path, lang, cli.today(), args),
        Some(Command::Restore { which }) => restore::run(path, lang, which.as_deref()),
        Some(Command::Sync { command }) => sync::run(path, lang, command.as_ref()),
        Some(Command::Conflicts { json, command }) => {
            conflicts::run(path, lang, *json, command.as_ref())
        }
        Some(Command::Log { id, json, all }) => log::run(path, id, *json, *all),
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
        Some(Command::Completions { .. } | Command::Man { .. } | Command::Ids { .. }) => {
            unreachable!("run without a store")
        }
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
        Command::CheckIn(_) => "checkin",
        Command::CheckIns(_) => "checkins",
        Command::Stale(_) => "stale",
        Command::Export(_) => "export",
        Command::Restore { .. } => "restore",
        Command::MergeDriver { .. } => "merge-driver",
        Command::Sync { .. } => "sync",
        Command::Conflicts { .. } => "conflicts",
        Command::Log { .. } => "log",
        Command::Completions { .. } => "completions",
        Command::Man { .. } => "man",
        Command::Ids { .. } => "ids",
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
    // Who the adviser is takes a `git` of its own: asked while the store is read.
    let asking = {
        let path = path.to_path_buf();
        std::thread::spawn(move || who::adviser(&path))
    };
    let (mut store, plan, created, index) =
        Store::open_or_create_then(path, builtin::roadmap, |plan| PlanIndex::build(plan, today))?;
    store.set_backups(config.backups);
    store.set_waiting(false);
    let mut model = Model::with_index(plan, index, today, lang, display_path(path));
    model.follows_clock = cli.today.is_none();
    model.adviser = asking.join().unwrap_or_default();
    let exports = config.export_folder();
    model.exports = crate::app::ExportPlace::new(exports.clone(), display_path(&exports));
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
