use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use super::day::{DayArg, day_parser, today_parser};
use crate::i18n::Lang;

/// A keyboard-driven roadmap for a city's international-relations cabinet.
///
/// Without a command, opens the interface on the store (created from the built-in roadmap,
/// the Mayor of Paris's note of 16 May 2014, on first run).
#[derive(Debug, Parser)]
#[command(name = "jalons", version, about)]
pub struct Cli {
    /// The store file [default: roadmap.json in the user's data directory]
    #[arg(long, global = true, env = "JALONS_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,

    /// The day to take as today: 2014-09-16, 16/09/2014, +10, today…, 1950 to 2150 [default:
    /// the system date, followed past midnight]
    #[arg(long, global = true, env = "JALONS_TODAY", value_name = "DATE",
          value_parser = today_parser(Lang::En), allow_hyphen_values = true)]
    pub today: Option<NaiveDate>,

    /// Interface language [default: lang in config.toml, else French when LANG starts with fr,
    /// else English]
    #[arg(long, global = true, env = "JALONS_LANG", value_enum)]
    pub lang: Option<Lang>,

    /// The configuration file [default: config.toml in the user's configuration directory]
    #[arg(long, env = "JALONS_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Start with the default settings when the configuration file cannot be read
    #[arg(long)]
    pub default_config: bool,

    /// No mouse: clicks and the wheel are left to the terminal (for selecting text)
    #[arg(long)]
    pub no_mouse: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the built-in roadmap (or an empty one) to the store
    Init {
        /// Start from an empty roadmap instead of the built-in one
        #[arg(long)]
        empty: bool,
        /// Replace an existing store (a timestamped backup is kept beside it)
        #[arg(long)]
        force: bool,
    },
    /// Read and validate the store; exit 0 with a summary if it is sound
    Check,
    /// List objectives, actions, trips or delegations: a table, or JSON with --json
    List(ListArgs),
    /// Mark actions or checklist items done today; with --undo, back to to-do
    Done {
        /// Set them back to to-do instead
        #[arg(long)]
        undo: bool,
        /// IDs of actions or checklist items
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// What is late and what falls due, grouped like the Échéances screen
    Agenda(AgendaArgs),
    /// Say where an action or objective stands: a dated check-in, its health and words
    ///
    /// The health is on-track, at-risk or off-track; a first check-in needs one, a later one
    /// keeps the last unless told. Words are required when the health is not on track or
    /// changes. Dated today unless --on says an earlier day.
    #[command(name = "checkin")]
    CheckIn(CheckInArgs),
    /// The check-ins of a record (or of all), newest first
    #[command(name = "checkins")]
    CheckIns(CheckInsArgs),
    /// The open actions to update: an update expected and none recent, by owner, the oldest
    /// first (the weekly review's "À mettre à jour", for a mail from cron)
    Stale(StaleArgs),
    /// Status note, trip dossier, calendar, spreadsheet or JSON, to stdout or a file
    Export(ExportArgs),
    /// List the backups kept beside the store, or restore one (the current file is kept first)
    ///
    /// Without an argument, lists each backup with its size, its number of actions and whether
    /// it passes `check`. With one, restores it: a backup that is not a sound store is refused
    /// and nothing is touched; otherwise the current store is copied to
    /// roadmap.json.YYYYMMDD-HHMMSS.bak, then replaced atomically, under the lock.
    Restore {
        /// A backup's date (YYYY-MM-DD) or stamp as listed, or the path of a file
        #[arg(value_name = "DATE|FILE")]
        which: Option<String>,
    },
    /// Share the roadmap through git: with no subcommand, commit, fetch, merge, push
    ///
    /// Exit 0 synced, 3 offline (the local commit is kept to send next time), 1 an error,
    /// 2 when it cannot start (no git or git older than 2.38, the store not shared).
    Sync {
        #[command(subcommand)]
        command: Option<super::sync::SyncCommand>,
    },
    /// What syncs could not settle (the published value kept, ours set aside), kept until
    /// settled; `resolve N --mine|--theirs` settles one
    Conflicts {
        /// Print them as JSON
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        command: Option<super::conflicts::ConflictsCommand>,
    },
    /// Who changed a record and when, newest first, from the commits of `jalons sync`
    ///
    /// Reads the journal lines jalons writes in its commit messages (`* ID field: old → new`).
    /// Exit 1 when the store is not in a git repository, or when the ID is neither in the
    /// store nor in its history (a deleted record's history is still shown).
    Log {
        /// The record's ID (action, objective, horizon, trip, delegation…)
        id: String,
        /// JSON for scripts: an array of {commit, author, date, change}
        #[arg(long)]
        json: bool,
        /// Also list the commits that changed the store without jalons (by hand)
        #[arg(long)]
        all: bool,
    },
    /// git's merge driver for the store: merges by record and field, never by lines
    ///
    /// Registered as `git -c merge.jalons.driver='jalons merge-driver %O %A %B %P'` with
    /// `roadmap.json merge=jalons` in .gitattributes. Writes the merged store over OURS and
    /// exits 0; exits 1 and writes nothing when a side is not a store this jalons reads. The
    /// conflicts (published value kept, ours set aside) are appended as JSON lines to
    /// `$JALONS_SYNC_REPORT` when it is set.
    MergeDriver {
        /// A merge of merge bases (git's recursive strategy): nothing is reported
        #[arg(long = "virtual")]
        virtual_base: bool,
        /// The common ancestor's version (%O)
        base: PathBuf,
        /// Our version (%A), replaced by the merge
        ours: PathBuf,
        /// The version being merged in (%B)
        theirs: PathBuf,
        /// The file's name in the repository (%P), for messages
        name: Option<String>,
    },
    /// Shell completion script for bash, zsh or fish (IDs completed from the store)
    ///
    /// bash: jalons completions bash > ~/.local/share/bash-completion/completions/jalons
    /// zsh: jalons completions zsh > ~/.zfunc/_jalons (with ~/.zfunc in fpath, before compinit)
    /// fish: jalons completions fish > ~/.config/fish/completions/jalons.fish
    ///
    /// IDs (after --owner, --horizon, done, export trip, log) are read from the store when
    /// completing, through `jalons ids`: they are always current.
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: Shell,
    },
    /// The manual page, in roff, in the interface language: jalons man | man -l -
    Man {
        /// A command's page (jalons-list(1), jalons-export-note(1)…) instead of jalons's
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
    /// The store's IDs, one a line, then a tab and the title: for completion scripts
    #[command(hide = true)]
    Ids {
        /// Which IDs
        #[arg(value_enum)]
        kind: IdsKind,
    },
}

/// The shells `jalons completions` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// The IDs an argument takes, for `jalons ids`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IdsKind {
    Horizons,
    Delegations,
    Trips,
    /// Actions and checklist items: what `done` ticks.
    Tickable,
    /// Actions and objectives: what `checkin` checks in on.
    Checkable,
    /// Every record: what `log` takes.
    All,
}

#[derive(Debug, Args)]
#[allow(clippy::doc_markdown)] // clap help text, not rustdoc
pub struct ListArgs {
    /// What to list
    #[arg(value_enum)]
    pub what: ListKind,
    /// Only what falls under this horizon
    #[arg(long, value_name = "ID")]
    pub horizon: Option<String>,
    /// Only what this delegation owns
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    /// Actions: to do, in progress, blocked, done. Trips: considered, to create, in
    /// preparation, confirmed, done, cancelled (their JSON names and French words too)
    #[arg(long)]
    pub status: Option<String>,
    /// Only what is late (or holds something late)
    #[arg(long)]
    pub late: bool,
    /// Only what is due (actions) or departs (trips) before this day: 2014-10-01, 01/10/2014,
    /// +10…
    #[arg(long, value_name = "DATE", value_parser = day_parser(Lang::En),
          allow_hyphen_values = true)]
    pub due_before: Option<DayArg>,
    /// JSON for scripts (shape: docs/json.md)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
// The French names are taken too, as the screens say them (a doc comment here would be shown
// as the values' help).
pub enum ListKind {
    #[value(alias = "objectifs")]
    Objectives,
    Actions,
    #[value(alias = "déplacements", alias = "deplacements")]
    Trips,
    #[value(alias = "délégations")]
    Delegations,
}

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// Only what falls due within N days (what is late is always shown)
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
    /// Only what this delegation owns
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    /// JSON for scripts (shape: docs/json.md)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CheckInArgs {
    /// The action's or objective's ID
    #[arg(value_name = "ID")]
    pub id: String,
    /// What is happening, in a few words
    #[arg(value_name = "TEXT")]
    pub text: Option<String>,
    /// on-track, at-risk or off-track [default: the record's last health]
    #[arg(long, value_enum)]
    pub health: Option<HealthArg>,
    /// The day of the check-in, not after today: 2014-09-16, 16/09/2014, -3… [default: today]
    #[arg(long, value_name = "DATE", value_parser = day_parser(Lang::En),
          allow_hyphen_values = true)]
    pub on: Option<DayArg>,
    /// A date the check-in announces (a proposal due on 30 October): 30/10, +14…
    #[arg(long, value_name = "DATE", value_parser = day_parser(Lang::En),
          allow_hyphen_values = true)]
    pub due: Option<DayArg>,
    /// Who checks in [default: git's user.name, else the login name]
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
// The French words are taken too (a doc comment here would be shown as the values' help).
pub enum HealthArg {
    #[value(alias = "en-bonne-voie")]
    OnTrack,
    #[value(alias = "a-risque", alias = "à-risque")]
    AtRisk,
    #[value(alias = "en-difficulte", alias = "en-difficulté")]
    OffTrack,
}

#[derive(Debug, Args)]
pub struct CheckInsArgs {
    /// Only this action's or objective's
    #[arg(value_name = "ID")]
    pub id: Option<String>,
    /// Only those made on or after this day: 2014-09-01, -7…
    #[arg(long, value_name = "DATE", value_parser = day_parser(Lang::En),
          allow_hyphen_values = true)]
    pub since: Option<DayArg>,
    /// JSON for scripts (shape: docs/json.md)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct StaleArgs {
    /// Only the actions this delegation owns
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    /// JSON for scripts (shape: docs/json.md)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportCommand,
    /// Write to FILE instead of stdout: atomically, into a regular file only (never over the
    /// store, a device, a FIFO, a folder or a symbolic link); '-' is stdout
    #[arg(short, long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::doc_markdown)] // clap help text, not rustdoc
pub enum ExportCommand {
    /// The status note: per horizon, progress, what was done, what is late, trips ahead
    Note {
        /// The format
        #[arg(long, value_enum, default_value_t = DocFormatArg::Md)]
        format: DocFormatArg,
        /// Only this horizon
        #[arg(long, value_name = "ID")]
        horizon: Option<String>,
        /// Only what this delegation owns
        #[arg(long, value_name = "ID")]
        owner: Option<String>,
        /// List the actions done since this day: 2014-09-01, 01/09/2014, -7… [default: a week
        /// before today]
        #[arg(long, value_name = "DATE", value_parser = day_parser(Lang::En),
              allow_hyphen_values = true)]
        since: Option<DayArg>,
    },
    /// A trip's dossier: purpose, objectives, actions, members, checklist
    Trip {
        /// The trip's ID
        id: String,
        /// The format
        #[arg(long, value_enum, default_value_t = DocFormatArg::Md)]
        format: DocFormatArg,
    },
    /// iCalendar: trips as all-day events, and the deadlines of actions and checklist items
    Ics {
        /// Deadlines as all-day events (what every calendar imports) or as to-dos
        #[arg(long, value_enum, default_value_t = DeadlinesArg::Events)]
        deadlines: DeadlinesArg,
    },
    /// A spreadsheet (RFC 4180, UTF-8) of the actions or of every trip's checklist; cells a
    /// spreadsheet would run as formulas (= + - @ tab) are neutralised with a leading '
    Csv {
        /// The table: the actions, or every trip's checklist
        #[arg(value_enum)]
        table: CsvTableArg,
        /// For Excel and LibreOffice in French: ';' separator and byte-order mark
        #[arg(long, conflicts_with_all = ["sep", "bom"])]
        excel: bool,
        /// The separator, one ASCII character [default: ',']
        #[arg(long, value_name = "CHAR", value_parser = separator_en)]
        sep: Option<u8>,
        /// Start with a UTF-8 byte-order mark
        #[arg(long)]
        bom: bool,
        /// Cells as stored: no formula neutralised (for scripts, not spreadsheets)
        #[arg(long)]
        raw: bool,
    },
    /// The timeline of the mandate as a picture, for slides
    Timeline {
        /// The format
        #[arg(long, value_enum, default_value_t = PictureFormatArg::Svg)]
        format: PictureFormatArg,
        /// How much of it: the whole mandate, or the year, quarter or month holding --at
        #[arg(long, value_enum, default_value_t = ZoomArg::Mandate)]
        zoom: ZoomArg,
        /// A day the picture holds [default: today]
        #[arg(long, value_name = "DATE")]
        at: Option<NaiveDate>,
    },
    /// The plan, or the part of it under a horizon or an owner, in the store's own schema
    Json {
        /// Only this horizon
        #[arg(long, value_name = "ID")]
        horizon: Option<String>,
        /// Only the actions this delegation owns
        #[arg(long, value_name = "ID")]
        owner: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormatArg {
    Md,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DeadlinesArg {
    Events,
    Todos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PictureFormatArg {
    Svg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ZoomArg {
    Mandate,
    Year,
    Quarter,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvTableArg {
    Actions,
    Checklist,
}

/// `--sep`: one character that can separate cells, else `refused`.
pub(crate) fn separator(value: &str, refused: &str) -> Result<u8, String> {
    match value.as_bytes() {
        [b] if (b.is_ascii_graphic() && *b != b'"') || *b == b'\t' => Ok(*b),
        _ => Err(refused.to_owned()),
    }
}

fn separator_en(value: &str) -> Result<u8, String> {
    separator(value, Lang::En.command_line().bad_separator)
}

impl Cli {
    pub fn store_path(&self, lang: Lang) -> anyhow::Result<PathBuf> {
        if let Some(path) = &self.store {
            return Ok(path.clone());
        }
        let dirs = directories::ProjectDirs::from("", "", "jalons")
            .context(lang.command_line().no_home)?;
        Ok(dirs.data_dir().join("roadmap.json"))
    }

    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The language: the command line or `JALONS_LANG`, else the configuration, else the
    /// locale.
    pub fn lang_with(&self, configured: Option<Lang>) -> Lang {
        self.lang
            .or(configured)
            .unwrap_or_else(super::lang::from_locale)
    }
}
