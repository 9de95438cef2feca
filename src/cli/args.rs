use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};

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

    /// The day to take as today, YYYY-MM-DD [default: the system date]
    #[arg(long, global = true, env = "JALONS_TODAY", value_name = "DATE")]
    pub today: Option<NaiveDate>,

    /// Interface language [default: French when LANG starts with fr, else English]
    #[arg(long, global = true, env = "JALONS_LANG", value_enum)]
    pub lang: Option<Lang>,

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
}

impl Cli {
    pub fn store_path(&self) -> anyhow::Result<PathBuf> {
        if let Some(path) = &self.store {
            return Ok(path.clone());
        }
        let dirs = directories::ProjectDirs::from("", "", "jalons")
            .context("no home directory to keep the store in: use --store PATH")?;
        Ok(dirs.data_dir().join("roadmap.json"))
    }

    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(|| {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()));
            Lang::from_locale(locale.as_deref())
        })
    }
}
