//! Shared by the command-line and export tests: the built-in roadmap, a "scheduled" variant of
//! it (dated trips, things done, a hostile action), stores in temporary folders, and the real
//! binary run on them with a fixed day.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use jalons::domain::{Action, Plan, Status, TripStatus};
use tempfile::TempDir;

/// The day every test runs on: a Tuesday, four months into the mandate.
pub const TODAY: &str = "2014-09-16";

pub fn today() -> NaiveDate {
    TODAY.parse().expect("a date")
}

/// The calendar's identity in tests: `<id>@fixture.jalons`.
pub const IDENTITY: &str = "fixture";

/// The time zone the binary runs in: Paris's rules, written so that no time-zone database is
/// needed (CET, and CEST from the last Sunday of March to the last of October).
pub const PARIS: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// When the fixtures' store was last saved, for the calendar: the morning of `TODAY`.
pub const SAVED_AT: &str = "2014-09-16T06:30:00Z";

/// `export::render` as of `TODAY`, in `lang`, with a calendar ledger that holds nothing yet.
pub fn render(
    plan: &Plan,
    lang: jalons::i18n::Lang,
    what: &jalons::export::Export,
) -> Result<Vec<u8>, jalons::export::ExportError> {
    let revisions = jalons::export::Revisions::new(IDENTITY);
    let cx = jalons::export::Context::fixed(today(), lang, &revisions);
    jalons::export::render(plan, &cx, what)
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

/// Text that tries everything: iCalendar, CSV, Markdown and HTML specials, a formula,
/// terminal escapes, a bidi override, accents.
pub const HOSTILE_TITLE: &str = "Café; « test », back\\slash <b>gras</b> | *étoile* \
     \u{1b}[31mrouge\u{1b}[0m & \"guillemets\"";
pub const HOSTILE_NOTES: &str = "=SUM(A1)\nligne 2, virgule; point-virgule\r\nfin\u{202e}";
/// What a file holds of them once unescaped: the escapes shown by symbol, line breaks as
/// `\n`, the override kept and closed where the text ends.
pub const HOSTILE_TITLE_KEPT: &str = "Café; « test », back\\slash <b>gras</b> | *étoile* \
     \u{241b}[31mrouge\u{241b}[0m & \"guillemets\"";
pub const HOSTILE_NOTES_KEPT: &str =
    "=SUM(A1)\nligne 2, virgule; point-virgule\nfin\u{202e}\u{202c}";

/// The built-in roadmap with trips scheduled, some work done, and one hostile action.
pub fn scheduled() -> Plan {
    let mut plan = jalons::builtin::roadmap();
    let trip = |plan: &mut Plan, id: &str| {
        plan.trips
            .iter()
            .position(|t| t.id == id)
            .unwrap_or_else(|| panic!("no trip {id}"))
    };
    let ny = trip(&mut plan, "new-york");
    plan.trips[ny].start = Some(day("2014-10-20"));
    plan.trips[ny].end = Some(day("2014-10-24"));
    plan.trips[ny].status = TripStatus::Confirmed;
    plan.trips[ny].checklist[0].done_on = Some(day("2014-09-01"));
    plan.trips[ny].checklist[1].done_on = Some(day("2014-09-10"));
    let rome = trip(&mut plan, "rome");
    plan.trips[rome].start = Some(day("2014-11-05"));
    plan.trips[rome].end = Some(day("2014-11-06"));
    plan.trips[rome].status = TripStatus::Preparing;
    let madrid = trip(&mut plan, "madrid");
    plan.trips[madrid].start = Some(day("2014-09-18"));
    plan.trips[madrid].status = TripStatus::Cancelled;
    let berlin = trip(&mut plan, "berlin");
    plan.trips[berlin].start = Some(day("2014-06-10"));
    plan.trips[berlin].end = Some(day("2014-06-11"));
    plan.trips[berlin].status = TripStatus::Done;

    let action = |plan: &Plan, id: &str| {
        plan.actions
            .iter()
            .position(|a| a.id == id)
            .unwrap_or_else(|| panic!("no action {id}"))
    };
    let a = action(&plan, "a-madrid");
    plan.actions[a].status = Status::Done {
        on: day("2014-09-12"),
    };
    let a = action(&plan, "a-aimf-bureau");
    plan.actions[a].status = Status::Done {
        on: day("2014-07-01"),
    };
    let a = action(&plan, "a-cglu-grands-axes");
    plan.actions[a].status = Status::InProgress;
    let a = action(&plan, "a-cglu-echeances");
    plan.actions[a].status = Status::Blocked;
    plan.actions.push(Action {
        source: None,
        start: None,
        id: "a-hostile".to_owned(),
        objective: "o-aimf-dakar".to_owned(),
        title: HOSTILE_TITLE.to_owned(),
        owner: "d-europe".to_owned(),
        co_owners: vec!["d-ri-francophonie".to_owned()],
        due: Some(day("2014-09-18")),
        status: Status::Todo,
        notes: HOSTILE_NOTES.to_owned(),
        trip: Some("new-york".to_owned()),
        checkins: Vec::new(),
    });
    assert!(
        jalons::domain::validate(&plan).is_empty(),
        "the scheduled fixture is valid"
    );
    plan
}

/// `scheduled()` with check-ins: Madrid done after a check-in at risk, the UCUE's strategy
/// in progress and on track, the Commission's meetings checked in long ago (stale), a
/// hostile check-in text, the UCUE objective declared on track (rosier than its actions) and
/// the Mayor's trips declared off track.
pub fn checked_in() -> Plan {
    use jalons::domain::{CheckIn, Health, insert_sorted};
    let mut plan = scheduled();
    let checkin = |id: &str, on: &str, health, text: &str, due: Option<&str>| CheckIn {
        id: id.to_owned(),
        on: day(on),
        by: "Camille Martin".to_owned(),
        health,
        text: text.to_owned(),
        due: due.map(day),
    };
    let mut add = |record: &str, c: CheckIn| {
        if let Some(a) = plan.actions.iter_mut().find(|a| a.id == record) {
            insert_sorted(&mut a.checkins, c);
        } else if let Some(o) = plan.objectives.iter_mut().find(|o| o.id == record) {
            insert_sorted(&mut o.checkins, c);
        } else {
            panic!("no record {record}");
        }
    };
    add(
        "a-madrid",
        checkin(
            "c-madrid",
            "2014-09-10",
            Health::AtRisk,
            "Ambassade injoignable",
            None,
        ),
    );
    add(
        "a-ucue-elements-strategiques",
        checkin(
            "c-ucue",
            "2014-09-12",
            Health::OnTrack,
            "Secrétariat de l'UCUE vu ; proposition attendue",
            Some("2014-10-30"),
        ),
    );
    add(
        "a-commission-europeenne",
        checkin("c-commission", "2014-06-01", Health::OnTrack, "", None),
    );
    add(
        "a-hostile",
        checkin(
            "c-hostile",
            "2014-09-15",
            Health::OffTrack,
            HOSTILE_TITLE,
            None,
        ),
    );
    add(
        "o-ucue-rome",
        checkin(
            "c-o-ucue",
            "2014-09-15",
            Health::OnTrack,
            "Tout avance",
            None,
        ),
    );
    add(
        "o-voyages-maire",
        checkin(
            "c-o-voyages",
            "2014-09-14",
            Health::OffTrack,
            "Madrid annulé",
            None,
        ),
    );
    for a in &mut plan.actions {
        if a.id == "a-ucue-elements-strategiques" {
            a.status = Status::InProgress;
        }
    }
    assert!(
        jalons::domain::validate(&plan).is_empty(),
        "the checked-in fixture is valid"
    );
    plan
}

/// A temporary folder holding `roadmap.json` with `plan`.
pub struct Fixture {
    pub dir: TempDir,
    pub store: PathBuf,
}

impl Fixture {
    pub fn new(plan: &Plan) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = dir.path().join("roadmap.json");
        std::fs::write(&store, jalons::store::to_bytes(plan)).expect("store written");
        Self { dir, store }
    }

    pub fn builtin() -> Self {
        Self::new(&jalons::builtin::roadmap())
    }

    /// Makes the calendar the same on every run: the store saved at [`SAVED_AT`], and a
    /// ledger beside it with the identity [`IDENTITY`] and nothing exported yet.
    pub fn fixed_calendar(self) -> Self {
        let ledger = jalons::export::Revisions::new(IDENTITY);
        let path = jalons::export::revisions::path_for(&self.store);
        std::fs::write(path, ledger.to_bytes()).expect("ledger written");
        self.set_saved_at(SAVED_AT);
        self
    }

    /// Gives the store this modification time, as if saved then.
    pub fn set_saved_at(&self, at: &str) {
        let at: chrono::DateTime<chrono::Utc> = at.parse().expect("an instant");
        std::fs::File::options()
            .write(true)
            .open(&self.store)
            .expect("store opened")
            .set_modified(at.into())
            .expect("mtime set");
    }

    /// Runs `jalons --store … --today 2014-09-16 --lang fr ARGS…` in the folder.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_lang("fr", args)
    }

    pub fn run_lang(&self, lang: &str, args: &[&str]) -> Output {
        run_in(self.dir.path(), &self.store, lang, args)
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> Vec<u8> {
        let out = self.run(args);
        assert_success(&out, args);
        out.stdout
    }

    pub fn plan(&self) -> Plan {
        let bytes = std::fs::read(&self.store).expect("store readable");
        jalons::store::parse(&self.store, &bytes).expect("store valid")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

pub fn run_in(dir: &Path, store: &Path, lang: &str, args: &[&str]) -> Output {
    run_on(TODAY, dir, store, lang, args)
}

/// Runs the binary as of `today`.
pub fn run_on(today: &str, dir: &Path, store: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jalons"))
        .current_dir(dir)
        .env_remove("JALONS_STORE")
        .env_remove("JALONS_TODAY")
        .env_remove("JALONS_LANG")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .env("TZ", PARIS)
        .arg("--store")
        .arg(store)
        .args(["--today", today, "--lang", lang])
        .args(args)
        .output()
        .expect("the binary runs")
}

pub fn assert_success(out: &Output, args: &[&str]) {
    assert!(
        out.status.success(),
        "jalons {args:?} failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}
