use super::script::{CalendarText, DossierText, FileKind, IdKind, NoteText, ScriptText};
use crate::app::form::RecordKind;
use crate::domain::Bucket;

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

pub static SCRIPT_FR: ScriptText = ScriptText {
    bucket: |b| match b {
        Bucket::Late => "En retard",
        Bucket::ThisWeek => "Cette semaine",
        Bucket::ThisMonth => "Ce mois-ci",
        Bucket::Later => "Plus tard",
    },
    col_id: "ID",
    col_title: "Intitulé",
    col_horizon: "Horizon",
    col_progress: "Avancement",
    col_late: "En retard",
    col_dates: "Dates",
    col_checklist: "Check-list",
    col_destination: "Destination",
    col_kind: "Type",
    col_owns: "Porte",
    col_contributes: "Contribue à",
    col_items: "Check-list",
    col_name: "Nom",
    col_parent: "Rattachement",
    col_done_on: "Faite le",
    col_state: "État",
    col_item: "Point",
    col_readiness: "Préparation",
    nothing: "Rien à afficher.",
    none: "Aucune.",
    yes: "oui",
    no: "non",
    colon: "\u{a0}: ",
    to_schedule: "à programmer",
    page_of: ("page ", " / "),
    unknown_id: |kind, id| match kind {
        IdKind::Horizon => format!("aucun horizon n'a l'ID «\u{a0}{id}\u{a0}»"),
        IdKind::Delegation => format!("aucune délégation n'a l'ID «\u{a0}{id}\u{a0}»"),
        IdKind::Trip => format!("aucun déplacement n'a l'ID «\u{a0}{id}\u{a0}»"),
        IdKind::Tickable => {
            format!("aucune action ni aucun point de check-list n'a l'ID «\u{a0}{id}\u{a0}»")
        }
        IdKind::Checkable => {
            format!("aucune action ni aucun objectif n'a l'ID «\u{a0}{id}\u{a0}»")
        }
    },
    not_a: |kind, id| match kind {
        IdKind::Horizon => format!("«\u{a0}{id}\u{a0}» n'est pas un horizon"),
        IdKind::Delegation => format!("«\u{a0}{id}\u{a0}» n'est pas une délégation"),
        IdKind::Trip => format!("«\u{a0}{id}\u{a0}» n'est pas un déplacement"),
        IdKind::Tickable => {
            format!("«\u{a0}{id}\u{a0}» n'est ni une action ni un point de check-list")
        }
        IdKind::Checkable => {
            format!(
                "«\u{a0}{id}\u{a0}» n'est ni une action ni un objectif\u{a0}: un point d'étape se fait sur l'une ou l'autre"
            )
        }
    },
    flag_not_for: |flag, list| format!("{flag} ne s'applique pas à la liste «\u{a0}{list}\u{a0}»"),
    bad_status: |value, choices| {
        format!("statut inconnu «\u{a0}{value}\u{a0}» (possibles\u{a0}: {choices})")
    },
    already_done: |title, day, kind| {
        let e = if kind == RecordKind::Action { "e" } else { "" };
        format!("«\u{a0}{title}\u{a0}» était déjà fait{e} (le {day})")
    },
    already_open: |title, kind| {
        let e = if kind == RecordKind::Action { "e" } else { "" };
        format!("«\u{a0}{title}\u{a0}» n'était pas fait{e}")
    },
    into_store: |path| {
        format!(
            "refus d'écrire sur la feuille de route elle-même ({path})\u{a0}: choisissez un autre fichier"
        )
    },
    not_a_file: |path, kind| match kind {
        FileKind::Folder => format!("{path} est un dossier\u{a0}: donnez le nom d'un fichier"),
        FileKind::Link => format!(
            "{path} est un lien symbolique\u{a0}: jalons n'écrit pas à travers un lien, donnez \
             le chemin du fichier lui-même"
        ),
        FileKind::Device | FileKind::Fifo | FileKind::Socket => {
            let what = match kind {
                FileKind::Fifo => "un tube nommé (FIFO)",
                FileKind::Socket => "une socket",
                _ => "un périphérique",
            };
            format!(
                "{path} est {what}, pas un fichier ordinaire\u{a0}: jalons n'y écrit pas \
                 («\u{a0}-o -\u{a0}» écrit sur la sortie standard)"
            )
        }
    },
    write_failed: |path, cause| format!("{path}\u{a0}: écriture impossible\u{a0}: {cause}"),
    written: |path| format!("Écrit dans {path}"),
    export_into: |dir| format!("Dans {dir}"),
    note: NoteText {
        title: "Note d'étape",
        date: "Date",
        scope: "Périmètre",
        whole_plan: "toute la feuille de route",
        scope_horizon: |h| format!("horizon «\u{a0}{h}\u{a0}»"),
        scope_owner: |d| format!("délégation «\u{a0}{d}\u{a0}»"),
        progress: |p| {
            format!(
                "{} action{}\u{a0}: {} faite{}, {} en retard",
                p.total,
                plural(p.total),
                p.done,
                plural(p.done),
                p.late
            )
        },
        done_since: |day| format!("Faites depuis le {day}"),
        late_actions: "En retard",
        upcoming_trips: "Déplacements à venir",
        other_trips: "Déplacements sans objectif rattaché",
        late_count: |n| format!("{n} en retard"),
    },
    dossier: DossierText {
        title: |d| format!("Dossier de déplacement\u{a0}: {d}"),
        country: "Pays",
        departure: "Départ",
        purpose: "Objet",
        linked_objectives: "Objectifs liés",
        linked_actions: "Actions liées",
        members: "Composition de la délégation",
        checklist: "Check-list de préparation",
        item_done: |day| format!("fait le {day}"),
        item_done_short: "fait",
        item_open: "à faire",
        item_late: "en retard",
        days_before: |n| format!("J-{n} avant le départ"),
    },
    calendar: CalendarText {
        trip_event: |d| format!("Déplacement\u{a0}: {d}"),
        item_todo: |trip, item| format!("{trip} — {item}"),
        action_done: |day| format!("Faite le {day}"),
        item_done: |day| format!("Fait le {day}"),
        ledger_unreadable: |why| {
            format!(
                "le suivi du calendrier est illisible ({why})\u{a0}: supprimez-le pour repartir de \
                 zéro (les agendas qui ont importé le calendrier y verront des doublons)"
            )
        },
        ledger_not_kept: |why| {
            format!(
                "calendrier écrit, mais son suivi n'a pas pu être enregistré ({why})\u{a0}: un \
                 prochain export ne paraîtra pas plus récent aux agendas"
            )
        },
        csv_actions: [
            "ID",
            "Intitulé",
            "Horizon",
            "Objectif",
            "Porteur (ID)",
            "Porteur",
            "Titulaire",
            "Co-porteurs (ID)",
            "Co-porteurs",
            "Échéance",
            "Statut",
            "Faite le",
            "En retard",
            "Déplacement",
            "Notes",
        ],
        csv_checklist: [
            "Déplacement (ID)",
            "Déplacement",
            "Statut du déplacement",
            "Départ",
            "ID",
            "Point",
            "Porteur (ID)",
            "Porteur",
            "Règle",
            "Échéance",
            "État",
            "Fait le",
            "En retard",
        ],
    },
};
