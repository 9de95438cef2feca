//! `jalons log ID`: who changed a record and when, read from the commits `jalons sync` made,
//! on real local git repositories (a bare remote and two advisers' laptops, no network).

#[path = "support/laptop.rs"]
mod laptop;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jalons::domain::{Op, apply};
use jalons::store::Store;

struct Adviser {
    home: PathBuf,
    store: PathBuf,
}

impl Adviser {
    fn new(root: &Path, name: &str) -> Self {
        let home = laptop::home(root, name);
        let store = laptop::store(root, name);
        Self { home, store }
    }

    /// jalons, its commits dated `when` (git's author and committer dates).
    fn jalons_at(&self, args: &[&str], when: &str) -> Output {
        Command::new(env!("CARGO_BIN_EXE_jalons"))
            .arg("--store")
            .arg(&self.store)
            .args(["--today", "2014-09-16", "--lang", "fr"])
            .args(args)
            .env("HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_DATE", when)
            .env("GIT_COMMITTER_DATE", when)
            .env_remove("JALONS_STORE")
            .env_remove("GIT_SSH_COMMAND")
            .output()
            .expect("jalons runs")
    }

    fn ok_at(&self, args: &[&str], when: &str) -> String {
        let out = self.jalons_at(args, when);
        assert!(
            out.status.success(),
            "jalons {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn ok(&self, args: &[&str]) -> String {
        self.ok_at(args, "2014-09-16T12:00:00+02:00")
    }

    fn git(&self, args: &[&str]) {
        let out = Command::new("git")
            .arg("-C")
            .arg(self.store.parent().unwrap())
            .args(args)
            .env("HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Anne shares the roadmap and marks a-berlin done on the 16th; Bruno joins and sets it back
/// to do on the 18th; Anne adds a due date on the 20th.
fn shared(root: &Path) -> (Adviser, Adviser) {
    let bare = root.join("cabinet.git");
    let out = Command::new("git")
        .args(["init", "-q", "--bare", "-b", "main"])
        .arg(&bare)
        .output()
        .unwrap();
    assert!(out.status.success());
    let url = bare.to_str().unwrap();
    let (a, b) = (Adviser::new(root, "anne"), Adviser::new(root, "bruno"));
    a.ok(&["init"]);
    a.ok_at(&["sync", "init", url], "2014-09-15T09:00:00+02:00");
    a.ok(&["done", "a-berlin"]);
    a.ok_at(&["sync"], "2014-09-16T10:42:00+02:00");
    b.ok(&["sync", "join", url]);
    b.ok(&["done", "--undo", "a-berlin"]);
    b.ok_at(&["sync"], "2014-09-18T15:00:00+02:00");
    a.ok_at(&["sync"], "2014-09-19T08:00:00+02:00");
    a.ok(&["done", "a-madrid"]);
    a.ok_at(&["sync"], "2014-09-20T08:00:00+02:00");
    (a, b)
}

#[test]
fn log_lists_who_changed_a_record_and_when_newest_first() {
    let root = tempfile::tempdir().unwrap();
    let (a, b) = shared(root.path());
    for who in [&a, &b] {
        let said = who.ok(&["log", "a-berlin"]);
        let lines: Vec<&str> = said.lines().collect();
        assert_eq!(
            lines,
            [
                "2014-09-18T15:00:00+02:00 bruno status: done 2014-09-16 → todo",
                "2014-09-16T10:42:00+02:00 anne status: todo → done 2014-09-16",
            ],
            "{said}"
        );
    }
    // Another record's changes are not a-berlin's.
    assert_eq!(a.ok(&["log", "a-madrid"]).lines().count(), 1);

    let json: serde_json::Value =
        serde_json::from_str(&a.ok(&["log", "a-berlin", "--json"])).expect("JSON on stdout");
    let entries = json.as_array().expect("an array");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["author"], "bruno");
    assert_eq!(entries[0]["date"], "2014-09-18T15:00:00+02:00");
    assert_eq!(entries[0]["change"], "status: done 2014-09-16 → todo");
    assert_eq!(entries[1]["author"], "anne");
    assert!(entries[0]["commit"].as_str().is_some_and(|c| c.len() >= 7));
}

#[test]
fn a_deleted_record_keeps_its_history_and_an_unknown_id_is_an_error() {
    let root = tempfile::tempdir().unwrap();
    let (a, _) = shared(root.path());
    let (mut s, mut plan) = Store::open(&a.store).unwrap();
    let op = Op::Delete {
        id: "a-berlin".into(),
    };
    apply(&mut plan, &op).unwrap();
    s.save(&plan, &[op]).unwrap();
    drop(s);
    a.ok_at(&["sync"], "2014-09-21T08:00:00+02:00");
    let said = a.ok(&["log", "a-berlin"]);
    let first = said.lines().next().unwrap();
    assert!(
        first.starts_with("2014-09-21T08:00:00+02:00 anne - action « "),
        "{said}"
    );
    assert_eq!(said.lines().count(), 3);

    let out = a.jalons_at(&["log", "a-nowhere"], "2014-09-21T08:00:00+02:00");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a-nowhere"), "{err}");
}

#[test]
fn commits_made_by_hand_show_with_all() {
    let root = tempfile::tempdir().unwrap();
    let (a, _) = shared(root.path());
    let mut text = std::fs::read_to_string(&a.store).unwrap();
    text.push('\n');
    std::fs::write(&a.store, text).unwrap();
    a.git(&["commit", "-q", "-am", "reformat by hand"]);
    let said = a.ok(&["log", "a-berlin"]);
    assert!(!said.contains("outside"), "{said}");
    let said = a.ok(&["log", "a-berlin", "--all"]);
    let first = said.lines().next().unwrap();
    assert!(first.contains("anne changed outside jalons ("), "{said}");
    assert_eq!(said.lines().count(), 3);
}

#[test]
fn a_store_outside_git_has_no_history() {
    let root = tempfile::tempdir().unwrap();
    let a = Adviser::new(root.path(), "anne");
    a.ok(&["init"]);
    let out = a.jalons_at(&["log", "a-berlin"], "2014-09-16T12:00:00+02:00");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not in a git repository"), "{err}");
}
