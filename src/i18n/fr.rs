use super::{Catalogue, CheckSummary, CliText, KeyLabels};
use crate::domain::{DelegationKind, MemberCategory, Status, TripStatus};

pub static FR: Catalogue = Catalogue {
    months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    screen_roadmap: "Feuille de route",
    col_horizons: "Horizons",
    col_objectives: "Objectifs",
    col_actions: "Actions",
    col_detail: "Détail",
    no_objectives: "Aucun objectif",
    no_actions: "Aucune action",
    nothing_selected: "Rien de sélectionné",
    status: "Statut",
    due: "Échéance",
    deadline: "Date butoir",
    objective: "Objectif",
    owner: "Porteur",
    co_owners: "Co-porteurs",
    trip: "Déplacement",
    notes: "Notes",
    themes: "Thèmes",
    holder: "Titulaire",
    role: "Rôle",
    load: "Charge",
    no_date: "sans date",
    unknown_owner: "porteur inconnu",
    today: "Aujourd'hui",
    too_small: "Terminal trop petit",
    not_an_action: "Sélectionnez une action pour la cocher",
    merged: "fusionné avec les changements d'une autre instance",
    action_status: |s| match s {
        Status::Todo => "à faire",
        Status::InProgress => "en cours",
        Status::Blocked => "bloquée",
        Status::Done { .. } => "faite",
    },
    trip_status: |s| match s {
        TripStatus::Considered => "envisagé",
        TripStatus::ToCreate => "à créer",
        TripStatus::Preparing => "en préparation",
        TripStatus::Confirmed => "confirmé",
        TripStatus::Done => "effectué",
        TripStatus::Cancelled => "annulé",
    },
    delegation_kind: |k| match k {
        DelegationKind::Portfolio => "délégation d'élu",
        DelegationKind::Partner => "partenaire",
        DelegationKind::Service => "service",
        DelegationKind::Group => "groupe du Conseil de Paris",
    },
    member_category: |c| match c {
        MemberCategory::Elected => "Élus",
        MemberCategory::CouncilGroup => "Groupes du Conseil de Paris",
        MemberCategory::CivilSociety => "Société civile",
        MemberCategory::Staff => "Équipe",
    },
    countdown: |n| match n {
        0 => "aujourd'hui".to_owned(),
        n if n > 0 => format!("J-{n}"),
        n => format!("J+{}", -n),
    },
    late_by: |n| format!("en retard de {n} j"),
    open_late: |open, late| {
        let s = if open > 1 { "s" } else { "" };
        format!("{open} ouverte{s}, {late} en retard")
    },
    saved_at: |t| format!("Enregistré {t}"),
    not_saved: |e| format!("Non enregistré : {e}"),
    conflicts: |n| {
        let s = if n > 1 { "s" } else { "" };
        format!(
            "{n} changement{s} ne s'appliquai{} plus",
            if n > 1 { "ent" } else { "t" }
        )
    },
    marked_done: |t| format!("« {t} » faite"),
    marked_open: |t| format!("« {t} » à faire"),
    key_labels: KeyLabels {
        up: "monter",
        down: "descendre",
        top: "premier",
        bottom: "dernier",
        page_up: "page précédente",
        page_down: "page suivante",
        drill: "ouvrir",
        back: "retour",
        toggle_done: "faite / à faire",
        help: "aide",
        close: "fermer",
        quit: "quitter",
        space: "Espace",
        everywhere: "Partout",
        in_help: "Dans l'aide",
    },
    cli: CliText {
        check_ok: |s: &CheckSummary| {
            format!(
                "{} : valide — {} horizons, {} objectifs, {} actions ({} faites, {} en retard), \
                 {} délégations, {} déplacements, {} points de check-list",
                s.path,
                s.horizons,
                s.objectives,
                s.actions,
                s.done,
                s.late,
                s.delegations,
                s.trips,
                s.items
            )
        },
        created: |p| format!("Feuille de route écrite dans {p}"),
        backed_up: |p| format!("L'ancienne est gardée dans {p}"),
        first_run: |p| format!("Première ouverture : feuille de route intégrée écrite dans {p}"),
    },
};
