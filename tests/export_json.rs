//! The JSON the command line prints holds exactly the fields `docs/json.md` documents, with
//! the documented types; `export json` is itself a valid store.

#[path = "support/export_cli.rs"]
mod export_cli;

use std::collections::BTreeMap;

use export_cli::{Fixture, HOSTILE_TITLE, checked_in, scheduled};
use serde_json::Value;

/// The field tables of docs/json.md, by shape name: field → type.
fn documented() -> BTreeMap<String, BTreeMap<String, String>> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md"))
        .expect("docs/json.md");
    let mut shapes = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        if let Some(name) = line
            .strip_prefix("<!-- shape: ")
            .and_then(|l| l.strip_suffix(" -->"))
        {
            current = Some(name.to_owned());
            shapes.insert(name.to_owned(), BTreeMap::new());
            continue;
        }
        let Some(shape) = &current else { continue };
        if line.starts_with("| `") {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let field = cells[1].trim_matches('`').to_owned();
            shapes
                .get_mut(shape)
                .expect("shape")
                .insert(field, cells[2].to_owned());
        } else if !line.starts_with('|') && !line.trim().is_empty() {
            current = None;
        }
    }
    shapes
}

fn is_date(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 10 && s.parse::<chrono::NaiveDate>().is_ok())
}

/// Checks `value` against the documented shape `name`, recursing into arrays of records.
fn check(shapes: &BTreeMap<String, BTreeMap<String, String>>, name: &str, value: &Value) {
    let shape = &shapes[name];
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{name}: {value}"));
    let keys: Vec<&String> = object.keys().collect();
    let documented: Vec<&String> = shape.keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        sorted, documented,
        "{name}: fields differ from docs/json.md"
    );
    for (field, kind) in shape {
        let v = &object[field];
        let (kind, nullable) = match kind.strip_suffix('?') {
            Some(k) => (k, true),
            None => (kind.as_str(), false),
        };
        if v.is_null() {
            assert!(nullable, "{name}.{field} is null but documented as {kind}");
            continue;
        }
        let ok = match kind {
            "string" => v.is_string(),
            "date" => is_date(v),
            "integer" => v.is_i64() || v.is_u64(),
            "boolean" => v.is_boolean(),
            "[string]" => v.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
            "count" => {
                let c = v.as_object().expect("a count");
                c.len() == 4
                    && ["done", "total", "late", "open"]
                        .iter()
                        .all(|k| c[*k].is_u64())
            }
            "parent" => {
                check(shapes, "parent", v);
                true
            }
            "checkin" => {
                check(shapes, "checkin", v);
                true
            }
            "object" => v.as_object().is_some_and(|o| o.values().all(Value::is_u64)),
            "array" => v.is_array(),
            other => panic!("unknown documented type {other}"),
        };
        assert!(ok, "{name}.{field} = {v} is not a {kind}");
    }
}

fn json(fixture: &Fixture, args: &[&str]) -> Value {
    serde_json::from_slice(&fixture.ok(args)).expect("valid JSON")
}

#[test]
fn every_list_matches_its_documented_shape() {
    let shapes = documented();
    for name in [
        "list",
        "actions",
        "objectives",
        "trips",
        "delegations",
        "agenda",
        "entry",
    ] {
        assert!(shapes.contains_key(name), "docs/json.md documents {name}");
    }
    for plan in [jalons::builtin::roadmap(), scheduled(), checked_in()] {
        let fixture = Fixture::new(&plan);
        for kind in ["actions", "objectives", "trips", "delegations"] {
            let listing = json(&fixture, &["list", kind, "--json"]);
            check(&shapes, "list", &listing);
            assert_eq!(listing["version"], 1);
            assert_eq!(listing["list"], kind);
            assert_eq!(listing["today"], export_cli::TODAY);
            let items = listing["items"].as_array().expect("items");
            assert!(!items.is_empty(), "{kind} lists something");
            for item in items {
                check(&shapes, kind, item);
            }
        }
        let agenda = json(&fixture, &["agenda", "--json"]);
        check(&shapes, "agenda", &agenda);
        for entry in agenda["entries"].as_array().expect("entries") {
            check(&shapes, "entry", entry);
        }
    }
}

#[test]
fn filters_select_items_without_changing_their_shape() {
    let fixture = Fixture::new(&scheduled());
    let late = json(&fixture, &["list", "actions", "--late", "--json"]);
    let items = late["items"].as_array().expect("items");
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["late"] == true));
    let europe = json(
        &fixture,
        &["list", "actions", "--owner", "d-europe", "--json"],
    );
    assert!(
        europe["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|i| i["owner"] == "d-europe")
    );
    let done = json(&fixture, &["list", "actions", "--status", "done", "--json"]);
    let ids: Vec<&str> = done["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["a-aimf-bureau", "a-madrid"]);
    let before = json(
        &fixture,
        &["list", "trips", "--due-before", "2014-10-01", "--json"],
    );
    let trips: Vec<&str> = before["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id"))
        .collect();
    assert_eq!(trips, ["berlin", "madrid"]);
    let confirmed = json(
        &fixture,
        &["list", "trips", "--status", "confirmed", "--json"],
    );
    assert_eq!(confirmed["items"][0]["id"], "new-york");
    let week = json(&fixture, &["agenda", "--days", "5", "--json"]);
    let entries = week["entries"].as_array().expect("entries");
    assert!(entries.iter().all(|e| e["days_left"].as_i64() <= Some(5)));
    assert!(entries.iter().any(|e| e["bucket"] == "late"));
    assert_eq!(week["days"], 5);
}

#[test]
fn terminal_controls_are_escaped_but_the_text_is_kept() {
    let fixture = Fixture::new(&scheduled());
    let raw = fixture.ok(&["list", "actions", "--json"]);
    let text = String::from_utf8(raw.clone()).expect("UTF-8");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    assert!(!text.contains('\u{202e}'), "the bidi override is escaped");
    assert!(text.contains("\\u202e"));
    let value: Value = serde_json::from_slice(&raw).expect("valid JSON");
    let hostile = value["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == "a-hostile")
        .expect("the hostile action");
    assert_eq!(hostile["title"], HOSTILE_TITLE, "the data is unchanged");
}

#[test]
fn export_json_is_a_valid_store_and_the_filters_cut_it() {
    let plan = scheduled();
    let fixture = Fixture::new(&plan);
    let whole = fixture.ok(&["export", "json"]);
    let back = jalons::store::parse(&fixture.store, &whole).expect("a valid store");
    assert_eq!(back, plan);
    let cut = fixture.ok(&[
        "export",
        "json",
        "--horizon",
        "h-100-jours",
        "--owner",
        "d-europe",
    ]);
    let cut = jalons::store::parse(&fixture.store, &cut).expect("a valid store");
    assert_eq!(cut.horizons.len(), 1);
    assert!(cut.objectives.iter().all(|o| o.horizon == "h-100-jours"));
    assert!(cut.actions.iter().all(|a| a.owner == "d-europe"));
    assert!(cut.actions.iter().any(|a| a.id == "a-hostile"));
    assert_eq!(cut.delegations, plan.delegations);
    let trips: Vec<&str> = cut.trips.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        trips,
        ["madrid", "berlin", "new-york", "amerique-du-sud", "dakar"]
    );
    assert_eq!(cut.trips[0].objectives, ["o-voyages-maire"]);
}

#[test]
fn check_ins_and_the_list_to_update_match_their_documented_shapes() {
    let shapes = documented();
    let fixture = Fixture::new(&checked_in());
    let all = json(&fixture, &["checkins", "--json"]);
    check(&shapes, "checkins", &all);
    let entries = all["checkins"].as_array().expect("check-ins");
    assert_eq!(entries.len(), 6);
    for entry in entries {
        check(&shapes, "checkin-entry", entry);
    }
    // Newest first.
    let days: Vec<&str> = entries.iter().map(|e| e["on"].as_str().unwrap()).collect();
    let mut sorted = days.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(days, sorted);
    let stale = json(&fixture, &["stale", "--json"]);
    check(&shapes, "stale", &stale);
    let owners = stale["owners"].as_array().expect("owners");
    assert!(!owners.is_empty());
    for owner in owners {
        check(&shapes, "stale-owner", owner);
        for action in owner["actions"].as_array().expect("actions") {
            check(&shapes, "stale-action", action);
        }
    }
    // Objectives and actions carry their health; a declared health rosier than the
    // actions' is flagged.
    let objectives = json(&fixture, &["list", "objectives", "--json"]);
    let ucue = objectives["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|o| o["id"] == "o-ucue-rome")
        .expect("the UCUE objective");
    assert_eq!(ucue["rosier"], true);
    assert_eq!(ucue["last_checkin"]["health"], "on-track");
    assert_eq!(ucue["health"], "stale");
}
