//! What went wrong with a file, in the adviser's words: what the system said (permission
//! refused, disk full…) and why the store could not be read or written. The store's own
//! `Display` stays English for logs; the interface says [`crate::store::StoreError::message`].

use std::io;

use super::Lang;

/// The words, one set per language.
pub struct FailureText {
    pub permission_denied: &'static str,
    pub not_found: &'static str,
    pub disk_full: &'static str,
    pub quota: &'static str,
    pub read_only: &'static str,
    pub is_a_directory: &'static str,
    pub not_a_directory: &'static str,
    pub already_exists: &'static str,
    pub too_large: &'static str,
    pub busy: &'static str,
    /// EIO: the disk or the network file system failed.
    pub input_output: &'static str,
    pub invalid_name: &'static str,
    pub timed_out: &'static str,
    pub interrupted: &'static str,
    pub stale: &'static str,
    /// Anything else: takes the system's error number, when there is one.
    pub other: fn(Option<i32>) -> String,
    /// What went wrong, then where: "permission refusée (~/roadmap.json)".
    pub at: fn(&str, &str) -> String,
    pub not_a_file: &'static str,
    pub empty: &'static str,
    pub not_utf8: &'static str,
    /// Takes the version found and the newest this jalons reads.
    pub newer_schema: fn(u64, u32) -> String,
    /// How many problems the store has (each is then listed).
    pub problems: fn(usize) -> String,
    /// Takes the lock file and who holds it.
    pub locked: fn(&str, &str) -> String,
    pub unsound: &'static str,
    pub exists: &'static str,
    /// The store can be written by others: (path, by its group, by everyone else, mode).
    pub writable: fn(&str, bool, bool, u32) -> String,
    /// A change that no longer applies, each taking the record's ID: it is gone, it is not
    /// of the kind the change is for, it still owns work, it names a record that is gone
    /// (and which), its ID is taken, its dates no longer hold together.
    pub op_gone: fn(&str) -> String,
    pub op_wrong_kind: fn(&str) -> String,
    pub op_in_use: fn(&str) -> String,
    pub op_dangling: fn(&str, &str) -> String,
    pub op_taken: fn(&str) -> String,
    pub op_incoherent: fn(&str) -> String,
}

/// Why a change could not be applied, in `lang`.
pub fn op_error(lang: Lang, e: &crate::domain::OpError) -> String {
    use crate::domain::OpError as E;
    let t = lang.catalogue().failure;
    match e {
        E::NotFound(id) => (t.op_gone)(id),
        E::WrongKind { id, .. } => (t.op_wrong_kind)(id),
        E::InUse(id) => (t.op_in_use)(id),
        E::Dangling(id, other) => (t.op_dangling)(id, other),
        E::Taken(id) => (t.op_taken)(id),
        E::Incoherent(id) => (t.op_incoherent)(id),
    }
}

/// What the system said, in `lang`: "permission refusée", "disque plein"…
pub fn os_error(lang: Lang, e: &io::Error) -> String {
    use io::ErrorKind as K;
    let t = lang.catalogue().failure;
    // EIO has no kind of its own.
    #[cfg(unix)]
    if e.raw_os_error() == Some(5) {
        return t.input_output.to_owned();
    }
    let words = match e.kind() {
        K::PermissionDenied => t.permission_denied,
        K::NotFound => t.not_found,
        K::StorageFull => t.disk_full,
        K::QuotaExceeded => t.quota,
        K::ReadOnlyFilesystem => t.read_only,
        K::IsADirectory => t.is_a_directory,
        K::NotADirectory => t.not_a_directory,
        K::AlreadyExists => t.already_exists,
        K::FileTooLarge => t.too_large,
        K::ResourceBusy | K::ExecutableFileBusy | K::WouldBlock => t.busy,
        K::InvalidFilename | K::InvalidInput => t.invalid_name,
        K::TimedOut => t.timed_out,
        K::Interrupted => t.interrupted,
        K::StaleNetworkFileHandle => t.stale,
        _ => return (t.other)(e.raw_os_error()),
    };
    words.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_speaks_french_too() {
        let fr = |e: io::Error| os_error(Lang::Fr, &e);
        assert_eq!(fr(io::Error::from_raw_os_error(1)), "permission refusée");
        assert_eq!(fr(io::Error::from_raw_os_error(13)), "permission refusée");
        assert_eq!(fr(io::Error::from_raw_os_error(28)), "disque plein");
        assert_eq!(fr(io::Error::from_raw_os_error(2)), "fichier introuvable");
        assert_eq!(
            fr(io::Error::from_raw_os_error(30)),
            "disque en lecture seule"
        );
        assert_eq!(
            fr(io::Error::from_raw_os_error(5)),
            "erreur d'entrée-sortie du disque"
        );
        assert_eq!(
            fr(io::Error::from_raw_os_error(71)),
            "erreur du système (n°\u{a0}71)"
        );
        assert_eq!(
            os_error(Lang::En, &io::Error::from_raw_os_error(28)),
            "disk full"
        );
        let gone = crate::domain::OpError::NotFound("a-berlin".into());
        assert_eq!(
            op_error(Lang::Fr, &gone),
            "a-berlin n'existe plus\u{a0}: une autre instance l'a supprimé"
        );
    }
}
