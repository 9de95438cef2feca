//! Two advisers share one roadmap through a bare git repository (local, no network): each
//! changes the store on their laptop and runs `jalons sync`; in the end both hold the same
//! commit and byte-identical stores with every change in them. Offline, the local commit is
//! kept (exit 3) and goes out at the next sync.

#[path = "support/laptop.rs"]
mod laptop;

use std::path::{Path, PathBuf};
use std::process::Command;

use jalons::domain::{Op, Plan, Record, apply};
use jalons::store::{self, Store};

use laptop::{Adviser, read};

// What these tests also ask of an adviser's laptop (inherent methods may live in any module
// of the test crate).
impl Adviser {
    fn plan(&self) -> Plan {
        store::parse(&self.store, &std::fs::read(&self.store).unwrap()).expect("a valid store")
    }

    /// Adds an action under the first objective, as the interface saves it.
    fn add(&self, title: &str) -> String {
        let (mut s, mut plan) = Store::open(&self.store).unwrap();
        let mut a = plan.actions[0].clone();
        a.id = jalons::domain::new_id(&plan, "a-", title);
        a.title = title.into();
        a.source = None;
        let op = Op::Put {
            record: Record::Action(a.clone()),
            at: None,
        };
        apply(&mut plan, &op).unwrap();
        s.save(&plan, &[op]).unwrap();
        a.id
    }

    fn head(&self) -> String {
        let out = Command::new("git")
            .arg("-C")
            .arg(self.folder())
            .args(["rev-parse", "HEAD"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A bare repository and two advisers sharing the built-in roadmap through it: Anne made it
/// and shared it, Bruno joined.
fn cabinet(root: &Path) -> (PathBuf, Adviser, Adviser) {
    let bare = root.join("cabinet.git");
    git(
        root,
        &["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()],
    );
    let url = bare.to_str().unwrap();
    let (a, b) = (Adviser::new(root, "anne"), Adviser::new(root, "bruno"));
    a.ok(&["init"]);
    a.ok(&["sync", "init", url]);
    b.ok(&["sync", "join", url]);
    (bare, a, b)
}

#[test]
fn two_advisers_syncing_end_with_one_roadmap_holding_both_their_changes() {
    let root = tempfile::tempdir().unwrap();
    let bare = root.path().join("cabinet.git");
    git(
        root.path(),
        &["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()],
    );
    let url = bare.to_str().unwrap();
    let (a, b) = (
        Adviser::new(root.path(), "anne"),
        Adviser::new(root.path(), "bruno"),
    );

    a.ok(&["init"]);
    a.ok(&["sync", "init", url]);
    let joined = b.ok(&["sync", "join", url]);
    assert!(joined.contains("rejointe"), "{joined}");
    assert_eq!(a.plan(), b.plan(), "B holds A's roadmap");

    // Both change the roadmap, each on their own laptop, then sync in turn.
    let from_a = a.add("Ajoutée par Anne");
    a.ok(&["done", "a-madrid"]);
    let from_b = b.add("Ajoutée par Bruno");
    b.ok(&["done", "a-berlin"]);
    a.ok(&["sync"]);
    let said = b.ok(&["sync"]);
    assert!(said.contains("synchronisé (1 reçu"), "{said}");
    a.ok(&["sync"]);

    assert_eq!(a.head(), b.head(), "both on the same commit");
    assert_eq!(
        std::fs::read(&a.store).unwrap(),
        std::fs::read(&b.store).unwrap()
    );
    let plan = a.plan();
    for id in [&from_a, &from_b] {
        assert!(plan.actions.iter().any(|x| &x.id == id), "{id} kept");
    }
    for id in ["a-madrid", "a-berlin"] {
        let action = plan.actions.iter().find(|x| x.id == id).unwrap();
        assert!(action.status.is_done(), "{id} done");
    }
    a.ok(&["check"]);
    // The commits read as a journal of the roadmap.
    let log = Command::new("git")
        .arg("-C")
        .arg(a.store.parent().unwrap())
        .args(["log", "--format=%an %s%n%b"])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&log.stdout);
    assert!(log.contains("bruno jalons: 2 changes"), "{log}");
    assert!(
        log.contains(&format!("* {from_b} + action « Ajoutée par Bruno »")),
        "{log}"
    );
    assert!(
        log.contains("* a-berlin status: todo → done 2014-09-16"),
        "{log}"
    );
}

#[test]
fn offline_the_change_is_committed_here_and_goes_out_next_time() {
    let root = tempfile::tempdir().unwrap();
    let (bare, a, b) = cabinet(root.path());

    let away = root.path().join("cabinet.git.away");
    std::fs::rename(&bare, &away).unwrap();
    a.ok(&["done", "a-madrid"]);
    let out = a.jalons(&["sync"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read(&out.stdout).contains("hors ligne : 1 commit gardé ici"));

    std::fs::rename(&away, &bare).unwrap();
    a.ok(&["sync"]);
    b.ok(&["sync"]);
    let madrid = b
        .plan()
        .actions
        .into_iter()
        .find(|x| x.id == "a-madrid")
        .unwrap();
    assert!(
        madrid.status.is_done(),
        "the change made offline reached the colleague"
    );
}

#[test]
fn without_a_shared_repository_sync_says_so_and_exits_2() {
    let root = tempfile::tempdir().unwrap();
    let a = Adviser::new(root.path(), "anne");
    a.ok(&["init"]);
    let out = a.jalons(&["sync"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("n'est pas partagée par git"));
}

#[test]
fn a_title_both_changed_is_a_conflict_kept_until_settled_and_mine_can_be_taken_back() {
    let root = tempfile::tempdir().unwrap();
    let (_, a, b) = cabinet(root.path());
    let retitle = |who: &Adviser, title: &str| {
        let (mut s, mut plan) = Store::open(&who.store).unwrap();
        let before = plan.actions[0].clone();
        let mut after = before.clone();
        after.title = title.into();
        let op = Op::Edit {
            before: Record::Action(before),
            after: Record::Action(after),
        };
        apply(&mut plan, &op).unwrap();
        s.save(&plan, &[op]).unwrap();
    };
    retitle(&a, "Titre d'Anne");
    retitle(&b, "Titre de Bruno");
    a.ok(&["sync"]);
    let out = b.jalons(&["sync"]);
    assert!(out.status.success());
    let said = read(&out.stderr);
    assert!(
        said.contains("jalons : conflit :") && said.contains("Titre de Bruno"),
        "{said}"
    );
    assert_eq!(
        b.plan().actions[0].title,
        "Titre d'Anne",
        "the published value kept"
    );

    // Kept in the repository, listed until settled.
    let listed = b.ok(&["conflicts"]);
    assert!(
        listed.contains("  1  ") && listed.contains("Titre de Bruno"),
        "{listed}"
    );
    // Who wrote the value that was kept: Anne, from the journal of the commit Bruno received.
    assert!(listed.contains("écrit par anne"), "{listed}");
    let json: serde_json::Value = serde_json::from_str(&b.ok(&["conflicts", "--json"])).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(1));
    assert_eq!(json[0]["by"], "anne");
    b.ok(&["conflicts", "resolve", "1", "--mine"]);
    assert_eq!(
        b.plan().actions[0].title,
        "Titre de Bruno",
        "ours taken back"
    );
    assert!(b.ok(&["conflicts"]).contains("Aucun conflit"));
    b.ok(&["sync"]);
    a.ok(&["sync"]);
    assert_eq!(a.plan().actions[0].title, "Titre de Bruno", "and shared");
}

#[test]
fn without_a_git_identity_init_refuses_before_touching_anything() {
    let root = tempfile::tempdir().unwrap();
    let a = Adviser::new(root.path(), "anne");
    std::fs::remove_file(a.home.join(".gitconfig")).unwrap();
    a.ok(&["init"]);
    let out = Command::new(env!("CARGO_BIN_EXE_jalons"))
        .arg("--store")
        .arg(&a.store)
        .args(["sync", "init"])
        .env("LC_ALL", "C")
        .env("HOME", &a.home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        .env_remove("EMAIL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("git does not know who you are"));
    assert!(
        !a.store.parent().unwrap().join(".git").exists(),
        "no half-made repository"
    );
}

#[test]
fn a_manual_git_pull_left_unmerged_is_finished_by_the_next_sync() {
    let root = tempfile::tempdir().unwrap();
    let (_, a, b) = cabinet(root.path());
    let from_a = a.add("Ajoutée par Anne");
    a.ok(&["sync"]);
    let from_b = b.add("Ajoutée par Bruno");
    // Bruno commits and pulls by hand in a clone that lost the driver's configuration: git's
    // own line merge leaves conflict markers in the store.
    let folder = b.store.parent().unwrap();
    let manual = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(folder)
            .args(args)
            .env("HOME", &b.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap()
    };
    assert!(manual(&["commit", "-qam", "à la main"]).status.success());
    let forgot = manual(&["config", "--remove-section", "merge.jalons"]);
    assert!(forgot.status.success());
    let pulled = manual(&["pull", "-q", "--no-rebase"]);
    assert!(
        !pulled.status.success(),
        "the manual pull stopped on the store"
    );

    let left = std::fs::read_to_string(&b.store).unwrap();
    assert!(
        left.contains("<<<<<<<"),
        "markers in the store: {}{}",
        String::from_utf8_lossy(&pulled.stdout),
        String::from_utf8_lossy(&pulled.stderr)
    );
    b.ok(&["sync"]);
    let plan = b.plan();
    for id in [&from_a, &from_b] {
        assert!(plan.actions.iter().any(|x| &x.id == id), "{id} kept");
    }
    let unmerged = manual(&["ls-files", "-u"]);
    assert!(unmerged.stdout.is_empty(), "the merge is finished");
    assert!(
        !folder.join(".git").join("MERGE_HEAD").exists(),
        "and committed"
    );
    a.ok(&["sync"]);
    assert_eq!(
        std::fs::read(&a.store).unwrap(),
        std::fs::read(&b.store).unwrap()
    );
}

#[test]
fn a_remote_that_wants_a_password_fails_at_once_and_says_what_to_do() {
    let root = tempfile::tempdir().unwrap();
    let (_, a, _) = cabinet(root.path());
    // An ssh that would wait for a passphrase on the terminal unless told not to ask.
    let bin = root.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let ssh = bin.join("ssh");
    std::fs::write(
        &ssh,
        "#!/bin/sh\ncase \"$*\" in\n  *BatchMode=yes*) echo 'Permission denied (publickey).' >&2; exit 255;;\n  *) sleep 30;;\nesac\n",
    )
    .unwrap();
    std::fs::set_permissions(&ssh, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    git(
        a.store.parent().unwrap(),
        &["remote", "set-url", "origin", "ssh://serveur/cabinet.git"],
    );
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_jalons"))
        .arg("--store")
        .arg(&a.store)
        .arg("sync")
        .env("LC_ALL", "C")
        .env("HOME", &a.home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("PATH", path)
        .env_remove("GIT_SSH_COMMAND")
        .output()
        .unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "no prompt waited on"
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("sync needs your key or password"), "{said}");
}

/// The commit lines `author` wrote, all commits together.
fn lines_by(a: &Adviser, author: &str) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(a.folder())
        .args(["log", "--author", author, "--format=%b"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_sync_killed_at_any_step_leaves_a_valid_store_and_the_next_one_completes() {
    use std::os::unix::process::ExitStatusExt;
    for step in jalons::sync::Step::ALL {
        let root = tempfile::tempdir().unwrap();
        let (_bare, a, b) = cabinet(root.path());
        let from_b = b.add("Ajoutée par Bruno");
        b.ok(&["sync"]);
        let from_a = a.add("Ajoutée par Anne");

        let killed = Command::new(env!("CARGO_BIN_EXE_jalons"))
            .arg("--store")
            .arg(&a.store)
            .arg("sync")
            .env("HOME", &a.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("JALONS_SYNC_FAULT", step.name())
            .output()
            .unwrap();
        assert_eq!(killed.status.signal(), Some(9), "killed after {step:?}");

        // Whatever the step, the store reads and checks, and the next sync completes.
        a.ok(&["check"]);
        a.ok(&["sync"]);
        b.ok(&["sync"]);
        assert_eq!(a.head(), b.head(), "one commit after a kill at {step:?}");
        assert_eq!(
            std::fs::read(&a.store).unwrap(),
            std::fs::read(&b.store).unwrap(),
            "one roadmap after a kill at {step:?}"
        );
        for id in [&from_a, &from_b] {
            assert!(
                a.plan().actions.iter().any(|x| &x.id == id),
                "{id} kept after a kill at {step:?}"
            );
        }
        // Bruno's action is never committed again as Anne's own change.
        assert!(
            !lines_by(&a, "anne").contains(&from_b),
            "after a kill at {step:?}, Anne's journal claims Bruno's action:\n{}",
            lines_by(&a, "anne")
        );
        let status = Command::new("git")
            .arg("-C")
            .arg(a.folder())
            .args(["status", "--porcelain"])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&status.stdout),
            "",
            "a clean work tree after a kill at {step:?}"
        );
    }
}

/// Anne's interface saves while her sync is between its commit and its merge: the sync
/// commits that save too and merges again, and a later save of the same interface, made on
/// the text it read before the sync, loses nothing of the merge.
#[test]
fn the_interface_saving_while_a_sync_runs_is_merged_not_refused() {
    let root = tempfile::tempdir().unwrap();
    let (_bare, a, b) = cabinet(root.path());
    // The in-process sync runs git with this process's environment: the identity is the
    // clone's own.
    git(a.folder(), &["config", "user.name", "anne"]);
    git(a.folder(), &["config", "user.email", "anne@paris.example"]);
    let from_b = b.add("Ajoutée par Bruno");
    b.ok(&["sync"]);
    let from_a = a.add("Ajoutée par Anne");

    let (mut interface, mut plan) = Store::open(&a.store).unwrap();
    let mut saved_during = None;
    let report = root.path().join("report.jsonl");
    let outcome = jalons::sync::sync_observed(
        &a.store,
        Path::new(env!("CARGO_BIN_EXE_jalons")),
        &report,
        &mut |step| {
            if step == jalons::sync::Step::Fetched && saved_during.is_none() {
                let mut x = plan.actions[0].clone();
                x.id = jalons::domain::new_id(&plan, "a-", "Pendant la synchro");
                x.title = "Pendant la synchro".into();
                x.source = None;
                let op = Op::Put {
                    record: Record::Action(x.clone()),
                    at: None,
                };
                apply(&mut plan, &op).unwrap();
                interface.save(&plan, &[op]).unwrap();
                saved_during = Some(x.id);
            }
        },
    );
    assert!(
        matches!(outcome, Ok(jalons::sync::Synced::Done { .. })),
        "{outcome:?}"
    );
    let during = saved_during.expect("the interface saved during the sync");

    // The same interface saves again, from the plan it held before the sync wrote the merge.
    let op = Op::Put {
        record: Record::Action({
            let mut x = plan.actions[1].clone();
            x.title = "Retitrée après la synchro".into();
            x
        }),
        at: None,
    };
    apply(&mut plan, &op).unwrap();
    interface.save(&plan, &[op]).unwrap();

    a.ok(&["sync"]);
    b.ok(&["sync"]);
    assert_eq!(a.head(), b.head());
    let ids: Vec<String> = b.plan().actions.into_iter().map(|x| x.id).collect();
    for id in [&from_a, &from_b, &during] {
        assert!(ids.contains(id), "{id} in the shared roadmap");
    }
    assert!(
        b.plan()
            .actions
            .iter()
            .any(|x| x.title == "Retitrée après la synchro")
    );
}
