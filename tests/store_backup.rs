//! Copies kept beside the store: one a day, the last N; and restoring one, which keeps the
//! current file first and refuses a copy that is no sound store without touching anything.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{Plan, Status};
use jalons::store;
use tempfile::TempDir;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn store_in(dir: &Path, plan: &Plan) -> PathBuf {
    let path = dir.join("roadmap.json");
    fs::write(&path, store::to_bytes(plan)).unwrap();
    path
}

/// Every file of the folder, by name, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = fs::read(e.path()).unwrap_or_default();
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

fn daily_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = snapshot(dir)
        .into_keys()
        .filter(|n| {
            n.len() == "roadmap.json.2014-06-02.bak".len() && n.starts_with("roadmap.json.2")
        })
        .collect();
    names.sort();
    names
}

#[test]
fn a_copy_is_kept_once_a_day_before_the_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(dir.path(), &builtin::roadmap());
    let morning = fs::read(&path).unwrap();

    let made = store::daily_backup(&path, day("2014-06-02"), 14).unwrap();
    let copy = dir.path().join("roadmap.json.2014-06-02.bak");
    assert_eq!(made.as_deref(), Some(copy.as_path()));
    assert_eq!(fs::read(&copy).unwrap(), morning);
    assert_eq!(
        fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // Later the same day the store changed: the copy keeps the morning's state.
    let mut plan = builtin::roadmap();
    plan.actions[0].status = Status::Blocked;
    fs::write(&path, store::to_bytes(&plan)).unwrap();
    assert_eq!(
        store::daily_backup(&path, day("2014-06-02"), 14).unwrap(),
        None
    );
    assert_eq!(fs::read(&copy).unwrap(), morning);

    // The next day, a new copy of what the store holds then.
    let next = store::daily_backup(&path, day("2014-06-03"), 14).unwrap();
    assert_eq!(fs::read(next.unwrap()).unwrap(), store::to_bytes(&plan));
}

#[test]
fn rotation_keeps_exactly_the_last_n_and_leaves_other_copies_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(dir.path(), &builtin::roadmap());
    let own = dir.path().join("roadmap.json.20140101-101010.bak");
    fs::write(&own, b"the adviser's own copy").unwrap();
    let first = day("2014-06-01");
    for n in 0..20 {
        let today = first + chrono::Days::new(n);
        store::daily_backup(&path, today, 5)
            .unwrap()
            .expect("a copy");
    }
    let kept = daily_names(dir.path());
    let expected: Vec<String> = (15..20)
        .map(|n| {
            let d = first + chrono::Days::new(n);
            format!("roadmap.json.{d}.bak")
        })
        .collect();
    assert_eq!(kept, expected);
    assert!(own.exists());

    // 0 turns them off: nothing made, nothing removed.
    let today = first + chrono::Days::new(30);
    assert_eq!(store::daily_backup(&path, today, 0).unwrap(), None);
    assert_eq!(daily_names(dir.path()), expected);
}

#[test]
fn no_copy_of_a_store_that_does_not_exist_yet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    assert_eq!(
        store::daily_backup(&path, day("2014-06-02"), 14).unwrap(),
        None
    );
    assert!(snapshot(dir.path()).is_empty());
}

/// A folder with a store (built-in roadmap, an action blocked) and a daily copy of an older
/// state (the built-in roadmap as it ships).
fn with_a_copy() -> (TempDir, PathBuf, PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("roadmap.json.2014-06-01.bak");
    fs::write(&copy, store::to_bytes(&builtin::roadmap())).unwrap();
    let mut plan = builtin::roadmap();
    plan.actions[0].status = Status::Blocked;
    let path = store_in(dir.path(), &plan);
    let current = fs::read(&path).unwrap();
    (dir, path, copy, current)
}

#[test]
fn a_restore_keeps_the_current_file_first_then_puts_the_copy_back() {
    let (dir, path, copy, current) = with_a_copy();
    let found = store::find_backup(&path, "2014-06-01").unwrap();
    assert_eq!(found, copy);
    let restored = store::restore(&path, &found, "20140602-104200").unwrap();

    let kept = dir.path().join("roadmap.json.20140602-104200.bak");
    assert_eq!(restored.kept.as_deref(), Some(kept.as_path()));
    assert_eq!(
        fs::read(&kept).unwrap(),
        current,
        "the current file was not kept"
    );
    assert_eq!(fs::read(&path).unwrap(), fs::read(&copy).unwrap());
    assert_eq!(restored.plan, builtin::roadmap());

    // A second restore in the same second keeps both copies.
    let again = store::restore(&path, &kept, "20140602-104200").unwrap();
    let second = dir.path().join("roadmap.json.20140602-104200-2.bak");
    assert_eq!(again.kept.as_deref(), Some(second.as_path()));
    assert_eq!(fs::read(&kept).unwrap(), current);
    assert_eq!(fs::read(&path).unwrap(), current);

    let stamps: Vec<String> = store::backups(&path)
        .unwrap()
        .into_iter()
        .map(|b| b.stamp)
        .collect();
    assert_eq!(
        stamps,
        ["2014-06-01", "20140602-104200", "20140602-104200-2"]
    );
}

#[test]
fn an_invalid_copy_is_refused_and_nothing_is_touched() {
    let (dir, path, _, _) = with_a_copy();
    let mut plan = builtin::roadmap();
    plan.actions[1].owner = "personne".to_owned();
    let bad = dir.path().join("roadmap.json.2014-05-31.bak");
    fs::write(&bad, store::to_bytes(&plan)).unwrap();
    let torn = dir.path().join("roadmap.json.2014-05-30.bak");
    fs::write(&torn, &store::to_bytes(&plan)[..100]).unwrap();
    let before = snapshot(dir.path());

    for (which, says) in [
        ("2014-05-31", "no delegation with id \"personne\""),
        ("2014-05-30", "EOF while parsing"),
    ] {
        let from = store::find_backup(&path, which).unwrap();
        let error = store::restore(&path, &from, "20140602-104200").expect_err(which);
        assert!(error.is_content(), "{error:?}");
        assert!(error.to_string().contains(says), "{error}");
        assert_eq!(snapshot(dir.path()), before, "{which}: the folder changed");
    }
    assert!(store::find_backup(&path, "2013-01-01").is_err());
}

#[test]
fn a_save_keeps_the_day_s_copy_of_the_file_as_it_was_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(dir.path(), &builtin::roadmap());
    let before = fs::read(&path).unwrap();
    let (mut s, mut plan) = store::Store::open(&path).unwrap();
    let tick = |plan: &mut Plan, n: usize| {
        let op = jalons::domain::Op::SetActionStatus {
            id: plan.actions[n].id.clone(),
            status: Status::Blocked,
        };
        jalons::domain::apply(plan, &op).unwrap();
        op
    };
    let op = tick(&mut plan, 0);
    s.save(&plan, &[op]).unwrap();
    let today = chrono::Local::now().date_naive();
    let copy = dir.path().join(format!("roadmap.json.{today}.bak"));
    assert_eq!(
        fs::read(&copy).unwrap(),
        before,
        "the copy is the file before the save"
    );
    // Later saves that day leave the day's copy alone.
    let op = tick(&mut plan, 1);
    s.save(&plan, &[op]).unwrap();
    assert_eq!(fs::read(&copy).unwrap(), before);

    // With `backups = 0`, none.
    let other = tempfile::tempdir().unwrap();
    let path = store_in(other.path(), &builtin::roadmap());
    let (mut s, mut plan) = store::Store::open(&path).unwrap();
    s.set_backups(0);
    let op = tick(&mut plan, 0);
    s.save(&plan, &[op]).unwrap();
    assert!(daily_names(other.path()).is_empty());
}
