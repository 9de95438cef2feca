//! `kill -9` at random moments while `jalons done` saves a store of 10,000 actions: after each
//! kill the file is the old store or the new one, whole and valid, and the next start leaves
//! no temporary file behind.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use jalons::domain::{Op, Plan, Status, apply, validate};
use jalons::store::{self, Store};

const KILLS: usize = 50;
/// More kills, their moments moved, while every kill left the same side of the rename (a busy
/// machine runs slower than the runs that measured the window).
const MOST_KILLS: usize = 150;
const TODAY: &str = "2016-01-15";

fn jalons(store: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jalons"));
    cmd.arg("--store")
        .arg(store)
        .args(["--today", TODAY, "--lang", "en"]);
    cmd.args(args);
    for var in [
        "JALONS_STORE",
        "JALONS_TODAY",
        "JALONS_LANG",
        "JALONS_CONFIG",
    ] {
        cmd.env_remove(var);
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// How long a command takes when left alone (the median of three runs, each with its own
/// arguments: `done` on an action already done saves nothing).
fn duration(store: &Path, runs: [&[&str]; 3]) -> Duration {
    let mut times: Vec<Duration> = runs
        .iter()
        .map(|args| {
            let start = Instant::now();
            assert!(jalons(store, args).status().unwrap().success());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[1]
}

fn read(path: &Path) -> Plan {
    let plan = store::parse(path, &std::fs::read(path).unwrap()).expect("a whole, valid store");
    assert!(validate(&plan).is_empty());
    plan
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "tmp"))
        .collect()
}

/// A small deterministic generator: the moments differ from one kill to the next, and from
/// one run of the suite to the next only if the seed does.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[test]
fn a_store_killed_while_saving_is_the_old_one_or_the_new_one_and_no_temp_file_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    let plan = jalons::generate::plan(10_000, 7);
    Store::create(&path, &plan).unwrap();
    let ids: Vec<String> = plan
        .actions
        .iter()
        .filter(|a| a.status.is_open())
        .take(MOST_KILLS + 4)
        .map(|a| a.id.clone())
        .collect();

    // The moments a save can be caught in: from the end of reading to the end of the run.
    let check: &[&str] = &["check"];
    let read_only = duration(&path, [check, check, check]);
    let done = |n: usize| -> [&str; 2] { ["done", &ids[MOST_KILLS + n]] };
    let whole = duration(&path, [&done(0), &done(1), &done(2)]);
    let (mut from, mut to) = (
        read_only.min(whole).as_micros() / 2,
        read_only.max(whole).as_micros() * 11 / 10,
    );
    let mut rng = Rng(0x6A61_6C6F_6E73);
    let (mut old_kept, mut new_kept) = (0, 0);
    for (n, id) in ids[..MOST_KILLS].iter().enumerate() {
        if n >= KILLS && old_kept > 0 && new_kept > 0 {
            break;
        }
        if n >= KILLS && n % 10 == 0 {
            // Every kill so far landed on one side: look later, or earlier.
            let span = to - from;
            (from, to) = if new_kept == 0 {
                (to, to + span)
            } else {
                (from / 2, from)
            };
        }
        let old = read(&path);
        let mut new = old.clone();
        let today = TODAY.parse().unwrap();
        let op = Op::SetActionStatus {
            id: id.clone(),
            status: Status::Done { on: today },
        };
        apply(&mut new, &op).unwrap();

        let mut child = jalons(&path, &["done", id]).spawn().unwrap();
        let at = from + u128::from(rng.below(u64::try_from(to - from).unwrap()));
        std::thread::sleep(Duration::from_micros(u64::try_from(at).unwrap()));
        let _ = child.kill();
        child.wait().unwrap();

        let now = read(&path);
        if now == old {
            old_kept += 1;
        } else {
            assert!(
                now == new,
                "killed at {at} µs: neither the old store nor the new one"
            );
            new_kept += 1;
        }
    }
    let kills = old_kept + new_kept;
    eprintln!("{kills} kills: the old store {old_kept} times, the new one {new_kept} times");
    // The kills landed on both sides of the rename, or the test proved little.
    assert!(
        old_kept > 0 && new_kept > 0,
        "old {old_kept}, new {new_kept}"
    );

    // The next start clears what the killed saves left.
    assert!(jalons(&path, &done(3)).status().unwrap().success());
    assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    assert!(jalons(&path, &["check"]).status().unwrap().success());
}
