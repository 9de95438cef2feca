//! One truth for health: the status note's health block says exactly what the command
//! line's JSON says — the open actions in each state (`list actions --json`), and how many
//! of those an update is expected of still lack a recent one (`stale --json`) — on every
//! fixture, whole and narrowed to an owner.

#[path = "support/export_cli.rs"]
mod export_cli;

use std::collections::BTreeMap;

use export_cli::{Fixture, checked_in, scheduled, text};
use serde_json::Value;

/// The health block's table and share line: state name → count, and (open, expected, fresh).
fn note_figures(note: &str) -> (BTreeMap<String, usize>, (usize, usize, usize)) {
    let note = note.replace('\u{a0}', " ");
    let words = [
        ("en difficulté", "off-track"),
        ("à risque", "at-risk"),
        ("pas de point récent", "stale"),
        ("en bonne voie", "on-track"),
        ("non commencée", "not-started"),
    ];
    let block = note
        .split("## Santé\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a health block");
    let mut counts = BTreeMap::new();
    for line in block
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("---"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if let Some((_, name)) = words.iter().find(|(w, _)| cells[1].ends_with(w)) {
            // An alarm's count carries the late glyph: "⚠ 11".
            let count = cells[2].trim_start_matches('⚠').trim();
            counts.insert((*name).to_owned(), count.parse().expect("a count"));
        }
    }
    let share = block
        .lines()
        .find(|l| l.contains("points récents"))
        .expect("the share line");
    let figures: Vec<usize> = share
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("a figure"))
        .collect();
    // "37 actions ouvertes ; points récents : 2 des 13 attendues (15 %)"
    (counts, (figures[0], figures[2], figures[1]))
}

fn json(fixture: &Fixture, args: &[&str]) -> Value {
    serde_json::from_slice(&fixture.ok(args)).expect("JSON")
}

#[test]
fn the_note_counts_what_the_json_says() {
    for plan in [jalons::builtin::roadmap(), scheduled(), checked_in()] {
        for owner in [None, Some("d-europe")] {
            let fixture = Fixture::new(&plan);
            let with_owner = |args: &[&str]| -> Vec<String> {
                let mut args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
                if let Some(o) = owner {
                    args.extend(["--owner".to_owned(), o.to_owned()]);
                }
                args
            };
            let args = with_owner(&["export", "note"]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let note = text(&fixture.ok(&args));
            let (counts, (open, expected, fresh)) = note_figures(&note);

            let args = with_owner(&["list", "actions", "--json"]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let listing = json(&fixture, &args);
            let mut from_json: BTreeMap<String, usize> = BTreeMap::new();
            for item in listing["items"].as_array().expect("items") {
                if let Some(health) = item["health"].as_str() {
                    *from_json.entry(health.to_owned()).or_default() += 1;
                }
            }
            assert_eq!(counts, from_json, "{owner:?}: {note}");
            assert_eq!(open, from_json.values().sum::<usize>(), "{owner:?}");

            let args = with_owner(&["stale", "--json"]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let stale = json(&fixture, &args);
            let to_update: usize = stale["owners"]
                .as_array()
                .expect("owners")
                .iter()
                .map(|o| o["actions"].as_array().expect("actions").len())
                .sum();
            assert_eq!(expected - fresh, to_update, "{owner:?}: {note}");
        }
    }
}
