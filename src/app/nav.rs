//! Where the adviser stands on the roadmap: a column in focus and a selection in each column,
//! as positions among the parent's children.

use super::near::Near;
use super::scroll::Scroll;
use crate::domain::{Plan, PlanIndex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Column {
    #[default]
    Horizons,
    Objectives,
    Actions,
    /// The selected action and its owner.
    Detail,
}

impl Column {
    pub const ALL: [Self; 4] = [
        Self::Horizons,
        Self::Objectives,
        Self::Actions,
        Self::Detail,
    ];

    pub const fn position(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RoadmapNav {
    pub focus: Column,
    /// Position in `plan.horizons`.
    pub horizon: usize,
    /// Position among the selected horizon's objectives.
    pub objective: usize,
    /// Position among the selected objective's actions.
    pub action: usize,
    pub scroll: [Scroll; 3],
}

/// The IDs under the selection, to find it again after the plan changed under it: the
/// records selected in each column, and the focused one's neighbours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchor {
    horizon: Option<String>,
    objective: Option<String>,
    action: Option<String>,
    focus: Column,
    /// The focused column's record and its neighbours.
    near: Near,
}

impl RoadmapNav {
    /// The selected horizon, objective and action as indices into the plan's lists.
    pub fn horizon_index(&self, plan: &Plan) -> Option<usize> {
        (self.horizon < plan.horizons.len()).then_some(self.horizon)
    }

    pub fn objective_index(&self, plan: &Plan, index: &PlanIndex) -> Option<usize> {
        let h = self.horizon_index(plan)?;
        index.objectives_of.get(h)?.get(self.objective).copied()
    }

    pub fn action_index(&self, plan: &Plan, index: &PlanIndex) -> Option<usize> {
        let o = self.objective_index(plan, index)?;
        index.actions_of.get(o)?.get(self.action).copied()
    }

    /// How many rows the column has.
    pub fn len(&self, column: Column, plan: &Plan, index: &PlanIndex) -> usize {
        match column {
            Column::Horizons => plan.horizons.len(),
            Column::Objectives => self
                .horizon_index(plan)
                .and_then(|h| index.objectives_of.get(h))
                .map_or(0, Vec::len),
            Column::Actions => self
                .objective_index(plan, index)
                .and_then(|o| index.actions_of.get(o))
                .map_or(0, Vec::len),
            Column::Detail => 0,
        }
    }

    pub const fn selected(&self, column: Column) -> usize {
        match column {
            Column::Horizons => self.horizon,
            Column::Objectives => self.objective,
            Column::Actions => self.action,
            Column::Detail => 0,
        }
    }

    /// Selects row `row` of `column`; what hangs below it starts from its first row.
    pub fn select(&mut self, column: Column, row: usize) {
        let changed = self.selected(column) != row;
        match column {
            Column::Horizons => self.horizon = row,
            Column::Objectives => self.objective = row,
            Column::Actions => self.action = row,
            Column::Detail => {}
        }
        if changed {
            for below in column.position() + 1..3 {
                self.set_row(below, 0);
                self.scroll[below].reset();
            }
        }
    }

    fn set_row(&mut self, column: usize, row: usize) {
        match column {
            0 => self.horizon = row,
            1 => self.objective = row,
            _ => self.action = row,
        }
    }

    pub fn anchor(&self, plan: &Plan, index: &PlanIndex) -> Anchor {
        let near = match self.focus {
            Column::Horizons => Near::around(self.horizon, plan.horizons.len(), |i| {
                plan.horizons[i].id.as_str()
            }),
            Column::Objectives => {
                let list = self
                    .horizon_index(plan)
                    .and_then(|h| index.objectives_of.get(h))
                    .map_or(&[][..], Vec::as_slice);
                Near::around(self.objective, list.len(), |i| {
                    plan.objectives[list[i]].id.as_str()
                })
            }
            Column::Actions | Column::Detail => {
                let list = self
                    .objective_index(plan, index)
                    .and_then(|o| index.actions_of.get(o))
                    .map_or(&[][..], Vec::as_slice);
                Near::around(self.action, list.len(), |i| {
                    plan.actions[list[i]].id.as_str()
                })
            }
        };
        Anchor {
            horizon: self
                .horizon_index(plan)
                .map(|h| plan.horizons[h].id.clone()),
            objective: self
                .objective_index(plan, index)
                .map(|o| plan.objectives[o].id.clone()),
            action: self
                .action_index(plan, index)
                .map(|a| plan.actions[a].id.clone()),
            focus: self.focus,
            near,
        }
    }

    /// Finds the anchored records again in a changed plan. The focused one is followed
    /// wherever it went (to another objective, another horizon), or, gone or filtered out,
    /// its nearest neighbour in its list; the columns below the focus keep their records
    /// where these are still under the new selection, else their position, within bounds.
    pub fn restore(&mut self, anchor: &Anchor, plan: &Plan, index: &PlanIndex) {
        let followed = match anchor.focus {
            Column::Horizons => anchor
                .near
                .find(self.horizon, plan.horizons.len(), |i| {
                    plan.horizons[i].id.as_str()
                })
                .map(|h| self.horizon = h)
                .is_some(),
            Column::Objectives => self.follow_objective(anchor, plan, index),
            Column::Actions | Column::Detail => self.follow_action(anchor, plan, index),
        };
        if !followed
            && let Some(&h) = anchor
                .horizon
                .as_ref()
                .and_then(|id| index.horizon_pos.get(id))
        {
            self.horizon = h;
        }
        if (!followed || anchor.focus < Column::Objectives)
            && let Some(o) = anchor
                .objective
                .as_ref()
                .and_then(|id| index.objective_pos.get(id))
            && let Some(h) = self.horizon_index(plan)
            && let Some(row) = index.objectives_of[h].iter().position(|x| x == o)
        {
            self.objective = row;
        }
        if (!followed || anchor.focus < Column::Actions)
            && let Some(id) = &anchor.action
            && let Some(o) = self.objective_index(plan, index)
            && let Some(row) = index.actions_of[o]
                .iter()
                .position(|&a| plan.actions[a].id == *id)
        {
            self.action = row;
        }
        self.clamp(plan, index);
    }

    /// The focused objective where it now stands, or its nearest neighbour.
    fn follow_objective(&mut self, anchor: &Anchor, plan: &Plan, index: &PlanIndex) -> bool {
        if let Some(&o) = anchor.near.id().and_then(|id| index.objective_pos.get(id))
            && let Some(&h) = index.horizon_pos.get(&plan.objectives[o].horizon)
            && let Some(row) = index.objectives_of[h].iter().position(|&x| x == o)
        {
            (self.horizon, self.objective) = (h, row);
            return true;
        }
        let Some(&h) = anchor
            .horizon
            .as_ref()
            .and_then(|id| index.horizon_pos.get(id))
        else {
            return false;
        };
        let list = &index.objectives_of[h];
        let found = anchor.near.find(self.objective, list.len(), |i| {
            plan.objectives[list[i]].id.as_str()
        });
        found
            .map(|row| (self.horizon, self.objective) = (h, row))
            .is_some()
    }

    /// The focused action where it now stands (moved to another objective, the selection
    /// goes with it), or its nearest neighbour.
    fn follow_action(&mut self, anchor: &Anchor, plan: &Plan, index: &PlanIndex) -> bool {
        let Some(id) = anchor.near.id() else {
            return false;
        };
        let here = self
            .action_index(plan, index)
            .filter(|&a| plan.actions[a].id == id);
        if here.is_some() {
            return true;
        }
        if let Some(a) = plan.actions.iter().position(|a| a.id == id)
            && let Some(&o) = index.objective_pos.get(&plan.actions[a].objective)
            && let Some(&h) = index.horizon_pos.get(&plan.objectives[o].horizon)
            && let Some(o_row) = index.objectives_of[h].iter().position(|&x| x == o)
            && let Some(row) = index.actions_of[o].iter().position(|&x| x == a)
        {
            (self.horizon, self.objective, self.action) = (h, o_row, row);
            return true;
        }
        let Some(&o) = anchor
            .objective
            .as_ref()
            .and_then(|id| index.objective_pos.get(id))
        else {
            return false;
        };
        let Some(&h) = index.horizon_pos.get(&plan.objectives[o].horizon) else {
            return false;
        };
        let Some(o_row) = index.objectives_of[h].iter().position(|&x| x == o) else {
            return false;
        };
        let list = &index.actions_of[o];
        let found = anchor.near.find(self.action, list.len(), |i| {
            plan.actions[list[i]].id.as_str()
        });
        found
            .map(|row| (self.horizon, self.objective, self.action) = (h, o_row, row))
            .is_some()
    }

    /// Keeps every selection within its column, and the focus on a column that has rows.
    pub fn clamp(&mut self, plan: &Plan, index: &PlanIndex) {
        for column in [Column::Horizons, Column::Objectives, Column::Actions] {
            let len = self.len(column, plan, index);
            let row = self.selected(column).min(len.saturating_sub(1));
            self.set_row(column.position(), row);
        }
        while self.focus > Column::Horizons && !self.has_focusable(self.focus, plan, index) {
            self.focus = Column::ALL[self.focus.position() - 1];
        }
    }

    fn has_focusable(&self, column: Column, plan: &Plan, index: &PlanIndex) -> bool {
        match column {
            Column::Detail => self.action_index(plan, index).is_some(),
            c => self.len(c, plan, index) > 0,
        }
    }

    /// Moves the focus one column deeper, if there is something there.
    pub fn drill(&mut self, plan: &Plan, index: &PlanIndex) {
        if let Some(&next) = Column::ALL.get(self.focus.position() + 1)
            && self.has_focusable(next, plan, index)
        {
            self.focus = next;
        }
    }

    pub fn back(&mut self) {
        if self.focus > Column::Horizons {
            self.focus = Column::ALL[self.focus.position() - 1];
        }
    }
}
