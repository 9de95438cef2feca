//! `jalons conflicts [--json]` and `jalons conflicts resolve N --mine|--theirs`: what syncs
//! could not settle, kept in the clone's repository until an adviser settles it.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, anyhow};

use crate::domain::apply;
use crate::i18n::{Lang, describe_conflict};
use crate::store::Store;
use crate::sync::conflicts;

#[derive(Debug, clap::Subcommand)]
pub enum ConflictsCommand {
    /// Settle conflict N (as listed): keep the published value, or take ours back
    Resolve {
        /// The conflict's number, as `jalons conflicts` lists it
        n: usize,
        /// Put our set-aside value back (a change like any other, saved and synced next)
        #[arg(long, conflicts_with = "theirs", required_unless_present = "theirs")]
        mine: bool,
        /// Keep the published value
        #[arg(long)]
        theirs: bool,
    },
}

pub fn run(
    store: &Path,
    lang: Lang,
    json: bool,
    command: Option<&ConflictsCommand>,
) -> anyhow::Result<ExitCode> {
    let mut all = conflicts::load(store);
    match command {
        None if json => {
            crate::cli::emit(&serde_json::to_vec_pretty(&all)?)?;
            crate::cli::emit(b"\n")?;
        }
        None => {
            let t = lang.catalogue();
            let mut out = String::new();
            for (i, c) in all.iter().enumerate() {
                let said = describe_conflict(t, c, &|_, _| None);
                let _ = writeln!(out, "{:>3}  {}", i + 1, crate::sanitize::inert(&said));
            }
            if all.is_empty() {
                out.push_str(t.no_conflicts);
                out.push('\n');
            }
            crate::cli::emit(out.as_bytes())?;
        }
        Some(ConflictsCommand::Resolve { n, mine, .. }) => {
            let index = n.checked_sub(1).filter(|i| *i < all.len()).ok_or_else(|| {
                anyhow!("no conflict {n}: `jalons conflicts` lists {}", all.len())
            })?;
            if *mine {
                let (mut s, mut plan) = Store::open(store)?;
                let op = all[index].reapply(&plan).context(
                    "nothing to take back: the record is gone or already holds our value",
                )?;
                apply(&mut plan, &op)?;
                s.save(&plan, &[op])?;
            }
            all.remove(index);
            conflicts::save(store, &all)?;
            let _ = writeln!(std::io::stdout(), "jalons: conflict {n} settled");
        }
    }
    Ok(ExitCode::SUCCESS)
}
