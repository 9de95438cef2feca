//! `jalons merge-driver` under real git (the git of this machine, local repositories only):
//! where git's own text merge leaves conflict markers in the store, the driver merges by
//! record and field; a side it cannot read is refused, and git reports a conflict.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jalons::builtin;
use jalons::domain::{Op, Plan, Record, Status, apply};
use jalons::store;

struct Repo {
    dir: tempfile::TempDir,
    root: PathBuf,
}

impl Repo {
    /// A repository holding the built-in roadmap, with `.gitattributes` naming the driver.
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("cabinet");
        std::fs::create_dir(&root).unwrap();
        let repo = Self { dir, root };
        repo.git_ok(&["init", "-q", "-b", "main"]);
        std::fs::write(
            repo.root.join(".gitattributes"),
            "roadmap.json eol=lf merge=jalons\n",
        )
        .unwrap();
        repo.write(&builtin::roadmap());
        repo.git_ok(&["add", "."]);
        repo.git_ok(&["commit", "-q", "-m", "roadmap"]);
        repo
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(&self.root)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.dir.path())
            .env("GIT_AUTHOR_NAME", "Adjointe")
            .env("GIT_AUTHOR_EMAIL", "adjointe@example.org")
            .env("GIT_COMMITTER_NAME", "Adjointe")
            .env("GIT_COMMITTER_EMAIL", "adjointe@example.org")
            .output()
            .expect("git runs")
    }

    fn git_ok(&self, args: &[&str]) -> Output {
        let out = self.git(args);
        assert!(
            out.status.success(),
            "git {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn path(&self) -> PathBuf {
        self.root.join("roadmap.json")
    }

    fn write(&self, plan: &Plan) {
        std::fs::write(self.path(), store::to_bytes(plan)).unwrap();
    }

    fn read(&self) -> Result<Plan, String> {
        let bytes = std::fs::read(self.path()).unwrap();
        store::parse(&self.path(), &bytes).map_err(|e| e.to_string())
    }

    /// On a new branch from main: `change` applied to the store, committed.
    fn branch(&self, name: &str, change: impl FnOnce(&mut Plan)) {
        self.git_ok(&["checkout", "-q", "-b", name, "main"]);
        let mut plan = self.read().unwrap();
        change(&mut plan);
        self.write(&plan);
        self.git_ok(&["commit", "-q", "-am", name]);
        self.git_ok(&["checkout", "-q", "main"]);
    }

    /// `git merge NAME`, with the driver passed as configuration when `driver` is set.
    fn merge(&self, name: &str, driver: bool, report: Option<&Path>) -> Output {
        let setting = format!(
            "merge.jalons.driver={} merge-driver %O %A %B %P",
            env!("CARGO_BIN_EXE_jalons")
        );
        let mut args = Vec::new();
        if driver {
            args.extend(["-c", setting.as_str()]);
        }
        args.extend(["merge", "-q", "--no-edit", name]);
        let mut cmd = Command::new("git");
        cmd.args(&args)
            .current_dir(&self.root)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.dir.path())
            .env("GIT_AUTHOR_NAME", "Adjointe")
            .env("GIT_AUTHOR_EMAIL", "adjointe@example.org")
            .env("GIT_COMMITTER_NAME", "Adjointe")
            .env("GIT_COMMITTER_EMAIL", "adjointe@example.org");
        if let Some(report) = report {
            cmd.env("JALONS_SYNC_REPORT", report);
        }
        cmd.output().expect("git runs")
    }
}

fn add_action(plan: &mut Plan, id: &str, title: &str) {
    let mut a = plan.actions[0].clone();
    a.id = id.into();
    a.title = title.into();
    a.source = None;
    let op = Op::Put {
        record: Record::Action(a),
        at: None,
    };
    apply(plan, &op).unwrap();
}

fn tick(plan: &mut Plan, n: usize) {
    let on = chrono::NaiveDate::from_ymd_opt(2014, 6, 2).unwrap();
    plan.actions[n].status = Status::Done { on };
}

/// Both advisers add an action and tick another on their side.
fn two_additions(repo: &Repo) {
    repo.branch("colleague", |p| {
        add_action(p, "a-colleague-x7k2", "Ajoutée par la collègue");
        tick(p, 1);
    });
    let mut plan = repo.read().unwrap();
    add_action(&mut plan, "a-mine-q4m9", "Ajoutée par moi");
    tick(&mut plan, 2);
    repo.write(&plan);
    repo.git_ok(&["commit", "-q", "-am", "mine"]);
}

#[test]
fn git_s_own_merge_leaves_markers_where_the_driver_merges_by_record() {
    // Without the driver: what a plain `git pull` does to the store.
    let plain = Repo::new();
    two_additions(&plain);
    let out = plain.merge("colleague", false, None);
    assert!(!out.status.success(), "git's text merge conflicts");
    let text = std::fs::read_to_string(plain.path()).unwrap();
    assert!(text.contains("<<<<<<<"), "conflict markers in the store");
    assert!(plain.read().is_err(), "and the store cannot be read");

    // With it: both additions and both ticks, a valid canonical store, committed.
    let repo = Repo::new();
    two_additions(&repo);
    let out = repo.merge("colleague", true, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = repo.read().expect("the merged store reads");
    let ids: Vec<&str> = merged.actions.iter().map(|a| a.id.as_str()).collect();
    assert!(
        ids.contains(&"a-colleague-x7k2") && ids.contains(&"a-mine-q4m9"),
        "{ids:?}"
    );
    assert!(merged.actions[1].status.is_done() && merged.actions[2].status.is_done());
    assert_eq!(
        std::fs::read(repo.path()).unwrap(),
        store::to_bytes(&merged)
    );
    let status = repo.git_ok(&["status", "--porcelain"]);
    assert!(status.stdout.is_empty(), "the merge is committed");
}

#[test]
fn a_field_changed_on_both_sides_keeps_the_published_value_and_reports_ours() {
    let repo = Repo::new();
    repo.branch("colleague", |p| p.actions[3].title = "Titre publié".into());
    let mut plan = repo.read().unwrap();
    plan.actions[3].title = "Mon titre".into();
    repo.write(&plan);
    repo.git_ok(&["commit", "-q", "-am", "mine"]);
    let report = repo.root.join("..").join("report.jsonl");
    let out = repo.merge("colleague", true, Some(&report));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(repo.read().unwrap().actions[3].title, "Titre publié");
    let lines = std::fs::read_to_string(&report).expect("the report");
    let conflict: jalons::merge::Conflict =
        serde_json::from_str(lines.lines().next().expect("one line")).unwrap();
    assert_eq!(conflict.field.as_deref(), Some("title"));
    assert_eq!(conflict.mine, Some("Mon titre".into()));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 conflict"));
}

#[test]
fn a_side_of_a_newer_schema_is_refused_and_git_reports_a_conflict() {
    let repo = Repo::new();
    repo.git_ok(&["checkout", "-q", "-b", "future", "main"]);
    let text = std::fs::read_to_string(repo.path()).unwrap().replacen(
        "\"schema_version\": 3",
        "\"schema_version\": 4",
        1,
    );
    std::fs::write(repo.path(), text).unwrap();
    repo.git_ok(&["commit", "-q", "-am", "a newer jalons"]);
    repo.git_ok(&["checkout", "-q", "main"]);
    let mut plan = repo.read().unwrap();
    tick(&mut plan, 0);
    repo.write(&plan);
    repo.git_ok(&["commit", "-q", "-am", "mine"]);
    let out = repo.merge("future", true, None);
    assert!(!out.status.success(), "never merged in silence");
    let said = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("CONFLICT"), "{said}");
    assert!(said.contains("newer"), "the driver says why: {said}");
}
