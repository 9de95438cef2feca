//! An unknown ID answered with the closest ones: "voulez-vous dire `new-york` ?".

use crate::domain::Plan;
use crate::export::ExportError;
use crate::i18n::{IdKind, Lang};

/// At most this many suggestions.
const MOST: usize = 3;

/// The IDs of `plan` that an ID of `kind` may be.
pub fn ids_of(plan: &Plan, kind: IdKind) -> Vec<&str> {
    match kind {
        IdKind::Horizon => plan.horizons.iter().map(|h| h.id.as_str()).collect(),
        IdKind::Delegation => plan.delegations.iter().map(|d| d.id.as_str()).collect(),
        IdKind::Trip => plan.trips.iter().map(|t| t.id.as_str()).collect(),
        IdKind::Checkable => plan
            .actions
            .iter()
            .map(|a| a.id.as_str())
            .chain(plan.objectives.iter().map(|o| o.id.as_str()))
            .collect(),
        IdKind::Tickable => plan
            .actions
            .iter()
            .map(|a| a.id.as_str())
            .chain(
                plan.trips
                    .iter()
                    .flat_map(|t| t.checklist.iter().map(|i| i.id.as_str())),
            )
            .collect(),
    }
}

/// The IDs among `ids` close to `typed`, closest first: a typing slip (an edit or two, a
/// swap), the same but for case or accents, the ID without its kind's prefix (`europe` for
/// `d-europe`), or a part of it typed alone (`madrid` for `a-madrid`).
pub fn closest<'a>(typed: &str, ids: &[&'a str]) -> Vec<&'a str> {
    let typed = fold(typed);
    if typed.is_empty() {
        return Vec::new();
    }
    let most = (typed.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, &str)> = ids
        .iter()
        .filter_map(|&id| {
            let folded = fold(id);
            let bare = folded
                .split_once('-')
                .filter(|(prefix, _)| prefix.len() == 1)
                .map_or(folded.as_str(), |(_, rest)| rest);
            let whole = strsim::osa_distance(&typed, &folded);
            let distance = whole.min(strsim::osa_distance(&typed, bare));
            // Twice the distance, plus one when it is the bare ID that is close: at equal
            // distance the ID typed whole comes first.
            if distance <= most {
                Some((2 * distance + usize::from(whole > distance), id))
            } else if typed.chars().count() >= 4 && folded.contains(&typed) {
                Some((2 * most + 2, id))
            } else {
                None
            }
        })
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(MOST).map(|(_, id)| id).collect()
}

/// Lower case, without accents: an adviser types `Deplacement` for `déplacement`.
fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// `message`, followed by the closest IDs when there are some.
pub fn with_suggestions(message: String, typed: &str, ids: &[&str], lang: Lang) -> String {
    let close = closest(typed, ids);
    if close.is_empty() {
        return message;
    }
    let words = lang.command_line();
    let quoted: Vec<String> = close.iter().map(|id| format!("`{id}`")).collect();
    format!("{message}{}{}", words.dash, (words.did_you_mean)(&quoted))
}

/// An export's failure as a command says it: an unknown ID followed by the closest ones.
pub fn export_error(e: &ExportError, plan: &Plan, lang: Lang) -> anyhow::Error {
    let message = e.message(lang);
    match e {
        ExportError::Unknown(kind, id) => {
            anyhow::anyhow!(with_suggestions(message, id, &ids_of(plan, *kind), lang))
        }
        _ => anyhow::anyhow!(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: &[&str] = &[
        "new-york",
        "madrid",
        "d-europe",
        "d-ri-francophonie",
        "a-madrid",
        "berlin",
        "bruxelles",
    ];

    #[test]
    fn slips_and_parts_find_the_id() {
        assert_eq!(closest("new-yrok", IDS), ["new-york"]);
        assert_eq!(closest("New-York", IDS), ["new-york"]);
        assert_eq!(closest("europe", IDS), ["d-europe"]);
        assert_eq!(closest("madird", IDS), ["madrid", "a-madrid"]);
        assert_eq!(closest("francophonie", IDS), ["d-ri-francophonie"]);
        assert_eq!(closest("berln", IDS), ["berlin"]);
    }

    #[test]
    fn what_is_far_from_every_id_finds_none() {
        assert!(closest("nope", IDS).is_empty());
        assert!(closest("x", IDS).is_empty());
        assert!(closest("", IDS).is_empty());
    }

    #[test]
    fn the_suggestion_is_said_in_the_language() {
        let fr = with_suggestions("aucun".to_owned(), "new-yrok", IDS, Lang::Fr);
        assert_eq!(fr, "aucun — voulez-vous dire `new-york` ?");
        let en = with_suggestions("none".to_owned(), "madird", IDS, Lang::En);
        assert_eq!(en, "none — did you mean `madrid` or `a-madrid`?");
        let alone = with_suggestions("aucun".to_owned(), "nope", IDS, Lang::Fr);
        assert_eq!(alone, "aucun");
    }
}
