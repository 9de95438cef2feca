//! The real binary on good and bad stores: `check`, the interface (which must refuse a bad
//! store before it touches the terminal) and `init`, which never replaces a store silently.

#[path = "support/bad_stores.rs"]
mod bad_stores;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use bad_stores::Content;
use jalons::builtin;
use jalons::domain::Plan;
use jalons::store;

/// Runs `jalons --store PATH ARGS…` with no terminal and none of the user's settings.
fn jalons(path: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jalons"))
        .arg("--store")
        .arg(path)
        .args(["--lang", "en", "--today", "2014-06-02"])
        .args(args)
        .env_remove("JALONS_STORE")
        .env_remove("JALONS_TODAY")
        .env_remove("JALONS_LANG")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn store_in(dir: &Path, plan: &Plan) -> (PathBuf, Vec<u8>) {
    let path = dir.join("roadmap.json");
    let bytes = store::to_bytes(plan);
    fs::write(&path, &bytes).unwrap();
    (path, bytes)
}

#[test]
fn a_bad_store_fails_check_and_the_interface_without_being_touched() {
    for bad in bad_stores::all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("roadmap.json");
        match &bad.content {
            Content::Bytes(bytes) => fs::write(&path, bytes).unwrap(),
            Content::Dir => fs::create_dir(&path).unwrap(),
        }
        for args in [&["check"][..], &[][..]] {
            let out = jalons(&path, args);
            let what = format!("{} with {args:?}", bad.name);
            let stderr = text(&out.stderr);
            assert!(!out.status.success(), "{what}: exit 0");
            assert!(
                out.stdout.is_empty(),
                "{what}: wrote to stdout (the terminal?): {:?}",
                text(&out.stdout)
            );
            assert!(
                stderr.contains(&path.display().to_string()),
                "{what}: {stderr}"
            );
            if let Some(line) = bad.line {
                assert!(
                    stderr.contains(&format!("roadmap.json:{line}:")),
                    "{what}: line {line} not in {stderr}"
                );
            }
            if let Some(json_path) = bad.json_path {
                assert!(stderr.contains(json_path), "{what}: {stderr}");
            }
            assert!(stderr.contains(bad.says), "{what}: {stderr}");
            assert!(
                !out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07),
                "{what}: a control byte reaches stderr: {stderr:?}"
            );
            match &bad.content {
                Content::Bytes(bytes) => {
                    assert!(fs::read(&path).unwrap() == *bytes, "{what}: file changed");
                }
                Content::Dir => assert!(path.is_dir(), "{what}"),
            }
        }
    }
}

#[test]
fn check_on_a_valid_store_prints_one_line_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let plan = builtin::roadmap();
    let (path, bytes) = store_in(dir.path(), &plan);
    let out = jalons(&path, &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.ends_with('\n'));
    assert!(stdout.contains("roadmap.json"), "{stdout}");
    assert!(
        stdout.contains(&format!("{} actions", plan.actions.len())),
        "{stdout}"
    );
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert!(fs::read(&path).unwrap() == bytes);
}

#[test]
fn check_on_a_missing_store_fails_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.json");
    let out = jalons(&path, &["check"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("absent.json"));
    assert!(!path.exists());
}

#[test]
fn init_writes_the_builtin_roadmap_or_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("neuf").join("roadmap.json");
    let out = jalons(&path, &["init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        fs::read(&path).unwrap(),
        store::to_bytes(&builtin::roadmap())
    );

    let empty = dir.path().join("vide.json");
    let out = jalons(&empty, &["init", "--empty"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (_, plan) = store::Store::open(&empty).unwrap();
    assert!(plan.horizons.is_empty() && plan.actions.is_empty());
}

fn backups(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".bak"))
        .collect()
}

#[test]
fn init_refuses_to_replace_a_store_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let (path, bytes) = store_in(dir.path(), &Plan::empty("Ma feuille de route"));
    let out = jalons(&path, &["init"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(fs::read(&path).unwrap() == bytes, "the store changed");
    assert!(backups(dir.path()).is_empty());
}

#[test]
fn init_with_force_keeps_a_backup_identical_to_the_old_store() {
    for old in [
        store::to_bytes(&Plan::empty("Ma feuille de route")),
        // An unreadable store is kept too: it may hold the only copy of someone's work.
        b"{\"schema_version\": 1, \"title\": \"coup".to_vec(),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("roadmap.json");
        fs::write(&path, &old).unwrap();
        let out = jalons(&path, &["init", "--force"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let kept = backups(dir.path());
        assert_eq!(kept.len(), 1, "{kept:?}");
        let name = kept[0].file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("roadmap.json."), "{name}");
        assert!(fs::read(&kept[0]).unwrap() == old, "the backup differs");
        assert!(
            text(&out.stderr).contains(&name),
            "the backup is not named: {}",
            text(&out.stderr)
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            store::to_bytes(&builtin::roadmap())
        );
    }
}

#[test]
fn init_with_force_refuses_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::create_dir(&path).unwrap();
    let out = jalons(&path, &["init", "--force"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("directory"));
    assert!(path.is_dir());
    assert!(backups(dir.path()).is_empty());
}
