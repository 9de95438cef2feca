use super::{Catalogue, CheckSummary, CliText, KeyLabels, LeavingText};
use crate::app::form::{FieldName, RecordKind};
use crate::domain::{DelegationKind, MemberCategory, Status, StatusFilter, TripStatus};

pub static FR: Catalogue = Catalogue {
    colon: "\u{a0}: ",
    confirm_title: "Confirmer",
    pick_title: "Choisir",
    weekdays: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    screen_roadmap: "Feuille de route",
    screen_delegations: "Délégations",
    screen_trips: "Déplacements",
    screen_deadlines: "Échéances",
    col_horizons: "Horizons",
    col_objectives: "Objectifs",
    col_actions: "Actions",
    col_detail: "Détail",
    no_horizons: "Aucun horizon",
    no_objectives: "Aucun objectif",
    no_actions: "Aucune action",
    nothing_selected: "Rien de sélectionné",
    status: "Statut",
    due: "Échéance",
    start: "Début",
    since: |d| format!("dès le {d}"),
    source_when: |w| format!("La note dit\u{a0}: «\u{a0}{w}\u{a0}»"),
    source_assumed: |f| format!("Exemple, pas une décision de la note\u{a0}: {f}"),
    source_example: "Exemple\u{a0}: la note n'en parle pas",
    source_quote: "La note",
    deadline: "Date butoir",
    horizon: "Horizon",
    progress: "Avancement",
    done_on: "Faite le",
    checklist_item: "Élément de check-list",
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
    not_an_action_to_move: "Sélectionnez une action pour la changer d'objectif",
    merged: "fusionné avec les changements d'une autre instance",
    to_schedule: "à programmer",
    purpose: "Objet",
    linked_objectives: "Objectifs liés",
    travellers: "Composition",
    checklist: "Check-list",
    dates: "Dates",
    no_trips: "Aucun déplacement",
    no_delegations: "Aucune délégation",
    owns_nothing: "Aucune action, portée ou à laquelle elle contribue, ni point de check-list",
    nothing_due: "Rien d'ouvert avec une échéance",
    late_group: "En retard",
    this_week: "Cette semaine",
    this_month: "Ce mois-ci",
    later: "Plus tard",
    all_owners: "Tous les porteurs",
    filter_clear_hint: "o\u{a0}: tout voir",
    no_owner: "sans porteur",
    no_members: "Personne d'inscrit",
    carry_line: |owns, helps, brevity| match (helps, brevity) {
        (0, _) => format!("porte {owns}"),
        (_, 0) => format!("porte {owns} · contribue à {helps}"),
        _ => format!("porte {owns} · contrib. {helps}"),
    },
    items_line: |items, late, brevity| {
        let s = if items > 1 { "s" } else { "" };
        let items = match (items, brevity) {
            (0, 0) => "aucun point de check-list".to_owned(),
            (0, _) => "aucun point".to_owned(),
            (_, 0) => format!("{items} point{s} de check-list"),
            (_, 1) => format!("{items} point{s}"),
            _ => format!("{items} pt{s}"),
        };
        if late == 0 {
            items
        } else {
            format!("{late} en retard · {items}")
        }
    },
    contributes_heading: "Contribue à",
    owner_filter: |who| format!("Porteur\u{a0}: {who}"),
    trip_heading: |dest| format!("Déplacement\u{a0}: {dest}"),
    nothing_to_undo: "Rien à annuler",
    nothing_to_redo: "Rien à rétablir",
    form_refused: |c| {
        let what = match c {
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "il change le sens du texte",
            '\u{e0000}'..='\u{e007f}' => "caractère invisible",
            '\n' => "un seul paragraphe ici",
            _ => "caractère de contrôle",
        };
        format!("U+{:04X} refusé\u{a0}: {what}", u32::from(c))
    },
    form_required: "Champ obligatoire",
    form_before_start: "Cette date précède le début",
    form_record_gone: "Supprimé entre-temps par une autre instance\u{a0}: rien n'a été enregistré",
    save_waiting: |who| {
        match who {
        Some(who) => format!("En attente\u{a0}: {who} enregistre la feuille\u{a0}; votre changement suit dès qu'il a fini"),
        None => "En attente\u{a0}: une autre instance enregistre la feuille\u{a0}; votre changement suit dès qu'elle a fini".to_owned(),
    }
    },
    no_conflicts: "Aucun conflit à revoir",
    sync_started: "Synchronisation…",
    sync_running: "Synchronisation déjà en cours",
    synced: |at, r, s| {
        format!(
            "Synchronisé {at} · {r} reçu{} · {s} envoyé{}",
            if r > 1 { "s" } else { "" },
            if s > 1 { "s" } else { "" }
        )
    },
    sync_offline: |n| format!("Hors ligne · {n} à envoyer (gardé ici)"),
    sync_failed: |e| format!("Synchronisation impossible\u{a0}: {e}"),
    conflict_nothing_to_reapply: "Rien à reprendre\u{a0}: la fiche n'existe plus ou porte déjà votre valeur",
    conflict_reapplied: |t| format!("Votre valeur reprise pour «\u{a0}{t}\u{a0}»"),
    conflicts_title: |n| format!("Conflits ({n}) — les leurs gardés, les vôtres mis de côté"),
    history_title: |id| format!("Historique — {id}"),
    history_loading: "Lecture de l'historique…",
    history_not_shared: "Pas d'historique\u{a0}: la feuille n'est pas partagée par git",
    history_empty: "Aucun changement enregistré par jalons sync pour cette fiche",
    history_failed: |e| format!("Historique illisible\u{a0}: {e}"),
    history_nothing_selected: "Aucune fiche sélectionnée",
    form_too_long: |len, most, bytes| {
        let unit = if bytes { "octets" } else { "caractères" };
        format!(
            "Trop long\u{a0}: {}\u{a0}{unit}, {} au plus",
            figure(len),
            figure(most)
        )
    },
    confirm_hint: "o / Entrée\u{a0}: oui    n / Échap\u{a0}: non",
    form_hint: "Tab\u{a0}: champ suivant · Entrée\u{a0}: enregistrer · Échap\u{a0}: annuler",
    choice_hint: "tapez pour filtrer · ←/→\u{a0}: choisir",
    many_hint: "tapez pour filtrer · ←/→\u{a0}: parcourir · Espace\u{a0}: cocher",
    date_hint: "14/07/2014, 2014-07-14, +10",
    due_hint: "J-30, 14/07/2014, +10",
    none_choice: "— aucun —",
    undone: |l| format!("Annulé\u{a0}: {l}"),
    redone: |l| format!("Rétabli\u{a0}: {l}"),
    ask_delete_horizon: |n, o, a| {
        // "son objectif et sa seule action", "ses 3 objectifs et leurs 7 actions".
        let objectives = match o {
            0 => String::new(),
            1 => format!(
                ", son objectif et {}",
                count(a, "sa seule action", "ses", "action")
            ),
            o => format!(
                ", ses {o} objectifs et {}",
                count(a, "leur seule action", "leurs", "action")
            ),
        };
        format!("Supprimer l'horizon «\u{a0}{n}\u{a0}»{objectives}\u{a0}?")
    },
    ask_delete_objective: |n, a| {
        let actions = match a {
            0 => String::new(),
            a => format!(" et {}", count(a, "sa seule action", "ses", "action")),
        };
        format!("Supprimer l'objectif «\u{a0}{n}\u{a0}»{actions}\u{a0}?")
    },
    ask_delete_trip: |n, i| {
        let items = match i {
            0 => String::new(),
            1 => " et sa check-list d'un point".to_owned(),
            i => format!(" et sa check-list de {i} points"),
        };
        format!("Supprimer le déplacement «\u{a0}{n}\u{a0}»{items}\u{a0}?")
    },
    ask_delete: |n| format!("Supprimer «\u{a0}{n}\u{a0}»\u{a0}?"),
    deleted: |n, kind| format!("«\u{a0}{n}\u{a0}» supprimé{}", feminine(kind)),
    ask_reassign: |n, owns, helps, items| {
        let items = match items {
            0 => "aucun point".to_owned(),
            1 => "1 point".to_owned(),
            k => format!("{k} points"),
        };
        format!(
            "«\u{a0}{n}\u{a0}» porte {owns}, contribue à {helps}, {items} de check-list\u{a0}: \
             à qui les confier avant de supprimer\u{a0}?"
        )
    },
    template_applied: |n| format!("Modèle «\u{a0}{n}\u{a0}» ajouté à la check-list"),
    moved: |n, kind| format!("«\u{a0}{n}\u{a0}» déplacé{}", feminine(kind)),
    saved_record: |n, kind| format!("«\u{a0}{n}\u{a0}» enregistré{}", feminine(kind)),
    field_label: |f| match f {
        FieldName::Title => "Intitulé",
        FieldName::Label => "Libellé",
        FieldName::Name => "Nom",
        FieldName::Holder => "Titulaire",
        FieldName::Role => "Rôle",
        FieldName::Kind => "Nature",
        FieldName::Horizon => "Horizon",
        FieldName::Objective => "Objectif",
        FieldName::Owner => "Porteur",
        FieldName::CoOwners => "Co-porteurs",
        FieldName::Due => "Échéance",
        FieldName::Start => "Début",
        FieldName::Deadline => "Date butoir",
        FieldName::End => "Fin",
        FieldName::Status => "Statut",
        FieldName::Notes => "Notes",
        FieldName::Themes => "Thèmes (séparés par des virgules)",
        FieldName::Trip => "Déplacement",
        FieldName::Destination => "Destination",
        FieldName::Country => "Pays",
        FieldName::Purpose => "Objet",
        FieldName::Category => "Catégorie",
        FieldName::Template => "Modèle de check-list",
        FieldName::Objectives => "Objectifs liés",
        FieldName::Theme => "Thème",
        FieldName::LateOnly => "En retard",
        FieldName::Health => "Santé",
        FieldName::Update => "Point",
        FieldName::NextDue => "Date annoncée",
    },
    form_title: |kind, new| match (kind, new) {
        (RecordKind::Horizon, true) => "Nouvel horizon",
        (RecordKind::Horizon, false) => "Modifier l'horizon",
        (RecordKind::Objective, true) => "Nouvel objectif",
        (RecordKind::Objective, false) => "Modifier l'objectif",
        (RecordKind::Action, true) => "Nouvelle action",
        (RecordKind::Action, false) => "Modifier l'action",
        (RecordKind::Delegation, true) => "Nouvelle délégation",
        (RecordKind::Delegation, false) => "Modifier la délégation",
        (RecordKind::Trip, true) => "Nouveau déplacement",
        (RecordKind::Trip, false) => "Modifier le déplacement",
        (RecordKind::Member, true) => "Nouveau membre de la délégation",
        (RecordKind::Member, false) => "Modifier le membre",
        (RecordKind::Item, true) => "Nouveau point de check-list",
        (RecordKind::Item, false) => "Modifier le point de check-list",
        (RecordKind::CheckIn, _) => "Point d'étape",
        (RecordKind::Filter, _) => "Filtrer les listes",
    },
    filter_applied: "Filtre appliqué (F pour tout revoir)",
    filter_cleared: "Filtre effacé",
    filter_label: "Filtre",
    status_filter: |s| match s {
        StatusFilter::Open => "ouvertes",
        StatusFilter::Todo => "à faire",
        StatusFilter::InProgress => "en cours",
        StatusFilter::Blocked => "bloquées",
        StatusFilter::Done => "faites",
    },
    no_search: "Pas encore de recherche\u{a0}: / pour chercher",
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
        n if n > 0 => format!("dans {n}\u{a0}j"),
        n => format!("il y a {}\u{a0}j", -n),
    },
    late_by: |n| format!("en retard de {n}\u{a0}j"),
    days_before: |n| format!("J-{n}"),
    saved_at: |t| format!("Enregistré {t}"),
    not_saved: |e| format!("Non enregistré\u{a0}: {e}"),
    conflicts: |n| {
        let s = if n > 1 { "s" } else { "" };
        format!("{n} conflit{s}\u{a0}: les leurs gardés, les vôtres mis de côté (C pour voir)")
    },
    conflict: &super::conflict_fr::CONFLICT_FR,
    glance: &super::glance_fr::GLANCE_FR,
    failure: &super::failure_fr::FAILURE_FR,
    marked_done: |t, kind| format!("«\u{a0}{t}\u{a0}» fait{}", feminine(kind)),
    marked_open: |t| format!("«\u{a0}{t}\u{a0}» à faire"),
    help: &super::help_fr::HELP_FR,
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
        conflicts: "conflits à revoir",
        sync: "synchroniser (git)",
        history: "historique de la fiche",
        use_mine: "reprendre le mien",
        keep_theirs: "garder le leur",
        go_to_record: "aller à la fiche",
        quit: "quitter",
        export: "exporter (note, dossier, calendrier, tableur)",
        search: "chercher",
        search_next: "résultat suivant",
        search_prev: "résultat précédent",
        go_to: "y aller",
        filter: "filtrer les listes",
        clear_filter: "effacer le filtre",
        no: "non",
        add: "ajouter",
        edit: "modifier",
        delete: "supprimer",
        move_to: "changer d'objectif",
        move_up: "monter dans la liste",
        move_down: "descendre dans la liste",
        apply_template: "appliquer un modèle de check-list",
        undo: "annuler",
        redo: "rétablir",
        yes: "oui",
        next_field: "champ suivant",
        prev_field: "champ précédent",
        submit: "enregistrer",
        cancel: "annuler la saisie",
        next_screen: "vue suivante",
        prev_screen: "vue précédente",
        filter_owner: "filtrer par porteur",
        choose: "choisir",
        everywhere: "Partout",
        all_screens: "Toutes les vues",
        in_picker: "Dans le menu d'export",
        in_help: "Dans l'aide",
        suspend: "suspendre (fg pour revenir)",
        retry_save: "réessayer d'enregistrer",
        quit_keeping: "quitter, les garder dans un fichier",
        stay: "annuler, rester dans jalons",
        always: "Partout, même en saisie",
        when_leaving: "En quittant avec des modifications non enregistrées",
    },
    script: &super::script_fr::SCRIPT_FR,
    nav: &super::nav_fr::NAV_FR,
    health: &super::health_fr::HEALTH_FR,
    cli: CliText {
        config_defaults: "Réglages par défaut utilisés.",
        config_hint: "Corrigez le fichier, ou lancez jalons --default-config pour démarrer avec les réglages par défaut.",
        config_ask: "Démarrer avec les réglages par défaut\u{a0}? [o/N]",
        check_ok: |s: &CheckSummary| {
            // French: 0 and 1 are singular.
            let n = |count: usize, one: &str, many: &str| {
                format!("{count} {}", if count > 1 { many } else { one })
            };
            format!(
                "{}\u{a0}: valide — {}, {}, {} ({}, {} en retard), {}, {}, {}",
                s.path,
                n(s.horizons, "horizon", "horizons"),
                n(s.objectives, "objectif", "objectifs"),
                n(s.actions, "action", "actions"),
                n(s.done, "faite", "faites"),
                s.late,
                n(s.delegations, "délégation", "délégations"),
                n(s.trips, "déplacement", "déplacements"),
                n(s.items, "point de check-list", "points de check-list"),
            )
        },
        created: |p| format!("Feuille de route écrite dans {p}"),
        backed_up: |p| format!("L'ancienne est gardée dans {p}"),
        first_run: |p| {
            format!(
                "Première ouverture\u{a0}: feuille de route d'exemple, tirée de la note de la Maire du 16 mai 2014, écrite dans {p} (jalons init --empty --force pour partir de zéro)"
            )
        },
        restore_head: ["sauvegarde", "taille", "actions", "vérification"],
        restore_none: |p| format!("Aucune sauvegarde à côté de {p}"),
        restore_valid: "valide",
        restore_invalid: |why| format!("invalide\u{a0}: {why}"),
        restore_refused: |p| {
            format!(
                "{p} n'est pas une feuille de route valide\u{a0}: rien n'a été restauré ni modifié"
            )
        },
        restored: |from, into, n| {
            let s = if n > 1 { "s" } else { "" };
            format!("Sauvegarde {from} restaurée dans {into} ({n} action{s})")
        },
    },
    // search and date input
    date_forms: "2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2s, aujourd'hui, demain",
    due_forms: "2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2s, aujourd'hui, demain, J-30",
    date_empty: |forms| format!("Aucune date saisie — formats acceptés\u{a0}: {forms}"),
    date_unrecognised: |input, forms| {
        format!("«\u{a0}{input}\u{a0}» n'est pas une date — formats acceptés\u{a0}: {forms}")
    },
    date_no_such_day: |input, days| match days {
        Some(n) => format!("{input} n'existe pas\u{a0}: ce mois a {n}\u{a0}jours"),
        None => format!("{input} n'existe pas\u{a0}: les mois vont de 1 à 12"),
    },
    date_out_of_range: |input, first, last| {
        format!("{input}\u{a0}: l'année doit être comprise entre {first} et {last}")
    },
    due_too_long_before: |days, most| {
        format!("J-{days}\u{a0}: au plus J-{most}, soit dix ans avant le départ")
    },
    search_kind: |kind| {
        use crate::search::Kind;
        match kind {
            Kind::Action => "action",
            Kind::Objective => "objectif",
            Kind::Trip => "déplacement",
            Kind::Item => "check-list",
            Kind::Delegation => "délégation",
            Kind::Member => "voyageur",
            Kind::Horizon => "horizon",
            Kind::Template => "modèle",
        }
    },
    search_field: |field| {
        use crate::search::Field;
        match field {
            Field::Title => "titre",
            Field::Label => "libellé",
            Field::Notes => "notes",
            Field::Theme(_) => "thème",
            Field::Name => "nom",
            Field::Holder => "titulaire",
            Field::Role => "rôle",
            Field::Destination => "destination",
            Field::Country => "pays",
            Field::Purpose => "objet",
        }
    },
    search_prompt: "Rechercher",
    search_no_results: |q| format!("Aucun résultat pour «\u{a0}{q}\u{a0}»"),
    leaving: LeavingText {
        unsaved_title: "Modifications non enregistrées",
        unsaved: |n| match n {
            1 => "1 modification n'est pas enregistrée\u{a0}: le fichier ne peut pas être écrit."
                .to_owned(),
            n => format!(
                "{n} modifications ne sont pas enregistrées\u{a0}: le fichier ne peut pas être écrit."
            ),
        },
        why: |e| format!("Raison\u{a0}: {e}"),
        keep_note: "Le fichier de récupération est proposé au lancement suivant.",
        keep_failed: |e| {
            format!("Le fichier de récupération n'a pas pu être écrit non plus\u{a0}: {e}")
        },
        offer_title: "Modifications non enregistrées la dernière fois",
        offer: |n, p| {
            let (verb, them) = if n == 1 {
                (
                    "n'avait pas pu être enregistrée\u{a0}; elle a été gardée",
                    "l'appliquer",
                )
            } else {
                (
                    "n'avaient pas pu être enregistrées\u{a0}; elles ont été gardées",
                    "les appliquer",
                )
            };
            format!(
                "{} {verb} dans {p}. {} maintenant\u{a0}?",
                changes(n),
                capital(them)
            )
        },
        offer_hint: "o / Entrée\u{a0}: appliquer    n / Échap\u{a0}: plus tard (le fichier est gardé)",
        recovered: |applied, skipped| {
            let s = if applied > 1 { "s" } else { "" };
            let done = format!("{} récupérée{s}", changes(applied));
            match skipped {
                0 => done,
                1 => format!("{done}, 1 ne s'applique plus"),
                n => format!("{done}, {n} ne s'appliquent plus"),
            }
        },
        recovered_change: "modification récupérée",
        offer_refused: |p| format!("Fichier de récupération gardé pour plus tard\u{a0}: {p}"),
        unreadable: |p, e| format!("Fichier de récupération {p} illisible\u{a0}: {e}"),
        not_removed: |p, e| {
            format!("Appliquées, mais le fichier de récupération {p} est toujours là\u{a0}: {e}")
        },
        kept: |n, p| {
            let (s, them) = if n > 1 { ("s", "les ") } else { ("", "l'") };
            format!(
                "jalons\u{a0}: {} non enregistrée{s}, gardée{s} dans {p}\u{a0}; \
                 le prochain lancement propose de {them}appliquer.",
                changes(n)
            )
        },
        not_beside: |e| {
            format!("jalons\u{a0}: (pas à côté du fichier, qui ne peut pas être écrit\u{a0}: {e})")
        },
        and_then: "\u{a0}; ",
        lost: |n, e| {
            let (verb, s) = if n > 1 { ("n'ont", "s") } else { ("n'a", "") };
            format!(
                "jalons\u{a0}: {} {verb} pu être ni enregistrée{s} ni gardée{s} ({e}). En JSON\u{a0}:",
                changes(n)
            )
        },
        no_terminal: "jalons\u{a0}: l'interface a besoin d'un terminal, et l'entrée ou la sortie \
                      standard n'en est pas un\u{a0}; les sous-commandes (jalons check, list, export…) \
                      s'en passent.",
        check_pending: |n, p| {
            let (s, verb, them) = if n > 1 {
                ("s", "attendent", "les ")
            } else {
                ("", "attend", "l'")
            };
            format!(
                "{p}\u{a0}: {} non enregistrée{s} lors d'une session précédente {verb} ici\u{a0}; \
                 lancez jalons pour {them}appliquer.",
                changes(n)
            )
        },
    },
};

/// "e" after a participle that agrees with a record of this kind: « … » faite (an action),
/// « … » fait (a checklist item, "un point").
const fn feminine(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Action | RecordKind::Delegation => "e",
        _ => "",
    }
}

/// A count and its noun, agreed: `one` for 1 ("sa seule action"), else "ses 3 actions".
fn count(n: usize, one: &str, determiner: &str, noun: &str) -> String {
    if n == 1 {
        one.to_owned()
    } else {
        format!("{determiner} {n} {noun}s")
    }
}

/// A figure in French: "199\u{a0}999", its thousands set apart by a space that never breaks.
fn figure(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(digit);
    }
    out
}

/// "1 modification", "3 modifications".
fn changes(n: usize) -> String {
    if n == 1 {
        "1 modification".to_owned()
    } else {
        format!("{n} modifications")
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
