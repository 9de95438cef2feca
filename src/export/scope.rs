//! What part of the plan an export covers: one horizon, one owner, or everything.

use std::collections::HashSet;

use super::{ExportError, find};
use crate::domain::{Action, Plan};
use crate::i18n::IdKind;

/// A horizon and an owner to keep to, by ID; `None` keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub horizon: Option<String>,
    pub owner: Option<String>,
}

impl Scope {
    /// Fails on an ID that names nothing, or something else than a horizon or a delegation.
    pub fn check(&self, plan: &Plan) -> Result<(), ExportError> {
        if let Some(h) = &self.horizon {
            find(plan, h, IdKind::Horizon)?;
        }
        if let Some(d) = &self.owner {
            find(plan, d, IdKind::Delegation)?;
        }
        Ok(())
    }

    pub fn has_horizon(&self, id: &str) -> bool {
        self.horizon.as_deref().is_none_or(|h| h == id)
    }

    /// The owner filter alone (the horizon is checked through the objective).
    pub fn owns(&self, action: &Action) -> bool {
        self.owner.as_deref().is_none_or(|o| o == action.owner)
    }

    /// The plan cut down to the scope: the horizon, its objectives and their actions (those
    /// of the owner); the trips that serve those objectives, that those actions prepare, or
    /// that serve no objective, with their lists of objectives cut to the ones kept;
    /// delegations and templates whole. Every reference stays valid: the view is itself a
    /// valid store.
    pub fn view(&self, plan: &Plan) -> Plan {
        if self.horizon.is_none() && self.owner.is_none() {
            return plan.clone();
        }
        let mut view = plan.clone();
        view.horizons.retain(|h| self.has_horizon(&h.id));
        let horizons: HashSet<&str> = view.horizons.iter().map(|h| h.id.as_str()).collect();
        view.objectives
            .retain(|o| horizons.contains(o.horizon.as_str()));
        let objectives: HashSet<&str> = view.objectives.iter().map(|o| o.id.as_str()).collect();
        view.actions
            .retain(|a| objectives.contains(a.objective.as_str()) && self.owns(a));
        let wanted: HashSet<&str> = view
            .actions
            .iter()
            .filter_map(|a| a.trip.as_deref())
            .collect();
        view.trips.retain(|t| {
            t.objectives.is_empty()
                || wanted.contains(t.id.as_str())
                || t.objectives.iter().any(|o| objectives.contains(o.as_str()))
        });
        for trip in &mut view.trips {
            trip.objectives.retain(|o| objectives.contains(o.as_str()));
        }
        view
    }
}
