//! `jalons merge-driver %O %A %B %P`: git's merge of `roadmap.json`, done by jalons by record
//! and field instead of by lines (which leaves conflict markers in the store as soon as two
//! advisers each add an action). The same three-way merge every save uses when another
//! instance saved meanwhile (`merge::merge3`), with what git published (`%B`, the branch being
//! merged in) as *theirs*: on a field both sides changed, the published value is kept and ours
//! is reported.
//!
//! Exit 0 with the merged store written to `%A` (canonical text, always a valid store); exit 1,
//! writing nothing, when a side cannot be read or is of a newer schema: git then reports a
//! conflict, never a silent text merge.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::domain::{Plan, validate};
use crate::merge::merge3;
use crate::store::{self, StoreError};

/// The variable naming the file the conflicts are appended to, one JSON object a line.
pub const REPORT: &str = "JALONS_SYNC_REPORT";

pub fn run(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: Option<&str>,
    virtual_base: bool,
) -> ExitCode {
    match merge(base, ours, theirs, name, virtual_base) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let shown = name.unwrap_or("roadmap.json");
            let _ = writeln!(
                std::io::stderr(),
                "jalons merge-driver: {}: not merged: {}",
                crate::sanitize::inert(shown),
                crate::sanitize::inert_lines(&message)
            );
            ExitCode::FAILURE
        }
    }
}

fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: Option<&str>,
    virtual_base: bool,
) -> Result<(), String> {
    let (o, t) = (read(ours)?, read(theirs)?);
    // Added on both sides with no common ancestor: git gives an empty base.
    let b = match std::fs::read(base) {
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => Plan::empty(t.title.clone()),
        _ => read(base)?,
    };
    let merged = merge3(&b, &o, &t);
    let problems = validate(&merged.plan);
    if let Some(first) = problems.first() {
        return Err(format!("the merge would not be a valid store: {first}"));
    }
    std::fs::write(ours, store::to_bytes(&merged.plan)).map_err(|e| e.to_string())?;
    if !virtual_base && !merged.conflicts.is_empty() {
        report(&merged.conflicts, name);
    }
    Ok(())
}

fn read(path: &Path) -> Result<Plan, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    store::parse(path, &bytes).map_err(|e: StoreError| e.to_string())
}

/// The conflicts, appended to `$JALONS_SYNC_REPORT` when set, and counted on stderr.
fn report(conflicts: &[crate::merge::Conflict], name: Option<&str>) {
    if let Some(file) = std::env::var_os(REPORT) {
        let lines: String = conflicts
            .iter()
            .filter_map(|c| serde_json::to_string(c).ok())
            .map(|line| line + "\n")
            .collect();
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
            .and_then(|mut f| f.write_all(lines.as_bytes()));
        if let Err(e) = appended {
            let _ = writeln!(std::io::stderr(), "jalons merge-driver: {REPORT}: {e}");
        }
    }
    let _ = writeln!(
        std::io::stderr(),
        "jalons merge-driver: {}: merged, {} conflict(s): the published values kept, ours set aside",
        crate::sanitize::inert(name.unwrap_or("roadmap.json")),
        conflicts.len()
    );
}
