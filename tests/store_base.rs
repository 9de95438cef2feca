//! The merge's base is a handle on the version of the file last read or written, not a copy
//! of its text. A program that rewrites the file in place (the same inode, as `echo >` or some
//! editors do) changes that version under the handle: the store notices and makes our
//! changes again on what the file holds, so nothing of either side is lost, and a write under
//! way when it happens puts nothing in place.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{Op, Plan, Record, Status, apply};
use jalons::store::{self, Store};
use tempfile::TempDir;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 6, d).unwrap()
}

fn new_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    Store::create(&path, &builtin::roadmap()).unwrap();
    (dir, path)
}

fn on_disk(path: &Path) -> Plan {
    Store::open(path).expect("a valid store").1
}

/// A program that rewrites the file in place: same inode, new text.
fn rewrite_in_place(path: &Path, edit: impl FnOnce(&mut Plan)) {
    let mut plan = on_disk(path);
    edit(&mut plan);
    let inode = |p: &Path| std::os::unix::fs::MetadataExt::ino(&fs::metadata(p).unwrap());
    let before = inode(path);
    fs::write(path, store::to_bytes(&plan)).unwrap();
    assert_eq!(inode(path), before, "not rewritten in place");
}

fn done(id: &str, on: NaiveDate) -> Op {
    Op::SetActionStatus {
        id: id.to_owned(),
        status: Status::Done { on },
    }
}

fn ids() -> Vec<String> {
    builtin::roadmap()
        .actions
        .iter()
        .map(|a| a.id.clone())
        .collect()
}

#[test]
fn a_rewrite_in_place_and_our_tick_are_both_kept() {
    let (_dir, path) = new_store();
    let ids = ids();
    let (mut store, mut plan) = Store::open(&path).unwrap();
    rewrite_in_place(&path, |p| {
        p.actions[1].title = "Retitrée à la main".into();
    });
    let ops = vec![done(&ids[0], day(2))];
    apply(&mut plan, &ops[0]).unwrap();
    let saved = store.save(&plan, &ops).unwrap();
    assert!(saved.conflicts.is_empty(), "{:?}", saved.conflicts);
    let end = on_disk(&path);
    assert_eq!(end.actions[0].status, Status::Done { on: day(2) });
    assert_eq!(end.actions[1].title, "Retitrée à la main");
    assert_eq!(saved.merged.as_ref(), Some(&end));
    // And the next save copies from the version just written, not the rewritten one.
    let more = vec![done(&ids[2], day(3))];
    let mut plan = end;
    apply(&mut plan, &more[0]).unwrap();
    store.save(&plan, &more).unwrap();
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&plan));
}

#[test]
fn the_same_title_rewritten_in_place_and_edited_here_keeps_theirs_and_reports_ours() {
    let (_dir, path) = new_store();
    let (mut store, mut plan) = Store::open(&path).unwrap();
    let before = Record::Action(plan.actions[0].clone());
    let mut edited = plan.actions[0].clone();
    edited.title = "Le nôtre".into();
    let op = Op::Edit {
        before,
        after: Record::Action(edited),
    };
    apply(&mut plan, &op).unwrap();
    rewrite_in_place(&path, |p| p.actions[0].title = "Le leur".into());
    let saved = store.save(&plan, &[op]).unwrap();
    assert_eq!(on_disk(&path).actions[0].title, "Le leur");
    assert_eq!(saved.conflicts.len(), 1, "{:?}", saved.conflicts);
    assert_eq!(saved.conflicts[0].field.as_deref(), Some("title"));
    assert_eq!(saved.conflicts[0].mine, Some(serde_json::json!("Le nôtre")));
}

#[test]
fn a_rewrite_in_place_during_a_write_puts_nothing_in_place_and_the_next_save_keeps_both() {
    let (_dir, path) = new_store();
    let ids = ids();
    let (mut store, mut plan) = Store::open(&path).unwrap();
    let ops = vec![done(&ids[0], day(2))];
    apply(&mut plan, &ops[0]).unwrap();
    let staged = store.stage(&plan, &ops).unwrap();
    // Between staging and writing, the version our text copies from is rewritten.
    rewrite_in_place(&path, |p| p.actions[1].title = "Pendant l'écriture".into());
    let after_rewrite = fs::read(&path).unwrap();
    let refused = store.took(staged.write());
    assert!(
        refused.is_err(),
        "a text mixed from two versions was written"
    );
    assert_eq!(fs::read(&path).unwrap(), after_rewrite, "the file changed");
    // Tried again: both.
    let saved = store.save(&plan, &ops).unwrap();
    assert!(saved.merged.is_some());
    let end = on_disk(&path);
    assert_eq!(end.actions[0].status, Status::Done { on: day(2) });
    assert_eq!(end.actions[1].title, "Pendant l'écriture");
}

#[test]
fn a_file_touched_in_place_with_nothing_pending_is_read_again_and_a_save_after_is_exact() {
    let (_dir, path) = new_store();
    let ids = ids();
    let (mut store, _) = Store::open(&path).unwrap();
    rewrite_in_place(&path, |p| p.actions[3].notes = "Ajouté à la main".into());
    let mut plan = store.reload_if_changed().unwrap().expect("their version");
    assert_eq!(plan.actions[3].notes, "Ajouté à la main");
    assert_ne!(plan, builtin::roadmap());
    let ops = vec![done(&ids[0], day(2))];
    apply(&mut plan, &ops[0]).unwrap();
    let saved = store.save(&plan, &ops).unwrap();
    assert!(saved.merged.is_none(), "a save right after a reload merged");
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&plan));
}

#[test]
fn another_instance_s_save_by_rename_leaves_our_base_whole_for_the_merge() {
    let (_dir, path) = new_store();
    let ids = ids();
    let (mut a, mut a_plan) = Store::open(&path).unwrap();
    let (mut b, mut b_plan) = Store::open(&path).unwrap();
    // B saves twice (two renames): A's base is the version both opened, long unlinked.
    for (i, d) in [(1, 3), (2, 4)] {
        let op = done(&ids[i], day(d));
        apply(&mut b_plan, &op).unwrap();
        b.save(&b_plan, &[op]).unwrap();
    }
    let mut edited = a_plan.actions[1].clone();
    edited.title = "Titre de A".into();
    let op = Op::Edit {
        before: Record::Action(a_plan.actions[1].clone()),
        after: Record::Action(edited),
    };
    apply(&mut a_plan, &op).unwrap();
    let saved = a.save(&a_plan, &[op]).unwrap();
    assert!(saved.conflicts.is_empty(), "{:?}", saved.conflicts);
    let end = on_disk(&path);
    assert_eq!(end.actions[1].title, "Titre de A");
    assert_eq!(end.actions[1].status, Status::Done { on: day(3) });
    assert_eq!(end.actions[2].status, Status::Done { on: day(4) });
}
