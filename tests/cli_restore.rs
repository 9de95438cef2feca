//! The real binary: `jalons restore` lists and restores backups; `--today` outside the years a
//! store may hold is refused before anything is read or written; a store others may write to
//! is pointed out on stderr.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use jalons::builtin;
use jalons::domain::Status;
use jalons::store;

fn jalons(path: &Path, args: &[&str], today: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jalons"));
    command
        .arg("--store")
        .arg(path)
        .args(["--lang", "en"])
        .args(args)
        .env_remove("JALONS_STORE")
        .env_remove("JALONS_TODAY")
        .env_remove("JALONS_LANG")
        .stdin(Stdio::null());
    if let Some(today) = today {
        command.env("JALONS_TODAY", today);
    }
    command.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

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

#[test]
fn restore_lists_the_backups_then_puts_one_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    let out = jalons(&path, &["restore"], Some("2014-06-02"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("No backup beside "),
        "{}",
        text(&out.stdout)
    );

    let original = store::to_bytes(&builtin::roadmap());
    fs::write(dir.path().join("roadmap.json.2014-06-01.bak"), &original).unwrap();
    fs::write(dir.path().join("roadmap.json.2014-05-31.bak"), b"{").unwrap();
    let mut plan = builtin::roadmap();
    plan.actions[0].status = Status::Blocked;
    let current = store::to_bytes(&plan);
    fs::write(&path, &current).unwrap();

    let out = jalons(&path, &["restore"], Some("2014-06-02"));
    let listed = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 3, "{listed}");
    assert!(lines[0].starts_with("BACKUP"), "{listed}");
    assert!(
        lines[1].starts_with("2014-05-31") && lines[1].contains("invalid: "),
        "{listed}"
    );
    let actions = plan.actions.len().to_string();
    assert!(lines[2].starts_with("2014-06-01"), "{listed}");
    assert!(lines[2].contains(&format!(" {actions} ")), "{listed}");
    assert!(lines[2].trim_end().ends_with("valid") && !lines[2].contains("invalid"));

    // An invalid backup is refused: exit 1, nothing touched.
    let before = snapshot(dir.path());
    let out = jalons(&path, &["restore", "2014-05-31"], Some("2014-06-02"));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("nothing was restored"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(snapshot(dir.path()), before);

    let out = jalons(&path, &["restore", "2014-06-01"], Some("2014-06-02"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("restored into"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(fs::read(&path).unwrap(), original);
    let kept: Vec<_> = snapshot(dir.path())
        .into_iter()
        .filter(|(name, _)| name.len() == "roadmap.json.20140602-104200.bak".len())
        .collect();
    assert_eq!(
        kept.len(),
        1,
        "{:?}",
        kept.iter().map(|k| &k.0).collect::<Vec<_>>()
    );
    assert_eq!(kept[0].1, current, "the file restored over was not kept");
}

#[test]
fn a_today_outside_the_years_a_store_holds_is_refused_before_anything_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    let bytes = store::to_bytes(&builtin::roadmap());
    fs::write(&path, &bytes).unwrap();
    let id = builtin::roadmap().actions[0].id.clone();
    let before = snapshot(dir.path());
    for today in [
        "99999-01-01",
        "+99999-01-01",
        "1949-12-31",
        "2151-01-01",
        "+99999",
        "demain-matin",
    ] {
        for (args, env) in [
            (vec!["--today", today, "done", id.as_str()], None),
            (vec!["done", id.as_str()], Some(today)),
            (vec!["--today", today], None),
        ] {
            let out = jalons(&path, &args, env);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{today} {args:?}: {stderr}");
            assert!(
                stderr.contains(today) || stderr.contains("--today"),
                "{stderr}"
            );
            assert_eq!(snapshot(dir.path()), before, "{today} {args:?}: touched");
        }
    }
    let out = jalons(&path, &["--today", "99999-01-01", "check"], None);
    assert!(
        text(&out.stderr).contains("99999-01-01: the year must be between 1950 and 2150"),
        "{}",
        text(&out.stderr)
    );
    let out = jalons(&path, &["--today", "2150-12-31", "check"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn a_store_others_may_write_is_pointed_out_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::write(&path, store::to_bytes(&builtin::roadmap())).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).unwrap();
    let out = jalons(&path, &["check"], Some("2014-06-02"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("can be written by its group and everyone else"),
        "{}",
        text(&out.stderr)
    );
}
