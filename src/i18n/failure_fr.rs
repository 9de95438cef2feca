//! What went wrong with a file, in French.

use super::failure::FailureText;

pub static FAILURE_FR: FailureText = FailureText {
    permission_denied: "permission refusée",
    not_found: "fichier introuvable",
    disk_full: "disque plein",
    quota: "quota de disque dépassé",
    read_only: "disque en lecture seule",
    is_a_directory: "c'est un dossier",
    not_a_directory: "un élément du chemin n'est pas un dossier",
    already_exists: "le fichier existe déjà",
    too_large: "fichier trop gros",
    busy: "fichier occupé",
    input_output: "erreur d'entrée-sortie du disque",
    invalid_name: "nom de fichier invalide",
    timed_out: "délai dépassé",
    interrupted: "interrompu",
    stale: "fichier réseau devenu inaccessible",
    other: |code| match code {
        Some(n) => format!("erreur du système (n°\u{a0}{n})"),
        None => "erreur du système".to_owned(),
    },
    at: |path, what| format!("{what} ({path})"),
    not_a_file: "c'est un dossier, pas un fichier",
    empty: "le fichier est vide",
    not_utf8: "le texte n'est pas en UTF-8",
    newer_schema: |found, supported| {
        format!(
            "schema_version {found}, plus récent que ce que lit ce jalons ({supported})\u{a0}: \
             mettez jalons à jour"
        )
    },
    problems: |n| match n {
        1 => "1 problème".to_owned(),
        n => format!("{n} problèmes"),
    },
    locked: |lock, holder| {
        format!(
            "une autre instance de jalons tient le verrou {lock} et ne l'a pas rendu\u{a0}: {holder}"
        )
    },
    unsound: "le résultat ne serait pas une feuille de route valide",
    exists: "le fichier existe déjà (--force pour le remplacer\u{a0}; une sauvegarde est gardée)",
    writable: |path, group, others, mode| {
        let who = match (group, others) {
            (true, true) => "son groupe et tous les autres",
            (true, false) => "son groupe",
            _ => "tous les autres",
        };
        format!(
            "attention\u{a0}: {path} peut être modifié par {who} (mode {mode:04o})\u{a0}: \
             chmod go-w (ou 600) sauf si c'est voulu"
        )
    },
    op_gone: |id| format!("{id} n'existe plus\u{a0}: une autre instance l'a supprimé"),
    op_wrong_kind: |id| format!("{id} n'est pas le genre de fiche que ce changement vise"),
    op_in_use: |id| format!("{id} porte encore des actions ou des points de check-list"),
    op_dangling: |id, other| format!("{id} renvoie à une fiche qui n'existe plus\u{a0}: {other}"),
    op_taken: |id| format!("{id} est déjà l'identifiant d'une autre fiche"),
    op_incoherent: |id| {
        format!("{id}\u{a0}: ses dates, changées entre-temps, ne tiendraient plus ensemble")
    },
};
