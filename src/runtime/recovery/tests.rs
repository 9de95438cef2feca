use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Unsaved, find, keep};
use crate::domain::{Op, Status};
use crate::i18n::Lang;

fn done(id: &str) -> Op {
    Op::SetActionStatus {
        id: id.to_owned(),
        status: Status::Done {
            on: NaiveDate::from_ymd_opt(2014, 5, 16).unwrap(),
        },
    }
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The operations of the recovery file at `path`, beside its store, as `find` reads them.
fn ops_in(path: &Path) -> Vec<Op> {
    let store = path.with_file_name("roadmap.json");
    find(&store, None)
        .into_iter()
        .find(|f| f.path == path)
        .expect("found")
        .ops
        .expect("readable")
}

#[test]
fn kept_beside_the_store_private_and_found_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    let fallback = dir.path().join("data");
    let kept = keep(
        &store,
        &[done("a"), done("b")],
        &[],
        Some(&fallback),
        Lang::En,
    )
    .unwrap();
    assert_eq!(kept.path, dir.path().join("roadmap.json.recovery.json"));
    assert_eq!(kept.not_beside, None);
    assert_eq!(mode(&kept.path), 0o600);
    assert!(
        !fallback.exists(),
        "the data folder is not touched when not needed"
    );

    let found = find(&store, Some(&fallback));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, kept.path);
    assert_eq!(found[0].ops.as_ref().unwrap(), &[done("a"), done("b")]);
}

#[test]
fn a_folder_that_cannot_be_written_sends_it_to_the_data_folder_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the store's folder should be: ENOTDIR, even for root.
    fs::write(dir.path().join("shared"), b"").unwrap();
    let store = dir.path().join("shared").join("roadmap.json");
    let fallback = dir.path().join("data").join("recovery");
    let kept = keep(&store, &[done("a")], &[], Some(&fallback), Lang::En).unwrap();
    assert_eq!(kept.path.parent(), Some(fallback.as_path()));
    let why = kept.not_beside.expect("why not beside");
    assert!(why.contains("not a folder"), "{why}");
    assert_eq!(mode(&kept.path), 0o600);
    assert_eq!(mode(&fallback), 0o700);

    // Found from the store's path, once its folder is back; not for another store.
    fs::remove_file(dir.path().join("shared")).unwrap();
    fs::create_dir(dir.path().join("shared")).unwrap();
    let found = find(&store, Some(&fallback));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].ops.as_ref().unwrap(), &[done("a")]);
    let other = dir.path().join("other").join("roadmap.json");
    assert!(find(&other, Some(&fallback)).is_empty());
}

#[test]
fn nowhere_to_write_is_an_error_that_gives_both_reasons() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("shared"), b"").unwrap();
    let store = dir.path().join("shared").join("roadmap.json");
    let fallback = dir.path().join("shared").join("data");
    let e = keep(&store, &[done("a")], &[], Some(&fallback), Lang::En).unwrap_err();
    assert_eq!(e.matches("not a folder").count(), 2, "{e}");
}

#[test]
fn a_recovery_file_that_is_not_ours_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    let theirs = dir.path().join("roadmap.json.recovery.json");
    fs::write(&theirs, b"not json").unwrap();
    let kept = keep(&store, &[done("a")], &[], None, Lang::En).unwrap();
    assert_eq!(kept.path, dir.path().join("roadmap.json.recovery.2.json"));
    assert_eq!(fs::read(&theirs).unwrap(), b"not json");

    let found = find(&store, None);
    let paths: Vec<&PathBuf> = found.iter().map(|f| &f.path).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    let bad = found.iter().find(|f| f.path == theirs).unwrap();
    assert!(bad.ops.is_err());
    assert_eq!(ops_in(&kept.path), [done("a")]);

    // One of ours is replaced in place.
    let again = keep(
        &store,
        &[done("b")],
        std::slice::from_ref(&kept.path),
        None,
        Lang::En,
    )
    .unwrap();
    assert_eq!(again.path, kept.path);
    assert_eq!(ops_in(&kept.path), [done("b")]);
}

#[test]
fn names_that_only_look_alike_are_not_recovery_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    for name in [
        "roadmap.json.recovery.json.tmp",
        "roadmap.json.recovery.x.json",
        "roadmap.json.recovery..json",
        "other.json.recovery.json",
    ] {
        fs::write(dir.path().join(name), b"{}").unwrap();
    }
    assert!(find(&store, None).is_empty());
}

#[test]
fn a_newer_file_holds_the_earlier_changes_and_supersedes_their_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    let old = keep(&store, &[done("a")], &[], None, Lang::En)
        .unwrap()
        .path;
    // Refused at start: the earlier operations are still only in their file.
    let mut unsaved = Unsaved {
        store: store.clone(),
        earlier: vec![done("a")],
        files: vec![old.clone()],
        pending: vec![done("b")],
        settled: false,
        lang: Lang::En,
    };
    let kept = unsaved.keep().unwrap();
    assert_eq!(kept.path, old, "its own file is rewritten");
    assert_eq!(ops_in(&kept.path), [done("a"), done("b")]);
    assert!(
        unsaved.pending.is_empty(),
        "nothing left for the signal thread to keep"
    );
}

#[test]
fn applied_and_saved_the_recovery_files_are_removed_refused_they_stay() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("roadmap.json");
    let file = keep(&store, &[done("a")], &[], None, Lang::En)
        .unwrap()
        .path;
    let mut unsaved = Unsaved {
        store,
        earlier: vec![done("a")],
        files: vec![file.clone()],
        pending: Vec::new(),
        settled: false,
        lang: Lang::En,
    };
    unsaved.saved().unwrap();
    assert!(file.exists(), "refused: kept for later");
    unsaved.absorb();
    unsaved.saved().unwrap();
    assert!(!file.exists(), "applied and saved: done with");
    assert!(unsaved.files.is_empty());
}
