//! A checklist template applied to a trip: its items the trip does not have yet, each with
//! an ID of its own. Applying a template twice adds nothing the second time, and an item of
//! the trip is never replaced by one of the template's.

use std::collections::HashSet;

use super::ids::new_id;
use super::model::{ChecklistItem, ChecklistTemplate, Due, Plan};
use super::ops::{Place, locate};
use crate::fold::fold;

/// What a template brings to a trip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromTemplate {
    /// The items to add, in the template's order, with IDs no record of the plan has.
    pub items: Vec<ChecklistItem>,
    /// The labels of the template's items the trip has already (as in the trip).
    pub already: Vec<String>,
}

/// Two labels name the same item when they read the same, whatever the case, the accents
/// and the spaces around ("Visa", " visa ").
fn key(label: &str) -> String {
    fold(label.trim())
}

/// The items `template` adds to the trip with ID `trip` (a new trip, not in the plan yet,
/// has none already).
pub fn from_template(plan: &Plan, trip: &str, template: &ChecklistTemplate) -> FromTemplate {
    let existing: &[ChecklistItem] = match locate(plan, trip) {
        Some(Place::Trip(t)) => &plan.trips[t].checklist,
        _ => &[],
    };
    let mut seen: HashSet<String> = existing.iter().map(|i| key(&i.label)).collect();
    let mut ids = HashSet::new();
    let mut out = FromTemplate {
        items: Vec::new(),
        already: Vec::new(),
    };
    for item in &template.items {
        if !seen.insert(key(&item.label)) {
            // Named as the trip has it, when it has it (not a repeat within the template).
            if let Some(there) = existing.iter().find(|i| key(&i.label) == key(&item.label)) {
                out.already.push(there.label.clone());
            }
            continue;
        }
        // `new_id` avoids the plan's IDs; the batch's own are not in the plan yet.
        let mut id = new_id(plan, &format!("{trip}."), &item.label);
        while !ids.insert(id.clone()) {
            id = new_id(plan, &format!("{trip}."), &item.label);
        }
        out.items.push(ChecklistItem {
            notes: String::new(),
            source: None,
            id,
            label: item.label.clone(),
            owner: None,
            due: item.days_before.map(Due::DaysBefore),
            done_on: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Op, Record, TemplateItem, apply, validate};

    fn template(labels: &[&str]) -> ChecklistTemplate {
        ChecklistTemplate {
            id: "tpl-test".into(),
            name: "Test".into(),
            items: labels
                .iter()
                .map(|l| TemplateItem {
                    label: (*l).to_owned(),
                    days_before: Some(10),
                })
                .collect(),
            source: None,
        }
    }

    fn put_all(plan: &mut Plan, trip: &str, items: Vec<ChecklistItem>) {
        let ops = items
            .into_iter()
            .map(|item| Op::Put {
                record: Record::Item {
                    trip: trip.to_owned(),
                    item,
                },
                at: None,
            })
            .collect();
        apply(plan, &Op::Batch(ops)).expect("the items go in");
    }

    #[test]
    fn twice_the_same_template_adds_nothing_and_names_what_is_there() {
        let mut plan = crate::builtin::roadmap();
        let trip = plan.trips[0].id.clone();
        let tpl = template(&["Réserver l'hôtel", "Visa", "Cadeaux"]);
        let first = from_template(&plan, &trip, &tpl);
        assert_eq!(first.items.len(), 3);
        assert!(first.already.is_empty());
        put_all(&mut plan, &trip, first.items);
        // The adviser ticks one and renames another's case: neither is replaced.
        let done = chrono::NaiveDate::from_ymd_opt(2014, 6, 1);
        let checklist = &mut plan.trips[0].checklist;
        let n = checklist.len();
        checklist[n - 2].label = "VISA".into();
        checklist[n - 3].done_on = done;
        let before = plan.clone();
        let second = from_template(&plan, &trip, &tpl);
        assert!(second.items.is_empty(), "{:?}", second.items);
        assert_eq!(second.already, ["Réserver l'hôtel", "VISA", "Cadeaux"]);
        assert_eq!(plan, before);
    }

    #[test]
    fn a_template_item_never_takes_an_id_of_the_plan_nor_of_its_batch() {
        let mut plan = crate::builtin::roadmap();
        let trip = plan.trips[1].id.clone();
        // Labels of one slug: the IDs differ by their random suffix only.
        let tpl = template(&["Visa", "Visa !", "visa ?", "« Visa »"]);
        for _ in 0..50 {
            let added = from_template(&plan, &trip, &tpl);
            assert_eq!(added.items.len(), 4);
            let ids: HashSet<&str> = added.items.iter().map(|i| i.id.as_str()).collect();
            assert_eq!(ids.len(), 4, "one ID twice in a batch");
            for id in &ids {
                assert!(locate(&plan, id).is_none(), "{id} is taken in the plan");
            }
            // Renamed so that the next round adds them again, beside these.
            let items = added
                .items
                .into_iter()
                .map(|mut i| {
                    i.label = format!("{} (fait)", i.label);
                    i
                })
                .collect();
            let count = plan.trips[1].checklist.len();
            put_all(&mut plan, &trip, items);
            assert_eq!(plan.trips[1].checklist.len(), count + 4, "an item replaced");
        }
        assert!(validate(&plan).is_empty());
    }
}
