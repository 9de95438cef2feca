//! The cabinet (#10): several advisers share one roadmap through a bare git repository (local,
//! no network) and edit it for a while — through the library, as the interface saves, and
//! through `jalons done` — syncing when a deterministic PRNG says so. Among them: two who race
//! (both change, then both sync at the same moment), one offline for the first half, one back
//! from a trip who syncs only at the end, one who runs a plain `git pull` in their folder.
//! After two round-robin syncs of everyone, nothing may be lost in silence:
//! (i) one HEAD and byte-identical stores, (ii) `jalons check` passes everywhere, (iii) every
//! token written is in the store, or was reported as a conflict, or was knowingly overwritten
//! by an adviser whose store held it, (iv) every tick on a surviving record is there or was
//! reported.
//!
//! CI runs 5 advisers × 20 edits on 3 fixed seeds; `cargo test --test sync_cabinet --
//! --ignored` runs the full cabinet, 10 advisers × 50 edits (`CABINET=1,2,3:10:50` for other
//! seeds and sizes).

#[path = "support/laptop.rs"]
mod laptop;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use chrono::NaiveDate;
use jalons::domain::{ChecklistItem, Op, Plan, Record, Status, apply, new_id, validate};
use jalons::store::{self, Store};

const TODAY: &str = "2014-09-16";
/// IDs two advisers may both give a new action: the merge must keep both.
const COLLIDING: &[&str] = &["a-cabinet-1", "a-cabinet-2"];

/// xorshift64: the same seed, the same cabinet.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Adviser {
    name: String,
    home: PathBuf,
    store: PathBuf,
    /// The URL this adviser knows the shared repository by: a symlink to it, removed while the
    /// adviser is offline (the others still reach the repository).
    remote: PathBuf,
}

impl Adviser {
    fn new(root: &Path, name: &str) -> Self {
        let home = laptop::home(root, name);
        Self {
            name: name.to_owned(),
            store: laptop::store(root, name),
            remote: root.join(format!("remote-{name}.git")),
            home,
        }
    }

    fn folder(&self) -> &Path {
        self.store.parent().unwrap()
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .env_remove("JALONS_STORE")
            .env_remove("JALONS_SYNC_REPORT")
            .env_remove("GIT_SSH_COMMAND")
            .stdin(Stdio::null());
        cmd
    }

    fn jalons_cmd(&self, args: &[&str]) -> Command {
        let mut cmd = self.command(env!("CARGO_BIN_EXE_jalons"));
        cmd.arg("--store")
            .arg(&self.store)
            .args(["--today", TODAY, "--lang", "en"])
            .args(args);
        cmd
    }

    fn jalons(&self, args: &[&str]) -> Output {
        self.jalons_cmd(args).output().expect("jalons runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.jalons(args);
        assert!(
            out.status.success(),
            "{}: jalons {args:?}: {}{}",
            self.name,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn git(&self, args: &[&str], env: &[(&str, &Path)]) -> Output {
        let mut cmd = self.command("git");
        cmd.arg("-C").arg(self.folder()).args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("git runs")
    }

    fn plan(&self) -> Plan {
        store::parse(&self.store, &std::fs::read(&self.store).unwrap()).expect("a valid store")
    }

    fn head(&self) -> String {
        let out = self.git(&["rev-parse", "HEAD"], &[]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn set_online(&self, bare: &Path, online: bool) {
        if online {
            if !self.remote.exists() {
                std::os::unix::fs::symlink(bare, &self.remote).unwrap();
            }
        } else {
            std::fs::remove_file(&self.remote).unwrap();
        }
    }
}

/// A token written into a title, label or notes.
struct Written {
    token: String,
    by: usize,
    record: String,
    /// Replaced or deleted by an adviser whose store held it: its loss is knowing.
    superseded: bool,
}

/// A tick made by an adviser (an action done, a checklist item done).
struct Tick {
    by: usize,
    id: String,
    /// The record was deleted, done, by an adviser whose store held it so.
    superseded: bool,
}

/// What each adviser does, besides editing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Plain,
    /// Runs `git pull` in their folder now and then.
    Puller,
    /// Offline for the first half of the run.
    Offline,
    /// Syncs only at the end.
    Traveller,
}

struct Cabinet {
    seed: u64,
    bare: PathBuf,
    advisers: Vec<Adviser>,
    roles: Vec<Role>,
    rng: Rng,
    written: Vec<Written>,
    ticks: Vec<Tick>,
    /// Every `jalons: conflict: …` line of every sync, and the JSON lines of plain pulls.
    conflicts: Vec<String>,
    tokens: usize,
    offline_now: bool,
    syncs: usize,
    /// Plain pulls that merged (not fast-forwards): the driver in the clone's configuration ran.
    pull_merges: usize,
    races: usize,
}

impl Cabinet {
    /// A bare repository, the founder's `init` + `sync init`, everyone else's `sync join`.
    fn new(root: &Path, seed: u64, advisers: usize) -> Self {
        assert!(advisers >= 4, "one of each role, and a founder");
        let bare = root.join("cabinet.git");
        let out = Command::new("git")
            .args(["init", "-q", "--bare", "-b", "main"])
            .arg(&bare)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        assert!(out.status.success());
        let advisers: Vec<Adviser> = (0..advisers)
            .map(|i| Adviser::new(root, &format!("adviser{i}")))
            .collect();
        let n = advisers.len();
        let roles = (0..n)
            .map(|i| match i {
                1 => Role::Puller,
                _ if i == n - 2 => Role::Offline,
                _ if i == n - 1 => Role::Traveller,
                _ => Role::Plain,
            })
            .collect();
        for (i, a) in advisers.iter().enumerate() {
            a.set_online(&bare, true);
            let url = a.remote.to_str().unwrap();
            if i == 0 {
                a.ok(&["init"]);
                a.ok(&["sync", "init", url]);
            } else {
                a.ok(&["sync", "join", url]);
            }
        }
        Self {
            seed,
            bare,
            advisers,
            roles,
            rng: Rng(seed),
            written: Vec::new(),
            ticks: Vec::new(),
            conflicts: Vec::new(),
            tokens: 0,
            offline_now: false,
            syncs: 0,
            pull_merges: 0,
            races: 0,
        }
    }

    fn token(&mut self, by: usize, record: &str) -> String {
        self.tokens += 1;
        // Fixed width: no token is a part of another.
        let token = format!("tok{:03}{:02}{:04}", self.seed % 1000, by, self.tokens);
        self.written.push(Written {
            token: token.clone(),
            by,
            record: record.to_owned(),
            superseded: false,
        });
        token
    }

    /// The tokens in a text this adviser is about to replace or delete: lost knowingly.
    fn supersede(&mut self, old: &str) {
        for w in &mut self.written {
            if old.contains(&w.token) {
                w.superseded = true;
            }
        }
    }

    /// Saves one operation as the interface does; false when it does not apply here.
    fn save(&self, who: usize, op: Op) -> bool {
        let (mut s, mut plan) = Store::open(&self.advisers[who].store).unwrap();
        if apply(&mut plan, &op).is_err() || !validate(&plan).is_empty() {
            return false;
        }
        s.save(&plan, &[op]).unwrap();
        true
    }

    /// Saves an operation writing the token just made, over `old`: the tokens in `old` are
    /// then lost knowingly (this adviser's store held them); a write that does not apply
    /// writes no token.
    fn write(&mut self, who: usize, op: Op, old: &str) {
        if self.save(who, op) {
            self.supersede(old);
        } else {
            self.written.pop();
        }
    }

    /// One edit by `who`, of a kind the PRNG picks.
    fn edit(&mut self, who: usize) {
        let plan = self.advisers[who].plan();
        let items: Vec<(String, ChecklistItem)> = plan
            .trips
            .iter()
            .flat_map(|t| t.checklist.iter().map(|i| (t.id.clone(), i.clone())))
            .collect();
        let action = plan.actions[self.rng.below(plan.actions.len())].clone();
        let (trip, item) = items[self.rng.below(items.len())].clone();
        match self.rng.below(11) {
            0 => {
                let mut after = action.clone();
                after.title = format!("Titre {}", self.token(who, &action.id));
                let old = action.title.clone();
                self.write(
                    who,
                    edit(Record::Action(action), Record::Action(after)),
                    &old,
                );
            }
            1 => {
                let mut after = action.clone();
                after.notes = format!("Note {}", self.token(who, &action.id));
                let old = action.notes.clone();
                self.write(
                    who,
                    edit(Record::Action(action), Record::Action(after)),
                    &old,
                );
            }
            2 => {
                // Through the binary, as a script would.
                self.advisers[who].ok(&["done", &action.id]);
                self.tick(who, &action.id);
            }
            3 => {
                let on = day(self.rng.below(20));
                let op = Op::SetActionStatus {
                    id: action.id.clone(),
                    status: Status::Done { on },
                };
                if self.save(who, op) {
                    self.tick(who, &action.id);
                }
            }
            4 => {
                let mut after = action.clone();
                after.due = Some(day(20 + self.rng.below(200)));
                self.save(who, edit(Record::Action(action), Record::Action(after)));
            }
            5 => self.add_action(who, &plan, action),
            6 => self.delete(who, &action),
            7 => {
                let to = self.rng.below(plan.actions.len());
                self.save(who, Op::Move { id: action.id, to });
            }
            8 => {
                if self.rng.chance(50) {
                    self.advisers[who].ok(&["done", &item.id]);
                    self.tick(who, &item.id);
                } else {
                    let op = Op::SetItemDone {
                        id: item.id.clone(),
                        done_on: Some(day(self.rng.below(20))),
                    };
                    if self.save(who, op) {
                        self.tick(who, &item.id);
                    }
                }
            }
            9 => {
                let mut after = item.clone();
                after.label = format!("Point {}", self.token(who, &item.id));
                let old = item.label.clone();
                let before = Record::Item {
                    trip: trip.clone(),
                    item,
                };
                self.write(who, edit(before, Record::Item { trip, item: after }), &old);
            }
            _ => {
                let mut new = item;
                new.id = new_id(&plan, &format!("{trip}."), "ajout");
                new.label = format!("Ajout {}", self.token(who, &new.id));
                new.done_on = None;
                new.notes = String::new();
                let op = Op::Put {
                    record: Record::Item { trip, item: new },
                    at: None,
                };
                self.write(who, op, "");
            }
        }
    }

    /// Deleting what one sees: the tokens in it go knowingly, and so do its ticks when it
    /// was done here (a tick made meanwhile elsewhere changes nothing: it was done already).
    /// Deleted while open, a tick made elsewhere keeps the record (deleted vs changed).
    fn delete(&mut self, who: usize, action: &jalons::domain::Action) {
        let op = Op::Delete {
            id: action.id.clone(),
        };
        if self.save(who, op) {
            self.supersede(&format!("{} {}", action.title, action.notes));
            if action.status.is_done() {
                for t in self.ticks.iter_mut().filter(|t| t.id == action.id) {
                    t.superseded = true;
                }
            }
        }
    }

    /// A new action, now and then under an ID another adviser may pick too.
    fn add_action(&mut self, who: usize, plan: &Plan, mut action: jalons::domain::Action) {
        let free = COLLIDING
            .iter()
            .find(|id| plan.actions.iter().all(|a| a.id != **id));
        action.id = match free {
            Some(id) if self.rng.chance(30) => (*id).to_owned(),
            _ => new_id(plan, "a-", "ajout"),
        };
        action.title = format!("Action {}", self.token(who, &action.id));
        action.notes = String::new();
        action.status = Status::Todo;
        action.source = None;
        action.trip = None;
        let op = Op::Put {
            record: Record::Action(action),
            at: None,
        };
        self.write(who, op, "");
    }

    fn tick(&mut self, by: usize, id: &str) {
        self.ticks.push(Tick {
            by,
            id: id.to_owned(),
            superseded: false,
        });
    }

    fn online(&self, who: usize) -> bool {
        !(self.offline_now && self.roles[who] == Role::Offline)
    }

    /// `jalons sync` by several advisers at once (one, or two racing to push).
    fn sync(&mut self, who: &[usize]) {
        let children: Vec<(usize, Child)> = who
            .iter()
            .map(|&w| {
                let child = self.advisers[w]
                    .jalons_cmd(&["sync"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                (w, child)
            })
            .collect();
        for (w, child) in children {
            let out = child.wait_with_output().unwrap();
            self.syncs += 1;
            let said = String::from_utf8_lossy(&out.stderr).into_owned();
            let expected = if self.online(w) { 0 } else { 3 };
            assert_eq!(
                out.status.code(),
                Some(expected),
                "seed {}: {} sync: {}{said}",
                self.seed,
                self.advisers[w].name,
                String::from_utf8_lossy(&out.stdout),
            );
            self.conflicts.extend(
                said.lines()
                    .filter(|l| l.starts_with("jalons: conflict: "))
                    .map(str::to_owned),
            );
        }
    }

    /// A plain `git pull`, committing by hand first what jalons saved: the clone's own
    /// configuration names the driver, so the store merges by record.
    fn pull(&mut self, who: usize) {
        let a = &self.advisers[who];
        let report = a.folder().join(".git").join("pull-report.jsonl");
        let _ = a.git(&["commit", "-qam", "by hand"], &[]);
        let out = a.git(&["pull", "-q"], &[("JALONS_SYNC_REPORT", &report)]);
        assert!(
            out.status.success(),
            "seed {}: git pull: {}{}",
            self.seed,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if a.git(&["rev-parse", "-q", "--verify", "HEAD^2"], &[])
            .status
            .success()
        {
            self.pull_merges += 1;
        }
        if let Ok(text) = std::fs::read_to_string(&report) {
            self.conflicts.extend(text.lines().map(str::to_owned));
            std::fs::remove_file(&report).unwrap();
        }
    }

    /// The run: `per` edits by each adviser, in an order and with syncs the PRNG picks.
    fn run(&mut self, per: usize) {
        let n = self.advisers.len();
        let mut left = vec![per; n];
        let total = per * n;
        self.offline_now = true;
        let off = self.roles.iter().position(|r| *r == Role::Offline).unwrap();
        self.advisers[off].set_online(&self.bare, false);
        let mut done = 0;
        while done < total {
            if self.offline_now && done >= total / 2 {
                self.offline_now = false;
                self.advisers[off].set_online(&self.bare, true);
            }
            let ready: Vec<usize> = (0..n).filter(|&i| left[i] > 0).collect();
            let who = ready[self.rng.below(ready.len())];
            let can_race = |i: usize| self.roles[i] != Role::Traveller && self.online(i);
            let rivals: Vec<usize> = ready
                .iter()
                .copied()
                .filter(|&i| i != who && can_race(i) && can_race(who))
                .collect();
            let rival = (!rivals.is_empty()).then(|| rivals[self.rng.below(rivals.len())]);
            if let (Some(rival), true) = (rival, self.rng.chance(15)) {
                // A push race: both change, then both sync, back to back or at the same
                // moment (then one push may be beaten, and merged again).
                for w in [who, rival] {
                    self.edit(w);
                    left[w] -= 1;
                    done += 1;
                }
                if self.rng.chance(50) {
                    self.sync(&[who]);
                    self.sync(&[rival]);
                } else {
                    self.sync(&[who, rival]);
                }
                self.races += 1;
                continue;
            }
            if self.roles[who] == Role::Puller && self.rng.chance(30) {
                self.pull(who);
            }
            self.edit(who);
            left[who] -= 1;
            done += 1;
            if self.roles[who] != Role::Traveller && self.rng.chance(40) {
                self.sync(&[who]);
            }
        }
        // Everyone back, everyone syncs twice round.
        for _ in 0..2 {
            for w in 0..n {
                self.sync(&[w]);
            }
        }
    }

    /// (i) Every clone on the same commit, with byte-identical stores.
    fn converged(&self) -> Vec<u8> {
        let first = &self.advisers[0];
        let (head, bytes) = (first.head(), std::fs::read(&first.store).unwrap());
        for a in &self.advisers[1..] {
            assert_eq!(
                a.head(),
                head,
                "seed {}: {} on another commit",
                self.seed,
                a.name
            );
            assert!(
                std::fs::read(&a.store).unwrap() == bytes,
                "seed {}: {}'s store differs",
                self.seed,
                a.name
            );
        }
        bytes
    }

    /// (ii) `jalons check` passes in every clone.
    fn checked(&self) {
        for a in &self.advisers {
            a.ok(&["check"]);
        }
    }

    /// (iii) Every token is in the store, or reported, or knowingly overwritten.
    fn tokens_kept(&self, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        let lost: Vec<String> = self
            .written
            .iter()
            .filter(|w| !w.superseded && !text.contains(&w.token))
            .filter(|w| !self.conflicts.iter().any(|c| c.contains(&w.token)))
            .map(|w| {
                format!(
                    "{} by {} on {}",
                    w.token, self.advisers[w.by].name, w.record
                )
            })
            .collect();
        assert!(
            lost.is_empty(),
            "seed {}: tokens lost in silence: {lost:?}\nconflicts: {:#?}",
            self.seed,
            self.conflicts
        );
    }

    /// The IDs records created on both sides were given (old, new), from the conflicts.
    fn renames(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for c in &self.conflicts {
            if let Some((_, said)) = c.split_once(": created on both sides as ") {
                if let Some((old, new)) = said.split_once(": yours is now ") {
                    out.push((old.to_owned(), new.to_owned()));
                }
            } else if let Ok(json) = serde_json::from_str::<serde_json::Value>(c)
                && json["kind"] == "id_collision"
            {
                let text = |k: &str| json[k].as_str().unwrap_or_default().to_owned();
                out.push((text("kept"), text("id")));
            }
        }
        out
    }

    /// Whether a conflict said what became of a tick: a sync's line names the record (by the
    /// title it has, or one written meanwhile) and its status or its day done, or says it was
    /// kept whole or deleted; a pull's JSON line names its ID and the field.
    fn tick_reported(&self, id: &str, title: &str) -> bool {
        let names: Vec<String> = std::iter::once(title.to_owned())
            .chain(
                self.written
                    .iter()
                    .filter(|w| w.record == id)
                    .map(|w| w.token.clone()),
            )
            .collect();
        self.conflicts.iter().any(|c| {
            let said = [
                " · status:",
                " · done on:",
                "do not hold together",
                "deleted",
            ];
            let field = [
                "\"status\"",
                "\"done_on\"",
                "record_invalid",
                "delete_vs_edit",
            ];
            (names.iter().any(|n| c.contains(n.as_str())) && said.iter().any(|s| c.contains(s)))
                || (c.contains(&format!("\"id\":\"{id}\"")) && field.iter().any(|f| c.contains(f)))
        })
    }

    /// (iv) Every tick on a record still there is there, or reported.
    fn ticks_kept(&self, plan: &Plan) {
        let mut lost = Vec::new();
        let renames = self.renames();
        for t in self.ticks.iter().filter(|t| !t.superseded) {
            // A record made on both sides under one ID: ours was given a fresh one, with
            // its tick.
            if renames
                .iter()
                .any(|(old, new)| *old == t.id && done(plan, new))
            {
                continue;
            }
            let (done, title) = if let Some(a) = plan.actions.iter().find(|a| a.id == t.id) {
                (a.status.is_done(), a.title.clone())
            } else if let Some(i) = plan
                .trips
                .iter()
                .flat_map(|t| &t.checklist)
                .find(|i| i.id == t.id)
            {
                (i.done_on.is_some(), i.label.clone())
            } else {
                continue; // deleted since, with its tick
            };
            if !done && !self.tick_reported(&t.id, &title) {
                lost.push(format!("{} by {}", t.id, self.advisers[t.by].name));
            }
        }
        assert!(
            lost.is_empty(),
            "seed {}: ticks lost in silence: {lost:?}\nconflicts: {:#?}",
            self.seed,
            self.conflicts
        );
    }
}

/// Whether the action or checklist item is there, done.
fn done(plan: &Plan, id: &str) -> bool {
    plan.actions
        .iter()
        .any(|a| a.id == id && a.status.is_done())
        || plan
            .trips
            .iter()
            .flat_map(|t| &t.checklist)
            .any(|i| i.id == id && i.done_on.is_some())
}

fn edit(before: Record, after: Record) -> Op {
    Op::Edit { before, after }
}

fn day(offset: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 9, 1).unwrap() + chrono::Days::new(offset as u64)
}

fn cabinet(seed: u64, advisers: usize, per: usize) {
    let started = std::time::Instant::now();
    let root = tempfile::tempdir().unwrap();
    let mut c = Cabinet::new(root.path(), seed, advisers);
    c.run(per);
    let bytes = c.converged();
    c.checked();
    c.tokens_kept(&bytes);
    c.ticks_kept(&c.advisers[0].plan());
    let text = String::from_utf8_lossy(&bytes);
    let kept = c.written.iter().filter(|w| text.contains(&w.token)).count();
    let reported = c
        .written
        .iter()
        .filter(|w| !text.contains(&w.token) && c.conflicts.iter().any(|l| l.contains(&w.token)))
        .count();
    eprintln!(
        "cabinet seed {seed}: {advisers} advisers × {per} edits, {} syncs, {} tokens ({kept} in the store, {reported} reported only, {} overwritten knowingly), {} ticks, {} conflicts reported, {} push races, {} plain pulls that merged, {:.1} s",
        c.syncs,
        c.written.len(),
        c.written.iter().filter(|w| w.superseded).count(),
        c.ticks.len(),
        c.conflicts.len(),
        c.races,
        c.pull_merges,
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn a_cabinet_of_five_loses_nothing_in_silence_seed_1() {
    cabinet(0x9E37_79B9_7F4A_7C15, 5, 20);
}

#[test]
fn a_cabinet_of_five_loses_nothing_in_silence_seed_2() {
    cabinet(0xD1B5_4A32_D192_ED03, 5, 20);
}

#[test]
fn a_cabinet_of_five_loses_nothing_in_silence_seed_3() {
    cabinet(0x2545_F491_4F6C_DD1D, 5, 20);
}

#[test]
#[ignore = "the full cabinet, 10 advisers × 50 edits: a nightly run"]
fn a_cabinet_of_ten_loses_nothing_in_silence() {
    // More seeds, or other sizes, from the environment: CABINET=seed,seed:advisers:edits.
    let asked = std::env::var("CABINET").unwrap_or_default();
    let (seeds, size) = asked.split_once(':').unwrap_or((&asked, "10:50"));
    let (advisers, per) = size.split_once(':').expect("advisers:edits");
    let mut seeds: Vec<u64> = seeds.split(',').filter_map(|s| s.parse().ok()).collect();
    if seeds.is_empty() {
        seeds = vec![0x9E37_79B9_7F4A_7C15, 0xD1B5_4A32_D192_ED03];
    }
    for seed in seeds {
        cabinet(seed, advisers.parse().unwrap(), per.parse().unwrap());
    }
}
