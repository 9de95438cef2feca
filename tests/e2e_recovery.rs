//! End to end, nothing lost: quitting or being stopped while the store cannot be written
//! (its folder replaced by a file, or the store by a folder: writes fail for root too) keeps
//! the changes in a recovery file, says where, exits non-zero; the next start offers them.

#[path = "support/app.rs"]
mod app;
#[path = "support/pty.rs"]
mod pty;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use app::{Place, TODAY, done_on, kill, wait_for_roadmap};
use pty::{PATIENCE, Pty, contains};
use serde_json::Value;

/// The operations a recovery file holds, checked private.
fn recovered_ops(path: &Path) -> Vec<Value> {
    let mode = fs::metadata(path).expect("the file").permissions().mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "{} is readable by others",
        path.display()
    );
    let text = fs::read_to_string(path).expect("read it");
    let json: Value = serde_json::from_str(&text).expect("JSON");
    json["ops"].as_array().expect("ops").clone()
}

/// The ID of the action a `set_action_status` operation marks done today.
fn done_id(op: &Value) -> String {
    assert_eq!(op["op"], "set_action_status", "{op}");
    assert_eq!(
        op["status"],
        serde_json::json!({"state": "done", "on": TODAY})
    );
    op["id"].as_str().expect("an id").to_owned()
}

/// The screen's text with its lines joined: messages wrap at the edge.
fn joined(pty: &Pty) -> String {
    pty.screen().replace('\n', "")
}

/// Ticks the first action while the store cannot be written, and waits for the refusal.
fn tick_unsaved(pty: &mut Pty, refused: &str) {
    pty.send(b"ll ");
    pty.wait_for_text(&[refused]);
}

#[test]
fn q_while_the_store_cannot_be_written_asks_keeps_the_change_and_the_next_start_applies_it() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 80, 24);
    wait_for_roadmap(&mut pty);
    place.break_folder();
    tick_unsaved(&mut pty, "Non enregistré");

    // `q` tries once more, then asks in plain words: how many, why, and what now.
    pty.send(b"q");
    pty.wait_for_text(&[
        "Modifications non enregistrées",
        "1 modification n'est pas enregistrée",
        "Raison",
        "réessayer d'enregistrer",
        "quitter, les garder dans un fichier",
        "annuler, rester dans jalons",
    ]);
    // ENOTDIR, in the adviser's words (wrapped in the box, so in part).
    let reason = joined(&pty);
    assert!(reason.contains("n'est pas un dossier"), "{reason}");
    assert!(!reason.contains("os error"), "{reason}");
    // Trying again fails again: the question stays.
    let frames = pty.frames();
    pty.send(b"r");
    pty.wait_for_frame(frames + 1);
    pty.wait_for_text(&["1 modification n'est pas enregistrée"]);
    assert!(pty.try_status().is_none(), "left on a failed retry");

    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert_eq!(status.exit_code(), 1, "changes left unsaved: {status:?}");
    // Not beside the store (its folder is a file): in the data folder, and stderr says so.
    let files = Place::recovery_files(&place.data_recovery_dir());
    assert_eq!(files.len(), 1, "{files:?}");
    let ops = recovered_ops(&files[0]);
    assert_eq!(ops.len(), 1, "{ops:?}");
    let id = done_id(&ops[0]);
    let told = joined(&pty);
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        told.contains("gardée dans ~/.local/share/jalons/recovery/"),
        "{told}"
    );
    assert!(told.contains(&name), "{told}");
    assert!(told.contains("pas à côté du fichier"), "{told}");
    assert!(!contains(&pty.raw(), b"panicked"));
    drop(pty);

    // The folder is back: the next start offers the change, and applying it saves it.
    place.mend_folder();
    assert!(done_on(&place.store_json(), TODAY).is_empty());
    let mut pty = place.spawn("fr", 80, 24);
    pty.wait_for_text(&[
        "Modifications non enregistrées la dernière fois",
        "L'appliquer",
    ]);
    pty.send(b"o");
    pty.wait_for_text(&["Enregistré", "1 modification récupérée"]);
    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status:?}");
    assert_eq!(done_on(&place.store_json(), TODAY), [id]);
    let left = Place::recovery_files(&place.data_recovery_dir());
    assert!(left.is_empty(), "applied and saved, still there: {left:?}");
}

#[test]
fn in_english_a_store_turned_folder_keeps_the_change_beside_it_and_not_now_keeps_the_file() {
    let place = Place::new();
    let mut pty = place.spawn("en", 80, 24);
    wait_for_roadmap(&mut pty);
    let bytes = fs::read(&place.store).expect("the store");
    fs::remove_file(&place.store).expect("remove the store");
    fs::create_dir(&place.store).expect("a folder in its place");
    tick_unsaved(&mut pty, "Not saved");

    pty.send(b"q");
    pty.wait_for_text(&[
        "Changes not saved",
        "1 change is not saved",
        "Why:",
        "try saving again",
        "quit, keep them in a recovery file",
        "cancel, stay in jalons",
    ]);
    // Esc stays; a later `q` asks again; Ctrl-C there keeps and quits.
    pty.send(b"\x1b");
    pty.wait_for("the question closed", PATIENCE, |screen, _| {
        (!screen.contents().contains("1 change is not saved")).then_some(())
    });
    assert!(pty.try_status().is_none());
    pty.send(b"q");
    pty.wait_for_text(&["1 change is not saved"]);
    pty.send(b"\x03");
    let status = pty.wait_exit(PATIENCE);
    assert_eq!(status.exit_code(), 1, "{status:?}");
    let beside = place.store.with_file_name("roadmap.json.recovery.json");
    assert_eq!(recovered_ops(&beside).len(), 1);
    let told = joined(&pty);
    assert!(
        told.contains("1 change not saved, kept in") && told.contains("roadmap.json.recovery.json"),
        "{told}"
    );
    drop(pty);

    fs::remove_dir(&place.store).expect("the folder away");
    fs::write(&place.store, &bytes).expect("the store back");
    // The command line mentions it.
    let check = place
        .cli(&["--lang", "en", "check"])
        .output()
        .expect("check");
    assert!(check.status.success(), "{check:?}");
    let said = String::from_utf8(check.stdout).expect("UTF-8");
    assert!(
        said.contains("roadmap.json.recovery.json: 1 change not saved in an earlier session"),
        "{said}"
    );

    // Not now: the file stays, and the status bar says where.
    let mut pty = place.spawn("en", 80, 24);
    pty.wait_for_text(&["Changes not saved last time", "Apply it to the"]);
    pty.send(b"n");
    pty.wait_for_text(&["Recovery file kept for later"]);
    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status:?}");
    assert!(beside.exists());
    assert!(done_on(&place.store_json(), TODAY).is_empty());
}

#[test]
fn sigterm_while_the_store_cannot_be_written_keeps_the_change_and_says_where() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 100, 30);
    wait_for_roadmap(&mut pty);
    place.break_folder();
    tick_unsaved(&mut pty, "Non enregistré");

    kill(pty.pid(), "TERM");
    let status = pty.wait_exit(Duration::from_secs(2));
    assert_eq!(status.signal(), None, "ended by itself: {status:?}");
    assert_eq!(status.exit_code(), 128 + 15, "{status:?}");
    let files = Place::recovery_files(&place.data_recovery_dir());
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(recovered_ops(&files[0]).len(), 1);
    let told = joined(&pty);
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        told.contains("1 modification non enregistrée, gardée dans"),
        "{told}"
    );
    assert!(told.contains(&name), "{told}");
    assert_eq!(pty.cooked(), Some(true));
    assert!(!contains(&pty.raw(), b"panicked"));
}
