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
            // A key that runs past the next line (`"abc\n  ": 1`) has its value start past
            // that line: no value, not a plan laid out as jalons writes it.
            let value = match lines.get(n + 1) {
                Some(&next) => text
                    .get(value_start..next)?
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
        let Some(records) = self.actions.and_then(records) else {
            // Actions not laid out one by one: the whole list on the other core.
            let (actions, others) = std::thread::scope(|scope| {
                let actions = scope.spawn(|| or_default::<Vec<Action>>(self.actions));
                let others = self.all_but_actions();
                (actions.join().expect("parsing does not panic"), others)
            });
            return Ok(Plan {
                actions: actions?,
                ..others?
            });
        };
        let mut share = 0;
        let split = records
            .iter()
            .position(|r| {
                share += r.len();
                share >= whole / 2
            })
            .map_or(records.len(), |i| i + 1);
        let (first, last) = records.split_at(split);
        let (first, others, last) = std::thread::scope(|scope| {
            let first = scope.spawn(|| each::<Action>(first));
            let others = self.all_but_actions();
            let last = each::<Action>(last);
            (first.join().expect("parsing does not panic"), others, last)
        });
        let mut actions = first?;
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

/// The text of each record of a list laid out as jalons writes it (`[`, then each record
/// after a newline and four spaces, separated by commas, then a newline, two spaces and `]`),
/// or `None` for any other layout. Each text is read in place, never copied; each is a whole
/// record or fails to parse: a raw line break never occurs inside a JSON string, so a line
/// of four spaces and `{` only ever starts a record in that layout.
fn records(list: &str) -> Option<Vec<&str>> {
    const START: &str = "\n    {";
    if list == "[]" {
        return Some(Vec::new());
    }
    let body = list.strip_prefix('[')?.strip_suffix("\n  ]")?;
    let starts: Vec<usize> = memchr::memmem::find_iter(body.as_bytes(), START).collect();
    if starts.first() != Some(&0) {
        return None;
    }
    let mut out = Vec::with_capacity(starts.len());
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(body.len());
        // Cut at a brace or before a line break: always at a character boundary.
        let record = body.get(start + START.len() - 1..end)?;
        let record = if n + 1 < starts.len() {
            record.strip_suffix(',')?
        } else {
            record
        };
        out.push(record);
    }
    Some(out)
}

/// Each record's text read as one `T`.
fn each<T: for<'de> Deserialize<'de>>(records: &[&str]) -> serde_json::Result<Vec<T>> {
    records.iter().map(|r| serde_json::from_str(r)).collect()
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
            "{\n  \"abc\n  \": 1\n}\n".to_owned(),
        ];
        for (n, case) in cases.iter().enumerate() {
            let whole = general(case);
            if let Some(plan) = cut(case) {
                assert_eq!(Some(plan), whole, "case {n}");
            }
            assert_eq!(parse(case).ok(), whole, "case {n}");
        }
    }

    /// Each record's text, read in place, gives the actions the whole list gives, in order,
    /// wherever the share between the two cores falls.
    #[test]
    fn the_actions_read_one_by_one_are_those_of_the_whole_list() {
        let plan = generate::with_checkins(generate::plan(60, 3), 2, 1);
        let text = canonical(&plan);
        let actions_text = Members::of(&text).and_then(|m| m.actions).expect("actions");
        let whole: Vec<Action> = serde_json::from_str(actions_text).expect("a list");
        let texts = records(actions_text).expect("laid out as jalons writes it");
        assert_eq!(texts.len(), whole.len());
        for split in [0, 1, 30, 59, 60] {
            let (head, tail) = texts.split_at(split);
            let mut actions: Vec<Action> = each(head).expect("the first read");
            actions.extend(each::<Action>(tail).expect("the rest read"));
            assert_eq!(actions, whole, "split at {split}");
        }
        assert_eq!(records("[]"), Some(Vec::new()));
        assert_eq!(Members::of(&text).unwrap().plan().ok(), Some(plan));
    }

    /// A line of four spaces and a brace inside a record (a hand-made layout) cuts it where
    /// no record ends: those texts do not read, and the store is read whole instead.
    #[test]
    fn a_brace_at_four_spaces_inside_a_record_never_reads_as_a_record() {
        let odd = "[\n    {\"a\": [1,\n    {\"x\": 1}]}\n  ]";
        let texts = records(odd).expect("cut at each line of four spaces and a brace");
        assert_eq!(texts, ["{\"a\": [1", "{\"x\": 1}]}"]);
        assert!(each::<serde_json::Value>(&texts).is_err());
        assert_eq!(
            serde_json::from_str::<Vec<serde_json::Value>>(odd)
                .map(|v| v.len())
                .ok(),
            Some(1)
        );
        // Without the comma the cut finds no record's end at all.
        assert_eq!(records("[\n    {\"a\": [\n    {\"x\": 1}]}\n  ]"), None);
    }
}
