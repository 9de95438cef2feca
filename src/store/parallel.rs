//! Reading a large store on two cores: the two long lists, actions and trips, are parsed at
//! the same time. Only the fast path: on any error the caller reads the file again the slow
//! way, which names the position of the problem.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::domain::{Action, ChecklistTemplate, Delegation, Horizon, Objective, Plan, Trip};

/// The plan with its two long lists left as raw JSON, to be parsed apart.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts<'a> {
    schema_version: u32,
    title: String,
    #[serde(default)]
    mandate_start: Option<chrono::NaiveDate>,
    #[serde(default)]
    horizons: Vec<Horizon>,
    #[serde(default)]
    objectives: Vec<Objective>,
    #[serde(borrow, default)]
    actions: Option<&'a RawValue>,
    #[serde(default)]
    delegations: Vec<Delegation>,
    #[serde(borrow, default)]
    trips: Option<&'a RawValue>,
    #[serde(default)]
    templates: Vec<ChecklistTemplate>,
}

fn list<T: for<'de> Deserialize<'de>>(raw: Option<&RawValue>) -> serde_json::Result<Vec<T>> {
    raw.map_or_else(|| Ok(Vec::new()), |raw| serde_json::from_str(raw.get()))
}

/// The plan, or the first error met (whose position may be relative to a part).
pub fn parse(text: &str) -> serde_json::Result<Plan> {
    let parts: Parts = serde_json::from_str(text)?;
    let (actions, trips) = std::thread::scope(|scope| {
        let actions = scope.spawn(|| list::<Action>(parts.actions));
        let trips = list::<Trip>(parts.trips);
        (actions.join().expect("parsing does not panic"), trips)
    });
    Ok(Plan {
        schema_version: parts.schema_version,
        title: parts.title,
        mandate_start: parts.mandate_start,
        horizons: parts.horizons,
        objectives: parts.objectives,
        actions: actions?,
        delegations: parts.delegations,
        trips: trips?,
        templates: parts.templates,
    })
}
