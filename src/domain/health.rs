//! Where each action really stands, beside done: the health the screens, the command line's
//! JSON and the status note all show. Pure functions of the plan and the day.
//!
//! - An open action's health is the most severe of its latest *fresh* check-in (made within
//!   the plan's `checkin_weeks`, the boundary day included; of two on its latest day, the
//!   more severe), *off track* if it is late, and *at risk* if it is blocked: a late action
//!   re-dated or declared on track never reads greener than its facts.
//! - Without any of those it has no health, only a reason to ask: *stale* ("pas de point
//!   récent") when an update is expected — in progress, blocked, late, due within two
//!   thresholds, or checked in before — else *not started*.
//! - Done actions are out of every count.
//! - An objective takes the worst state of its open actions, never an average, with the
//!   count of each; a health declared on the objective itself by a check-in is shown beside
//!   and flagged when it is rosier than the computed one.

use chrono::{Days, NaiveDate};

use super::model::{Action, CheckIn, Health, Objective, Plan, Status};
use super::schedule::is_late;

/// What the screens say of an action or objective, least severe first: an objective takes
/// the greatest of its actions'. *Stale* comes above *on track*: an action nobody has news
/// of must not let its objective read green.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HealthState {
    NotStarted,
    OnTrack,
    Stale,
    AtRisk,
    OffTrack,
}

impl HealthState {
    /// Every state, least severe first: the order of the counts.
    pub const ALL: [Self; 5] = [
        Self::NotStarted,
        Self::OnTrack,
        Self::Stale,
        Self::AtRisk,
        Self::OffTrack,
    ];

    pub const fn of(health: Health) -> Self {
        match health {
            Health::OnTrack => Self::OnTrack,
            Health::AtRisk => Self::AtRisk,
            Health::OffTrack => Self::OffTrack,
        }
    }

    /// The name in JSON: `on-track`, `at-risk`, `off-track`, `stale`, `not-started`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NotStarted => "not-started",
            Self::OnTrack => "on-track",
            Self::Stale => "stale",
            Self::AtRisk => "at-risk",
            Self::OffTrack => "off-track",
        }
    }

    /// Its place in [`Self::ALL`].
    pub const fn rank(self) -> usize {
        self as usize
    }
}

/// Why an action or objective reads as it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Its fresh check-in of that day says so.
    CheckIn(NaiveDate),
    /// Late by so many days: off track whatever was said.
    Late(i64),
    /// Blocked: at risk whatever was said.
    Blocked,
    /// An update is expected and none is fresh: the last one's day, if any.
    NoRecentCheckIn(Option<NaiveDate>),
    /// Nothing is expected yet.
    NothingExpected,
    /// An objective: the worst of its open actions, this one (a position in `plan.actions`).
    Worst(usize),
    /// An objective with no open action.
    NoOpenAction,
}

/// An open action's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionHealth {
    pub state: HealthState,
    pub why: Why,
    /// It has a check-in within the threshold.
    pub fresh: bool,
    /// An update is expected of it (see the module's rules).
    pub expected: bool,
    /// Its latest check-in's day and health, fresh or not.
    pub last: Option<(NaiveDate, Health)>,
}

impl ActionHealth {
    /// On the "to update" list: an update is expected and none is fresh.
    pub const fn needs_update(self) -> bool {
        self.expected && !self.fresh
    }
}

/// An objective's health: computed from its open actions, and as declared on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ObjectiveHealth {
    /// The worst of its open actions; `None` with no open action.
    pub state: Option<HealthState>,
    /// The action that makes it so.
    pub worst: Option<usize>,
    /// Open actions in each state, by [`HealthState::rank`].
    pub counts: [usize; 5],
    /// Its own latest check-in: day, health, and whether it is fresh.
    pub declared: Option<(NaiveDate, Health, bool)>,
}

impl ObjectiveHealth {
    /// The declared health reads better than what the actions say: the watermelon.
    pub fn rosier(&self) -> bool {
        match (self.declared, self.state) {
            (Some((_, declared, _)), Some(computed)) => HealthState::of(declared) < computed,
            _ => false,
        }
    }

    pub const fn why(&self) -> Why {
        match self.worst {
            Some(a) => Why::Worst(a),
            None => Why::NoOpenAction,
        }
    }

    /// Adds one open action's state.
    fn count(&mut self, a: usize, health: &ActionHealth) {
        self.counts[health.state.rank()] += 1;
        if self.state.is_none_or(|s| health.state > s) {
            self.state = Some(health.state);
            self.worst = Some(a);
        }
    }
}

/// The days a check-in stays fresh.
pub fn fresh_days(weeks: u8) -> u64 {
    u64::from(weeks) * 7
}

/// Whether a check-in made on `on` is still fresh on `today`: within the threshold, the last
/// day of it included.
pub fn is_fresh(on: NaiveDate, today: NaiveDate, weeks: u8) -> bool {
    today
        .checked_sub_days(Days::new(fresh_days(weeks)))
        .is_none_or(|oldest| on >= oldest)
}

/// The latest check-in's day and health; of several on that day, the most severe.
pub fn latest(checkins: &[CheckIn]) -> Option<(NaiveDate, Health)> {
    latest_by(checkins, NaiveDate::MAX)
}

/// [`latest`] among the check-ins made by `today`: one dated later (a hand edit) is not known
/// yet, so that a health read as of a past day is the one it had then.
pub fn latest_by(checkins: &[CheckIn], today: NaiveDate) -> Option<(NaiveDate, Health)> {
    // Kept sorted by day: the latest day's entries are at the end.
    let known = checkins.partition_point(|c| c.on <= today);
    let checkins = &checkins[..known];
    let last = checkins.last()?.on;
    let health = checkins
        .iter()
        .rev()
        .take_while(|c| c.on == last)
        .map(|c| c.health)
        .max()?;
    Some((last, health))
}

/// The health of `action` on `today`; `None` once it is done.
pub fn of_action(action: &Action, today: NaiveDate, weeks: u8) -> Option<ActionHealth> {
    if action.status.is_done() {
        return None;
    }
    let last = latest_by(&action.checkins, today);
    let fresh = last.filter(|&(on, _)| is_fresh(on, today, weeks));
    let late = is_late(action.due, false, today);
    let blocked = action.status == Status::Blocked;
    let soon = action.due.is_some_and(|due| {
        today
            .checked_add_days(Days::new(2 * fresh_days(weeks)))
            .is_none_or(|horizon| due <= horizon)
    });
    let expected = action.status == Status::InProgress || blocked || late || soon || last.is_some();
    // The floors first: a check-in only sets the health when it is more severe than them.
    let mut found: Option<(HealthState, Why)> = None;
    let mut raise = |state: HealthState, why: Why| {
        if found.is_none_or(|(s, _)| state > s) {
            found = Some((state, why));
        }
    };
    if late {
        let days = action.due.map_or(0, |due| (today - due).num_days());
        raise(HealthState::OffTrack, Why::Late(days));
    }
    if blocked {
        raise(HealthState::AtRisk, Why::Blocked);
    }
    if let Some((on, health)) = fresh {
        raise(HealthState::of(health), Why::CheckIn(on));
    }
    let (state, why) = found.unwrap_or(if expected {
        (
            HealthState::Stale,
            Why::NoRecentCheckIn(last.map(|(on, _)| on)),
        )
    } else {
        (HealthState::NotStarted, Why::NothingExpected)
    });
    Some(ActionHealth {
        state,
        why,
        fresh: fresh.is_some(),
        expected,
        last,
    })
}

/// What `objective` declares of itself: its latest check-in, and whether it is fresh.
pub fn declared(
    objective: &Objective,
    today: NaiveDate,
    weeks: u8,
) -> Option<(NaiveDate, Health, bool)> {
    latest_by(&objective.checkins, today).map(|(on, h)| (on, h, is_fresh(on, today, weeks)))
}

/// The health of every action and objective of a plan, computed once per change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanHealth {
    pub today: Option<NaiveDate>,
    pub weeks: u8,
    /// By position in `plan.actions`: `None` for a done action.
    pub actions: Vec<Option<ActionHealth>>,
    /// By position in `plan.objectives`.
    pub objectives: Vec<ObjectiveHealth>,
    /// The actions of each objective (positions in `plan.actions`), to roll one up again.
    members: Vec<Vec<usize>>,
}

impl PlanHealth {
    /// Every action's and objective's health; `objective_of` gives each action's objective
    /// position (the index's map).
    pub fn build(
        plan: &Plan,
        today: NaiveDate,
        objective_of: impl Fn(&Action) -> Option<usize>,
    ) -> Self {
        let weeks = plan.checkin_weeks;
        let actions: Vec<Option<ActionHealth>> = plan
            .actions
            .iter()
            .map(|a| of_action(a, today, weeks))
            .collect();
        let mut members = vec![Vec::new(); plan.objectives.len()];
        for (a, action) in plan.actions.iter().enumerate() {
            if let Some(o) = objective_of(action) {
                members[o].push(a);
            }
        }
        let mut health = Self {
            today: Some(today),
            weeks,
            actions,
            objectives: Vec::new(),
            members,
        };
        health.objectives = (0..plan.objectives.len())
            .map(|o| health.roll_up(plan, o))
            .collect();
        health
    }

    /// [`Self::build`] for a plan without an index at hand (the command line, the exports).
    pub fn of(plan: &Plan, today: NaiveDate) -> Self {
        let objective_pos: rustc_hash::FxHashMap<&str, usize> = plan
            .objectives
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        Self::build(plan, today, |a| {
            objective_pos.get(a.objective.as_str()).copied()
        })
    }

    fn roll_up(&self, plan: &Plan, o: usize) -> ObjectiveHealth {
        let today = self.today.unwrap_or_default();
        let mut out = ObjectiveHealth {
            declared: declared(&plan.objectives[o], today, self.weeks),
            ..ObjectiveHealth::default()
        };
        for &a in &self.members[o] {
            if let Some(h) = &self.actions[a] {
                out.count(a, h);
            }
        }
        out
    }

    /// After the action at `a` changed (a tick, a check-in): its health and its objective's,
    /// in place. `o` is its objective's position.
    pub fn action_changed(&mut self, plan: &Plan, a: usize, o: Option<usize>) {
        let today = self.today.unwrap_or_default();
        self.actions[a] = of_action(&plan.actions[a], today, self.weeks);
        if let Some(o) = o {
            self.objectives[o] = self.roll_up(plan, o);
        }
    }

    /// After a check-in on the objective at `o`.
    pub fn objective_changed(&mut self, plan: &Plan, o: usize) {
        self.objectives[o] = self.roll_up(plan, o);
    }

    /// How many open actions are in each state, over `actions` (positions), and how many of
    /// them expect an update and how many of those have a fresh one.
    pub fn tally(&self, actions: impl IntoIterator<Item = usize>) -> Tally {
        let mut tally = Tally::default();
        for a in actions {
            if let Some(h) = &self.actions[a] {
                tally.counts[h.state.rank()] += 1;
                tally.open += 1;
                tally.expected += usize::from(h.expected);
                tally.fresh += usize::from(h.expected && h.fresh);
            }
        }
        tally
    }
}

/// Open actions counted by state: the health block of the note, the JSON's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// By [`HealthState::rank`].
    pub counts: [usize; 5],
    pub open: usize,
    /// Open actions an update is expected of.
    pub expected: usize,
    /// Of those, how many have a fresh check-in.
    pub fresh: usize,
}

impl Tally {
    pub const fn of(&self, state: HealthState) -> usize {
        self.counts[state.rank()]
    }

    /// The share of expected actions with a fresh check-in, in percent (100 when none is
    /// expected: nobody is behind).
    pub fn fresh_percent(&self) -> usize {
        (self.fresh * 100 + self.expected / 2)
            .checked_div(self.expected)
            .unwrap_or(100)
    }
}

/// The actions to ask about on Monday: open, an update expected, none fresh. Grouped by
/// owner (delegations in plan order, those that own none left out), the oldest last
/// check-in first (never checked in before any), then plan order.
pub fn to_update(
    plan: &Plan,
    health: &PlanHealth,
    owner: Option<&str>,
) -> Vec<(usize, Vec<usize>)> {
    let mut by_owner: Vec<Vec<usize>> = vec![Vec::new(); plan.delegations.len()];
    let owner_pos: rustc_hash::FxHashMap<&str, usize> = plan
        .delegations
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    for (a, action) in plan.actions.iter().enumerate() {
        if owner.is_some_and(|o| o != action.owner) {
            continue;
        }
        let Some(h) = health.actions.get(a).copied().flatten() else {
            continue;
        };
        if let (true, Some(&d)) = (h.needs_update(), owner_pos.get(action.owner.as_str())) {
            by_owner[d].push(a);
        }
    }
    by_owner
        .into_iter()
        .enumerate()
        .filter(|(_, actions)| !actions.is_empty())
        .map(|(d, mut actions)| {
            actions.sort_by_key(|&a| {
                let last = health.actions[a].and_then(|h| h.last).map(|(on, _)| on);
                (last, a)
            });
            (d, actions)
        })
        .collect()
}
