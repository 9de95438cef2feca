//! `jalons list delegations`, in plan order, with what each carries: the actions it owns, those
//! it contributes to and its checklist items, counted as every screen counts them.

use serde::Serialize;

use super::{Count, Ctx};
use crate::cli::table::Table;
use crate::domain::{Delegation, DelegationKind, PlanIndex};

/// One delegation, as `--json` prints it.
#[derive(Serialize)]
pub struct Row<'a> {
    id: &'a str,
    name: &'a str,
    holder: &'a str,
    role: &'a str,
    kind: DelegationKind,
    actions: Count,
    contributes: Count,
    items: Count,
    #[serde(skip)]
    delegation: &'a Delegation,
}

pub fn rows<'a>(cx: &Ctx<'a>) -> Vec<Row<'a>> {
    let index = PlanIndex::build(cx.plan, cx.today);
    cx.plan
        .delegations
        .iter()
        .enumerate()
        .filter(|(_, d)| cx.args.owner.as_deref().is_none_or(|o| d.id == o))
        .map(|(i, d)| Row {
            id: &d.id,
            name: &d.name,
            holder: &d.holder,
            role: &d.role,
            kind: d.kind,
            actions: index.carry[i].owns.into(),
            contributes: index.carry[i].contributes.into(),
            items: index.carry[i].items.into(),
            delegation: d,
        })
        .filter(|r| !cx.args.late || r.actions.late + r.items.late > 0)
        .collect()
}

pub fn table(cx: &Ctx, rows: &[Row]) -> Table {
    let c = cx.lang.catalogue();
    let t = c.script;
    let mut table = Table::new(&[
        t.col_id,
        t.col_kind,
        t.col_owns,
        t.col_contributes,
        t.col_items,
        t.col_late,
        t.col_name,
    ])
    .whole(0)
    .whole(2)
    .whole(3)
    .whole(4)
    .whole(5)
    .cap(1, 26);
    for row in rows {
        let late = row.actions.late + row.items.late;
        let late = if late > 0 {
            format!("⚠ {late}")
        } else {
            "0".to_owned()
        };
        let d = row.delegation;
        let name = if d.holder.is_empty() {
            d.name.clone()
        } else {
            format!("{} — {}", d.name, d.holder)
        };
        table.row(vec![
            row.id.to_owned(),
            (c.delegation_kind)(d.kind).to_owned(),
            row.actions.open.to_string(),
            row.contributes.open.to_string(),
            row.items.open.to_string(),
            late,
            name,
        ]);
    }
    table
}
