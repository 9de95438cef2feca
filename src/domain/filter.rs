//! What the adviser chose to see: one owner's work, one status, one theme, only what is late.
//! The filter narrows the lists of every screen; progress figures stay those of the whole plan.

use chrono::NaiveDate;

use super::carry::owner_keeps;
use super::model::{Action, Plan, Status};
use super::schedule::is_late;

/// Which actions a status filter keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Open,
    Todo,
    InProgress,
    Blocked,
    Done,
}

impl StatusFilter {
    pub const ALL: [Self; 5] = [
        Self::Open,
        Self::Todo,
        Self::InProgress,
        Self::Blocked,
        Self::Done,
    ];

    pub const fn keeps(self, status: Status) -> bool {
        match self {
            Self::Open => status.is_open(),
            Self::Todo => matches!(status, Status::Todo),
            Self::InProgress => matches!(status, Status::InProgress),
            Self::Blocked => matches!(status, Status::Blocked),
            Self::Done => status.is_done(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Delegation ID: actions and checklist items it owns — not the actions it only
    /// contributes to (the one rule of [`super::carry::owner_keeps`]).
    pub owner: Option<String>,
    pub status: Option<StatusFilter>,
    /// Objectives carrying this theme (compared without case).
    pub theme: Option<String>,
    pub late_only: bool,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    pub fn keeps_theme(&self, themes: &[String]) -> bool {
        self.theme.as_ref().is_none_or(|theme| {
            themes
                .iter()
                .any(|t| t.eq_ignore_ascii_case(theme) || t == theme)
        })
    }

    /// Whether the action stays in sight (its objective's themes are checked apart).
    pub fn keeps_action(&self, action: &Action, today: NaiveDate) -> bool {
        let owner = self.owner.as_ref().is_none_or(|o| owner_keeps(action, o));
        let status = self.status.is_none_or(|s| s.keeps(action.status));
        let late = !self.late_only || is_late(action.due, action.status.is_done(), today);
        owner && status && late
    }

    /// Whether a checklist item stays in sight: status and theme filters are about actions,
    /// so an item is kept by owner and lateness only, and hidden by a status filter for
    /// finished work only when it is done.
    pub fn keeps_item(&self, owner: Option<&str>, done: bool, late: bool) -> bool {
        let by_owner = self.owner.as_deref().is_none_or(|o| owner == Some(o));
        let by_status = match self.status {
            Some(StatusFilter::Done) => done,
            Some(_) => !done,
            None => true,
        };
        by_owner && by_status && (!self.late_only || late) && self.theme.is_none()
    }

    /// Every theme the plan's objectives carry, sorted, once each.
    pub fn themes(plan: &Plan) -> Vec<String> {
        let mut themes: Vec<String> = plan
            .objectives
            .iter()
            .flat_map(|o| o.themes.iter().cloned())
            .collect();
        themes.sort_by_key(|t| crate::fold::fold(t));
        themes.dedup();
        themes
    }
}
