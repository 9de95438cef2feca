//! The store's folder stays clean and private: saves through a symbolic link reach its target
//! and share its lock, temporary files are unguessable and a dead writer's are cleared at
//! the next start, the lock file and the folders jalons makes are the user's alone, and a
//! store others may write to is pointed out. Nothing here relies on permissions refusing a
//! write (CI runs as root).

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use jalons::builtin;
use jalons::domain::{Op, Plan, Status, apply};
use jalons::store::{self, Store, StoreError};
use tempfile::TempDir;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A store in a fresh folder, and a symbolic link to it from a second folder.
fn linked() -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("data").join("roadmap.json");
    fs::create_dir(target.parent().unwrap()).unwrap();
    fs::write(&target, store::to_bytes(&builtin::roadmap())).unwrap();
    fs::create_dir(dir.path().join("ailleurs")).unwrap();
    let link = dir.path().join("ailleurs").join("roadmap.json");
    symlink(&target, &link).unwrap();
    (dir, target, link)
}

/// `plan` with its `n`-th action blocked, and the operation that did it.
fn blocked(plan: &mut Plan, n: usize) -> Op {
    let op = Op::SetActionStatus {
        id: plan.actions[n].id.clone(),
        status: Status::Blocked,
    };
    apply(plan, &op).unwrap();
    op
}

#[test]
fn a_save_through_a_link_updates_its_target_and_the_link_stays_a_link() {
    let (_dir, target, link) = linked();
    let (mut store, mut plan) = Store::open(&link).unwrap();
    let op = blocked(&mut plan, 0);
    store.save(&plan, &[op]).unwrap();

    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_link(&link).unwrap(), target);
    assert_eq!(fs::read(&target).unwrap(), store::to_bytes(&plan));
    // No temporary file was left beside the link or the target.
    for dir in [link.parent().unwrap(), target.parent().unwrap()] {
        let names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| Path::new(n).extension().is_some_and(|e| e == "tmp"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }
}

#[test]
fn instances_opened_on_the_link_and_on_the_target_take_the_same_lock() {
    let (_dir, target, link) = linked();
    let (on_link, _) = Store::open(&link).unwrap();
    let (mut on_target, mut plan) = Store::open(&target).unwrap();
    assert_eq!(store::lock_path(&link), store::lock_path(&target));

    let held = on_link.try_lock().unwrap().expect("the lock is free");
    assert!(
        on_target.try_lock().unwrap().is_none(),
        "the instance on the target got the lock the one on the link holds"
    );
    // A save waits for it, then says who holds it (after the patience of a save).
    let before = fs::read(&target).unwrap();
    let op = blocked(&mut plan, 0);
    let error = on_target
        .save(&plan, std::slice::from_ref(&op))
        .expect_err("locked");
    let StoreError::Locked { holder, .. } = &error else {
        panic!("not a lock error: {error:?}");
    };
    let me = format!("held by pid {} (jalons", std::process::id());
    assert!(holder.starts_with(&me), "{holder}");
    assert!(error.to_string().contains(" since "), "{error}");
    assert_eq!(fs::read(&target).unwrap(), before, "written while locked");

    drop(held);
    // The save that gave up left a thread queued for the lock: it takes it and drops it at
    // once, which may be just now. Within a second the lock is free.
    let again = (0..100).find_map(|_| {
        let lock = on_target.try_lock().unwrap();
        if lock.is_none() {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        lock
    });
    drop(again.expect("released"));
    on_target.save(&plan, &[op]).unwrap();
    assert_eq!(fs::read(&target).unwrap(), store::to_bytes(&plan));
}

#[test]
fn the_lock_file_and_the_folders_jalons_makes_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("un").join("deux").join("roadmap.json");
    let mut store = Store::create(&path, &builtin::roadmap()).unwrap();
    assert_eq!(mode(dir.path().join("un").as_path()), 0o700);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert_eq!(mode(&path), 0o600);
    let mut plan = builtin::roadmap();
    let op = blocked(&mut plan, 1);
    store.save(&plan, &[op]).unwrap();
    let lock = store::lock_path(&path);
    assert_eq!(mode(&lock), 0o600);
    // And it says who took it last.
    let holder = store::holder(&path).expect("a note in the lock");
    assert_eq!(holder.pid, std::process::id());
}

/// A pid no process has: a child's, once it has exited and been waited for.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

fn touch(path: &Path, age: Duration) {
    fs::write(path, b"half a save").unwrap();
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

#[test]
fn stale_temporary_files_are_removed_at_open_and_a_live_writers_fresh_one_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::write(&path, store::to_bytes(&builtin::roadmap())).unwrap();
    let (holder, _) = Store::open(&path).unwrap();
    let me = std::process::id();
    let dead = dir
        .path()
        .join(format!(".roadmap.json.{}.0011223344556677.tmp", dead_pid()));
    let old = dir
        .path()
        .join(format!(".roadmap.json.{me}.8899aabbccddeeff.tmp"));
    let fresh = dir
        .path()
        .join(format!(".roadmap.json.{me}.0123456789abcdef.tmp"));
    let other = dir.path().join(".autre.json.1.0123456789abcdef.tmp");
    touch(&dead, Duration::ZERO);
    touch(&old, Duration::from_secs(3600));
    touch(&fresh, Duration::ZERO);
    touch(&other, Duration::from_secs(3600));

    // While another instance holds the lock, nothing is touched: it may be writing one.
    let held = holder.try_lock().unwrap().expect("free");
    assert_eq!(store::clean_stale_temps(&path).unwrap(), 0);
    assert!(dead.exists() && old.exists());
    drop(held);

    Store::open(&path).unwrap();
    assert!(!dead.exists(), "a dead writer's file was kept");
    assert!(!old.exists(), "a file an hour old was kept");
    assert!(fresh.exists(), "a live writer's fresh file was removed");
    assert!(other.exists(), "another file's temporary was removed");
}

#[test]
fn a_store_others_may_write_is_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::write(&path, b"{}").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(store::permission_warning(&path), None);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(store::permission_warning(&path), None);

    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).unwrap();
    let warning = store::permission_warning(&path).expect("a warning");
    assert!(warning.contains(&path.display().to_string()), "{warning}");
    assert!(warning.contains("its group and everyone else"), "{warning}");
    assert!(warning.contains("0666"), "{warning}");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o620)).unwrap();
    let warning = store::permission_warning(&path).expect("a warning");
    assert!(warning.contains("by its group (mode 0620)"), "{warning}");
}

#[test]
fn temporary_names_differ_and_cannot_be_told_from_pid_and_counter() {
    let name = std::ffi::OsStr::new("roadmap.json");
    let prefix = format!(".roadmap.json.{}.", std::process::id());
    let randoms: Vec<u64> = (0..2000)
        .map(|_| {
            let temp = store::temp_name(name);
            let random = temp
                .strip_prefix(&prefix)
                .and_then(|r| r.strip_suffix(".tmp"))
                .unwrap_or_else(|| panic!("{temp} is not {prefix}<random>.tmp"));
            assert_eq!(random.len(), 16, "{temp}");
            u64::from_str_radix(random, 16).unwrap()
        })
        .collect();
    let distinct: HashSet<_> = randoms.iter().collect();
    assert_eq!(distinct.len(), randoms.len(), "a name came twice");
    // A counter would make neighbours close; random parts differ in about half their bits.
    let close = randoms
        .windows(2)
        .filter(|w| w[0].abs_diff(w[1]) < 1 << 32)
        .count();
    assert_eq!(close, 0, "successive names are near each other");
    let bits: u32 = randoms.windows(2).map(|w| (w[0] ^ w[1]).count_ones()).sum();
    let mean = f64::from(bits) / 1999.0;
    assert!(
        (24.0..40.0).contains(&mean),
        "{mean} bits differ on average"
    );
}
