//! The status note sent before the cabinet meeting: first the health of the work (see
//! `note_health.rs`) and what changed since the previous note; then per horizon, its
//! objectives with their progress and health, what was done since a date, what is late and
//! who owns it, and the trips ahead with how ready their checklists are.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::doc::{Block, Cell, Doc, Table, late, text};
use super::names::Names;
use super::note_health::NoteHealth;
use super::note_ledger::Snapshot;
use super::typo::{glue, glue_around};
use super::{Scope, trip_dates};
use crate::domain::{Action, Horizon, Plan, Progress, Status, Trip, is_late, item_due};
use crate::i18n::Lang;

struct Ctx<'a> {
    plan: &'a Plan,
    today: NaiveDate,
    lang: Lang,
    names: Names<'a>,
    scope: &'a Scope,
    /// The actions in scope, by objective position.
    actions_of: Vec<Vec<&'a Action>>,
    /// Trips the owner (if any) has actions for.
    owner_trips: HashSet<&'a str>,
    health: NoteHealth<'a>,
}

/// The note of `plan` on `today`, what changed told since the `previous` note when one is
/// kept, else since `since` (the day "done since" counts from too).
pub fn note(
    plan: &Plan,
    today: NaiveDate,
    lang: Lang,
    scope: &Scope,
    (since, previous): (NaiveDate, Option<&Snapshot>),
) -> Doc {
    let c = lang.catalogue();
    let n = &c.script.note;
    let cx = Ctx::new(plan, today, lang, scope);
    let mut scope_parts = Vec::new();
    if let Some(h) = scope.horizon.as_deref().and_then(|h| cx.names.horizon(h)) {
        scope_parts.push(glue_around(n.scope_horizon, &h.label));
    }
    if let Some(d) = &scope.owner {
        scope_parts.push(glue_around(n.scope_owner, &cx.names.owner(Some(d))));
    }
    if scope_parts.is_empty() {
        scope_parts.push(n.whole_plan.to_owned());
    }
    let date = glue(&c.date(today));
    let mut doc = Doc {
        title: n.title.to_owned(),
        date: date.clone(),
        subtitle: plan.title.clone(),
        meta: vec![
            (n.date.to_owned(), date),
            (n.scope.to_owned(), scope_parts.join(", ")),
        ],
        blocks: Vec::new(),
    };
    let mut total = Progress::default();
    let mut sections = Vec::new();
    let mut served = HashSet::new();
    for horizon in plan.horizons.iter().filter(|h| scope.has_horizon(&h.id)) {
        let progress = cx.horizon(&mut sections, horizon, since, &mut served);
        total.done += progress.done;
        total.total += progress.total;
        total.late += progress.late;
    }
    if scope.horizon.is_none() {
        let others: Vec<&Trip> = plan
            .trips
            .iter()
            .filter(|t| !served.contains(t.id.as_str()) && cx.concerns(t))
            .filter(|t| !t.objectives.iter().any(|o| cx.names.objective(o).is_some()))
            .collect();
        if others.iter().any(|t| cx.upcoming(t)) {
            sections.push(Block::Heading(2, n.other_trips.to_owned()));
            cx.trips(&mut sections, &others);
        }
    }
    doc.blocks.extend(cx.health.block());
    doc.blocks.extend(cx.health.since(previous, since));
    doc.blocks
        .push(Block::Heading(2, c.script.col_progress.to_owned()));
    doc.blocks.push(Block::Text(glue(&(n.progress)(total))));
    doc.blocks
        .extend(super::overview::blocks(plan, today, lang, scope));
    doc.blocks.extend(sections);
    doc
}

impl<'a> Ctx<'a> {
    fn new(plan: &'a Plan, today: NaiveDate, lang: Lang, scope: &'a Scope) -> Self {
        let objective_pos: HashMap<&str, usize> = plan
            .objectives
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let mut actions_of: Vec<Vec<&Action>> = vec![Vec::new(); plan.objectives.len()];
        for a in plan.actions.iter().filter(|a| scope.owns(a)) {
            if let Some(&o) = objective_pos.get(a.objective.as_str()) {
                actions_of[o].push(a);
            }
        }
        let horizon_of: HashMap<&str, &str> = plan
            .objectives
            .iter()
            .map(|o| (o.id.as_str(), o.horizon.as_str()))
            .collect();
        let covered = plan
            .actions
            .iter()
            .map(|a| {
                scope.owns(a)
                    && horizon_of
                        .get(a.objective.as_str())
                        .is_some_and(|h| scope.has_horizon(h))
            })
            .collect();
        let owner_trips = match &scope.owner {
            Some(owner) => plan
                .actions
                .iter()
                .filter(|a| &a.owner == owner)
                .filter_map(|a| a.trip.as_deref())
                .collect(),
            None => HashSet::new(),
        };
        Self {
            plan,
            today,
            lang,
            names: Names::new(plan, lang),
            scope,
            actions_of,
            owner_trips,
            health: NoteHealth::new(plan, covered, lang, today),
        }
    }

    /// A trip concerns the owner when it owns one of its checklist items or an action made
    /// for it.
    fn concerns(&self, trip: &Trip) -> bool {
        match &self.scope.owner {
            None => true,
            Some(owner) => {
                self.owner_trips.contains(trip.id.as_str())
                    || trip
                        .checklist
                        .iter()
                        .any(|i| i.owner.as_ref() == Some(owner))
            }
        }
    }

    /// The section of one horizon; returns its progress and notes the trips it showed.
    fn horizon(
        &self,
        out: &mut Vec<Block>,
        horizon: &'a Horizon,
        since: NaiveDate,
        served: &mut HashSet<&'a str>,
    ) -> Progress {
        let c = self.lang.catalogue();
        let plan = self.plan;
        let objectives: Vec<usize> = (0..plan.objectives.len())
            .filter(|&o| plan.objectives[o].horizon == horizon.id)
            .filter(|&o| self.scope.owner.is_none() || !self.actions_of[o].is_empty())
            .collect();
        let actions: Vec<&Action> = objectives
            .iter()
            .flat_map(|&o| self.actions_of[o].iter().copied())
            .collect();
        let progress = self.progress(&actions);

        out.push(Block::Heading(2, horizon.label.clone()));
        let mut fields = Vec::new();
        if let Some(deadline) = horizon.deadline {
            let late = deadline < self.today && progress.open() > 0;
            fields.push((
                c.deadline.to_owned(),
                glue(&c.due_date(deadline, self.today, late)),
            ));
        }
        fields.push((
            c.script.col_progress.to_owned(),
            glue(&(c.script.note.progress)(progress)),
        ));
        out.push(Block::Fields(fields));
        self.objectives(out, &objectives);
        self.done_since(out, &actions, since);
        self.late(out, &actions);

        // Trips count under the horizon through any of its objectives.
        let ids: HashSet<&str> = plan
            .objectives
            .iter()
            .filter(|o| o.horizon == horizon.id)
            .map(|o| o.id.as_str())
            .collect();
        let trips: Vec<&Trip> = plan
            .trips
            .iter()
            .filter(|t| t.objectives.iter().any(|o| ids.contains(o.as_str())))
            .filter(|t| self.concerns(t))
            .collect();
        served.extend(trips.iter().map(|t| t.id.as_str()));
        out.push(Block::Heading(3, c.script.note.upcoming_trips.to_owned()));
        self.trips(out, &trips);
        progress
    }
    fn progress(&self, actions: &[&Action]) -> Progress {
        let mut p = Progress::default();
        for a in actions {
            let done = a.status.is_done();
            p.total += 1;
            p.done += usize::from(done);
            p.late += usize::from(is_late(a.due, done, self.today));
        }
        p
    }

    fn objectives(&self, out: &mut Vec<Block>, objectives: &[usize]) {
        let c = self.lang.catalogue();
        out.push(Block::Heading(3, c.col_objectives.to_owned()));
        if objectives.is_empty() {
            out.push(Block::Empty(c.script.none.to_owned()));
            return;
        }
        let mut table = Table::new(&[
            c.objective,
            c.script.col_progress,
            c.script.col_late,
            c.health.label,
            c.health.note.col_last,
        ]);
        for &o in objectives {
            let p = self.progress(&self.actions_of[o]);
            let count = if p.late > 0 {
                late(&p.late.to_string())
            } else {
                text("0")
            };
            let title = &self.plan.objectives[o].title;
            let [health, last] = self.health.objective_cells(o);
            table.push(
                vec![text(title), Cell::Progress(p), count, health, last],
                p.late > 0,
            );
        }
        out.push(Block::Table(table));
    }

    fn done_since(&self, out: &mut Vec<Block>, actions: &[&Action], since: NaiveDate) {
        let c = self.lang.catalogue();
        out.push(Block::Heading(
            3,
            glue(&(c.script.note.done_since)(&c.date(since))),
        ));
        let mut done: Vec<(NaiveDate, &Action)> = actions
            .iter()
            .filter_map(|a| match a.status {
                Status::Done { on } if on >= since => Some((on, *a)),
                _ => None,
            })
            .collect();
        if done.is_empty() {
            out.push(Block::Empty(c.script.none.to_owned()));
            return;
        }
        done.sort_by_key(|&(on, _)| on);
        let mut table = Table::new(&[c.col_actions, c.owner, c.script.col_done_on]);
        for (on, a) in done {
            let owner = self.names.owner(Some(&a.owner));
            table.push(
                vec![text(&a.title), text(owner), text(glue(&c.date(on)))],
                false,
            );
        }
        out.push(Block::Table(table));
    }

    fn late(&self, out: &mut Vec<Block>, actions: &[&Action]) {
        let c = self.lang.catalogue();
        out.push(Block::Heading(3, c.script.note.late_actions.to_owned()));
        let mut overdue: Vec<(NaiveDate, &Action)> = actions
            .iter()
            .filter(|a| is_late(a.due, a.status.is_done(), self.today))
            .filter_map(|a| a.due.map(|d| (d, *a)))
            .collect();
        if overdue.is_empty() {
            out.push(Block::Empty(c.script.none.to_owned()));
            return;
        }
        overdue.sort_by_key(|&(due, _)| due);
        let mut table = Table::new(&[c.col_actions, c.owner, c.due]);
        for (due, a) in overdue {
            let owner = self.names.owner(Some(&a.owner));
            let when = late(&c.due_date(due, self.today, true));
            table.push(vec![text(&a.title), text(owner), when], true);
        }
        out.push(Block::Table(table));
    }

    /// Not over, not cancelled.
    fn upcoming(&self, trip: &Trip) -> bool {
        !trip.status.is_closed()
            && trip
                .end
                .or(trip.start)
                .is_none_or(|last| last >= self.today)
    }

    fn trips(&self, out: &mut Vec<Block>, trips: &[&Trip]) {
        let c = self.lang.catalogue();
        let t = c.script;
        let mut trips: Vec<&Trip> = trips.iter().copied().filter(|t| self.upcoming(t)).collect();
        if trips.is_empty() {
            out.push(Block::Empty(t.none.to_owned()));
            return;
        }
        trips.sort_by_key(|t| (t.start.is_none(), t.start));
        let mut table = Table::new(&[c.trip, t.col_dates, c.status, t.col_readiness, t.col_late]);
        for trip in trips {
            let ready = self.readiness(trip);
            let mut dates = trip_dates(trip, self.lang);
            if let Some(start) = trip.start.filter(|&s| s >= self.today) {
                dates = format!(
                    "{} · {dates}",
                    (c.countdown)((start - self.today).num_days())
                );
            }
            let count = if ready.late > 0 {
                late(&(t.note.late_count)(ready.late))
            } else {
                text("0")
            };
            table.push(
                vec![
                    text(&trip.destination),
                    text(glue(&dates)),
                    text((c.trip_status)(trip.status)),
                    Cell::Progress(ready),
                    count,
                ],
                ready.late > 0,
            );
        }
        out.push(Block::Table(table));
    }

    fn readiness(&self, trip: &Trip) -> Progress {
        let mut p = Progress::default();
        for item in &trip.checklist {
            let done = item.done_on.is_some();
            p.total += 1;
            p.done += usize::from(done);
            p.late += usize::from(is_late(item_due(trip, item), done, self.today));
        }
        p
    }
}
