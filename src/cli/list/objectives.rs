//! `jalons list objectives`, in plan order, with their actions' progress (counting only the
//! owner's actions with `--owner`).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{Count, Ctx};
use crate::cli::checkins::CheckInJson;
use crate::cli::table::Table;
use crate::domain::{HealthState, is_late, owner_keeps};
use crate::i18n::reason;

/// One objective, as `--json` prints it.
#[derive(Serialize)]
pub struct Row<'a> {
    id: &'a str,
    horizon: &'a str,
    title: &'a str,
    themes: &'a [String],
    actions: Count,
    /// The worst of its open actions' health (none without open actions).
    health: Option<&'static str>,
    health_reason: String,
    /// Its open actions by health.
    health_counts: BTreeMap<&'static str, usize>,
    /// Its own latest check-in: the health declared for it.
    last_checkin: Option<CheckInJson<'a>>,
    /// The declared health reads better than what its actions say.
    rosier: bool,
}

pub fn rows<'a>(cx: &Ctx<'a>) -> Vec<Row<'a>> {
    let args = cx.args;
    let mut counts: HashMap<&str, Count> = HashMap::new();
    for a in &cx.plan.actions {
        if args.owner.as_deref().is_some_and(|o| !owner_keeps(a, o)) {
            continue;
        }
        let done = a.status.is_done();
        counts
            .entry(a.objective.as_str())
            .or_default()
            .add(done, is_late(a.due, done, cx.today));
    }
    let c = cx.lang.catalogue();
    cx.plan
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| args.horizon.as_deref().is_none_or(|h| o.horizon == h))
        .filter_map(|(i, o)| {
            let health = &cx.health.objectives[i];
            let actions = counts.get(o.id.as_str()).copied().unwrap_or_default();
            let keep =
                (args.owner.is_none() || actions.total > 0) && (!args.late || actions.late > 0);
            keep.then_some(Row {
                id: &o.id,
                horizon: &o.horizon,
                title: &o.title,
                themes: &o.themes,
                actions,
                health: health.state.map(HealthState::name),
                health_reason: reason(c, cx.plan, health.why()),
                health_counts: HealthState::ALL
                    .iter()
                    .map(|s| (s.name(), health.counts[s.rank()]))
                    .filter(|&(_, n)| n > 0)
                    .collect(),
                last_checkin: o.checkins.last().map(Into::into),
                rosier: health.rosier(),
            })
        })
        .collect()
}

pub fn table(cx: &Ctx, rows: &[Row]) -> Table {
    let c = cx.lang.catalogue();
    let t = c.script;
    let labels: HashMap<&str, &str> = cx
        .plan
        .horizons
        .iter()
        .map(|h| (h.id.as_str(), h.label.as_str()))
        .collect();
    let mut table = Table::new(&[t.col_id, t.col_horizon, t.col_progress, t.col_title])
        .whole(0)
        .whole(2)
        .cap(1, 20);
    for row in rows {
        let horizon = labels.get(row.horizon).copied().unwrap_or(row.horizon);
        table.row(vec![
            row.id.to_owned(),
            horizon.to_owned(),
            row.actions.cell(),
            row.title.to_owned(),
        ]);
    }
    table
}
