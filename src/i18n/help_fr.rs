//! The help overlay in French.

use super::help::{HelpDeed as D, HelpPlace as P, HelpText, KeyNames};

pub static HELP_FR: HelpText = HelpText {
    keys: KeyNames {
        enter: "Entrée",
        esc: "Échap",
        tab: "Tab",
        back_tab: "Maj-Tab",
        home: "Début",
        end: "Fin",
        page_up: "Page préc.",
        page_down: "Page suiv.",
        space: "Espace",
        ctrl: "Ctrl-",
    },
    here: |place| {
        let place = match place {
            P::Horizons => "Feuille de route, horizons",
            P::Objectives => "Feuille de route, objectifs",
            P::Actions => "Feuille de route, actions",
            P::Delegations => "Délégations",
            P::Trips => "Déplacements",
            P::Trip => "Déplacements, un déplacement ouvert",
            P::Deadlines => "Échéances",
            P::Dashboard => "Tableau de bord",
        };
        format!("Ici\u{a0}: {place}")
    },
    deed: |place, deed| {
        Some(match (place, deed) {
            (P::Horizons, D::Drill) => "voir ses objectifs",
            (P::Horizons, D::Add) => "ajouter un horizon",
            (P::Horizons, D::Edit) => "modifier l'horizon",
            (P::Horizons, D::Delete) => "supprimer l'horizon (demande d'abord)",
            (P::Horizons, D::MoveUp) => "monter l'horizon",
            (P::Horizons, D::MoveDown) => "descendre l'horizon",
            (P::Objectives, D::Drill) => "voir ses actions",
            (P::Objectives, D::Back) => "revenir aux horizons",
            (P::Objectives, D::Add) => "ajouter un objectif à cet horizon",
            (P::Objectives, D::Edit) => "modifier l'objectif",
            (P::Objectives, D::Delete) => "supprimer l'objectif et ses actions (demande d'abord)",
            (P::Objectives, D::MoveUp) => "monter l'objectif",
            (P::Objectives, D::MoveDown) => "descendre l'objectif",
            (P::Actions, D::Drill) => "voir son porteur, puis l'ouvrir sur la vue 2",
            (P::Actions, D::Back) => "revenir aux objectifs",
            (P::Actions, D::ToggleDone) => "l'action faite aujourd'hui, ou de nouveau à faire",
            (P::Actions, D::Add) => "ajouter une action à cet objectif",
            (P::Actions, D::Edit) => "modifier l'action",
            (P::Actions, D::Delete) => "supprimer l'action (demande d'abord)",
            (P::Actions, D::MoveTo) => "la rattacher à un autre objectif",
            (P::Actions, D::MoveUp) => "monter l'action",
            (P::Actions, D::MoveDown) => "descendre l'action",
            (P::Delegations, D::Drill) => "ouvrir le détail, puis aller à l'élément choisi",
            (P::Delegations, D::Back) => "revenir à la liste",
            (P::Delegations, D::ToggleDone) => "l'action ou le point choisi fait, ou à faire",
            (P::Delegations, D::Add) => "ajouter une délégation",
            (P::Delegations, D::Edit) => "modifier la délégation",
            (P::Delegations, D::Delete) => {
                "supprimer la délégation (ses dossiers confiés à une autre)"
            }
            (P::Delegations, D::MoveUp) => "monter la délégation",
            (P::Delegations, D::MoveDown) => "descendre la délégation",
            (P::Trips, D::Drill) => "ouvrir le déplacement\u{a0}: check-list, actions, voyageurs",
            (P::Trips, D::Add) => "ajouter un déplacement (avec sa check-list)",
            (P::Trips, D::Edit) => "modifier le déplacement",
            (P::Trips, D::Delete) => "supprimer le déplacement et sa check-list",
            (P::Trip, D::Drill) => "aller à l'objectif choisi (◆)",
            (P::Trip, D::Back) => "revenir à la liste des déplacements",
            (P::Trip, D::ToggleDone) => "le point de check-list fait, ou à faire",
            (P::Trip, D::Add) => {
                "ajouter un point (sur la check-list) ou un voyageur (sur la Composition)"
            }
            (P::Trip, D::Edit) => "modifier le point ou le voyageur choisi",
            (P::Trip, D::Delete) => "supprimer le point ou le voyageur choisi",
            (P::Trips | P::Trip, D::ApplyTemplate) => {
                "ajouter les points d'un modèle de check-list"
            }
            (P::Trip, D::MoveUp) => "monter le point",
            (P::Trip, D::MoveDown) => "descendre le point",
            (P::Deadlines, D::Drill) => "aller à l'élément, là où il vit",
            (P::Deadlines, D::ToggleDone) => "l'élément fait aujourd'hui, ou à faire",
            (P::Deadlines, D::Add) => "ajouter une action",
            (P::Deadlines, D::Edit) => "modifier l'élément",
            (P::Deadlines, D::FilterOwner) => "ne voir qu'un porteur, ou de nouveau tous",
            (P::Actions, D::CheckIn) => {
                "point d'étape sur l'action\u{a0}: sa santé, où elle en est"
            }
            (P::Objectives, D::CheckIn) => {
                "point d'étape sur l'objectif\u{a0}: la santé que vous lui donnez"
            }
            (P::Deadlines, D::CheckIn) => "point d'étape sur l'action choisie",
            (P::Deadlines, D::ToUpdate) => {
                "à mettre à jour\u{a0}: les actions sans point récent, par porteur (de nouveau\u{a0}: les échéances)"
            }
            _ => return None,
        })
    },
    elsewhere: "Ailleurs, sur toutes les vues",
    in_form: "Dans un formulaire",
    in_search: "Dans la recherche (/)",
    in_pick: "Dans une liste à choisir (modèle, délégation)",
    in_confirm: "À une question",
    in_conflicts: "Dans les conflits (C)",
    in_history: "Dans l'historique (H)",
    legend: "Ce que disent les signes",
    more: "j ↓ Page suiv.\u{a0}: la suite",
    glyphs: &[
        ("○", "à faire"),
        ("◐", "en cours"),
        ("⊘", "bloquée"),
        ("✓", "faite (un point de check-list\u{a0}: fait)"),
        ("⚠", "en retard (ou un conflit, dans la barre d'état)"),
        ("◆", "objectif lié à un déplacement"),
        ("›", "la sélection d'une liste"),
        ("▶", "la sélection de la liste où l'on est"),
        ("░█", "avancement\u{a0}: faites sur le total"),
        ("≈", "un exemple, pas une décision de la note"),
        ("⧩", "un filtre est actif (F pour l'effacer)"),
        ("◉", "santé\u{a0}: en bonne voie"),
        ("△", "santé\u{a0}: à risque"),
        ("✖", "santé\u{a0}: en difficulté (ou en retard)"),
        (
            "⧖",
            "santé\u{a0}: pas de point récent alors qu'on en attend un",
        ),
        ("◦", "santé\u{a0}: non commencée, rien d'attendu encore"),
    ],
    adds: "Ce que «\u{a0}a\u{a0}» ajoute",
    adds_where: &[
        ("Horizons", "un horizon"),
        ("Objectifs", "un objectif à l'horizon choisi"),
        ("Actions", "une action à l'objectif choisi"),
        ("Délégations", "une délégation"),
        (
            "Déplacements",
            "un déplacement, avec la check-list d'un modèle",
        ),
        ("sur la check-list", "un point de check-list"),
        ("sur la Composition", "un voyageur"),
        ("Échéances", "une action"),
    ],
    in_lines: "Dans des notes ou un objet (plusieurs lignes)",
    new_line: "nouvelle ligne",
    line_down: "ligne suivante (de la dernière\u{a0}: champ suivant)",
    line_up: "ligne précédente (de la première\u{a0}: champ précédent)",
    external_editor: "éditeur externe ($VISUAL, $EDITOR)",
    lines_hint: "Tab\u{a0}: champ suivant · Entrée\u{a0}: nouvelle ligne · Ctrl-s\u{a0}: enregistrer · \
                 Ctrl-e\u{a0}: éditeur externe · Échap\u{a0}: annuler",
    editor_missing: |cmd| {
        format!(
            "Éditeur introuvable\u{a0}: «\u{a0}{cmd}\u{a0}» (réglez $VISUAL ou $EDITOR)\u{a0}; texte inchangé"
        )
    },
    editor_failed: |cmd, code| {
        format!("«\u{a0}{cmd}\u{a0}» s'est arrêté en erreur (code {code})\u{a0}; texte inchangé")
    },
    editor_io: |why| format!("Éditeur externe impossible\u{a0}: {why}\u{a0}; texte inchangé"),
};
