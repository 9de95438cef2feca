//! A store jalons cannot read is refused with an error that says where, and is never touched;
//! a save that cannot be written says so and leaves the old file whole.

#[path = "support/bad_stores.rs"]
mod bad_stores;

use std::fs;
use std::path::{Path, PathBuf};

use bad_stores::{BadStore, Content};
use jalons::builtin;
use jalons::domain::{Op, Status, apply};
use jalons::store::{self, Store, StoreError};
use tempfile::TempDir;

/// Lays the bad store down in a fresh folder; returns the folder and the store's path.
fn lay_down(bad: &BadStore) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    match &bad.content {
        Content::Bytes(bytes) => fs::write(&path, bytes).unwrap(),
        Content::Dir => fs::create_dir(&path).unwrap(),
    }
    (dir, path)
}

fn assert_untouched(bad: &BadStore, path: &Path) {
    match &bad.content {
        Content::Bytes(bytes) => assert!(
            fs::read(path).unwrap() == *bytes,
            "{}: the file changed",
            bad.name
        ),
        Content::Dir => {
            assert!(path.is_dir(), "{}: no longer a directory", bad.name);
            assert_eq!(fs::read_dir(path).unwrap().count(), 0, "{}", bad.name);
        }
    }
}

/// The error names the file, the line (with a column) and the JSON path where there are
/// ones, says what is wrong, and holds nothing that drives a terminal.
fn assert_points_at(bad: &BadStore, path: &Path, error: &StoreError) {
    let shown = error.to_string();
    let file = path.display().to_string();
    assert!(shown.starts_with(&file), "{}: {shown}", bad.name);
    if let Some(line) = bad.line {
        let rest = shown
            .split(&format!("{file}:{line}:"))
            .nth(1)
            .unwrap_or_else(|| panic!("{}: no line {line} in {shown:?}", bad.name));
        let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
        assert!(
            column.parse::<usize>().is_ok_and(|c| c > 0),
            "{}: no column in {shown:?}",
            bad.name
        );
    }
    if let Some(json_path) = bad.json_path {
        assert!(
            shown.contains(&format!(": {json_path}")),
            "{}: no {json_path} in {shown:?}",
            bad.name
        );
    }
    assert!(shown.contains(bad.says), "{}: {shown:?}", bad.name);
    assert!(
        !shown.chars().any(|c| c.is_control() && c != '\n'),
        "{}: a control character reaches the message: {shown:?}",
        bad.name
    );
}

#[test]
fn a_bad_store_is_refused_with_its_position_and_left_untouched() {
    for bad in bad_stores::all() {
        let (_dir, path) = lay_down(&bad);
        let error = Store::open(&path).expect_err(bad.name);
        assert_points_at(&bad, &path, &error);
        assert_eq!(
            error.is_content(),
            !matches!(bad.content, Content::Dir),
            "{}",
            bad.name
        );
        assert_untouched(&bad, &path);

        let error =
            Store::open_or_create(&path, || panic!("{}: replaced by a new store", bad.name))
                .expect_err(bad.name);
        assert_points_at(&bad, &path, &error);
        assert_untouched(&bad, &path);
    }
}

#[test]
fn a_missing_store_is_created_from_the_initial_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sous-dossier").join("roadmap.json");
    let (_, plan, created) = Store::open_or_create(&path, builtin::roadmap).unwrap();
    assert!(created);
    assert_eq!(plan, builtin::roadmap());
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&plan));
    let (_, again, created) =
        Store::open_or_create(&path, || panic!("the store exists now")).unwrap();
    assert!(!created);
    assert_eq!(again, plan);
}

#[test]
fn the_builtin_roadmap_asset_is_in_the_store_layout() {
    // What `init` writes is what `to_bytes` writes: a save does not reformat the whole file.
    assert_eq!(
        store::to_bytes(&builtin::roadmap()),
        builtin::ROADMAP_JSON.as_bytes()
    );
}

/// A valid store in a fresh folder, with the plan read from it and one change applied.
fn opened() -> (TempDir, PathBuf, Store, jalons::domain::Plan, Op, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    let bytes = store::to_bytes(&builtin::roadmap());
    fs::write(&path, &bytes).unwrap();
    let (store, mut plan) = Store::open(&path).unwrap();
    let op = Op::SetActionStatus {
        id: plan.actions[0].id.clone(),
        status: Status::Blocked,
    };
    apply(&mut plan, &op).unwrap();
    (dir, path, store, plan, op, bytes)
}

fn stray_temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".tmp") || name.starts_with(".roadmap"))
        .collect()
}

/// The error names `named` (the store's path as opened); the file in `dir` still holds `bytes`.
fn assert_save_failed_cleanly(error: &StoreError, named: &Path, dir: &Path, bytes: &[u8]) {
    let shown = error.to_string();
    assert!(
        shown.contains(&named.display().to_string()),
        "the error does not name the store: {shown}"
    );
    assert!(matches!(error, StoreError::Write { .. }), "{error:?}");
    let file = dir.join("roadmap.json");
    assert!(fs::read(file).unwrap() == bytes, "the store changed");
    assert_eq!(stray_temp_files(dir), Vec::<String>::new());
}

#[test]
fn a_save_whose_folder_became_a_file_fails_and_keeps_the_old_file() {
    // A folder nothing can be written into, for root too (CI runs as root, and root ignores a
    // read-only folder's permissions): the store is reached through a link to its folder, and
    // the link then points to a file.
    let (dir, _, _, _, _, bytes) = opened();
    let link = dir.path().join("lien");
    std::os::unix::fs::symlink(dir.path(), &link).unwrap();
    let through_link = link.join("roadmap.json");
    let (mut store, mut plan) = Store::open(&through_link).unwrap();
    let op = Op::SetItemDone {
        id: plan.trips[0].checklist[0].id.clone(),
        done_on: plan.mandate_start,
    };
    apply(&mut plan, &op).unwrap();
    let file = dir.path().join("un-fichier");
    fs::write(&file, b"pas un dossier").unwrap();
    fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&file, &link).unwrap();

    let error = store.save(&plan, &[op]).expect_err("the folder is a file");
    assert_save_failed_cleanly(&error, &through_link, dir.path(), &bytes);
}

#[test]
fn a_save_whose_lock_cannot_be_taken_fails_and_keeps_the_old_file() {
    let (dir, path, mut store, plan, op, bytes) = opened();
    let lock = store::lock_path(&path);
    let _ = fs::remove_file(&lock);
    fs::create_dir(&lock).unwrap();
    let error = store.save(&plan, &[op]).expect_err("the lock is a folder");
    assert_save_failed_cleanly(&error, &path, dir.path(), &bytes);
}

#[test]
fn a_store_cannot_be_created_under_proc() {
    let path = Path::new("/proc/self/jalons-test/roadmap.json");
    let error = Store::create(path, &builtin::roadmap()).expect_err("/proc takes no store");
    assert!(
        error.to_string().contains("/proc/self/jalons-test"),
        "{error}"
    );
    assert!(!path.exists());
}

#[test]
fn a_save_that_works_replaces_the_file_and_leaves_nothing_behind() {
    let (dir, path, mut store, plan, op, _) = opened();
    let saved = store.save(&plan, &[op]).unwrap();
    assert!(saved.merged.is_none() && saved.conflicts.is_empty());
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&plan));
    assert_eq!(stray_temp_files(dir.path()), Vec::<String>::new());
    let (_, reread) = Store::open(&path).unwrap();
    assert_eq!(reread, plan);
}

#[test]
fn each_duplicate_id_is_located_at_its_own_record() {
    let mut plan = builtin::roadmap();
    let first = plan.horizons[0].id.clone();
    // Records nothing refers to, so that only their ids are at fault.
    plan.trips[1].members[0].id.clone_from(&first);
    plan.templates[2].id.clone_from(&first);
    let text = String::from_utf8(store::to_bytes(&plan)).unwrap();
    let lines: Vec<usize> = text
        .match_indices(&format!("\"id\": \"{first}\""))
        .map(|(at, _)| bad_stores::line_at(text.as_bytes(), at))
        .collect();
    assert_eq!(lines.len(), 3);
    let shown = store::parse(Path::new("r.json"), text.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(shown.starts_with("r.json: 2 problems found\n"), "{shown}");
    for (line, path) in [
        (lines[1], "trips[1].members[0].id"),
        (lines[2], "templates[2].id"),
    ] {
        assert!(
            shown
                .lines()
                .any(|l| l.starts_with(&format!("r.json:{line}:"))
                    && l.contains(&format!(": {path}: duplicate id"))),
            "{path} not at line {line}: {shown}"
        );
    }
}
