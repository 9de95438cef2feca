//! Check-ins in the store: a version 2 store read and written as version 3, version 3 read
//! back as written, equal sets of check-ins written as equal bytes whatever order they came
//! in, and two advisers' check-ins on one action both kept when their saves meet.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use jalons::builtin;
use jalons::domain::{CheckIn, Health, Op, Plan, apply};
use jalons::store::{self, Store};
use pretty_assertions::assert_eq;
use tempfile::TempDir;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

fn checkin(id: &str, on: &str, health: Health, text: &str) -> CheckIn {
    CheckIn {
        id: id.to_owned(),
        on: day(on),
        by: "Camille Martin".to_owned(),
        health,
        text: text.to_owned(),
        due: Some(day("2014-10-30")),
    }
}

fn stored(plan: &Plan) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::write(&path, store::to_bytes(plan)).unwrap();
    (dir, path)
}

fn on_disk(path: &Path) -> Plan {
    Store::open(path).expect("a valid store").1
}

/// The built-in roadmap as a jalons of schema 2 wrote it: no check-ins, no threshold.
fn version_2() -> String {
    let text = String::from_utf8(store::to_bytes(&builtin::roadmap())).unwrap();
    let text = text
        .replacen("\"schema_version\": 3,", "\"schema_version\": 2,", 1)
        .replacen("  \"checkin_weeks\": 4,\n", "", 1);
    assert!(!text.contains("checkin"));
    text
}

#[test]
fn a_version_2_store_is_read_with_the_default_threshold_and_saved_as_version_3() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    fs::write(&path, version_2()).unwrap();
    let (mut s, mut plan) = Store::open(&path).unwrap();
    assert_eq!(plan.schema_version, 3);
    assert_eq!(plan.checkin_weeks, 4);
    let record = plan.actions[0].id.clone();
    let op = Op::AddCheckIn {
        record: record.clone(),
        checkin: checkin("c-2014-09-16-k3f9", "2014-09-16", Health::AtRisk, "UCUE"),
    };
    apply(&mut plan, &op).unwrap();
    s.save(&plan, &[op]).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\"schema_version\": 3,\n"),
        "written as version 3"
    );
    assert!(text.contains("\n  \"checkin_weeks\": 4,\n"));
    assert!(
        text.contains("\"health\": \"at-risk\""),
        "kebab-case health"
    );
    let back = on_disk(&path);
    assert_eq!(back, plan);
    // Everything the version 2 store held is still there.
    let mut without = back.clone();
    without.actions[0].checkins.clear();
    assert_eq!(without, builtin::roadmap());
}

#[test]
fn a_version_3_store_reads_back_exactly_as_written() {
    let mut plan = builtin::roadmap();
    plan.checkin_weeks = 6;
    plan.actions[2].checkins = vec![
        checkin(
            "c-1",
            "2014-09-01",
            Health::OnTrack,
            "Réunion tenue\navec le secrétariat",
        ),
        checkin("c-2", "2014-09-10", Health::OffTrack, "Rome annulée"),
    ];
    plan.objectives[1].checkins = vec![checkin("c-o", "2014-09-12", Health::AtRisk, "")];
    let (_dir, path) = stored(&plan);
    let back = on_disk(&path);
    assert_eq!(back, plan);
    assert_eq!(store::to_bytes(&back), fs::read(&path).unwrap());
}

#[test]
fn equal_sets_of_check_ins_are_equal_bytes_whatever_their_order() {
    let a = checkin("c-a", "2014-09-10", Health::OnTrack, "a");
    let b = checkin("c-b", "2014-09-10", Health::AtRisk, "b");
    let c = checkin("c-c", "2014-08-01", Health::OffTrack, "c");
    let record = builtin::roadmap().actions[5].id.clone();
    let mut texts = Vec::new();
    for order in [[&a, &b, &c], [&c, &b, &a], [&b, &a, &c]] {
        let mut plan = builtin::roadmap();
        for checkin in order {
            let op = Op::AddCheckIn {
                record: record.clone(),
                checkin: checkin.clone(),
            };
            apply(&mut plan, &op).unwrap();
        }
        texts.push(store::to_bytes(&plan));
    }
    assert!(texts.windows(2).all(|w| w[0] == w[1]));
    // A hand edit that lists them out of order is read in order, and written so.
    let mut plan = builtin::roadmap();
    plan.actions[5].checkins = vec![b.clone(), c.clone(), a.clone()];
    let (_dir, path) = stored(&plan);
    let (mut s, mut read) = Store::open(&path).unwrap();
    let ids: Vec<&str> = read.actions[5]
        .checkins
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["c-c", "c-a", "c-b"]);
    let op = Op::DeleteCheckIn {
        record: record.clone(),
        id: "c-a".to_owned(),
    };
    apply(&mut read, &op).unwrap();
    s.save(&read, &[op]).unwrap();
    let mut expected = builtin::roadmap();
    expected.actions[5].checkins = vec![c, b];
    assert_eq!(fs::read(&path).unwrap(), store::to_bytes(&expected));
}

#[test]
fn two_advisers_check_ins_on_one_action_are_both_kept() {
    let (_dir, path) = stored(&builtin::roadmap());
    let (mut camille, mut plan_c) = Store::open(&path).unwrap();
    let (mut bruno, mut plan_b) = Store::open(&path).unwrap();
    let record = plan_c.actions[0].id.clone();
    let mine = Op::AddCheckIn {
        record: record.clone(),
        checkin: checkin("c-2014-09-16-aaaa", "2014-09-16", Health::AtRisk, "Camille"),
    };
    let theirs = Op::AddCheckIn {
        record: record.clone(),
        checkin: checkin("c-2014-09-15-bbbb", "2014-09-15", Health::OnTrack, "Bruno"),
    };
    apply(&mut plan_c, &mine).unwrap();
    camille.save(&plan_c, &[mine]).unwrap();
    apply(&mut plan_b, &theirs).unwrap();
    let saved = bruno.save(&plan_b, &[theirs]).unwrap();
    assert!(saved.conflicts.is_empty(), "{:?}", saved.conflicts);
    let back = on_disk(&path);
    let ids: Vec<&str> = back.actions[0]
        .checkins
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["c-2014-09-15-bbbb", "c-2014-09-16-aaaa"]);
    assert_eq!(saved.merged.as_ref(), Some(&back));
}

#[test]
fn a_check_in_is_never_edited_only_added_or_deleted_and_undone() {
    let mut plan = builtin::roadmap();
    let record = plan.objectives[0].id.clone();
    let add = Op::AddCheckIn {
        record: record.clone(),
        checkin: checkin("c-1", "2014-09-16", Health::OnTrack, "ok"),
    };
    let undo = apply(&mut plan, &add).unwrap();
    assert_eq!(
        undo,
        Op::DeleteCheckIn {
            record: record.clone(),
            id: "c-1".to_owned()
        }
    );
    // The same ID again is refused: a correction is a new check-in.
    assert!(apply(&mut plan, &add).is_err());
    let redo = apply(&mut plan, &undo).unwrap();
    assert_eq!(redo, add);
    assert!(plan.objectives[0].checkins.is_empty());
    // Only actions and objectives take check-ins.
    let on_trip = Op::AddCheckIn {
        record: plan.trips[0].id.clone(),
        checkin: checkin("c-2", "2014-09-16", Health::OnTrack, ""),
    };
    assert!(apply(&mut plan, &on_trip).is_err());
}

/// Saves after the first write only the records an operation touched: an action checked
/// in (or its check-in deleted) is written again, and the file is byte for byte the store
/// written whole.
#[test]
fn saves_of_check_ins_write_the_bytes_of_the_whole_store() {
    let (_dir, path) = stored(&builtin::roadmap());
    let (mut s, mut plan) = Store::open(&path).unwrap();
    let action = plan.actions[3].id.clone();
    let objective = plan.objectives[2].id.clone();
    let ops = [
        Op::SetActionStatus {
            id: plan.actions[0].id.clone(),
            status: jalons::domain::Status::InProgress,
        },
        Op::AddCheckIn {
            record: action.clone(),
            checkin: checkin("c-1", "2014-09-15", Health::AtRisk, "un"),
        },
        Op::AddCheckIn {
            record: objective.clone(),
            checkin: checkin("c-2", "2014-09-16", Health::OnTrack, "deux"),
        },
        Op::AddCheckIn {
            record: action.clone(),
            checkin: checkin("c-0", "2014-09-01", Health::OnTrack, "zéro"),
        },
        Op::DeleteCheckIn {
            record: action,
            id: "c-1".to_owned(),
        },
    ];
    for op in ops {
        apply(&mut plan, &op).unwrap();
        s.save(&plan, std::slice::from_ref(&op)).unwrap();
        assert!(
            fs::read(&path).unwrap() == store::to_bytes(&plan),
            "after {op:?}"
        );
    }
}
