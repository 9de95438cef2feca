//! Check-ins and health, in French.

use super::health::{HealthCliText, HealthNoteText, HealthText};
use crate::domain::HealthState;

pub static HEALTH_FR: HealthText = HealthText {
    state: |s| match s {
        HealthState::NotStarted => "non commencée",
        HealthState::OnTrack => "en bonne voie",
        HealthState::Stale => "pas de point récent",
        HealthState::AtRisk => "à risque",
        HealthState::OffTrack => "en difficulté",
    },
    label: "Santé",
    checked_on: |d| format!("point du {d}"),
    blocked: "bloquée",
    last_checkin: |d| format!("dernier point le {d}"),
    never_checked: "aucun point encore",
    nothing_expected: "rien d'attendu encore",
    worst_action: |t| format!("la pire de ses actions\u{a0}: «\u{a0}{t}\u{a0}»"),
    no_open_action: "aucune action ouverte",
    declared: "Déclarée",
    rosier: "plus rose que ses actions",
    old: "ancien",
    checkins: "Points d'étape",
    no_checkins: "Aucun point d'étape (c pour en faire un)",
    by: |who| format!("par {who}"),
    announced: |d| format!("échéance annoncée\u{a0}: {d}"),
    counts: |counts| {
        const WORDS: [&str; 5] = [
            "non commencées",
            "en bonne voie",
            "sans point récent",
            "à risque",
            "en difficulté",
        ];
        let parts: Vec<String> = (0..5)
            .rev()
            .filter(|&i| counts[i] > 0)
            .map(|i| format!("{}\u{a0}{}", counts[i], WORDS[i]))
            .collect();
        parts.join(" · ")
    },
    form_title: |t| format!("Point d'étape sur «\u{a0}{t}\u{a0}»"),
    text_required: "Dites ce qui se passe\u{a0}: requis quand la santé n'est pas «\u{a0}en bonne voie\u{a0}» ou qu'elle change",
    not_checkable: "Un point d'étape se fait sur une action ou un objectif",
    saved: |t, h| format!("Point d'étape sur «\u{a0}{t}\u{a0}»\u{a0}: {h}"),
    key_checkin: "point d'étape sur l'action ou l'objectif",
    key_to_update: "à mettre à jour\u{a0}: les actions sans point récent, par porteur (de nouveau\u{a0}: les échéances)",
    deadlines_hint: |n| format!("r\u{a0}: à mettre à jour ({n})"),
    to_update: "À mettre à jour",
    all_up_to_date: "Tout le monde est à jour\u{a0}: aucune action attendue sans point récent",
    days_ago: |n| format!("dernier point il y a {n}\u{a0}j"),
    never: "jamais de point",
    cli: &HealthCliText {
        first_needs_health: |t| {
            format!(
                "premier point d'étape sur «\u{a0}{t}\u{a0}»\u{a0}: dites sa santé (--health on-track, at-risk ou off-track)"
            )
        },
        text_needed: |h, was| match was {
            Some(was) => format!(
                "dites ce qui se passe\u{a0}: un texte est requis quand la santé change (de «\u{a0}{was}\u{a0}» à «\u{a0}{h}\u{a0}»)"
            ),
            None => format!(
                "dites ce qui se passe\u{a0}: un texte est requis quand la santé est «\u{a0}{h}\u{a0}»"
            ),
        },
        in_future: |on, today| {
            format!(
                "un point d'étape ne se date pas après aujourd'hui\u{a0}: {on} vient après le {today}"
            )
        },
        saved: |on, t, h| format!("Point d'étape du {on} sur «\u{a0}{t}\u{a0}»\u{a0}: {h}"),
        col_on: "Date",
        col_record: "Sur",
        col_by: "Par",
        col_text: "Point",
        col_last: "Dernier point",
        no_checkins: "Aucun point d'étape",
    },
    note: &HealthNoteText {
        share: |open, expected, fresh| {
            let percent = (fresh * 100 + expected / 2)
                .checked_div(expected)
                .unwrap_or(100);
            let actions = if open == 1 {
                "action ouverte"
            } else {
                "actions ouvertes"
            };
            format!(
                "{open}\u{a0}{actions}\u{a0}; points récents\u{a0}: {fresh} des {expected} attendues ({percent}\u{a0}%)"
            )
        },
        col_actions: "Actions",
        col_last: "Dernier point",
        since_note: |d| format!("Depuis la note du {d}"),
        since_day: |d| format!("Depuis le {d}"),
        new_checkins: "Nouveaux points d'étape",
        no_new_checkins: "Aucun.",
        worse: "Santé dégradée",
        slips: "Échéances déplacées",
        no_previous: "Connues à partir de la prochaine note\u{a0}: elles se comparent à la note précédente, et aucune n'est encore gardée pour cette feuille de route.",
        col_from: "Avant",
        col_to: "Maintenant",
        not_kept: |why| {
            format!("la note suivante ne pourra pas dire quelles échéances ont bougé\u{a0}: {why}")
        },
    },
};
