//! Getting around and preparing a trip, in French (non-breaking spaces before the colon and
//! inside the guillemets).

use super::nav::NavText;

fn s(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

/// « Billets », « Visa » (non-breaking spaces inside the guillemets).
fn quoted(labels: &[String]) -> String {
    let quoted: Vec<String> = labels
        .iter()
        .map(|l| format!("«\u{a0}{l}\u{a0}»"))
        .collect();
    quoted.join(", ")
}

pub static NAV_FR: NavText = NavText {
    jump_back: "revenir d'où l'on a sauté",
    jump_forward: "repartir (après Ctrl-o)",
    no_jump_back: "Aucun saut d'où revenir",
    no_jump_forward: "Aucun endroit où repartir",
    add_first_traveller: "a\u{a0}: ajouter un voyageur",
    template_no_trip: "Modèle de check-list\u{a0}: choisissez d'abord un déplacement (écran 3) ou un point de sa check-list",
    template_title: |trip, dates| format!("Appliquer un modèle à «\u{a0}{trip}\u{a0}» ({dates})"),
    template_choice: |name, new, total| match (new, total) {
        (0, _) => format!("{name} — déjà appliqué"),
        (n, t) if n == t => format!("{name} — {t}\u{a0}point{}", s(t)),
        (n, t) => format!("{name} — {n}\u{a0}point{} à ajouter sur {t}", s(n)),
    },
    template_already: |labels| {
        format!(
            "Déjà là, laissé{} tel{}\u{a0}: {}",
            s(labels.len()),
            s(labels.len()),
            quoted(labels)
        )
    },
    template_applied: |trip, added, skipped, name| {
        let mut text = format!(
            "{trip}\u{a0}: {added}\u{a0}point{} ajouté{}",
            s(added),
            s(added)
        );
        if !skipped.is_empty() {
            text = format!("{text}, {} déjà là ({})", skipped.len(), quoted(skipped));
        }
        format!("{text} — modèle «\u{a0}{name}\u{a0}»")
    },
    template_nothing_new: |trip, total, name| {
        let items = if total > 1 {
            format!("les {total}\u{a0}points")
        } else {
            "le point".to_owned()
        };
        format!("{trip} a déjà {items} de «\u{a0}{name}\u{a0}»\u{a0}: rien d'ajouté")
    },
    owner_pick_title: "Échéances d'un seul porteur (tapez pour filtrer)",
};
