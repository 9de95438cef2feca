//! Reading a large store on two cores: the two long lists, actions and trips, are parsed at
//! the same time. Only the fast path: on any error the caller reads the file again the slow
//! way, which names the position of the problem.
//!
//! A store laid out as jalons writes it (each top-level member on a line of its own,
//! indented by two spaces) is cut at those lines without reading it first: a raw newline
//! cannot occur inside a JSON string, so such a line always starts a member or lies in a
//! value that then fails to parse whole. Any other layout is split by a first read that
//! leaves the two lists raw.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::domain::{
    Action, ChecklistTemplate, DEFAULT_CHECKIN_WEEKS, Delegation, Horizon, Objective, Plan, Trip,
};

/// The plan with its two long lists left as raw JSON, to be parsed apart.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts<'a> {
    schema_version: u32,
    title: String,
    #[serde(default)]
    mandate_start: Option<chrono::NaiveDate>,
    #[serde(default)]
    checkin_weeks: Option<u8>,
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

/// The text of each top-level member, as laid out by jalons; `None` for any other layout,
/// for an unknown or repeated member, or without the members a plan must have.
#[derive(Default)]
struct Members<'a> {
    schema_version: Option<&'a str>,
    title: Option<&'a str>,
    mandate_start: Option<&'a str>,
    checkin_weeks: Option<&'a str>,
    horizons: Option<&'a str>,
    objectives: Option<&'a str>,
    actions: Option<&'a str>,
    delegations: Option<&'a str>,
    trips: Option<&'a str>,
    templates: Option<&'a str>,
}

fn is_json_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl<'a> Members<'a> {
    fn of(text: &'a str) -> Option<Self> {
        const KEY_LINE: &[u8] = b"\n  \"";
        let lines: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), KEY_LINE).collect();
        let first = *lines.first()?;
        if text[..first].trim_matches(is_json_space) != "{" {
            return None;
        }
        let mut members = Self::default();
        for (n, &line) in lines.iter().enumerate() {
            let key_start = line + KEY_LINE.len();
            let key_len = text[key_start..].find('"')?;
            let key = &text[key_start..key_start + key_len];
            let value_start = key_start + key_len + 1;
            let value_start = value_start + text[value_start..].strip_prefix(": ").map(|_| 2)?;
            let value = match lines.get(n + 1) {
                Some(&next) => text[value_start..next]
                    .trim_end_matches(is_json_space)
                    .strip_suffix(',')?,
                None => text[value_start..]
                    .trim_end_matches(is_json_space)
                    .strip_suffix('}')?,
            };
            let slot = match key {
                "schema_version" => &mut members.schema_version,
                "title" => &mut members.title,
                "mandate_start" => &mut members.mandate_start,
                "checkin_weeks" => &mut members.checkin_weeks,
                "horizons" => &mut members.horizons,
                "objectives" => &mut members.objectives,
                "actions" => &mut members.actions,
                "delegations" => &mut members.delegations,
                "trips" => &mut members.trips,
                "templates" => &mut members.templates,
                _ => return None,
            };
            if slot.replace(value).is_some() {
                return None;
            }
        }
        (members.schema_version.is_some() && members.title.is_some()).then_some(members)
    }

    fn plan(&self) -> serde_json::Result<Plan> {
        // The actions are most of a store, the more so with their check-ins: the other core
        // takes as many of them as make half the store, this one the other members and the
        // rest of the actions, so that both finish together.
        let whole: usize = [
            self.schema_version,
            self.title,
            self.mandate_start,
            self.checkin_weeks,
            self.horizons,
            self.objectives,
            self.actions,
            self.delegations,
            self.trips,
            self.templates,
        ]
        .iter()
        .map(|m| m.map_or(0, str::len))
        .sum();
        let (first, rest) = match self.actions.map(|a| split_records(a, whole / 2)) {
            Some(Some((head, tail))) => (Some(Part::Head(head)), Some(Part::Tail(tail))),
            Some(None) => (self.actions.map(Part::Whole), None),
            None => (None, None),
        };
        let (first, others, last) = std::thread::scope(|scope| {
            let first = scope.spawn(|| first.map_or(Ok(Vec::new()), records));
            let others = self.all_but_actions();
            let last = rest.map_or(Ok(Vec::new()), records);
            (first.join().expect("parsing does not panic"), others, last)
        });
        let mut actions: Vec<Action> = first?;
        actions.extend(last?);
        Ok(Plan { actions, ..others? })
    }

    fn all_but_actions(&self) -> serde_json::Result<Plan> {
        Ok(Plan {
            schema_version: or_default(self.schema_version)?,
            title: or_default(self.title)?,
            mandate_start: or_default(self.mandate_start)?,
            checkin_weeks: or_default::<Option<u8>>(self.checkin_weeks)?
                .unwrap_or(DEFAULT_CHECKIN_WEEKS),
            horizons: or_default(self.horizons)?,
            objectives: or_default(self.objectives)?,
            actions: Vec::new(),
            delegations: or_default(self.delegations)?,
            trips: or_default(self.trips)?,
            templates: or_default(self.templates)?,
        })
    }
}

/// Part of the text of a list of records.
#[derive(Clone, Copy)]
enum Part<'a> {
    Whole(&'a str),
    /// The opening bracket and the first records, without the closing one.
    Head(&'a str),
    /// What follows the comma after a record: the last records and the closing bracket.
    Tail(&'a str),
}

/// A list laid out as jalons writes it (`[`, then each record at four spaces) cut after the
/// first record that ends past `at` bytes, as its head and its tail; `None` when the list is
/// no longer than that or laid out otherwise: it is read whole.
fn split_records(list: &str, at: usize) -> Option<(&str, &str)> {
    const BETWEEN: &str = "\n    },\n    {";
    if at >= list.len() || !list.starts_with("[\n    {") {
        return None;
    }
    // A raw line break never occurs inside a JSON string: this is a boundary between two
    // records of the list, whatever their text holds.
    let found = memchr::memmem::find(&list.as_bytes()[at..], BETWEEN.as_bytes())?;
    let end = at + found + "\n    }".len();
    Some((&list[..end], &list[end + ",".len()..]))
}

/// The records a part of a list holds.
fn records(part: Part) -> serde_json::Result<Vec<Action>> {
    let closed = |open: &str, text: &str, close: &str| {
        let mut whole = String::with_capacity(open.len() + text.len() + close.len());
        whole.push_str(open);
        whole.push_str(text);
        whole.push_str(close);
        whole
    };
    match part {
        Part::Whole(text) => serde_json::from_str(text),
        Part::Head(text) => serde_json::from_str(&closed("", text, "\n]")),
        Part::Tail(text) => serde_json::from_str(&closed("[", text, "")),
    }
}

/// The value in `text`, or the default of a member left out.
fn or_default<T: for<'de> Deserialize<'de> + Default>(text: Option<&str>) -> serde_json::Result<T> {
    text.map_or_else(|| Ok(T::default()), serde_json::from_str)
}

/// The plan, or the first error met (whose position may be relative to a part).
pub fn parse(text: &str) -> serde_json::Result<Plan> {
    if let Some(plan) = Members::of(text).and_then(|members| members.plan().ok()) {
        return Ok(plan);
    }
    let parts: Parts = serde_json::from_str(text)?;
    let (actions, trips) = std::thread::scope(|scope| {
        let actions = scope.spawn(|| or_default::<Vec<Action>>(parts.actions.map(RawValue::get)));
        let trips = or_default::<Vec<Trip>>(parts.trips.map(RawValue::get));
        (actions.join().expect("parsing does not panic"), trips)
    });
    Ok(Plan {
        schema_version: parts.schema_version,
        title: parts.title,
        mandate_start: parts.mandate_start,
        checkin_weeks: parts.checkin_weeks.unwrap_or(DEFAULT_CHECKIN_WEEKS),
        horizons: parts.horizons,
        objectives: parts.objectives,
        actions: actions?,
        delegations: parts.delegations,
        trips: trips?,
        templates: parts.templates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{builtin, generate, store::to_bytes};

    fn general(text: &str) -> Option<Plan> {
        serde_json::from_str(text).ok()
    }

    fn cut(text: &str) -> Option<Plan> {
        Members::of(text)?.plan().ok()
    }

    fn canonical(plan: &Plan) -> String {
        String::from_utf8(to_bytes(plan)).expect("UTF-8")
    }

    #[test]
    fn a_store_as_jalons_writes_it_is_cut_at_its_members() {
        for plan in [
            builtin::roadmap(),
            generate::plan(300, 7),
            generate::with_checkins(generate::plan(300, 7), 3, 1),
            Plan::empty("Vide"),
        ] {
            let text = canonical(&plan);
            assert!(Members::of(&text).is_some());
            assert_eq!(cut(&text), Some(plan.clone()));
            assert_eq!(parse(&text).ok(), Some(plan));
        }
    }

    #[test]
    fn other_layouts_are_read_whole() {
        let plan = generate::plan(50, 3);
        let minified = serde_json::to_string(&plan).unwrap();
        let wide = canonical(&plan).replace("\n  ", "\n    ");
        for text in [minified, wide] {
            assert!(Members::of(&text).is_none());
            assert_eq!(parse(&text).ok(), Some(plan.clone()));
        }
    }

    /// Texts that look cut-able but are not a plan, or not the same plan once cut: the cut
    /// must refuse them (or read them as the whole reader does), never read something else.
    #[test]
    fn a_cut_never_reads_what_the_whole_text_does_not_say() {
        let text = canonical(&builtin::roadmap());
        let nested =
            "{\n  \"schema_version\": 1,\n  \"title\": {\n  \"x\": 1},\n  \"horizons\": []\n}\n";
        let cases = [
            text.replacen("\n  \"title\"", "\n  \"titre\"", 1),
            text.replacen(
                "\n  \"horizons\"",
                "\n  \"title\": \"bis\",\n  \"horizons\"",
                1,
            ),
            text.replacen("\n  \"title\": ", "\n  \"other\": ", 1),
            text.replacen("\n  \"schema_version\": 1,", "", 1),
            format!("{text}{{\"x\": 1}}\n"),
            text.replacen('{', "{\"a\": 1,", 1),
            text.replacen(",\n  \"objectives\"", "\n  \"objectives\"", 1),
            text.replacen("\n  \"title\": ", "\n  \"title\":", 1),
            format!("\u{feff}{text}"),
            text.trim_end().trim_end_matches('}').to_owned(),
            nested.to_owned(),
        ];
        for (n, case) in cases.iter().enumerate() {
            let whole = general(case);
            if let Some(plan) = cut(case) {
                assert_eq!(Some(plan), whole, "case {n}");
            }
            assert_eq!(parse(case).ok(), whole, "case {n}");
        }
    }

    /// Wherever the list of actions is cut between the two cores, the same actions come
    /// back, in order; a cut that is no boundary between two records reads nothing.
    #[test]
    fn the_actions_cut_anywhere_read_back_the_same() {
        let plan = generate::with_checkins(generate::plan(60, 3), 2, 1);
        let text = canonical(&plan);
        let list = Members::of(&text).and_then(|m| m.actions).expect("actions");
        let whole: Vec<Action> = serde_json::from_str(list).expect("a list");
        let mut cuts = 0;
        for at in (0..list.len()).step_by(97) {
            let Some((head, tail)) = split_records(list, at) else {
                continue;
            };
            cuts += 1;
            let mut actions = records(Part::Head(head)).expect("the head reads");
            actions.extend(records(Part::Tail(tail)).expect("the tail reads"));
            assert_eq!(actions, whole, "cut at {at}");
        }
        assert!(cuts > 50, "{cuts} cuts");
        // Check-ins at four spaces inside a record look like a boundary: cut there, the
        // head is no JSON at all, and the store is read whole instead.
        let odd = "[\n    {\n      \"a\": [\n    {\"x\": 1\n    },\n    {\"x\": 2}]\n    }\n]";
        let (head, _) = split_records(odd, 1).expect("a cut");
        assert!(serde_json::from_str::<serde_json::Value>(&format!("{head}\n]")).is_err());
    }
}
