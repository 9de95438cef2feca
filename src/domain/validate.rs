//! What a plan must hold to be worked on: unique IDs, references that resolve, dates within
//! reason. Every problem is reported, each with the JSON path of the offending field.

use std::collections::HashMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::model::{Due, Plan, SCHEMA_VERSION, Status};

/// The earliest and latest years a date may carry: a wider one is a typo (20014, 1914).
const YEARS: std::ops::RangeInclusive<i32> = 1950..=2150;
/// A checklist item due more than this many days before departure is a typo too.
const MAX_DAYS_BEFORE: u32 = 3650;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the field, e.g. `actions[12].owner`.
    pub path: String,
    /// The ID of the record it belongs to, when there is one (to find it in the file).
    pub id: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

struct Checker<'p> {
    ids: HashMap<&'p str, String>,
    problems: Vec<Problem>,
}

impl<'p> Checker<'p> {
    fn report(&mut self, path: String, id: &str, message: String) {
        self.problems.push(Problem {
            path,
            id: Some(id.to_owned()),
            message,
        });
    }

    fn id(&mut self, path: &str, id: &'p str) {
        if id.trim().is_empty() {
            self.report(format!("{path}.id"), id, "empty id".to_owned());
        } else if let Some(first) = self.ids.get(id) {
            let message = format!("duplicate id {id:?}, first used at {first}");
            self.report(format!("{path}.id"), id, message);
        } else {
            self.ids.insert(id, path.to_owned());
        }
    }

    fn date(&mut self, path: String, id: &str, date: Option<NaiveDate>) {
        if let Some(d) = date
            && !YEARS.contains(&d.year())
        {
            let message = format!("date {d} is outside {}–{}", YEARS.start(), YEARS.end());
            self.report(path, id, message);
        }
    }

    fn order(&mut self, path: String, id: &str, from: Option<NaiveDate>, to: Option<NaiveDate>) {
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            self.report(path, id, format!("{b} comes before {a}"));
        }
    }
}

/// Every problem of the plan; empty when it can be worked on.
#[must_use]
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut c = Checker {
        ids: HashMap::new(),
        problems: Vec::new(),
    };
    if plan.schema_version != SCHEMA_VERSION {
        c.problems.push(Problem {
            path: "schema_version".to_owned(),
            id: None,
            message: format!("version {} is not {SCHEMA_VERSION}", plan.schema_version),
        });
    }
    for (i, h) in plan.horizons.iter().enumerate() {
        let p = format!("horizons[{i}]");
        c.id(&p, &h.id);
        c.date(format!("{p}.start"), &h.id, h.start);
        c.date(format!("{p}.deadline"), &h.id, h.deadline);
        c.order(format!("{p}.deadline"), &h.id, h.start, h.deadline);
    }
    for (i, o) in plan.objectives.iter().enumerate() {
        c.id(&format!("objectives[{i}]"), &o.id);
    }
    for (i, a) in plan.actions.iter().enumerate() {
        let p = format!("actions[{i}]");
        c.id(&p, &a.id);
        c.date(format!("{p}.due"), &a.id, a.due);
        if let Status::Done { on } = a.status {
            c.date(format!("{p}.status.on"), &a.id, Some(on));
        }
    }
    for (i, d) in plan.delegations.iter().enumerate() {
        c.id(&format!("delegations[{i}]"), &d.id);
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        let p = format!("trips[{t}]");
        c.id(&p, &trip.id);
        c.date(format!("{p}.start"), &trip.id, trip.start);
        c.date(format!("{p}.end"), &trip.id, trip.end);
        c.order(format!("{p}.end"), &trip.id, trip.start, trip.end);
        if trip.start.is_none() && trip.end.is_some() {
            let message = "an end date without a departure date".to_owned();
            c.report(format!("{p}.end"), &trip.id, message);
        }
        for (i, m) in trip.members.iter().enumerate() {
            c.id(&format!("{p}.members[{i}]"), &m.id);
        }
        for (i, item) in trip.checklist.iter().enumerate() {
            let ip = format!("{p}.checklist[{i}]");
            c.id(&ip, &item.id);
            c.date(format!("{ip}.done_on"), &item.id, item.done_on);
            match item.due {
                Some(Due::On(d)) => c.date(format!("{ip}.due.on"), &item.id, Some(d)),
                Some(Due::DaysBefore(n)) if n > MAX_DAYS_BEFORE => {
                    let message = format!("{n} days before departure is more than ten years");
                    c.report(format!("{ip}.due.days_before"), &item.id, message);
                }
                _ => {}
            }
        }
    }
    for (i, tpl) in plan.templates.iter().enumerate() {
        c.id(&format!("templates[{i}]"), &tpl.id);
    }
    references(plan, &mut c);
    c.problems
}

fn references(plan: &Plan, c: &mut Checker<'_>) {
    let kinds = Kinds::of(plan);
    let mut expect = |path: String, id: &str, target: &str, set: &Kinds, kind: Kind| {
        if !set.has(kind, target) {
            let message = format!("no {} with id {target:?}", kind.noun());
            c.report(path, id, message);
        }
    };
    for (i, o) in plan.objectives.iter().enumerate() {
        expect(
            format!("objectives[{i}].horizon"),
            &o.id,
            &o.horizon,
            &kinds,
            Kind::Horizon,
        );
    }
    for (i, a) in plan.actions.iter().enumerate() {
        let p = format!("actions[{i}]");
        expect(
            format!("{p}.objective"),
            &a.id,
            &a.objective,
            &kinds,
            Kind::Objective,
        );
        expect(
            format!("{p}.owner"),
            &a.id,
            &a.owner,
            &kinds,
            Kind::Delegation,
        );
        for (j, co) in a.co_owners.iter().enumerate() {
            expect(
                format!("{p}.co_owners[{j}]"),
                &a.id,
                co,
                &kinds,
                Kind::Delegation,
            );
        }
        if let Some(trip) = &a.trip {
            expect(format!("{p}.trip"), &a.id, trip, &kinds, Kind::Trip);
        }
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        for (j, o) in trip.objectives.iter().enumerate() {
            let path = format!("trips[{t}].objectives[{j}]");
            expect(path, &trip.id, o, &kinds, Kind::Objective);
        }
        for (i, item) in trip.checklist.iter().enumerate() {
            if let Some(owner) = &item.owner {
                let path = format!("trips[{t}].checklist[{i}].owner");
                expect(path, &item.id, owner, &kinds, Kind::Delegation);
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Horizon,
    Objective,
    Delegation,
    Trip,
}

impl Kind {
    const fn noun(self) -> &'static str {
        match self {
            Self::Horizon => "horizon",
            Self::Objective => "objective",
            Self::Delegation => "delegation",
            Self::Trip => "trip",
        }
    }
}

/// The IDs of the records that others refer to, by kind.
struct Kinds<'p> {
    horizons: std::collections::HashSet<&'p str>,
    objectives: std::collections::HashSet<&'p str>,
    delegations: std::collections::HashSet<&'p str>,
    trips: std::collections::HashSet<&'p str>,
}

impl<'p> Kinds<'p> {
    fn of(plan: &'p Plan) -> Self {
        Self {
            horizons: plan.horizons.iter().map(|r| r.id.as_str()).collect(),
            objectives: plan.objectives.iter().map(|r| r.id.as_str()).collect(),
            delegations: plan.delegations.iter().map(|r| r.id.as_str()).collect(),
            trips: plan.trips.iter().map(|r| r.id.as_str()).collect(),
        }
    }

    fn has(&self, kind: Kind, id: &str) -> bool {
        match kind {
            Kind::Horizon => self.horizons.contains(id),
            Kind::Objective => self.objectives.contains(id),
            Kind::Delegation => self.delegations.contains(id),
            Kind::Trip => self.trips.contains(id),
        }
    }
}
