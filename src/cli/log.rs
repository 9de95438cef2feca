//! `jalons log ID [--json] [--all]`: who changed a record and when, newest first, read from
//! the commits `jalons sync` made (their journal lines). A record deleted since still has its
//! history; an ID the store never had and the log never names is an error.

use std::path::Path;
use std::process::ExitCode;

use anyhow::bail;

use crate::store::Store;
use crate::sync::{Git, history};

pub fn run(store: &Path, id: &str, json: bool, all: bool) -> anyhow::Result<ExitCode> {
    let (_, plan) = Store::open(store)?;
    let folder = match store.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let git = Git::new(&folder, &std::env::current_exe()?);
    if !history::shared(&git) {
        bail!(
            "{} is not in a git repository: there is no history (jalons sync init shares it)",
            super::display_path(store)
        );
    }
    let entries = if all {
        history::history_all(&git, id)
    } else {
        history::history(&git, id)
    }
    .map_err(|f| anyhow::anyhow!("{f}"))?;
    let known =
        crate::domain::locate(&plan, id).is_some() || plan.templates.iter().any(|t| t.id == id);
    if entries
        .iter()
        .all(|e| e.change.starts_with("changed outside jalons"))
        && !known
    {
        bail!("no record {id} in the store nor in its history");
    }
    if json {
        let mut text = serde_json::to_string_pretty(&entries)?;
        text.push('\n');
        super::emit(text.as_bytes())?;
    } else {
        let mut text = String::new();
        for e in &entries {
            let line = format!("{} {} {}", e.date, e.author, e.change);
            text.push_str(&crate::sanitize::inert(&line));
            text.push('\n');
        }
        super::emit(text.as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}
