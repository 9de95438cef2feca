//! `jalons log ID`: who changed a record and when, read from the commits `jalons sync` made,
//! on real local git repositories (a bare remote and two advisers' laptops, no network).

#[path = "support/laptop.rs"]
mod laptop;

use std::path::Path;
use std::process::Command;

use jalons::domain::{Op, apply};
use jalons::store::Store;

use laptop::{Adviser, succeeded};

/// jalons on `a`'s laptop, its commits dated `when` (git's author and committer dates).
fn ok_at(a: &Adviser, args: &[&str], when: &str) -> String {
    let out = a
        .command(args)
        .env("GIT_AUTHOR_DATE", when)
        .env("GIT_COMMITTER_DATE", when)
        .output()
        .expect("jalons runs");
    succeeded(args, &out)
}

/// jalons on `a`'s laptop, dated the 16th at noon.
fn ok(a: &Adviser, args: &[&str]) -> String {
    ok_at(a, args, "2014-09-16T12:00:00+02:00")
}

/// git in `a`'s clone, which must succeed.
fn git(a: &Adviser, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(a.folder())
        .args(args)
        .env("HOME", &a.home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
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
    ok(&a, &["init"]);
    ok_at(&a, &["sync", "init", url], "2014-09-15T09:00:00+02:00");
    ok(&a, &["done", "a-berlin"]);
    ok_at(&a, &["sync"], "2014-09-16T10:42:00+02:00");
    ok(&b, &["sync", "join", url]);
    ok(&b, &["done", "--undo", "a-berlin"]);
    ok_at(&b, &["sync"], "2014-09-18T15:00:00+02:00");
    ok_at(&a, &["sync"], "2014-09-19T08:00:00+02:00");
    ok(&a, &["done", "a-madrid"]);
    ok_at(&a, &["sync"], "2014-09-20T08:00:00+02:00");
    (a, b)
}

#[test]
fn log_lists_who_changed_a_record_and_when_newest_first() {
    let root = tempfile::tempdir().unwrap();
    let (a, b) = shared(root.path());
    for who in [&a, &b] {
        let said = ok(who, &["log", "a-berlin"]);
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
    assert_eq!(ok(&a, &["log", "a-madrid"]).lines().count(), 1);

    let json: serde_json::Value =
        serde_json::from_str(&ok(&a, &["log", "a-berlin", "--json"])).expect("JSON on stdout");
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
    ok_at(&a, &["sync"], "2014-09-21T08:00:00+02:00");
    let said = ok(&a, &["log", "a-berlin"]);
    let first = said.lines().next().unwrap();
    assert!(
        first.starts_with("2014-09-21T08:00:00+02:00 anne - action « "),
        "{said}"
    );
    assert_eq!(said.lines().count(), 3);

    let out = a.jalons(&["log", "a-nowhere"]);
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
    git(&a, &["commit", "-q", "-am", "reformat by hand"]);
    let said = ok(&a, &["log", "a-berlin"]);
    assert!(!said.contains("outside"), "{said}");
    let said = ok(&a, &["log", "a-berlin", "--all"]);
    let first = said.lines().next().unwrap();
    assert!(first.contains("anne changed outside jalons ("), "{said}");
    assert_eq!(said.lines().count(), 3);
}

#[test]
fn a_store_outside_git_has_no_history() {
    let root = tempfile::tempdir().unwrap();
    let a = Adviser::new(root.path(), "anne");
    ok(&a, &["init"]);
    let out = a.jalons(&["log", "a-berlin"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not in a git repository"), "{err}");
}
