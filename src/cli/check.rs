use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::domain::PlanIndex;
use crate::i18n::{CheckSummary, Lang};
use crate::store::Store;

pub fn run(path: &Path, lang: Lang, today: NaiveDate) -> anyhow::Result<ExitCode> {
    let (_, plan) = Store::open(path)?;
    let index = PlanIndex::build(&plan, today);
    let summary = CheckSummary {
        path: super::display_path(path),
        horizons: plan.horizons.len(),
        objectives: plan.objectives.len(),
        actions: plan.actions.len(),
        done: plan.actions.iter().filter(|a| a.status.is_done()).count(),
        late: index.horizon_progress.iter().map(|p| p.late).sum(),
        delegations: plan.delegations.len(),
        trips: plan.trips.len(),
        items: plan.trips.iter().map(|t| t.checklist.len()).sum(),
    };
    println!("{}", (lang.catalogue().cli.check_ok)(&summary));
    Ok(ExitCode::SUCCESS)
}
