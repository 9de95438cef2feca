//! A save in two halves, as the interface makes it: staged (lock, merge, text) on the loop's
//! thread, written on another, its outcome then taken. Interleaved with a second instance
//! step by step, never with sleeps.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{Op, Plan, Status, apply};
use jalons::store::{self, Store, StoreError};
use tempfile::TempDir;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 6, d).unwrap()
}

fn new_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared").join("roadmap.json");
    fs::create_dir(path.parent().unwrap()).unwrap();
    fs::write(&path, store::to_bytes(&builtin::roadmap())).unwrap();
    (dir, path)
}

fn done(id: &str, on: NaiveDate) -> Op {
    Op::SetActionStatus {
        id: id.to_owned(),
        status: Status::Done { on },
    }
}

fn status_of(plan: &Plan, id: &str) -> Status {
    plan.actions.iter().find(|a| a.id == id).unwrap().status
}

fn on_disk(path: &Path) -> Plan {
    Store::open(path).expect("a valid store").1
}

/// An open instance: its store and what it shows.
struct Instance {
    store: Store,
    plan: Plan,
}

impl Instance {
    fn open(path: &Path) -> Self {
        let (mut store, plan) = Store::open(path).unwrap();
        // As the interface: a busy lock is said at once, never waited for.
        store.set_waiting(false);
        Self { store, plan }
    }

    fn change(&mut self, op: &Op) -> Vec<Op> {
        apply(&mut self.plan, op).unwrap();
        vec![op.clone()]
    }
}

#[test]
fn the_lock_is_held_from_staging_to_the_end_of_the_write_and_the_next_save_merges() {
    let (_dir, path) = new_store();
    let ids: Vec<String> = builtin::roadmap()
        .actions
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let mut a = Instance::open(&path);
    let mut b = Instance::open(&path);

    let ours = a.change(&done(&ids[0], day(2)));
    let staged = a.store.stage(&a.plan, &ours).unwrap();
    assert!(!staged.merges());
    // B saves while A's text waits to be written: refused, A's lock is held.
    let theirs = b.change(&done(&ids[1], day(3)));
    let refused = b.store.save(&b.plan, &theirs);
    assert!(
        matches!(refused, Err(StoreError::Locked { .. })),
        "{refused:?}"
    );
    // Nothing written yet.
    assert_eq!(status_of(&on_disk(&path), &ids[0]), Status::Todo);

    a.store.took(staged.write()).unwrap();
    assert_eq!(
        status_of(&on_disk(&path), &ids[0]),
        Status::Done { on: day(2) }
    );
    // A wrote last: nothing new for A to read again.
    assert!(a.store.reload_if_changed().unwrap().is_none());

    // B tries again: A's tick and B's both kept.
    let saved = b.store.save(&b.plan, &theirs).unwrap();
    let merged = saved.merged.expect("merged with A's save");
    assert_eq!(status_of(&merged, &ids[0]), Status::Done { on: day(2) });
    assert_eq!(status_of(&merged, &ids[1]), Status::Done { on: day(3) });
    assert_eq!(on_disk(&path), merged);
    // And A sees B's save as another instance's.
    assert_eq!(a.store.reload_if_changed().unwrap(), Some(merged));
}

#[test]
fn a_write_that_fails_after_staging_leaves_the_file_and_the_next_save_writes_every_byte() {
    let (dir, path) = new_store();
    let before = fs::read(&path).unwrap();
    let id = builtin::roadmap().actions[0].id.clone();
    let mut a = Instance::open(&path);
    let ops = a.change(&done(&id, day(2)));
    let staged = a.store.stage(&a.plan, &ops).unwrap();

    // The folder becomes a file: the write fails, for root too.
    let folder = path.parent().unwrap();
    let away = dir.path().join("away");
    fs::rename(folder, &away).unwrap();
    fs::write(folder, b"").unwrap();
    let failed = a.store.took(staged.write());
    let Err(StoreError::Write { path: named, .. }) = &failed else {
        panic!("{failed:?}");
    };
    assert_eq!(named, &path);
    fs::remove_file(folder).unwrap();
    fs::rename(&away, folder).unwrap();
    assert_eq!(fs::read(&path).unwrap(), before, "the file changed");

    // Tried again (as the interface does, the operation still pending): the text is exactly
    // a full serialisation, nothing kept from the failed one.
    let second = a.change(&done(&builtin::roadmap().actions[1].id, day(3)));
    let all: Vec<Op> = ops.into_iter().chain(second).collect();
    a.store.save(&a.plan, &all).unwrap();
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&a.plan));
}

#[test]
fn a_merge_is_known_at_staging_so_the_caller_can_show_it_before_any_other_key() {
    let (_dir, path) = new_store();
    let ids: Vec<String> = builtin::roadmap()
        .actions
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let mut a = Instance::open(&path);
    let mut b = Instance::open(&path);
    let theirs = b.change(&done(&ids[1], day(3)));
    b.store.save(&b.plan, &theirs).unwrap();

    let ours = a.change(&done(&ids[0], day(2)));
    let staged = a.store.stage(&a.plan, &ours).unwrap();
    assert!(staged.merges());
    let saved = a.store.took(staged.write()).unwrap();
    let merged = saved.merged.expect("the merge");
    assert_eq!(status_of(&merged, &ids[1]), Status::Done { on: day(3) });
    assert_eq!(on_disk(&path), merged);
}
