//! Sharing the roadmap through git: `sync init`, `sync join` and `sync`. git moves commits;
//! jalons merges the store (its merge driver, `merge::merge3`) and writes it itself,
//! atomically, under the store's lock — git never writes `roadmap.json` (it would unlink and
//! recreate it, 0644, half-written for a moment).

pub mod conflicts;
mod git;
pub mod history;
pub mod journal;

use std::path::{Path, PathBuf};

pub use git::{Failure, Git, OLDEST, version};

use crate::store;

/// How a sync ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Synced {
    /// Up to date with the remote: `received` commits came in, `sent` went out.
    Done { received: usize, sent: usize },
    /// The remote could not be reached: the local commit is kept, to send next time.
    Offline { to_send: usize },
}

/// Why a sync refused or failed: a sentence for the adviser, and the exit code (2 when it
/// cannot even start: no git, no repository, no remote; 1 when something failed).
#[derive(Debug)]
pub struct Refused {
    pub message: String,
    pub code: u8,
}

fn failed(message: String) -> Refused {
    Refused { message, code: 1 }
}

fn cannot_start(message: String) -> Refused {
    Refused { message, code: 2 }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<Failure> for Refused {
    fn from(f: Failure) -> Self {
        failed(f.to_string())
    }
}

impl From<store::StoreError> for Refused {
    fn from(e: store::StoreError) -> Self {
        failed(e.to_string())
    }
}

const GITATTRIBUTES: &str = "roadmap.json eol=lf merge=jalons\n";
const GITIGNORE: &str = concat!(
    "roadmap.json.lock\n.roadmap.json.*.tmp\n*.bak\n*.recovery.json\nroadmap.json.*.bak\n",
    // The calendar's ledger, each clone's own (export/revisions.rs).
    "*.calendar.json\n",
);
/// How many times a push beaten by another adviser's is merged again and retried.
const PUSH_TRIES: usize = 5;

fn folder(store: &Path) -> PathBuf {
    match store.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn check_git() -> Result<(), Refused> {
    match version() {
        None => Err(cannot_start(
            "git is not installed (jalons sync drives the git command)".into(),
        )),
        Some(v) if v < OLDEST => Err(cannot_start(format!(
            "git {}.{} is too old: jalons sync needs git {}.{} or newer",
            v.0, v.1, OLDEST.0, OLDEST.1
        ))),
        Some(_) => Ok(()),
    }
}

/// The adviser's git identity: every commit of the journal carries it, so a sync without one
/// refuses before doing anything.
fn check_identity(git: &Git) -> Result<(), Refused> {
    let known = |key: &str| git.text(&["config", key]).is_ok_and(|v| !v.is_empty());
    if known("user.name") && known("user.email") {
        Ok(())
    } else {
        Err(cannot_start(
            "git does not know who you are: git config --global user.name \"Prénom Nom\" and git config --global user.email …"
                .into(),
        ))
    }
}

/// `jalons sync init [URL]`: the store's folder becomes a git repository holding the store,
/// its attributes (the merge driver) and ignores (lock, temporary and backup files); with a
/// URL, the remote it is pushed to.
pub fn init(store: &Path, jalons: &Path, url: Option<&str>) -> Result<(), Refused> {
    check_git()?;
    let root = folder(store);
    let git = Git::new(&root, jalons);
    check_identity(&git)?;
    if root.join(".git").exists() {
        return Err(cannot_start(format!(
            "{} is already a git repository",
            root.display()
        )));
    }
    // The store must be one jalons reads before it is shared.
    let (_, _) = store::Store::open(store)?;
    git.run(&["init", "-q", "-b", "main"])?;
    std::fs::write(root.join(".gitattributes"), GITATTRIBUTES)
        .map_err(|e| failed(e.to_string()))?;
    std::fs::write(root.join(".gitignore"), GITIGNORE).map_err(|e| failed(e.to_string()))?;
    configure(&git)?;
    git.run(&["add", "roadmap.json", ".gitattributes", ".gitignore"])?;
    git.run(&["commit", "-q", "-m", "jalons: shared roadmap"])?;
    if let Some(url) = url {
        git.run(&["remote", "add", "origin", url])?;
        git.run(&["push", "-q", "-u", "origin", "HEAD"])?;
    }
    Ok(())
}

/// The clone's own configuration: the merge driver (so that a plain `git pull` merges by
/// record too) and merges rather than rebases.
fn configure(git: &Git) -> Result<(), Refused> {
    for setting in &git.settings {
        if let Some((key, value)) = setting.split_once('=') {
            git.run(&["config", key, value])?;
        }
    }
    git.run(&["config", "pull.rebase", "false"])?;
    Ok(())
}

/// `jalons sync join URL`: the store's folder becomes a clone of the shared roadmap; a store
/// already there is kept aside first (`roadmap.json.<stamp>.bak`).
pub fn join(
    store: &Path,
    jalons: &Path,
    url: &str,
    stamp: &str,
) -> Result<Option<PathBuf>, Refused> {
    check_git()?;
    let root = folder(store);
    if root.join(".git").exists() {
        return Err(failed(format!(
            "{} is already a git repository",
            root.display()
        )));
    }
    let kept = if store.exists() {
        Some(store::backup(store, stamp)?)
    } else {
        None
    };
    let parent = folder(&root);
    std::fs::create_dir_all(&parent).map_err(|e| failed(e.to_string()))?;
    let staging = parent.join(format!(".jalons-join-{}", std::process::id()));
    let cloner = Git::new(&parent, jalons);
    cloner.run(&["clone", "-q", url, &staging.display().to_string()])?;
    let clone = Git::new(&staging, jalons);
    let bytes = clone.blob("HEAD:roadmap.json")?;
    // The shared store must be one this jalons reads, before anything is moved in place.
    store::parse(&staging.join("roadmap.json"), &bytes)?;
    std::fs::create_dir_all(&root).map_err(|e| failed(e.to_string()))?;
    for name in [".git", ".gitattributes", ".gitignore"] {
        let from = staging.join(name);
        if from.exists() {
            std::fs::rename(&from, root.join(name)).map_err(|e| failed(e.to_string()))?;
        }
    }
    let _ = std::fs::remove_dir_all(&staging);
    let _lock = store::hold(store)?;
    store::write_file_atomically(store, &bytes).map_err(|e| failed(e.to_string()))?;
    let git = Git::new(&root, jalons);
    configure(&git)?;
    git.run(&["reset", "-q"])?;
    Ok(kept)
}

/// `jalons sync`: commit what changed here, fetch, merge with the driver, write the merged
/// store, push; a push beaten by another adviser's merges again.
pub fn sync(store: &Path, jalons: &Path, report: &Path) -> Result<Synced, Refused> {
    check_git()?;
    let git = Git::new(&folder(store), jalons);
    let upstream = git
        .text(&["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
        .map_err(|_| {
            cannot_start(
                "the roadmap is not shared through git with a remote (jalons sync init URL, or jalons sync join URL)"
                    .into(),
            )
        })?;
    let (remote, branch) = upstream
        .split_once('/')
        .ok_or_else(|| failed(format!("unexpected upstream {upstream}")))?;
    // Not shared comes first: it says what to do before who you are.
    check_identity(&git)?;
    let branch = branch.to_owned();
    configure(&git)?;
    finish_manual_merge(&git, store, report)?;
    let mut received = 0;
    for _ in 0..PUSH_TRIES {
        commit_local(&git, store)?;
        if let Err(f) = git.run(&["fetch", "-q", remote]) {
            return offline_or(&git, f);
        }
        let counts = git.text(&["rev-list", "--left-right", "--count", "HEAD...@{u}"])?;
        let mut it = counts
            .split_whitespace()
            .map(|n| n.parse::<usize>().unwrap_or(0));
        let (ahead, behind) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
        if behind > 0 {
            received += behind;
            let new = if ahead == 0 {
                git.text(&["rev-parse", "@{u}"])?
            } else {
                merged_commit(&git, report)?
            };
            put_in_place(&git, store, &new)?;
        }
        let sent = git
            .text(&["rev-list", "--count", "@{u}..HEAD"])?
            .parse::<usize>()
            .unwrap_or(0);
        if sent == 0 {
            return Ok(Synced::Done { received, sent });
        }
        match git.run(&["push", "-q", remote, &format!("HEAD:{branch}")]) {
            Ok(_) => return Ok(Synced::Done { received, sent }),
            Err(f) if f.said.contains("rejected") || f.said.contains("fetch first") => {}
            Err(f) => return offline_or(&git, f),
        }
    }
    Err(failed(format!(
        "the remote kept moving: {PUSH_TRIES} pushes were beaten, try again"
    )))
}

fn offline_or(git: &Git, failure: Failure) -> Result<Synced, Refused> {
    if git::needs_credentials(&failure.said) {
        // Never asked here (a prompt would hang the interface): said, with what to do.
        return Err(failed(
            "sync needs your key or password and never asks for it: add the key to ssh-agent (ssh-add), or let git's credential helper keep the password (git fetch once in a terminal)"
                .into(),
        ));
    }
    if git::offline(&failure.said) {
        let to_send = git
            .text(&["rev-list", "--count", "@{u}..HEAD"])
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        Ok(Synced::Offline { to_send })
    } else {
        Err(failure.into())
    }
}

/// A `git pull` or `git merge` run by hand that left the store unmerged (the driver missing
/// from that clone, or failing): the three versions are in the index; they are merged as a
/// sync merges them, the store written in place and the merge commit completed.
fn finish_manual_merge(git: &Git, store: &Path, report: &Path) -> Result<(), Refused> {
    let unmerged = git.text(&["ls-files", "-u", "--", "roadmap.json"])?;
    if unmerged.is_empty() {
        return Ok(());
    }
    let stage = |n: u8| -> Result<crate::domain::Plan, Refused> {
        let bytes = git.blob(&format!(":{n}:roadmap.json"))?;
        Ok(store::parse(store, &bytes)?)
    };
    let (base, ours, theirs) = (stage(1)?, stage(2)?, stage(3)?);
    let merged = crate::merge::merge3(&base, &ours, &theirs);
    if let Some(problem) = crate::domain::validate(&merged.plan).first() {
        return Err(failed(format!(
            "the unfinished merge cannot be completed: {problem}"
        )));
    }
    let lines: String = merged
        .conflicts
        .iter()
        .filter_map(|c| serde_json::to_string(c).ok())
        .map(|l| l + "\n")
        .collect();
    if !lines.is_empty() {
        use std::io::Write;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(report)
            .and_then(|mut f| f.write_all(lines.as_bytes()))
            .map_err(|e| failed(e.to_string()))?;
    }
    {
        let _lock = store::hold(store)?;
        store::write_file_atomically(store, &store::to_bytes(&merged.plan))
            .map_err(|e| failed(e.to_string()))?;
    }
    git.run(&["add", "roadmap.json"])?;
    let still = git.text(&["diff", "--name-only", "--diff-filter=U"])?;
    if !still.is_empty() {
        return Err(failed(format!(
            "the unfinished merge has other conflicted files, left to you: {}",
            still.replace('\n', ", ")
        )));
    }
    git.run(&["commit", "-q", "--no-edit"])?;
    Ok(())
}

/// Commits the store if it differs from the last commit, with one line per change.
fn commit_local(git: &Git, store: &Path) -> Result<(), Refused> {
    let _lock = store::hold(store)?;
    let now = std::fs::read(store).map_err(|e| failed(e.to_string()))?;
    let committed = git.blob("HEAD:roadmap.json")?;
    if now == committed {
        return Ok(());
    }
    let after = store::parse(store, &now)?;
    let before = store::parse(store, &committed)?;
    git.run(&["add", "roadmap.json"])?;
    git.run(&["commit", "-q", "-m", &journal::message(&before, &after)])?;
    Ok(())
}

/// The merge of HEAD and the upstream as a commit, made without touching the work tree:
/// `merge-tree` runs the driver; a conflict it cannot settle refuses the sync.
fn merged_commit(git: &Git, report: &Path) -> Result<String, Refused> {
    let out = git
        .run_with(
            &["merge-tree", "--write-tree", "HEAD", "@{u}"],
            &[("JALONS_SYNC_REPORT", report)],
        )
        .map_err(|f| failed(format!("the merge failed, nothing was changed: {f}")))?;
    let tree = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    Ok(git.text(&[
        "commit-tree",
        &tree,
        "-p",
        "HEAD",
        "-p",
        "@{u}",
        "-m",
        "jalons: merge",
    ])?)
}

/// Moves HEAD to `new` and writes its store in place, atomically and under the store's lock.
fn put_in_place(git: &Git, store: &Path, new: &str) -> Result<(), Refused> {
    let _lock = store::hold(store)?;
    let old = git.text(&["rev-parse", "HEAD"])?;
    let now = std::fs::read(store).map_err(|e| failed(e.to_string()))?;
    if now != git.blob("HEAD:roadmap.json")? {
        // Saved here since the commit: the next round commits it and merges again.
        return Err(failed(
            "the roadmap changed during the sync: run it again".into(),
        ));
    }
    let bytes = git.blob(&format!("{new}:roadmap.json"))?;
    store::parse(store, &bytes)?;
    store::write_file_atomically(store, &bytes).map_err(|e| failed(e.to_string()))?;
    git.run(&["update-ref", "HEAD", new, &old])?;
    git.run(&["reset", "-q"])?;
    let others = git.text(&["diff", "--name-only", &old, new])?;
    for path in others
        .lines()
        .filter(|p| *p != "roadmap.json" && !p.is_empty())
    {
        git.run(&["checkout", new, "--", path])?;
    }
    Ok(())
}
