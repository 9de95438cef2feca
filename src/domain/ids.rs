//! IDs for new records: readable slugs of their title, unique across the plan.

use super::model::Plan;
use super::ops::locate;
use crate::fold::fold;

/// The longest slug part of an ID.
const SLUG_LEN: usize = 40;

/// "Déplacement à Bucarest" → "deplacement-a-bucarest".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= SLUG_LEN {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "x".to_owned() } else { out }
}

/// `prefix` + the slug of `text`, with "-2", "-3"… if another record already has it.
pub fn new_id(plan: &Plan, prefix: &str, text: &str) -> String {
    let base = format!("{prefix}{}", slug(text));
    if locate(plan, &base).is_none() {
        return base;
    }
    let mut n = 2;
    loop {
        let id = format!("{base}-{n}");
        if locate(plan, &id).is_none() {
            return id;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_ascii() {
        assert_eq!(slug("Déplacement à Bucarest"), "deplacement-a-bucarest");
        assert_eq!(slug("  « COP 21 » !"), "cop-21");
        assert_eq!(
            slug("東京"),
            "東京"
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                + "x"
        );
    }

    #[test]
    fn new_ids_do_not_clash() {
        let plan = crate::builtin::roadmap();
        let id = new_id(&plan, "", "Madrid");
        assert_eq!(id, "madrid-2", "the built-in roadmap has a trip 'madrid'");
        assert_eq!(new_id(&plan, "a-", "Nouvelle action"), "a-nouvelle-action");
    }
}
