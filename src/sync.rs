//! Sharing the roadmap through git: `sync init`, `sync join` and `sync`. git moves commits;
//! jalons merges the store (its merge driver, `merge::merge3`) and writes it itself,
//! atomically, under the store's lock — git never writes `roadmap.json` (it would unlink and
//! recreate it, 0644, half-written for a moment).

pub mod conflicts;
mod git;
pub mod history;
pub mod journal;
mod refused;

use std::path::{Path, PathBuf};

pub use git::{Failure, Git, OLDEST, version};
pub use refused::{Refused, Why};

use refused::io_at;

use crate::store;

/// How a sync ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Synced {
    /// Up to date with the remote: `received` commits came in, `sent` went out.
    Done { received: usize, sent: usize },
    /// The remote could not be reached: the local commit is kept, to send next time.
    Offline { to_send: usize },
}

const GITATTRIBUTES: &str = "roadmap.json eol=lf merge=jalons\n";
const GITIGNORE: &str = concat!(
    "roadmap.json.lock\n.roadmap.json.*.tmp\n*.bak\n*.recovery.json\nroadmap.json.*.bak\n",
    // The calendar's and the status note's ledgers, each clone's own (export/revisions.rs,
    // export/note_ledger.rs).
    "*.calendar.json\n*.note.json\n",
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
        None => Err(Refused::cannot_start(Why::NoGit)),
        Some(v) if v < OLDEST => Err(Refused::cannot_start(Why::GitTooOld(v))),
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
        Err(Refused::cannot_start(Why::NoIdentity))
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
        return Err(Refused::cannot_start(Why::AlreadyShared(root)));
    }
    // The store must be one jalons reads before it is shared.
    let (_, _) = store::Store::open(store)?;
    git.run(&["init", "-q", "-b", "main"])?;
    for (name, text) in [(".gitattributes", GITATTRIBUTES), (".gitignore", GITIGNORE)] {
        let path = root.join(name);
        std::fs::write(&path, text).map_err(io_at(&path))?;
    }
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
        return Err(Refused::failed(Why::AlreadyShared(root)));
    }
    let kept = if store.exists() {
        Some(store::backup(store, stamp)?)
    } else {
        None
    };
    let parent = folder(&root);
    std::fs::create_dir_all(&parent).map_err(io_at(&parent))?;
    let staging = parent.join(format!(".jalons-join-{}", std::process::id()));
    let cloner = Git::new(&parent, jalons);
    cloner.run(&["clone", "-q", url, &staging.display().to_string()])?;
    let clone = Git::new(&staging, jalons);
    let bytes = clone.blob("HEAD:roadmap.json")?;
    // The shared store must be one this jalons reads, before anything is moved in place.
    store::parse(&staging.join("roadmap.json"), &bytes)?;
    std::fs::create_dir_all(&root).map_err(io_at(&root))?;
    for name in [".git", ".gitattributes", ".gitignore"] {
        let from = staging.join(name);
        if from.exists() {
            std::fs::rename(&from, root.join(name)).map_err(io_at(&from))?;
        }
    }
    let _ = std::fs::remove_dir_all(&staging);
    let _lock = store::hold(store)?;
    store::write_file_atomically(store, &bytes).map_err(io_at(store))?;
    let git = Git::new(&root, jalons);
    configure(&git)?;
    git.run(&["reset", "-q"])?;
    Ok(kept)
}

/// The steps of a sync, in order. An observer sees each one done: the interface could say
/// where a sync is, and the fault tests stop the process there (`kill -9` at each step).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Local changes committed (a journal line per change).
    Committed,
    /// The remote's commits fetched.
    Fetched,
    /// The merge commit made (nothing written yet).
    Merged,
    /// The merged store written in place; HEAD not moved yet.
    Written,
    /// HEAD moved to the merged commit.
    Moved,
    /// The commits pushed.
    Pushed,
}

impl Step {
    pub const ALL: [Self; 6] = [
        Self::Committed,
        Self::Fetched,
        Self::Merged,
        Self::Written,
        Self::Moved,
        Self::Pushed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Committed => "committed",
            Self::Fetched => "fetched",
            Self::Merged => "merged",
            Self::Written => "written",
            Self::Moved => "moved",
            Self::Pushed => "pushed",
        }
    }
}

/// `jalons sync`: commit what changed here, fetch, merge with the driver, write the merged
/// store, push; a push beaten by another adviser's merges again.
pub fn sync(store: &Path, jalons: &Path, report: &Path) -> Result<Synced, Refused> {
    sync_observed(store, jalons, report, &mut |_| {})
}

/// [`sync`], telling `observe` each step as it is done.
pub fn sync_observed(
    store: &Path,
    jalons: &Path,
    report: &Path,
    observe: &mut dyn FnMut(Step),
) -> Result<Synced, Refused> {
    check_git()?;
    let git = Git::new(&folder(store), jalons);
    let upstream = git
        .text(&["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
        .map_err(|_| Refused::cannot_start(Why::NotShared))?;
    let (remote, branch) = upstream
        .split_once('/')
        .ok_or_else(|| Refused::failed(Why::OddUpstream(upstream.clone())))?;
    // Not shared comes first: it says what to do before who you are.
    check_identity(&git)?;
    let branch = branch.to_owned();
    configure(&git)?;
    finish_move(&git, store)?;
    finish_manual_merge(&git, store, report)?;
    let mut received = 0;
    for _ in 0..PUSH_TRIES {
        commit_local(&git, store)?;
        observe(Step::Committed);
        if let Err(f) = git.run(&["fetch", "-q", remote]) {
            return offline_or(&git, f);
        }
        observe(Step::Fetched);
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
            observe(Step::Merged);
            if !put_in_place(&git, store, &new, observe)? {
                // Saved here (the interface, `jalons done`) since the commit: the next round
                // commits that save and merges again; nothing was written.
                received -= behind;
                continue;
            }
        }
        let sent = git
            .text(&["rev-list", "--count", "@{u}..HEAD"])?
            .parse::<usize>()
            .unwrap_or(0);
        if sent == 0 {
            return Ok(Synced::Done { received, sent });
        }
        match git.run(&["push", "-q", remote, &format!("HEAD:{branch}")]) {
            Ok(_) => {
                observe(Step::Pushed);
                return Ok(Synced::Done { received, sent });
            }
            Err(f) if f.said.contains("rejected") || f.said.contains("fetch first") => {}
            Err(f) => return offline_or(&git, f),
        }
    }
    Err(Refused::failed(Why::KeptMoving(PUSH_TRIES)))
}

fn offline_or(git: &Git, failure: Failure) -> Result<Synced, Refused> {
    if git::needs_credentials(&failure.said) {
        // Never asked here (a prompt would hang the interface): said, with what to do.
        return Err(Refused::failed(Why::Credentials));
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
        return Err(Refused::failed(Why::Unfinishable(problem.to_string())));
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
            .map_err(io_at(report))?;
    }
    {
        let _lock = store::hold(store)?;
        store::write_file_atomically(store, &store::to_bytes(&merged.plan))
            .map_err(io_at(store))?;
    }
    git.run(&["add", "roadmap.json"])?;
    let still = git.text(&["diff", "--name-only", "--diff-filter=U"])?;
    if !still.is_empty() {
        return Err(Refused::failed(Why::OtherFiles(still.replace('\n', ", "))));
    }
    git.run(&["commit", "-q", "--no-edit"])?;
    Ok(())
}

/// Commits the store if it differs from the last commit, with one line per change.
fn commit_local(git: &Git, store: &Path) -> Result<(), Refused> {
    let _lock = store::hold(store)?;
    let now = std::fs::read(store).map_err(io_at(store))?;
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
    let known = std::fs::metadata(report).map_or(0, |m| m.len());
    let out = git
        .run_with(
            &["merge-tree", "--write-tree", "HEAD", "@{u}"],
            &[("JALONS_SYNC_REPORT", report)],
        )
        .map_err(|f| Refused::failed(Why::Merge(f)))?;
    conflicts::attribute(git, report, known);
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
/// `false` when the store was saved here since the last commit: nothing is done then.
///
/// Between the store written and HEAD moved, a note (`.git/jalons/moving`) names both
/// commits: a sync killed there finishes the move next time, rather than committing the
/// merged store as this adviser's own changes.
fn put_in_place(
    git: &Git,
    store: &Path,
    new: &str,
    observe: &mut dyn FnMut(Step),
) -> Result<bool, Refused> {
    let _lock = store::hold(store)?;
    let old = git.text(&["rev-parse", "HEAD"])?;
    let now = std::fs::read(store).map_err(io_at(store))?;
    if now != git.blob("HEAD:roadmap.json")? {
        return Ok(false);
    }
    let bytes = git.blob(&format!("{new}:roadmap.json"))?;
    store::parse(store, &bytes)?;
    let note = moving_note(git);
    if let Some(dir) = note.parent() {
        std::fs::create_dir_all(dir).map_err(io_at(dir))?;
    }
    store::write_file_atomically(&note, format!("{old} {new}\n").as_bytes())
        .map_err(io_at(&note))?;
    store::write_file_atomically(store, &bytes).map_err(io_at(store))?;
    observe(Step::Written);
    move_head(git, &old, new)?;
    let _ = std::fs::remove_file(&note);
    observe(Step::Moved);
    Ok(true)
}

fn moving_note(git: &Git) -> PathBuf {
    git.root.join(".git").join("jalons").join("moving")
}

/// HEAD from `old` to `new`, the index and the files other than the store following.
fn move_head(git: &Git, old: &str, new: &str) -> Result<(), Refused> {
    git.run(&["update-ref", "HEAD", new, old])?;
    git.run(&["reset", "-q"])?;
    let others = git.text(&["diff", "--name-only", old, new])?;
    for path in others
        .lines()
        .filter(|p| *p != "roadmap.json" && !p.is_empty())
    {
        git.run(&["checkout", new, "--", path])?;
    }
    Ok(())
}

/// A sync stopped between writing the merged store and moving HEAD (killed, the machine
/// off): if the store still holds what was written, HEAD moves now; if it was saved since,
/// the move is dropped and the save is committed as usual (its merge brings the rest back).
fn finish_move(git: &Git, store: &Path) -> Result<(), Refused> {
    let note = moving_note(git);
    let Ok(text) = std::fs::read_to_string(&note) else {
        return Ok(());
    };
    let _lock = store::hold(store)?;
    let mut ids = text.split_whitespace();
    if let (Some(old), Some(new)) = (ids.next(), ids.next()) {
        let head = git.text(&["rev-parse", "HEAD"])?;
        let now = std::fs::read(store).map_err(io_at(store))?;
        let written = git.blob(&format!("{new}:roadmap.json")).ok();
        if head == old && written.as_deref() == Some(now.as_slice()) {
            move_head(git, old, new)?;
        }
    }
    std::fs::remove_file(&note).map_err(io_at(&note))?;
    Ok(())
}
