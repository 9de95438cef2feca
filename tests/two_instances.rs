//! Two instances on one store: a save never silently overwrites what the other saved since;
//! it re-reads the file under the lock and applies its own operations onto it.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{Op, Plan, Status, apply};
use jalons::merge::{Conflict, ConflictKind};
use jalons::store::{self, Store};
use pretty_assertions::assert_eq;
use tempfile::TempDir;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 6, d).unwrap()
}

fn new_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::write(&path, store::to_bytes(&builtin::roadmap())).unwrap();
    (dir, path)
}

fn on_disk(path: &Path) -> Plan {
    Store::open(path).expect("the file is a valid store").1
}

fn done(id: &str, on: NaiveDate) -> Op {
    Op::SetActionStatus {
        id: id.to_owned(),
        status: Status::Done { on },
    }
}

fn item_done(id: &str, on: NaiveDate) -> Op {
    Op::SetItemDone {
        id: id.to_owned(),
        done_on: Some(on),
    }
}

fn status_of(plan: &Plan, id: &str) -> Option<Status> {
    plan.actions.iter().find(|a| a.id == id).map(|a| a.status)
}

fn item_of(plan: &Plan, id: &str) -> Option<NaiveDate> {
    plan.trips
        .iter()
        .flat_map(|t| &t.checklist)
        .find(|i| i.id == id)
        .and_then(|i| i.done_on)
}

/// Applies `op` to the instance's plan and saves it, as the interface does; the instance then
/// shows the merged plan if there is one. Returns the conflicts.
fn change(store: &mut Store, plan: &mut Plan, op: Op) -> Vec<Conflict> {
    apply(plan, &op).expect("applies to the instance's own plan");
    let saved = store.save(plan, &[op]).expect("saved");
    if let Some(merged) = saved.merged {
        *plan = merged;
    }
    saved.conflicts
}

#[test]
fn the_second_save_merges_the_first_instead_of_overwriting_it() {
    let (_dir, path) = new_store();
    let (mut store_a, mut a_plan) = Store::open(&path).unwrap();
    let (mut store_b, mut b_plan) = Store::open(&path).unwrap();
    let x = a_plan.actions[0].id.clone();
    let y = b_plan.trips[0].checklist[0].id.clone();
    let z = a_plan.actions[1].id.clone();

    // A saves first: nothing to merge.
    let op = done(&x, day(2));
    apply(&mut a_plan, &op).unwrap();
    let saved = store_a.save(&a_plan, &[op]).unwrap();
    assert!(saved.merged.is_none());
    assert_eq!(on_disk(&path), a_plan);

    // B still holds the plan without A's change: its save merges.
    let op = item_done(&y, day(3));
    apply(&mut b_plan, &op).unwrap();
    let saved = store_b.save(&b_plan, &[op]).unwrap();
    let merged = saved.merged.expect("B's save merged A's change");
    assert!(saved.conflicts.is_empty());
    assert_eq!(status_of(&merged, &x), Some(Status::Done { on: day(2) }));
    assert_eq!(item_of(&merged, &y), Some(day(3)));
    assert_eq!(on_disk(&path), merged);

    // A, which has not seen B's change, saves another: it gets all three.
    let op = done(&z, day(4));
    apply(&mut a_plan, &op).unwrap();
    let saved = store_a.save(&a_plan, &[op]).unwrap();
    let merged = saved.merged.expect("A's save merged B's change");
    assert_eq!(status_of(&merged, &x), Some(Status::Done { on: day(2) }));
    assert_eq!(item_of(&merged, &y), Some(day(3)));
    assert_eq!(status_of(&merged, &z), Some(Status::Done { on: day(4) }));
    assert_eq!(on_disk(&path), merged);

    // Without anyone else saving, the next save is a plain one.
    let mut plan = merged;
    let op = done(&y_action(&plan), day(5));
    apply(&mut plan, &op).unwrap();
    assert!(store_a.save(&plan, &[op]).unwrap().merged.is_none());
    assert_eq!(on_disk(&path), plan);
}

fn y_action(plan: &Plan) -> String {
    plan.actions[2].id.clone()
}

#[test]
fn an_idle_instance_sees_the_other_ones_save() {
    let (_dir, path) = new_store();
    let (mut store_a, mut a_plan) = Store::open(&path).unwrap();
    let (mut store_b, b_plan) = Store::open(&path).unwrap();
    assert!(store_b.reload_if_changed().unwrap().is_none());
    let x = a_plan.actions[0].id.clone();
    change(&mut store_a, &mut a_plan, done(&x, day(2)));
    let seen = store_b
        .reload_if_changed()
        .unwrap()
        .expect("B notices A's save");
    assert_eq!(seen, a_plan);
    assert_ne!(seen, b_plan);
    assert!(store_b.reload_if_changed().unwrap().is_none(), "only once");
    assert!(
        store_a.reload_if_changed().unwrap().is_none(),
        "its own save"
    );
}

#[test]
fn a_record_changed_on_one_side_and_deleted_on_the_other_is_kept_and_reported() {
    let (_dir, path) = new_store();
    let (mut store_a, mut a_plan) = Store::open(&path).unwrap();
    let (mut store_b, mut b_plan) = Store::open(&path).unwrap();
    let x = a_plan.actions[4].id.clone();
    let y = a_plan.actions[5].id.clone();
    assert!(change(&mut store_a, &mut a_plan, done(&x, day(2))).is_empty());

    // B, unaware of A's tick, deletes x: the tick is not thrown away with it.
    let conflicts = change(&mut store_b, &mut b_plan, Op::Delete { id: x.clone() });
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].kind, ConflictKind::DeleteVsEdit);
    assert_eq!(
        (conflicts[0].id.as_str(), conflicts[0].mine.is_none()),
        (x.as_str(), true)
    );
    assert_eq!(
        status_of(&on_disk(&path), &x),
        Some(Status::Done { on: day(2) })
    );

    // B deletes y; A, unaware, changes it: nothing is lost, y stays with A's change.
    assert!(change(&mut store_b, &mut b_plan, Op::Delete { id: y.clone() }).is_empty());
    assert_eq!(status_of(&on_disk(&path), &y), None);
    let op = Op::SetActionStatus {
        id: y.clone(),
        status: Status::Blocked,
    };
    apply(&mut a_plan, &op).unwrap();
    let saved = store_a.save(&a_plan, std::slice::from_ref(&op)).unwrap();
    assert_eq!(saved.conflicts.len(), 1, "{:?}", saved.conflicts);
    assert_eq!(saved.conflicts[0].kind, ConflictKind::DeleteVsEdit);
    assert_eq!(saved.conflicts[0].id, y);
    let merged = saved.merged.expect("merged with B's deletion");
    assert_eq!(status_of(&merged, &y), Some(Status::Blocked));
    assert_eq!(
        on_disk(&path),
        merged,
        "the file is valid and is what A shows"
    );
}

#[test]
fn a_file_the_other_instance_left_unreadable_is_not_overwritten() {
    let (_dir, path) = new_store();
    let (mut store_a, mut a_plan) = Store::open(&path).unwrap();
    let garbage = b"{\"schema_version\": 1, \"title\": \"coup";
    fs::write(&path, garbage).unwrap();
    let op = done(&a_plan.actions[0].id.clone(), day(2));
    apply(&mut a_plan, &op).unwrap();
    let error = store_a
        .save(&a_plan, &[op])
        .expect_err("the file cannot be merged with");
    assert!(error.is_content(), "{error:?}");
    assert!(
        error.to_string().contains(&path.display().to_string()),
        "{error}"
    );
    assert_eq!(fs::read(&path).unwrap(), garbage);
    // Still refused on the next try.
    assert!(store_a.save(&a_plan, &[]).is_err());
    assert_eq!(fs::read(&path).unwrap(), garbage);
}

#[test]
fn two_threads_saving_at_once_lose_nothing() {
    const SAVES: usize = 20;
    let (_dir, path) = new_store();
    let plan = builtin::roadmap();
    let actions: Vec<String> = plan
        .actions
        .iter()
        .take(SAVES)
        .map(|a| a.id.clone())
        .collect();
    let items: Vec<String> = plan
        .trips
        .iter()
        .flat_map(|t| &t.checklist)
        .take(SAVES)
        .map(|i| i.id.clone())
        .collect();
    assert_eq!((actions.len(), items.len()), (SAVES, SAVES));

    // Both open the store before either saves, then save as fast as they can.
    let start = Arc::new(Barrier::new(2));
    let run = |ops: Vec<Op>| {
        let path = path.clone();
        let start = Arc::clone(&start);
        thread::spawn(move || {
            let (mut store, mut plan) = Store::open(&path).unwrap();
            start.wait();
            let mut merges = 0;
            for op in ops {
                apply(&mut plan, &op).unwrap();
                let saved = store.save(&plan, &[op]).unwrap();
                assert!(saved.conflicts.is_empty());
                if let Some(merged) = saved.merged {
                    plan = merged;
                    merges += 1;
                }
                // An adviser does not save back to back: give the other a turn at the lock.
                thread::sleep(Duration::from_millis(3));
            }
            merges
        })
    };
    let one = run(actions.iter().map(|id| done(id, day(10))).collect());
    let two = run(items.iter().map(|id| item_done(id, day(11))).collect());
    let merges = one.join().unwrap() + two.join().unwrap();

    let file = on_disk(&path);
    for id in &actions {
        assert_eq!(
            status_of(&file, id),
            Some(Status::Done { on: day(10) }),
            "{id}"
        );
    }
    for id in &items {
        assert_eq!(item_of(&file, id), Some(day(11)), "{id}");
    }
    // Both opened before either saved, so at least one save had to merge the other's.
    assert!(merges >= 1);
    eprintln!("{merges} of {} saves merged the other thread's", 2 * SAVES);
}

#[test]
fn a_version_1_store_is_read_and_saved_as_version_3_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    // A store as jalons wrote it before starts and sources existed.
    let mut old = builtin::roadmap();
    old.schema_version = 1;
    for a in &mut old.actions {
        a.start = None;
        a.source = None;
    }
    let v1 = String::from_utf8(store::to_bytes(&old))
        .unwrap()
        .replace("  \"checkin_weeks\": 4,\n", "")
        .into_bytes();
    assert!(String::from_utf8_lossy(&v1).contains("\"schema_version\": 1,"));
    fs::write(&path, &v1).unwrap();
    let (mut s, mut plan) = Store::open(&path).unwrap();
    assert_eq!(plan.schema_version, 3, "migrated in memory");
    assert_eq!(plan.checkin_weeks, 4, "the default threshold");
    let x = plan.actions[0].id.clone();
    let op = done(&x, day(2));
    apply(&mut plan, &op).unwrap();
    s.save(&plan, &[op]).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\"schema_version\": 3,\n") && text.contains("\"checkin_weeks\": 4,\n"),
        "written as version 3"
    );
    let back = on_disk(&path);
    assert_eq!(back.actions.len(), old.actions.len());
    assert_eq!(status_of(&back, &x), Some(Status::Done { on: day(2) }));
}
