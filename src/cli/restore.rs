//! `jalons restore` lists the copies kept beside the store; `jalons restore DATE|FILE` puts
//! one back, once it is known to be a sound store, keeping the current file aside first.

use std::path::Path;
use std::process::ExitCode;

use anyhow::anyhow;

use super::table::{Table, terminal_width};
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::store::{self, StoreError};

pub fn run(path: &Path, lang: Lang, which: Option<&str>) -> anyhow::Result<ExitCode> {
    match which {
        None => list(path, lang),
        Some(which) => restore(path, lang, which),
    }
}

fn list(path: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    let t = &lang.catalogue().cli;
    let backups = store::backups(path).map_err(|cause| StoreError::Io {
        path: path.to_path_buf(),
        cause,
    })?;
    if backups.is_empty() {
        println!("{}", (t.restore_none)(&super::display_path(path)));
        return Ok(ExitCode::SUCCESS);
    }
    let [backup, size, actions, check] = t.restore_head;
    let mut table = Table::new(&[backup, size, actions, check])
        .whole(0)
        .whole(1);
    for b in &backups {
        let (count, verdict) = examine(&b.path);
        table.row(vec![
            b.stamp.clone(),
            human_size(b.size),
            count.map_or_else(|| "?".to_owned(), |n| n.to_string()),
            verdict.map_or_else(|| t.restore_valid.to_owned(), |e| (t.restore_invalid)(&e)),
        ]);
    }
    super::emit(table.render(terminal_width()).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The number of actions a copy holds (when it reads as a plan at all) and, when it is not a
/// sound store, the first line of what `check` would say.
fn examine(file: &Path) -> (Option<usize>, Option<String>) {
    let Ok(bytes) = std::fs::read(file) else {
        return (None, Some("unreadable".to_owned()));
    };
    match store::parse(file, &bytes) {
        Ok(plan) => (Some(plan.actions.len()), None),
        Err(e) => {
            let count = serde_json::from_slice::<Plan>(&bytes)
                .ok()
                .map(|p| p.actions.len());
            let shown = e.to_string();
            let first = shown.lines().next().unwrap_or_default();
            let first = first.strip_prefix(&format!("{}:", file.display()));
            (count, Some(first.unwrap_or(&shown).trim().to_owned()))
        }
    }
}

fn human_size(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // a size shown to one decimal
    let b = bytes as f64;
    if bytes < 1000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{:.1} kB", b / 1e3)
    } else {
        format!("{:.1} MB", b / 1e6)
    }
}

fn restore(path: &Path, lang: Lang, which: &str) -> anyhow::Result<ExitCode> {
    let t = &lang.catalogue().cli;
    let from = store::find_backup(path, which).map_err(|e| anyhow!(e))?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let restored = match store::restore(path, &from, &stamp) {
        Ok(restored) => restored,
        Err(e) if e.is_content() => {
            let shown = super::display_path(&from);
            return Err(anyhow!("{}\n{e}", (t.restore_refused)(&shown)));
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(kept) = &restored.kept {
        eprintln!("{}", (t.backed_up)(&super::display_path(kept)));
    }
    let actions = restored.plan.actions.len();
    let (from, into) = (super::display_path(&from), super::display_path(path));
    println!("{}", (t.restored)(&from, &into, actions));
    Ok(ExitCode::SUCCESS)
}
