//! The lists the review screens show, derived once per change: trips in date order, the
//! agenda, and what each delegation owns.

use rustc_hash::FxHashMap as HashMap;

use chrono::NaiveDate;

use super::agenda::{DueEntry, DueRef, agenda};
use super::carry::{State, contributors};
use super::filter::Filter;
use super::model::Plan;

/// Trips by departure, unscheduled ones last, each group in plan order.
pub fn trips_by_date(plan: &Plan) -> Vec<usize> {
    let mut order: Vec<usize> = (0..plan.trips.len()).collect();
    order.sort_by_key(|&t| (plan.trips[t].start.is_none(), plan.trips[t].start));
    order
}

/// What a delegation carries, grouped: the actions it owns by horizon (in horizon order),
/// the actions it contributes to by horizon, then its checklist items by trip (in date order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Owned {
    /// (horizon position, the delegation's actions under it).
    pub by_horizon: Vec<(usize, Vec<usize>)>,
    /// (horizon position, the actions under it the delegation co-owns).
    pub contributes: Vec<(usize, Vec<usize>)>,
    /// (trip position, the delegation's items on it as (trip, item)).
    pub by_trip: Vec<(usize, Vec<DueRef>)>,
}

impl Owned {
    pub fn len(&self) -> usize {
        let actions: usize = self.by_horizon.iter().map(|(_, a)| a.len()).sum();
        let helped: usize = self.contributes.iter().map(|(_, a)| a.len()).sum();
        let items: usize = self.by_trip.iter().map(|(_, i)| i.len()).sum();
        actions + helped + items
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `row`-th owned record, counting actions first then items, in display order.
    pub fn get(&self, row: usize) -> Option<DueRef> {
        let mut row = row;
        for (_, actions) in self.by_horizon.iter().chain(&self.contributes) {
            if row < actions.len() {
                return Some(DueRef::Action(actions[row]));
            }
            row -= actions.len();
        }
        for (_, items) in &self.by_trip {
            if row < items.len() {
                return Some(items[row]);
            }
            row -= items.len();
        }
        None
    }

    /// Every owned record, in the order of [`Owned::get`].
    pub fn iter(&self) -> impl Iterator<Item = DueRef> + '_ {
        let actions = self
            .by_horizon
            .iter()
            .chain(&self.contributes)
            .flat_map(|(_, actions)| actions.iter().map(|&a| DueRef::Action(a)));
        actions.chain(
            self.by_trip
                .iter()
                .flat_map(|(_, items)| items.iter().copied()),
        )
    }

    /// The row of a record, the inverse of [`Owned::get`].
    pub fn row_of(&self, what: DueRef) -> Option<usize> {
        (0..self.len()).find(|&r| self.get(r) == Some(what))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    pub trips_by_date: Vec<usize>,
    pub agenda: Vec<DueEntry>,
    /// For each delegation, what it owns.
    pub owned: Vec<Owned>,
}

/// What the filter leaves in sight.
pub struct Shown<'a> {
    /// For each action, whether it is kept.
    pub actions: &'a [bool],
    pub filter: &'a Filter,
}

impl Shown<'_> {
    fn item(&self, plan: &Plan, today: NaiveDate, trip: usize, item: usize) -> bool {
        let (trip, item) = (&plan.trips[trip], &plan.trips[trip].checklist[item]);
        let state = State::of_item(trip, item, today);
        self.filter
            .keeps_item(item.owner.as_deref(), state.done, state.late)
    }

    fn keeps(&self, plan: &Plan, today: NaiveDate, what: DueRef) -> bool {
        match what {
            DueRef::Action(a) => self.actions[a],
            DueRef::Item { trip, item } => self.item(plan, today, trip, item),
        }
    }
}

impl Review {
    pub fn build(
        plan: &Plan,
        today: NaiveDate,
        shown: &Shown,
        objective_horizon: &[Option<usize>],
        objective_pos: &HashMap<String, usize>,
        delegation_pos: &HashMap<String, usize>,
    ) -> Self {
        let mut trips_by_date = trips_by_date(plan);
        // Narrowed to an owner or to what is late, only the trips with something of it.
        if shown.filter.owner.is_some() || shown.filter.late_only {
            trips_by_date.retain(|&t| {
                (0..plan.trips[t].checklist.len()).any(|i| shown.item(plan, today, t, i))
            });
        }
        let mut owned = vec![Owned::default(); plan.delegations.len()];
        let mut by_horizon: Vec<Vec<Vec<usize>>> =
            vec![vec![Vec::new(); plan.horizons.len()]; plan.delegations.len()];
        let mut helped = by_horizon.clone();
        for (a, action) in plan.actions.iter().enumerate() {
            let h = objective_pos
                .get(&action.objective)
                .and_then(|&o| objective_horizon[o]);
            let (Some(h), true) = (h, shown.actions[a]) else {
                continue;
            };
            if let Some(&d) = delegation_pos.get(&action.owner) {
                by_horizon[d][h].push(a);
            }
            for c in contributors(action) {
                if let Some(&d) = delegation_pos.get(c) {
                    helped[d][h].push(a);
                }
            }
        }
        let grouped = |horizons: Vec<Vec<usize>>| -> Vec<(usize, Vec<usize>)> {
            horizons
                .into_iter()
                .enumerate()
                .filter(|(_, actions)| !actions.is_empty())
                .collect()
        };
        for (d, (mine, theirs)) in by_horizon.into_iter().zip(helped).enumerate() {
            owned[d].by_horizon = grouped(mine);
            owned[d].contributes = grouped(theirs);
        }
        for &t in &trips_by_date {
            // A trip has a handful of owners: a list beats a map here.
            let mut per_owner: Vec<(usize, Vec<DueRef>)> = Vec::new();
            for (i, item) in plan.trips[t].checklist.iter().enumerate() {
                let holder = item.owner.as_ref().and_then(|o| delegation_pos.get(o));
                if let (Some(&d), true) = (holder, shown.item(plan, today, t, i)) {
                    let what = DueRef::Item { trip: t, item: i };
                    match per_owner.iter_mut().find(|(owner, _)| *owner == d) {
                        Some((_, items)) => items.push(what),
                        None => per_owner.push((d, vec![what])),
                    }
                }
            }
            for (d, items) in per_owner {
                owned[d].by_trip.push((t, items));
            }
        }
        Self {
            trips_by_date,
            agenda: agenda(plan, today)
                .into_iter()
                .filter(|e| shown.keeps(plan, today, e.what))
                .collect(),
            owned,
        }
    }
}
