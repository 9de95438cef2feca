//! `jalons sync init [URL]`, `jalons sync join URL`, `jalons sync`: the roadmap shared through
//! git. Exit codes: 0 synced, 3 offline (the local commit is kept, to send next time), 1 an
//! error, 2 when a sync cannot start (no git, git too old, no shared repository).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::sync::{self, Synced};

#[derive(Debug, clap::Subcommand)]
pub enum SyncCommand {
    /// Share the store: its folder becomes a git repository, pushed to URL when given
    Init {
        /// The shared remote (a path, ssh://…, https://…)
        url: Option<String>,
    },
    /// Take part in a shared roadmap: clone URL into the store's folder (a store already
    /// there is kept as roadmap.json.<stamp>.bak)
    Join {
        /// The shared remote
        url: String,
    },
}

pub fn run(store: &Path, command: Option<&SyncCommand>) -> anyhow::Result<ExitCode> {
    let jalons = std::env::current_exe()?;
    let outcome = match command {
        Some(SyncCommand::Init { url }) => sync::init(store, &jalons, url.as_deref()).map(|()| {
            println!("jalons: {} is shared", crate::sanitize::display_path(store));
            ExitCode::SUCCESS
        }),
        Some(SyncCommand::Join { url }) => {
            let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
            sync::join(store, &jalons, url, &stamp).map(|kept| {
                if let Some(kept) = kept {
                    println!(
                        "jalons: the store that was here is kept in {}",
                        crate::sanitize::display_path(&kept)
                    );
                }
                println!(
                    "jalons: joined; {} is the shared roadmap",
                    crate::sanitize::display_path(store)
                );
                ExitCode::SUCCESS
            })
        }
        None => synced(store, &jalons),
    };
    match outcome {
        Ok(code) => Ok(code),
        Err(refused) => {
            let _ = writeln!(
                std::io::stderr(),
                "jalons: sync: {}",
                crate::sanitize::inert_lines(&refused.message)
            );
            Ok(ExitCode::from(refused.code))
        }
    }
}

fn synced(store: &Path, jalons: &Path) -> Result<ExitCode, sync::Refused> {
    let report = tempfile_path(store);
    let fault = std::env::var("JALONS_SYNC_FAULT").ok();
    let outcome = sync::sync_observed(store, jalons, &report, &mut |step| {
        if fault.as_deref() == Some(step.name()) {
            killed_at(step);
        }
    });
    // What the merge could not settle: the published value was kept, ours is said here and
    // kept in the repository until settled (`jalons conflicts`, or `C` in the interface).
    let conflicts = sync::conflicts::read_report(&report);
    let _ = std::fs::remove_file(&report);
    let t = crate::i18n::Lang::En.catalogue();
    for conflict in &conflicts {
        let said = crate::i18n::describe_conflict(t, conflict, &|_, _| None);
        let _ = writeln!(
            std::io::stderr(),
            "jalons: conflict: {}",
            crate::sanitize::inert(&said)
        );
    }
    if let Err(e) = sync::conflicts::add(store, &conflicts) {
        let _ = writeln!(std::io::stderr(), "jalons: sync: conflicts not kept: {e}");
    }
    match outcome? {
        Synced::Done { received, sent } => {
            println!("jalons: synced ({received} received, {sent} sent)");
            Ok(ExitCode::SUCCESS)
        }
        Synced::Offline { to_send } => {
            println!("jalons: offline: {to_send} commit(s) kept here, to send next time");
            Ok(ExitCode::from(3))
        }
    }
}

/// Where the merge driver appends its conflicts during this sync.
fn tempfile_path(store: &Path) -> std::path::PathBuf {
    let dir = store
        .parent()
        .map_or_else(|| Path::new(".").to_path_buf(), Path::to_path_buf);
    dir.join(".git")
        .join(format!("jalons-sync-report-{}.jsonl", std::process::id()))
}

/// The fault tests' `kill -9` at a step of a sync (`JALONS_SYNC_FAULT=<step>`): the process
/// ends at once, as on a power cut, with nothing cleaned up.
fn killed_at(step: sync::Step) {
    let _ = writeln!(
        std::io::stderr(),
        "jalons: sync: killed after {}",
        step.name()
    );
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGKILL);
}
