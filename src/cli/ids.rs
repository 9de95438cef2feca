//! `jalons ids KIND`, hidden: the store's IDs for the completion scripts, one a line, with a
//! tab and the record's title after it (zsh and fish show it beside the ID, bash keeps the ID).
//! Silent on every failure: it runs while the adviser presses Tab.

use std::path::Path;
use std::process::ExitCode;

use super::args::IdsKind;
use super::emit;
use crate::domain::Plan;
use crate::store::Store;

/// The longest title shown beside an ID, in characters.
const TITLE: usize = 60;

pub fn run(path: &Path, kind: IdsKind) -> ExitCode {
    let Ok((_, plan)) = Store::open(path) else {
        return ExitCode::FAILURE;
    };
    let mut out = String::new();
    for (id, title) in ids(&plan, kind) {
        // An ID a shell would split or read as quoting is left out rather than mangled.
        if id.is_empty()
            || id
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "'\"\\`$:".contains(c))
        {
            continue;
        }
        out.push_str(id);
        out.push('\t');
        out.push_str(&one_line(title));
        out.push('\n');
    }
    match emit(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// (ID, title) of the records of `kind`, in the plan's order.
pub fn ids(plan: &Plan, kind: IdsKind) -> Vec<(&str, &str)> {
    let horizons = || {
        plan.horizons
            .iter()
            .map(|h| (h.id.as_str(), h.label.as_str()))
    };
    let delegations = || {
        plan.delegations
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str()))
    };
    let trips = || {
        plan.trips
            .iter()
            .map(|t| (t.id.as_str(), t.destination.as_str()))
    };
    let actions = || {
        plan.actions
            .iter()
            .map(|a| (a.id.as_str(), a.title.as_str()))
    };
    let items = || {
        plan.trips.iter().flat_map(|t| {
            t.checklist
                .iter()
                .map(|i| (i.id.as_str(), i.label.as_str()))
        })
    };
    match kind {
        IdsKind::Horizons => horizons().collect(),
        IdsKind::Delegations => delegations().collect(),
        IdsKind::Trips => trips().collect(),
        IdsKind::Tickable => actions().chain(items()).collect(),
        IdsKind::Checkable => actions()
            .chain(
                plan.objectives
                    .iter()
                    .map(|o| (o.id.as_str(), o.title.as_str())),
            )
            .collect(),
        IdsKind::All => horizons()
            .chain(
                plan.objectives
                    .iter()
                    .map(|o| (o.id.as_str(), o.title.as_str())),
            )
            .chain(actions())
            .chain(trips())
            .chain(items())
            .chain(delegations())
            .collect(),
    }
}

/// The title on one line, inert, cut to [`TITLE`] characters with "…".
fn one_line(title: &str) -> String {
    let flat: String = crate::sanitize::inert(title)
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if flat.chars().count() > TITLE {
        let cut: String = flat.chars().take(TITLE - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        flat
    }
}
