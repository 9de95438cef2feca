//! Where `-o` writes: regular files only, with the umask's permissions (the store stays
//! private), never into a device, a FIFO, a folder or through a symbolic link; `-o -` is
//! standard output. The real binary, run as the adviser would (CI runs as root: every
//! assertion here holds for root too).

#![cfg(unix)]

#[path = "support/export_cli.rs"]
mod export_cli;

use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use export_cli::{Fixture, TODAY, assert_success, text};

const NOTE: &[&str] = &["export", "note", "--format", "html"];

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

/// Runs the binary under `umask`, in `dir`, on the store at `store`.
fn under_umask(umask: &str, dir: &Path, store: &Path, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_jalons"))
        .current_dir(dir)
        .env_remove("JALONS_STORE")
        .arg("--store")
        .arg(store)
        .args(["--today", TODAY, "--lang", "fr"])
        .args(args)
        .output()
        .expect("the binary runs")
}

/// `-o path` must fail with exit 1, saying why in French.
fn refused(fixture: &Fixture, path: &Path, why: &str) {
    let mut args: Vec<&str> = NOTE.to_vec();
    let path_text = path.to_str().expect("a UTF-8 path");
    args.extend(["-o", path_text]);
    let out = fixture.run(&args);
    assert_eq!(out.status.code(), Some(1), "-o {path_text} is refused");
    let stderr = text(&out.stderr);
    assert!(stderr.contains(why), "{path_text}: {stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn export_files_follow_the_umask_and_the_store_stays_private() {
    for (umask, expected) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let dir = tempfile::tempdir().expect("a folder");
        let store = dir.path().join("roadmap.json");
        let out = under_umask(umask, dir.path(), &store, &["init"]);
        assert_success(&out, &["init"]);
        for (name, args) in [
            ("note.html", NOTE),
            ("jalons.ics", &["export", "ics"][..]),
            ("actions.csv", &["export", "csv", "actions"][..]),
        ] {
            let mut args = args.to_vec();
            args.extend(["-o", name]);
            let out = under_umask(umask, dir.path(), &store, &args);
            assert_success(&out, &args);
            assert_eq!(
                mode(&dir.path().join(name)),
                expected,
                "{name} under umask {umask}"
            );
        }
        assert_eq!(mode(&store), 0o600, "the store under umask {umask}");
    }
}

#[test]
fn a_file_replaced_keeps_its_permissions() {
    let fixture = Fixture::builtin();
    let path = fixture.path("note.html");
    fs::write(&path, "old").expect("written");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = fixture.run(&[NOTE, &["-o", "note.html"]].concat());
    assert_success(&out, &["-o", "note.html"]);
    assert_eq!(mode(&path), 0o640);
    let written = fs::read_to_string(&path).expect("read");
    assert!(written.starts_with("<!DOCTYPE html>"), "replaced");
}

/// The devices to aim `-o` at. As root (CI), twins of `/dev/null` and `/dev/full` made with
/// mknod in the test's folder: root may rename over the real ones, and a jalons that did would
/// break the machine it is tested on. Otherwise the real ones, which only root can replace.
fn devices(fixture: &Fixture) -> Vec<std::path::PathBuf> {
    let probe = fixture.path("probe");
    fs::write(&probe, "").expect("written");
    let root = std::os::unix::fs::MetadataExt::uid(&fs::metadata(&probe).expect("metadata")) == 0;
    if !root {
        return vec!["/dev/null".into(), "/dev/full".into()];
    }
    [("null", "3"), ("full", "7")]
        .iter()
        .map(|(name, minor)| {
            let path = fixture.path(name);
            let made = Command::new("mknod")
                .arg(&path)
                .args(["c", "1", minor])
                .status()
                .expect("mknod");
            assert!(made.success(), "mknod {name}");
            path
        })
        .collect()
}

#[test]
fn a_device_is_refused_and_stays_a_device() {
    let fixture = Fixture::builtin();
    for device in devices(&fixture) {
        assert!(
            fs::symlink_metadata(&device).is_ok_and(|m| m.file_type().is_char_device()),
            "{} is a device to begin with",
            device.display()
        );
        refused(
            &fixture,
            &device,
            "est un périphérique, pas un fichier ordinaire",
        );
        // A rename would have replaced the device node by a regular file.
        let kind = fs::symlink_metadata(&device)
            .expect("still there")
            .file_type();
        assert!(
            kind.is_char_device(),
            "{} is still a device",
            device.display()
        );
    }
}

#[test]
fn a_fifo_is_refused_without_blocking_on_it() {
    let fixture = Fixture::builtin();
    let fifo = fixture.path("tube");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let mut args: Vec<&str> = NOTE.to_vec();
    args.extend(["-o", "tube"]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_jalons"))
        .current_dir(fixture.dir.path())
        .arg("--store")
        .arg(&fixture.store)
        .args(["--today", TODAY, "--lang", "fr"])
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Opening a FIFO to write blocks until someone reads: a refusal is immediate.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waited") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("jalons blocked on the FIFO");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = std::io::read_to_string(child.stderr.take().expect("stderr")).expect("read");
    assert_eq!(status.code(), Some(1));
    assert!(stderr.contains("est un tube nommé (FIFO)"), "{stderr}");
    let kind = fs::symlink_metadata(&fifo)
        .expect("still there")
        .file_type();
    assert!(kind.is_fifo(), "the FIFO is still a FIFO");
}

#[test]
fn a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes() {
    let fixture = Fixture::builtin();
    let target = fixture.path("cible.html");
    fs::write(&target, "cible").expect("written");
    let link = fixture.path("lien.html");
    std::os::unix::fs::symlink(&target, &link).expect("a link");
    refused(&fixture, &link, "est un lien symbolique");
    assert!(fs::symlink_metadata(&link).expect("there").is_symlink());
    assert_eq!(fs::read_to_string(&target).expect("read"), "cible");
    // A link to nothing yet creates nothing.
    let nowhere = fixture.path("nulle-part.html");
    let dangling = fixture.path("pendant.html");
    std::os::unix::fs::symlink(&nowhere, &dangling).expect("a link");
    refused(&fixture, &dangling, "est un lien symbolique");
    assert!(fs::symlink_metadata(&nowhere).is_err(), "nothing created");
}

#[test]
fn a_folder_is_refused() {
    let fixture = Fixture::builtin();
    let folder = fixture.path("dossier");
    fs::create_dir(&folder).expect("a folder");
    refused(&fixture, &folder, "est un dossier");
    assert!(folder.is_dir());
}

#[test]
fn dash_is_standard_output() {
    let fixture = Fixture::builtin();
    let plain = fixture.ok(NOTE);
    let dash = fixture.ok(&[NOTE, &["-o", "-"]].concat());
    assert_eq!(dash, plain);
    assert!(
        fs::symlink_metadata(fixture.path("-")).is_err(),
        "no file named -"
    );
}
