//! End to end, keys never wait for the disk: a save is written on a thread of its own. With a
//! disk made slow (`JALONS_WRITE_DELAY_MS`: each write holds the lock that long before it
//! starts), the screen answers keys while the file does not hold the change yet; changes
//! made meanwhile are saved next; quitting or a SIGTERM waits for the write and loses nothing.

#[path = "support/app.rs"]
mod app;
#[path = "support/pty.rs"]
mod pty;

use std::time::Duration;

use app::{BIN, Place, TODAY, done_on, kill, wait_for_roadmap, wait_until};
use pty::{PATIENCE, Pty, focused_row};

/// Long enough that a key answered before the write ends did not wait for it.
const SLOW: u64 = 2_000;

fn spawn_slow(place: &Place) -> Pty {
    let mut cmd = place.command(&["-c", "exec \"$0\" \"$@\"", BIN]);
    cmd.arg("--store");
    cmd.arg(&place.store);
    cmd.args(["--today", TODAY, "--lang", "fr"]);
    cmd.env("JALONS_WRITE_DELAY_MS", SLOW.to_string());
    Pty::spawn(cmd, 100, 30)
}

/// The row focused in the Actions column, once there is one.
fn focused_action(pty: &mut Pty) -> String {
    pty.wait_for("an action focused", PATIENCE, |screen, _| {
        focused_row(screen).and_then(|(column, row)| (column == "Actions").then_some(row))
    })
}

/// A row without its status glyph.
fn title(row: &str) -> &str {
    row.split_once(' ').map_or(row, |(_, title)| title)
}

fn done_today(place: &Place) -> Vec<String> {
    done_on(&place.store_json(), TODAY)
}

#[test]
fn keys_answer_while_a_save_is_written_and_what_they_change_is_saved_next() {
    let place = Place::new();
    let mut pty = spawn_slow(&place);
    wait_for_roadmap(&mut pty);
    pty.send(b"ll");
    let first = focused_action(&mut pty);

    pty.send(b" ");
    pty.wait_for("the tick drawn", PATIENCE, |screen, _| {
        focused_row(screen).filter(|(_, row)| *row != first)
    });
    // The next key moves the selection at once, while the write still waits on the disk.
    pty.send(b"j");
    let second = pty.wait_for("the selection moved", PATIENCE, |screen, _| {
        focused_row(screen)
            .map(|(_, row)| row)
            .filter(|row| title(row) != title(&first))
    });
    assert!(
        done_today(&place).is_empty(),
        "the key waited for the save: the file already holds the tick"
    );
    assert!(
        !pty.screen().contains("Enregistré"),
        "said saved before the write ended:\n{}",
        pty.screen()
    );
    // A second tick while the first is being written: saved right after it.
    pty.send(b" ");
    pty.wait_for("the second tick drawn", PATIENCE, |screen, _| {
        focused_row(screen).filter(|(_, row)| *row != second)
    });
    pty.wait_for_text(&["Enregistré"]);
    wait_until(
        "both ticks in the file",
        Duration::from_millis(3 * SLOW) + PATIENCE,
        || done_today(&place).len() == 2,
    );
    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status:?}");
    assert_eq!(done_today(&place).len(), 2);
    assert!(Place::recovery_files(place.store.parent().unwrap()).is_empty());
}

#[test]
fn q_during_a_write_waits_for_it_and_leaves_with_everything_saved() {
    let place = Place::new();
    let mut pty = spawn_slow(&place);
    wait_for_roadmap(&mut pty);
    pty.send(b"ll");
    focused_action(&mut pty);
    pty.send(b" j ");
    pty.send(b"q");
    let status = pty.wait_exit(Duration::from_millis(3 * SLOW) + PATIENCE);
    assert!(status.success(), "{status:?}");
    assert_eq!(done_today(&place).len(), 2, "a tick lost on the way out");
    assert!(Place::recovery_files(place.store.parent().unwrap()).is_empty());
    assert!(Place::recovery_files(&place.data_recovery_dir()).is_empty());
}

#[test]
fn sigterm_during_a_write_waits_for_it_and_the_change_is_in_the_file() {
    let place = Place::new();
    let mut pty = spawn_slow(&place);
    wait_for_roadmap(&mut pty);
    pty.send(b"ll");
    let first = focused_action(&mut pty);
    pty.send(b" ");
    pty.wait_for("the tick drawn", PATIENCE, |screen, _| {
        focused_row(screen).filter(|(_, row)| *row != first)
    });
    assert!(done_today(&place).is_empty(), "written before the delay");
    kill(pty.pid(), "TERM");
    let status = pty.wait_exit(Duration::from_millis(SLOW) + PATIENCE);
    assert_eq!(status.exit_code(), 128 + 15, "{status:?}");
    assert_eq!(
        done_today(&place).len(),
        1,
        "the tick being written was lost"
    );
}
