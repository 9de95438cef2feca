//! The five screens and where the adviser stands on the review screens and the dashboard.

use super::dashboard::DashboardNav;
use super::scroll::Scroll;
use crate::domain::{DueRef, Owned, Plan, PlanIndex, to_update};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Roadmap,
    Delegations,
    Trips,
    Deadlines,
    /// The mandate at a glance.
    Dashboard,
}

impl Screen {
    pub const ALL: [Self; 5] = [
        Self::Roadmap,
        Self::Delegations,
        Self::Trips,
        Self::Deadlines,
        Self::Dashboard,
    ];

    pub const fn position(self) -> usize {
        self as usize
    }

    /// The next screen, or the previous one (`forward` false), wrapping around.
    #[must_use]
    pub const fn cycle(self, forward: bool) -> Self {
        let n = Self::ALL.len();
        let step = if forward { 1 } else { n - 1 };
        Self::ALL[(self.position() + step) % n]
    }
}

/// A list with a detail pane: the selected row, and a selection inside the detail.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pane {
    pub row: usize,
    /// The detail pane has the keyboard.
    pub detail: bool,
    pub item: usize,
    pub scroll: [Scroll; 2],
}

impl Pane {
    pub fn select_row(&mut self, row: usize) {
        if row != self.row {
            self.row = row;
            self.item = 0;
            self.scroll[1].reset();
        }
    }

    /// Another record of the list is selected in place of the one that was (gone): its
    /// detail from the top, without the keyboard.
    pub fn select_other(&mut self) {
        self.item = 0;
        self.detail = false;
        self.scroll[1].reset();
    }

    pub fn clamp(&mut self, rows: usize, items: usize) {
        self.row = self.row.min(rows.saturating_sub(1));
        self.item = self.item.min(items.saturating_sub(1));
        if items == 0 {
            self.detail = false;
        }
    }
}

/// A selectable row of a trip's detail: a checklist item, a linked objective, a traveller,
/// or, while nobody is listed, the empty "Composition" section (where `a` adds the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TripRow {
    Item(usize),
    Objective(usize),
    Member(usize),
    NoMembers,
}

impl TripRow {
    /// The ID of the record on this row of trip `t`'s detail, to find it again after a
    /// change; the empty section has none of its own and is told apart by an ID no record
    /// can take (IDs are checked to be non-empty).
    pub fn id(self, plan: &Plan, t: usize) -> &str {
        let trip = &plan.trips[t];
        match self {
            Self::Item(i) => &trip.checklist[i].id,
            Self::Objective(o) => &plan.objectives[o].id,
            Self::Member(m) => &trip.members[m].id,
            Self::NoMembers => "",
        }
    }
}

/// The selectable rows of trip `t`'s detail: the checklist, the linked objectives, the
/// travellers (by category, as shown), or the empty section when there are none.
pub fn trip_rows(plan: &Plan, index: &PlanIndex, t: usize) -> Vec<TripRow> {
    let trip = &plan.trips[t];
    let items = (0..trip.checklist.len()).map(TripRow::Item);
    let objectives = trip
        .objectives
        .iter()
        .filter_map(|id| index.objective_pos.get(id))
        .map(|&o| TripRow::Objective(o));
    let mut members: Vec<usize> = (0..trip.members.len()).collect();
    members.sort_by_key(|&m| trip.members[m].category);
    let nobody = members.is_empty().then_some(TripRow::NoMembers);
    items
        .chain(objectives)
        .chain(members.into_iter().map(TripRow::Member))
        .chain(nobody)
        .collect()
}

/// The weekly review: the agenda, possibly narrowed to one owner; or (`r`) the actions to
/// update, the Monday list of whom to call.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Deadlines {
    pub row: usize,
    /// The owner delegation's ID when narrowed.
    pub owner: Option<String>,
    /// Positions in `index.review.agenda` of the entries shown, recomputed when the plan or
    /// the filter changes, not per frame.
    pub shown: Vec<usize>,
    pub scroll: Scroll,
    /// "À mettre à jour" is shown instead of the agenda.
    pub to_update: bool,
    /// Its rows, (owner delegation, action) by position, grouped by owner, oldest last
    /// check-in first; recomputed with `shown` (narrowed to the owner too).
    pub updates: Vec<(usize, usize)>,
    pub update_row: usize,
    pub update_scroll: Scroll,
}

impl Deadlines {
    pub fn refresh(&mut self, plan: &Plan, index: &PlanIndex) {
        let agenda = &index.review.agenda;
        self.shown = match &self.owner {
            None => (0..agenda.len()).collect(),
            Some(owner) => (0..agenda.len())
                .filter(|&e| agenda[e].what.owner(plan) == Some(owner.as_str()))
                .collect(),
        };
        self.row = self.row.min(self.shown.len().saturating_sub(1));
        self.updates = to_update(plan, &index.health, self.owner.as_deref())
            .into_iter()
            .flat_map(|(d, actions)| actions.into_iter().map(move |a| (d, a)))
            .collect();
        self.update_row = self.update_row.min(self.updates.len().saturating_sub(1));
    }

    pub fn selected(&self, index: &PlanIndex) -> Option<DueRef> {
        if self.to_update {
            let &(_, a) = self.updates.get(self.update_row)?;
            return Some(DueRef::Action(a));
        }
        let e = *self.shown.get(self.row)?;
        Some(index.review.agenda[e].what)
    }

    /// How many rows the list in view has.
    pub fn len(&self) -> usize {
        if self.to_update {
            self.updates.len()
        } else {
            self.shown.len()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The selected row of the list in view.
    pub fn row_mut(&mut self) -> &mut usize {
        if self.to_update {
            &mut self.update_row
        } else {
            &mut self.row
        }
    }
}

/// Where the adviser stands on the review screens.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReviewNav {
    pub delegations: Pane,
    pub trips: Pane,
    pub deadlines: Deadlines,
    pub dashboard: DashboardNav,
}

impl ReviewNav {
    /// The trip selected on the Déplacements screen (a position in `plan.trips`).
    pub fn trip(&self, index: &PlanIndex) -> Option<usize> {
        index.review.trips_by_date.get(self.trips.row).copied()
    }

    /// Keeps every selection in bounds after the plan changed.
    pub fn clamp(&mut self, plan: &Plan, index: &PlanIndex) {
        let owned = index
            .review
            .owned
            .get(self.delegations.row)
            .map_or(0, Owned::len);
        self.delegations.clamp(plan.delegations.len(), owned);
        // The trips in sight: a filter may leave out some.
        let rows = index.review.trips_by_date.len();
        self.trips.row = self.trips.row.min(rows.saturating_sub(1));
        let items = self
            .trip(index)
            .map_or(0, |t| trip_rows(plan, index, t).len());
        self.trips.clamp(rows, items);
        self.deadlines.refresh(plan, index);
        self.dashboard.clamp(plan, index);
    }
}
