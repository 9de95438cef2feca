use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::domain::PlanIndex;
use crate::i18n::{CheckSummary, Lang};
use crate::runtime::recovery;
use crate::sanitize::inert;
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
    let t = lang.catalogue();
    println!("{}", (t.cli.check_ok)(&summary));
    // Changes an interface could not save wait in a recovery file: say so, the store alone
    // is not the whole story.
    let fallback = recovery::fallback_dir();
    for found in recovery::find(path, fallback.as_deref()) {
        let shown = super::display_path(&found.path);
        match found.ops {
            Ok(ops) => println!("{}", (t.leaving.check_pending)(ops.len(), &shown)),
            Err(e) => println!("{}", (t.leaving.unreadable)(&shown, &inert(&e))),
        }
    }
    Ok(ExitCode::SUCCESS)
}
