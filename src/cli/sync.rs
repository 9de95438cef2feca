//! `jalons sync init [URL]`, `jalons sync join URL`, `jalons sync`: the roadmap shared through
//! git. Exit codes: 0 synced, 3 offline (the local commit is kept, to send next time), 1 an
//! error, 2 when a sync cannot start (no git, git too old, no shared repository).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;
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

pub fn run(store: &Path, lang: Lang, command: Option<&SyncCommand>) -> anyhow::Result<ExitCode> {
    let jalons = std::env::current_exe()?;
    let shown = crate::sanitize::display_path(store);
    let outcome = match command {
        Some(SyncCommand::Init { url }) => sync::init(store, &jalons, url.as_deref()).map(|()| {
            println!("{}", said(lang, Said::Shared(&shown)));
            ExitCode::SUCCESS
        }),
        Some(SyncCommand::Join { url }) => {
            let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
            sync::join(store, &jalons, url, &stamp).map(|kept| {
                if let Some(kept) = kept {
                    let kept = crate::sanitize::display_path(&kept);
                    println!("{}", said(lang, Said::KeptAside(&kept)));
                }
                println!("{}", said(lang, Said::Joined(&shown)));
                ExitCode::SUCCESS
            })
        }
        None => synced(store, &jalons, lang),
    };
    match outcome {
        Ok(code) => Ok(code),
        Err(refused) => {
            let _ = writeln!(
                std::io::stderr(),
                "jalons: sync: {}",
                crate::sanitize::inert_lines(&refused.message(lang))
            );
            Ok(ExitCode::from(refused.code))
        }
    }
}

fn synced(store: &Path, jalons: &Path, lang: Lang) -> Result<ExitCode, sync::Refused> {
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
    let t = lang.catalogue();
    for conflict in &conflicts {
        let text = crate::i18n::describe_conflict(t, conflict, &|_, _| None);
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            said(lang, Said::Conflict(&crate::sanitize::inert(&text)))
        );
    }
    if let Err(e) = sync::conflicts::add(store, &conflicts) {
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            said(lang, Said::ConflictsNotKept(&e.to_string()))
        );
    }
    match outcome? {
        Synced::Done { received, sent } => {
            println!("{}", said(lang, Said::Synced { received, sent }));
            Ok(ExitCode::SUCCESS)
        }
        Synced::Offline { to_send } => {
            println!("{}", said(lang, Said::Offline(to_send)));
            Ok(ExitCode::from(3))
        }
    }
}

/// What `jalons sync` says when it does not fail.
enum Said<'a> {
    Shared(&'a str),
    KeptAside(&'a str),
    Joined(&'a str),
    Conflict(&'a str),
    ConflictsNotKept(&'a str),
    Synced { received: usize, sent: usize },
    Offline(usize),
}

fn said(lang: Lang, what: Said) -> String {
    let s = |n: usize| if n > 1 { "s" } else { "" };
    match (lang, what) {
        (Lang::Fr, Said::Shared(store)) => format!("jalons\u{a0}: {store} est partagée"),
        (Lang::En, Said::Shared(store)) => format!("jalons: {store} is shared"),
        (Lang::Fr, Said::KeptAside(kept)) => {
            format!("jalons\u{a0}: la feuille de route qui était là est gardée dans {kept}")
        }
        (Lang::En, Said::KeptAside(kept)) => {
            format!("jalons: the store that was here is kept in {kept}")
        }
        (Lang::Fr, Said::Joined(store)) => {
            format!("jalons\u{a0}: rejointe\u{a0}; {store} est la feuille de route partagée")
        }
        (Lang::En, Said::Joined(store)) => {
            format!("jalons: joined; {store} is the shared roadmap")
        }
        (Lang::Fr, Said::Conflict(text)) => format!("jalons\u{a0}: conflit\u{a0}: {text}"),
        (Lang::En, Said::Conflict(text)) => format!("jalons: conflict: {text}"),
        (Lang::Fr, Said::ConflictsNotKept(e)) => {
            format!("jalons\u{a0}: sync\u{a0}: conflits non gardés\u{a0}: {e}")
        }
        (Lang::En, Said::ConflictsNotKept(e)) => format!("jalons: sync: conflicts not kept: {e}"),
        (Lang::Fr, Said::Synced { received, sent }) => format!(
            "jalons\u{a0}: synchronisé ({received} reçu{}, {sent} envoyé{})",
            s(received),
            s(sent)
        ),
        (Lang::En, Said::Synced { received, sent }) => {
            format!("jalons: synced ({received} received, {sent} sent)")
        }
        (Lang::Fr, Said::Offline(n)) => format!(
            "jalons\u{a0}: hors ligne\u{a0}: {n} commit{} gardé{} ici, envoyé{} la prochaine fois",
            s(n),
            s(n),
            s(n)
        ),
        (Lang::En, Said::Offline(n)) => format!(
            "jalons: offline: {n} commit{} kept here, to send next time",
            if n == 1 { "" } else { "s" }
        ),
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
