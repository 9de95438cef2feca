//! What a plan must hold to be worked on: unique IDs, references that resolve, dates within
//! reason. Every problem is reported, each with the JSON path of the offending field.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::model::{Due, Plan, SCHEMA_VERSION, Status};

mod checkins;
mod sizes;

pub use sizes::{MAX_LINE_CHARS, MAX_TEXT_BYTES};

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

/// Where a record stands, to write its JSON path only when something is wrong with it:
/// validating a plan of 10,000 actions builds no string at all when the plan is sound.
#[derive(Debug, Clone, Copy)]
struct Loc {
    list: &'static str,
    index: usize,
    /// A member or a checklist item inside a trip.
    sub: Option<(&'static str, usize)>,
}

impl Loc {
    const fn top(list: &'static str, index: usize) -> Self {
        Self {
            list,
            index,
            sub: None,
        }
    }

    const fn inner(self, list: &'static str, index: usize) -> Self {
        Self {
            sub: Some((list, index)),
            ..self
        }
    }

    fn path(self, field: &str) -> String {
        let mut path = format!("{}[{}]", self.list, self.index);
        if let Some((list, index)) = self.sub {
            path = format!("{path}.{list}[{index}]");
        }
        if !field.is_empty() {
            path = format!("{path}.{field}");
        }
        path
    }
}

struct Checker<'p> {
    /// IDs met so far. Only the IDs: where the first holder of each stands is only worked out
    /// once a duplicate turns up, which keeps this set small enough not to slow a large read.
    seen: HashSet<&'p str>,
    first_holders: Option<HashMap<&'p str, Loc>>,
    problems: Vec<Problem>,
}

impl<'p> Checker<'p> {
    fn report(&mut self, loc: Loc, field: &str, id: &str, message: String) {
        self.problems.push(Problem {
            path: loc.path(field),
            id: Some(id.to_owned()),
            message,
        });
    }

    fn id(&mut self, plan: &'p Plan, loc: Loc, id: &'p str) {
        if id.trim().is_empty() {
            self.report(loc, "id", id, "empty id".to_owned());
        } else if !self.seen.insert(id) {
            let first = self.first_holders.get_or_insert_with(|| {
                let mut first = HashMap::default();
                for (at, id) in ids(plan) {
                    first.entry(id).or_insert(at);
                }
                first
            });
            let first = first.get(id).map_or_else(String::new, |at| at.path(""));
            let message = format!("duplicate id {id:?}, first used at {first}");
            self.report(loc, "id", id, message);
        }
    }

    fn date(&mut self, loc: Loc, field: &str, id: &str, date: Option<NaiveDate>) {
        if let Some(d) = date
            && !YEARS.contains(&d.year())
        {
            let message = format!("date {d} is outside {}–{}", YEARS.start(), YEARS.end());
            self.report(loc, field, id, message);
        }
    }

    fn order(
        &mut self,
        loc: Loc,
        field: &str,
        id: &str,
        span: (Option<NaiveDate>, Option<NaiveDate>),
    ) {
        if let (Some(a), Some(b)) = span
            && b < a
        {
            self.report(loc, field, id, format!("{b} comes before {a}"));
        }
    }

    fn expect(
        &mut self,
        (loc, field): (Loc, &str),
        id: &str,
        target: &str,
        kinds: &Kinds,
        kind: Kind,
    ) {
        if !kinds.has(kind, target) {
            let message = format!("no {} with id {target:?}", kind.noun());
            self.report(loc, field, id, message);
        }
    }
}

/// Whether `ops`, applied to a valid plan, keep it valid for sure, with no need to check the
/// whole plan again: ticks of actions and checklist items dated within reason. A save of a
/// tick on a large plan then costs what the tick changed, not what the plan holds.
pub fn keeps_valid(ops: &[super::ops::Op]) -> bool {
    use super::ops::Op;
    let dated = |d: Option<NaiveDate>| d.is_none_or(|d| YEARS.contains(&d.year()));
    // No operation says nothing of what changed: check it all.
    !ops.is_empty()
        && ops.iter().all(|op| match op {
            Op::SetActionStatus { status, .. } => match status {
                Status::Done { on } => dated(Some(*on)),
                _ => true,
            },
            Op::SetItemDone { done_on, .. } => dated(*done_on),
            // Ops refuse an ID a record's check-ins already hold: only what it carries can
            // be wrong.
            Op::AddCheckIn { checkin, .. } => {
                !checkin.id.trim().is_empty()
                    && dated(Some(checkin.on))
                    && dated(checkin.due)
                    && checkin.text.len() <= MAX_TEXT_BYTES
                    && checkin.by.chars().count() <= MAX_LINE_CHARS
            }
            Op::DeleteCheckIn { .. } => true,
            _ => false,
        })
}

/// Every problem of the plan; empty when it can be worked on.
#[must_use]
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut c = Checker {
        seen: HashSet::with_capacity_and_hasher(ids(plan).count(), rustc_hash::FxBuildHasher),
        first_holders: None,
        problems: Vec::new(),
    };
    if plan.schema_version != SCHEMA_VERSION {
        c.problems.push(Problem {
            path: "schema_version".to_owned(),
            id: None,
            message: format!("version {} is not {SCHEMA_VERSION}", plan.schema_version),
        });
    }
    for (loc, id) in ids(plan) {
        c.id(plan, loc, id);
    }
    sizes::check(plan, &mut c);
    checkins::check(plan, &mut c);
    for (i, h) in plan.horizons.iter().enumerate() {
        let loc = Loc::top("horizons", i);
        c.date(loc, "start", &h.id, h.start);
        c.date(loc, "deadline", &h.id, h.deadline);
        c.order(loc, "deadline", &h.id, (h.start, h.deadline));
    }
    for (i, a) in plan.actions.iter().enumerate() {
        let loc = Loc::top("actions", i);
        c.date(loc, "start", &a.id, a.start);
        c.date(loc, "due", &a.id, a.due);
        c.order(loc, "due", &a.id, (a.start, a.due));
        if let Status::Done { on } = a.status {
            c.date(loc, "status.on", &a.id, Some(on));
        }
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        let loc = Loc::top("trips", t);
        c.date(loc, "start", &trip.id, trip.start);
        c.date(loc, "end", &trip.id, trip.end);
        c.order(loc, "end", &trip.id, (trip.start, trip.end));
        if trip.start.is_none() && trip.end.is_some() {
            let message = "an end date without a departure date".to_owned();
            c.report(loc, "end", &trip.id, message);
        }
        for (i, item) in trip.checklist.iter().enumerate() {
            let at = loc.inner("checklist", i);
            c.date(at, "done_on", &item.id, item.done_on);
            match item.due {
                Some(Due::On(d)) => c.date(at, "due.on", &item.id, Some(d)),
                Some(Due::DaysBefore(n)) if n > MAX_DAYS_BEFORE => {
                    let message = format!("{n} days before departure is more than ten years");
                    c.report(at, "due.days_before", &item.id, message);
                }
                _ => {}
            }
        }
    }
    references(plan, &mut c);
    c.problems
}

/// Every record carrying an ID, with where it stands, in the order of the file.
fn ids(plan: &Plan) -> impl Iterator<Item = (Loc, &str)> {
    fn top<'p, R>(
        list: &'static str,
        records: &'p [R],
        id: impl Fn(&'p R) -> &'p str,
    ) -> impl Iterator<Item = (Loc, &'p str)> {
        records
            .iter()
            .enumerate()
            .map(move |(i, r)| (Loc::top(list, i), id(r)))
    }
    let trips = plan.trips.iter().enumerate().flat_map(|(t, trip)| {
        let loc = Loc::top("trips", t);
        let members = trip.members.iter().enumerate();
        let items = trip.checklist.iter().enumerate();
        std::iter::once((loc, trip.id.as_str()))
            .chain(members.map(move |(i, m)| (loc.inner("members", i), m.id.as_str())))
            .chain(items.map(move |(i, it)| (loc.inner("checklist", i), it.id.as_str())))
    });
    top("horizons", &plan.horizons, |r| &r.id)
        .chain(top("objectives", &plan.objectives, |r| &r.id))
        .chain(top("actions", &plan.actions, |r| &r.id))
        .chain(top("delegations", &plan.delegations, |r| &r.id))
        .chain(trips)
        .chain(top("templates", &plan.templates, |r| &r.id))
}

fn references(plan: &Plan, c: &mut Checker<'_>) {
    let kinds = Kinds::of(plan);
    for (i, o) in plan.objectives.iter().enumerate() {
        let at = (Loc::top("objectives", i), "horizon");
        c.expect(at, &o.id, &o.horizon, &kinds, Kind::Horizon);
    }
    for (i, a) in plan.actions.iter().enumerate() {
        let loc = Loc::top("actions", i);
        c.expect(
            (loc, "objective"),
            &a.id,
            &a.objective,
            &kinds,
            Kind::Objective,
        );
        c.expect((loc, "owner"), &a.id, &a.owner, &kinds, Kind::Delegation);
        for (j, co) in a.co_owners.iter().enumerate() {
            if !kinds.has(Kind::Delegation, co) {
                c.expect(
                    (loc, &format!("co_owners[{j}]")),
                    &a.id,
                    co,
                    &kinds,
                    Kind::Delegation,
                );
            }
        }
        if let Some(trip) = &a.trip {
            c.expect((loc, "trip"), &a.id, trip, &kinds, Kind::Trip);
        }
    }
    for (t, trip) in plan.trips.iter().enumerate() {
        let loc = Loc::top("trips", t);
        for (j, o) in trip.objectives.iter().enumerate() {
            if !kinds.has(Kind::Objective, o) {
                c.expect(
                    (loc, &format!("objectives[{j}]")),
                    &trip.id,
                    o,
                    &kinds,
                    Kind::Objective,
                );
            }
        }
        for (i, item) in trip.checklist.iter().enumerate() {
            if let Some(owner) = &item.owner {
                let at = (loc.inner("checklist", i), "owner");
                c.expect(at, &item.id, owner, &kinds, Kind::Delegation);
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
    horizons: HashSet<&'p str>,
    objectives: HashSet<&'p str>,
    delegations: HashSet<&'p str>,
    trips: HashSet<&'p str>,
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
