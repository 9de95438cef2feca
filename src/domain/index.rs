//! Figures derived from the plan — tree structure, progress, lateness, each owner's load —
//! computed once per change (and per day), so that drawing a frame never walks the plan.

use rustc_hash::FxHashMap as HashMap;

use chrono::NaiveDate;

use super::carry::{Carry, State, contributors};
use super::filter::Filter;
use super::health::PlanHealth;
use super::model::Plan;
use super::review::{Review, Shown};

/// Done out of total, and how many of the open ones are late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub late: usize,
    /// Neither done nor open: checklist items of a trip done or cancelled (see
    /// [`super::carry`]); always 0 for actions.
    pub closed: usize,
}

impl Progress {
    fn count(&mut self, done: bool, late: bool) {
        self.total += 1;
        self.done += usize::from(done);
        self.late += usize::from(late);
    }

    pub(super) fn add(&mut self, state: State) {
        self.count(state.done, state.late);
        self.closed += usize::from(state.closed);
    }

    /// Still to do: neither done nor closed.
    pub const fn open(self) -> usize {
        self.total - self.done - self.closed
    }

    /// Share done, 0.0 for an empty set.
    #[allow(clippy::cast_precision_loss)]
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanIndex {
    pub today: Option<NaiveDate>,
    /// For each horizon, its objectives (indices into `plan.objectives`), in plan order.
    pub objectives_of: Vec<Vec<usize>>,
    /// For each objective, its actions (indices into `plan.actions`), in plan order.
    pub actions_of: Vec<Vec<usize>>,
    pub horizon_progress: Vec<Progress>,
    pub objective_progress: Vec<Progress>,
    /// What each delegation carries: actions it owns, actions it contributes to, checklist
    /// items (the definition lives in [`super::carry`]).
    pub carry: Vec<Carry>,
    /// Checklist progress of each trip.
    pub trip_checklist: Vec<Progress>,
    pub horizon_pos: HashMap<String, usize>,
    pub objective_pos: HashMap<String, usize>,
    pub delegation_pos: HashMap<String, usize>,
    pub trip_pos: HashMap<String, usize>,
    /// Actions each delegation owns, per horizon: `[delegation][horizon]`.
    pub delegation_by_horizon: Vec<Vec<Progress>>,
    pub review: Review,
    /// Every action's and objective's health, whatever the filter (see `health.rs`).
    pub health: PlanHealth,
}

fn positions<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
}

impl PlanIndex {
    /// Builds the index of a plan that passed validation; records with dangling references
    /// are left out of the tree rather than panicking.
    #[must_use]
    pub fn build(plan: &Plan, today: NaiveDate) -> Self {
        Self::build_filtered(plan, today, &Filter::default())
    }

    /// The index with the tree and the review lists narrowed by `filter`; progress, late
    /// counts and loads stay those of the whole plan.
    #[must_use]
    pub fn build_filtered(plan: &Plan, today: NaiveDate, filter: &Filter) -> Self {
        let horizon_pos = positions(plan.horizons.iter().map(|h| &h.id));
        let objective_pos = positions(plan.objectives.iter().map(|o| &o.id));
        let delegation_pos = positions(plan.delegations.iter().map(|d| &d.id));
        let trip_pos = positions(plan.trips.iter().map(|t| &t.id));

        let objective_horizon: Vec<Option<usize>> = plan
            .objectives
            .iter()
            .map(|o| horizon_pos.get(&o.horizon).copied())
            .collect();
        let theme_kept: Vec<bool> = plan
            .objectives
            .iter()
            .map(|o| filter.keeps_theme(&o.themes))
            .collect();
        let mut kept = vec![true; plan.actions.len()];

        let mut actions_of = vec![Vec::new(); plan.objectives.len()];
        let mut horizon_progress = vec![Progress::default(); plan.horizons.len()];
        let mut objective_progress = vec![Progress::default(); plan.objectives.len()];
        let mut carry = vec![Carry::default(); plan.delegations.len()];
        let mut delegation_by_horizon =
            vec![vec![Progress::default(); plan.horizons.len()]; plan.delegations.len()];
        for (i, a) in plan.actions.iter().enumerate() {
            let State { done, late, .. } = State::of_action(a, today);
            let mut horizon = None;
            if let Some(&o) = objective_pos.get(&a.objective) {
                kept[i] = theme_kept[o] && filter.keeps_action(a, today);
                if kept[i] {
                    actions_of[o].push(i);
                }
                objective_progress[o].count(done, late);
                horizon = objective_horizon[o];
                if let Some(h) = horizon {
                    horizon_progress[h].count(done, late);
                }
            }
            if let Some(&d) = delegation_pos.get(&a.owner) {
                carry[d].owns.count(done, late);
                if let Some(h) = horizon {
                    delegation_by_horizon[d][h].count(done, late);
                }
            }
            for c in contributors(a) {
                if let Some(&d) = delegation_pos.get(c) {
                    carry[d].contributes.count(done, late);
                }
            }
        }

        // An objective shows when it holds something in sight, or, when only a theme is
        // asked for, when it carries the theme (even with no action yet).
        let only_theme = filter.owner.is_none() && filter.status.is_none() && !filter.late_only;
        let mut objectives_of = vec![Vec::new(); plan.horizons.len()];
        for (o, h) in objective_horizon.iter().enumerate() {
            let shown =
                !filter.is_active() || !actions_of[o].is_empty() || (only_theme && theme_kept[o]);
            if let (Some(h), true) = (h, shown) {
                objectives_of[*h].push(o);
            }
        }

        let mut trip_checklist = vec![Progress::default(); plan.trips.len()];
        for (t, trip) in plan.trips.iter().enumerate() {
            for item in &trip.checklist {
                let state = State::of_item(trip, item, today);
                trip_checklist[t].count(state.done, state.late);
                if let Some(&d) = item.owner.as_ref().and_then(|o| delegation_pos.get(o)) {
                    carry[d].items.add(state);
                }
            }
        }

        let review = Review::build(
            plan,
            today,
            &Shown {
                actions: &kept,
                filter,
            },
            &objective_horizon,
            &objective_pos,
            &delegation_pos,
        );
        let health = PlanHealth::build(plan, today, |a| objective_pos.get(&a.objective).copied());
        Self {
            today: Some(today),
            objectives_of,
            actions_of,
            horizon_progress,
            objective_progress,
            carry,
            trip_checklist,
            horizon_pos,
            objective_pos,
            delegation_pos,
            trip_pos,
            delegation_by_horizon,
            review,
            health,
        }
    }
}
