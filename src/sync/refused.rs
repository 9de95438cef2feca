//! Why a sync refused or failed, said in the adviser's language: the interface's status bar
//! and `jalons sync` show these sentences, never git's or the system's raw English alone.

use std::path::{Path, PathBuf};

use super::git::Failure;
use crate::i18n::Lang;
use crate::sanitize::display_path;
use crate::store::StoreError;

/// Why a sync refused or failed, and the exit code: 2 when it cannot even start (no git, no
/// repository, no remote, no identity), 1 when something failed on the way.
#[derive(Debug)]
pub struct Refused {
    pub why: Why,
    pub code: u8,
}

#[derive(Debug)]
pub enum Why {
    NoGit,
    GitTooOld((u32, u32)),
    NoIdentity,
    AlreadyShared(PathBuf),
    NotShared,
    OddUpstream(String),
    /// The remote wants a key or a password, which a sync never asks for.
    Credentials,
    /// Every push was beaten by another adviser's.
    KeptMoving(usize),
    /// `git merge-tree` (the driver inside) failed: nothing was changed.
    Merge(Failure),
    /// A merge left by hand cannot be completed: the merge would not be a valid store.
    Unfinishable(String),
    /// A merge left by hand has other conflicted files than the store.
    OtherFiles(String),
    Git(Failure),
    Store(StoreError),
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
}

impl Refused {
    pub(super) const fn failed(why: Why) -> Self {
        Self { why, code: 1 }
    }

    pub(super) const fn cannot_start(why: Why) -> Self {
        Self { why, code: 2 }
    }

    /// The sentence for the adviser.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr => french(&self.why),
            Lang::En => english(&self.why),
        }
    }
}

/// The `map_err` of a file operation on `path`.
pub(super) fn io_at(path: &Path) -> impl FnOnce(std::io::Error) -> Refused + '_ {
    move |cause| {
        Refused::failed(Why::Io {
            path: path.to_path_buf(),
            cause,
        })
    }
}

impl From<Failure> for Refused {
    fn from(f: Failure) -> Self {
        Self::failed(Why::Git(f))
    }
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Self::failed(Why::Store(e))
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&english(&self.why))
    }
}

fn french(why: &Why) -> String {
    match why {
        Why::NoGit => "git n'est pas installé (jalons sync se sert de la commande git)".into(),
        Why::GitTooOld((major, minor)) => format!(
            "git {major}.{minor} est trop ancien\u{a0}: jalons sync demande git {}.{} ou plus récent",
            super::OLDEST.0,
            super::OLDEST.1
        ),
        Why::NoIdentity => "git ne sait pas qui vous êtes\u{a0}: git config --global user.name «\u{a0}Prénom Nom\u{a0}» et git config --global user.email …".into(),
        Why::AlreadyShared(root) => {
            format!("{} est déjà un dépôt git", display_path(root))
        }
        Why::NotShared => "la feuille de route n'est pas partagée par git avec un dépôt distant (jalons sync init URL, ou jalons sync join URL)".into(),
        Why::OddUpstream(upstream) => format!("branche suivie inattendue\u{a0}: {upstream}"),
        Why::Credentials => "la synchronisation a besoin de votre clé ou de votre mot de passe et ne les demande jamais\u{a0}: ajoutez la clé à ssh-agent (ssh-add), ou laissez le gestionnaire d'identifiants de git garder le mot de passe (git fetch une fois dans un terminal)".into(),
        Why::KeptMoving(tries) => format!(
            "le dépôt distant changeait sans cesse\u{a0}: {tries} envois devancés, réessayez"
        ),
        Why::Merge(f) => format!("la fusion a échoué, rien n'a été changé\u{a0}: {f}"),
        Why::Unfinishable(problem) => {
            format!("la fusion laissée en cours ne peut pas être achevée\u{a0}: {problem}")
        }
        Why::OtherFiles(files) => format!(
            "la fusion laissée en cours a d'autres fichiers en conflit, à régler vous-même\u{a0}: {files}"
        ),
        Why::Git(f) => format!("git a échoué ({})\u{a0}: {}", f.command, f.said.trim()),
        Why::Store(e) => e.to_string(),
        Why::Io { path, cause } => format!("{}\u{a0}: {}", display_path(path), os_fr(cause)),
    }
}

fn english(why: &Why) -> String {
    match why {
        Why::NoGit => "git is not installed (jalons sync drives the git command)".into(),
        Why::GitTooOld((major, minor)) => format!(
            "git {major}.{minor} is too old: jalons sync needs git {}.{} or newer",
            super::OLDEST.0,
            super::OLDEST.1
        ),
        Why::NoIdentity => "git does not know who you are: git config --global user.name \"First Last\" and git config --global user.email …".into(),
        Why::AlreadyShared(root) => format!("{} is already a git repository", display_path(root)),
        Why::NotShared => "the roadmap is not shared through git with a remote (jalons sync init URL, or jalons sync join URL)".into(),
        Why::OddUpstream(upstream) => format!("unexpected upstream {upstream}"),
        Why::Credentials => "sync needs your key or password and never asks for it: add the key to ssh-agent (ssh-add), or let git's credential helper keep the password (git fetch once in a terminal)".into(),
        Why::KeptMoving(tries) => {
            format!("the remote kept moving: {tries} pushes were beaten, try again")
        }
        Why::Merge(f) => format!("the merge failed, nothing was changed: {f}"),
        Why::Unfinishable(problem) => {
            format!("the unfinished merge cannot be completed: {problem}")
        }
        Why::OtherFiles(files) => {
            format!("the unfinished merge has other conflicted files, left to you: {files}")
        }
        Why::Git(f) => f.to_string(),
        Why::Store(e) => e.to_string(),
        Why::Io { path, cause } => format!("{}: {cause}", display_path(path)),
    }
}

/// The system's words for the failures a sync meets, in French.
fn os_fr(cause: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let said = match cause.kind() {
        K::NotFound => "fichier ou dossier introuvable",
        K::PermissionDenied => "permission refusée",
        K::AlreadyExists => "existe déjà",
        K::StorageFull => "disque plein",
        K::ReadOnlyFilesystem => "système de fichiers en lecture seule",
        K::IsADirectory => "c'est un dossier",
        K::NotADirectory => "n'est pas un dossier",
        K::DirectoryNotEmpty => "le dossier n'est pas vide",
        K::Interrupted => "interrompu",
        _ => return cause.to_string(),
    };
    said.to_owned()
}
