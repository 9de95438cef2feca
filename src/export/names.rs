//! Looking records up by ID while building an export, each map built once per export.

use std::collections::HashMap;

use crate::domain::{Delegation, Horizon, Objective, Plan};
use crate::i18n::Lang;

pub struct Names<'a> {
    plan: &'a Plan,
    lang: Lang,
    delegations: HashMap<&'a str, &'a Delegation>,
    objectives: HashMap<&'a str, &'a Objective>,
    horizons: HashMap<&'a str, &'a Horizon>,
    trips: HashMap<&'a str, usize>,
}

impl<'a> Names<'a> {
    pub fn new(plan: &'a Plan, lang: Lang) -> Self {
        Self {
            plan,
            lang,
            delegations: plan
                .delegations
                .iter()
                .map(|d| (d.id.as_str(), d))
                .collect(),
            objectives: plan.objectives.iter().map(|o| (o.id.as_str(), o)).collect(),
            horizons: plan.horizons.iter().map(|h| (h.id.as_str(), h)).collect(),
            trips: plan
                .trips
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.as_str(), i))
                .collect(),
        }
    }

    /// "Relations internationales et Francophonie — Patrick Klugman", or the delegation's
    /// name alone, or "porteur inconnu".
    pub fn owner(&self, id: Option<&str>) -> String {
        match id.and_then(|id| self.delegations.get(id)) {
            Some(d) if d.holder.is_empty() => d.name.clone(),
            Some(d) => format!("{} — {}", d.name, d.holder),
            None => self.lang.catalogue().unknown_owner.to_owned(),
        }
    }

    /// Who holds the delegation ("Patrick Klugman"; "" when none or unknown).
    pub fn holder(&self, id: &str) -> &'a str {
        self.delegations.get(id).map_or("", |d| d.holder.as_str())
    }

    /// The delegation's name alone ("" when unknown).
    pub fn owner_name(&self, id: &str) -> &'a str {
        self.delegations.get(id).map_or("", |d| d.name.as_str())
    }

    pub fn objective(&self, id: &str) -> Option<&'a Objective> {
        self.objectives.get(id).copied()
    }

    pub fn horizon(&self, id: &str) -> Option<&'a Horizon> {
        self.horizons.get(id).copied()
    }

    /// The horizon an objective stands under.
    pub fn horizon_of(&self, objective: &str) -> Option<&'a Horizon> {
        self.objective(objective)
            .and_then(|o| self.horizon(&o.horizon))
    }

    pub fn trip(&self, id: &str) -> Option<&'a crate::domain::Trip> {
        self.trips.get(id).map(|&i| &self.plan.trips[i])
    }
}
