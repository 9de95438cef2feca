//! Getting around and preparing a trip, in English.

use super::nav::NavText;

fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// “Tickets”, “Visa”.
fn quoted(labels: &[String]) -> String {
    let quoted: Vec<String> = labels.iter().map(|l| format!("“{l}”")).collect();
    quoted.join(", ")
}

pub static NAV_EN: NavText = NavText {
    jump_back: "back to where you jumped from",
    jump_forward: "forward again (after Ctrl-o)",
    no_jump_back: "No jump to go back from",
    no_jump_forward: "Nowhere further to go",
    add_first_traveller: "a: add a traveller",
    template_no_trip: "Checklist template: select a trip first (screen 3) or one of its checklist items",
    template_title: |trip, dates| format!("Apply a template to “{trip}” ({dates})"),
    template_choice: |name, new, total| match (new, total) {
        (0, _) => format!("{name} — already applied"),
        (n, t) if n == t => format!("{name} — {t} item{}", s(t)),
        (n, t) => format!("{name} — {n} item{} to add of {t}", s(n)),
    },
    template_already: |labels| format!("Already there, left as they are: {}", quoted(labels)),
    template_applied: |trip, added, skipped, name| {
        let mut text = format!("{trip}: {added} item{} added", s(added));
        if !skipped.is_empty() {
            text = format!(
                "{text}, {} already there ({})",
                skipped.len(),
                quoted(skipped)
            );
        }
        format!("{text} — template “{name}”")
    },
    template_nothing_new: |trip, total, name| {
        let items = if total == 1 {
            "the item".to_owned()
        } else {
            format!("the {total} items")
        };
        format!("{trip} has {items} of “{name}” already: nothing added")
    },
    owner_pick_title: "One owner's deadlines (type to filter)",
};
