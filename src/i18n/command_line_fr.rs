use std::io::ErrorKind;

use super::command_line::{CommandLineText, StoreText};

pub static COMMAND_LINE_FR: CommandLineText = CommandLineText {
    clap: Some(&super::cli_help_fr::CLAP_FR),
    no_store: |path, store| {
        format!(
            "pas encore de feuille de route dans {path} : `jalons{store} init` écrit celle \
             d'exemple (`jalons{store} init --empty` une vide), et `jalons{store}` l'ouvre \
             dans l'interface en la créant"
        )
    },
    did_you_mean: |ids| match ids {
        [] => String::new(),
        [one] => format!("voulez-vous dire {one} ?"),
        [first @ .., last] => format!("voulez-vous dire {} ou {last} ?", first.join(", ")),
    },
    dash: " — ",
    config_ignored: |why| format!("{why} (réglages ignorés pour cette commande)"),
    os_error,
    os_code: |code| format!("(erreur système {code})"),
    bad_separator: "un caractère ASCII imprimable autre que « \" », ou une tabulation",
    manual: "Manuel de jalons",
    no_command: |c| format!("pas de commande « {c} » : jalons --help les liste"),
    no_home: "pas de dossier personnel où garder la feuille de route : utilisez --store CHEMIN",
    status_choices: |words, names| format!("{words} ; ou {names}"),
    store: Some(&StoreText {
        not_a_file: |p| format!("{p} : c'est un dossier, pas un fichier de feuille de route"),
        empty: |p| format!("{p} : le fichier est vide"),
        not_utf8: |p| format!("{p} : texte qui n'est pas de l'UTF-8"),
        newer_schema: |p, found, supported| {
            format!(
                "{p} : schema_version {found} est plus récente que celle que lit ce jalons \
                 ({supported}) : mettez jalons à jour"
            )
        },
        invalid: |p, n| {
            if n > 1 {
                format!("{p} : {n} problèmes trouvés")
            } else {
                format!("{p} : {n} problème trouvé")
            }
        },
        locked: |p, lock, holder| {
            format!("{p} : un autre jalons tient le verrou {lock} et ne l'a pas rendu : {holder}")
        },
        unsound: |p| {
            format!("{p} : non enregistré : le résultat ne serait pas une feuille de route valide")
        },
        not_saved: |p, why| format!("{p} : non enregistré : {why}"),
        exists: |p| {
            format!("{p} : existe déjà (--force pour la remplacer ; une sauvegarde est gardée)")
        },
    }),
};

/// The system's errors as a French system would say them, by kind (the kinds are the same on
/// every system, the numbers are not).
fn os_error(kind: ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::NotFound => "fichier ou dossier introuvable",
        ErrorKind::PermissionDenied => "permission refusée",
        ErrorKind::AlreadyExists => "le fichier existe déjà",
        ErrorKind::IsADirectory => "c'est un dossier",
        ErrorKind::NotADirectory => "n'est pas un dossier",
        ErrorKind::DirectoryNotEmpty => "le dossier n'est pas vide",
        ErrorKind::ReadOnlyFilesystem => "système de fichiers en lecture seule",
        ErrorKind::StorageFull => "plus de place sur le disque",
        ErrorKind::QuotaExceeded => "quota de disque dépassé",
        ErrorKind::FileTooLarge => "fichier trop gros",
        ErrorKind::ResourceBusy => "ressource occupée",
        ErrorKind::ExecutableFileBusy => "fichier exécutable occupé",
        ErrorKind::CrossesDevices => "lien entre deux systèmes de fichiers impossible",
        ErrorKind::TooManyLinks => "trop de liens",
        ErrorKind::InvalidFilename => "nom de fichier invalide ou trop long",
        ErrorKind::InvalidInput => "argument invalide",
        ErrorKind::InvalidData => "données invalides",
        ErrorKind::Interrupted => "interrompu",
        ErrorKind::Unsupported => "opération non prise en charge",
        ErrorKind::OutOfMemory => "mémoire épuisée",
        ErrorKind::BrokenPipe => "tube brisé",
        ErrorKind::WouldBlock => "ressource temporairement indisponible",
        ErrorKind::TimedOut => "délai dépassé",
        ErrorKind::ConnectionRefused => "connexion refusée",
        ErrorKind::ConnectionReset => "connexion réinitialisée",
        ErrorKind::NetworkUnreachable => "réseau injoignable",
        ErrorKind::HostUnreachable => "hôte injoignable",
        ErrorKind::StaleNetworkFileHandle => "fichier réseau périmé",
        ErrorKind::ArgumentListTooLong => "liste d'arguments trop longue",
        ErrorKind::Deadlock => "interblocage évité",
        ErrorKind::UnexpectedEof => "fin de fichier inattendue",
        _ => return None,
    })
}
