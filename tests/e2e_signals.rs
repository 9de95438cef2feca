//! End to end, the terminal on every way out: SIGQUIT, Ctrl-Z and `fg`, a terminal closed
//! under a running interface, and no terminal at all. Each checks what the adviser's shell
//! gets back, the process's state in /proc, and the store.

#[path = "support/app.rs"]
mod app;
#[path = "support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use app::{
    BANNER, Place, TODAY, after_leaving, assert_modes_off, assert_restored, done_on, kill,
    proc_stat, ticks_per_second, wait_for_roadmap, wait_until,
};
use pty::{ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, PATIENCE, contains};

#[test]
fn sigquit_gives_the_terminal_back_and_exits_non_zero() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 100, 30);
    wait_for_roadmap(&mut pty);
    assert_eq!(pty.cooked(), Some(false), "raw mode while running");

    kill(pty.pid(), "QUIT");
    let status = pty.wait_exit(Duration::from_secs(2));
    assert_eq!(status.signal(), None, "no core dump: {status:?}");
    assert_eq!(status.exit_code(), 128 + 3, "{status:?}");
    assert_eq!(pty.cooked(), Some(true), "the shell gets a cooked terminal");
    let raw = pty.raw();
    assert_restored(&raw);
    assert_modes_off(&raw);
    // The shell's screen, as it was before jalons.
    let screen = pty.screen();
    assert!(screen.contains(BANNER), "{screen}");
    assert!(!screen.contains("Horizons"), "{screen}");
}

#[test]
fn sigtstp_and_ctrl_z_stop_the_process_and_fg_redraws_the_whole_screen() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 100, 30);
    wait_for_roadmap(&mut pty);
    let pid = pty.pid();
    for ctrl_z_key in [false, true] {
        let how = if ctrl_z_key { "Ctrl-Z" } else { "SIGTSTP" };
        let before = pty.raw().len();
        if ctrl_z_key {
            pty.send(b"\x1a");
        } else {
            kill(pid, "TSTP");
        }
        wait_until(&format!("stopped by {how}"), PATIENCE, || {
            proc_stat(pid).is_some_and(|(state, _)| state == 'T')
        });
        // Stopped with the terminal given back: cooked, the shell's own screen, no mouse.
        assert_eq!(pty.cooked(), Some(true), "{how}: raw while stopped");
        pty.wait_for("the shell's screen", PATIENCE, |screen, raw| {
            let left = contains(&raw[before..], LEAVE_ALT_SCREEN);
            (left && screen.contents().contains(BANNER)).then_some(())
        });
        assert_modes_off(&pty.raw());

        let stopped = pty.raw().len();
        kill(pid, "CONT");
        // Drawn whole again, without a key: the text itself is sent anew, not only changes.
        pty.wait_for("the roadmap drawn again", PATIENCE, |screen, raw| {
            let since = &raw[stopped..];
            let again = contains(since, ENTER_ALT_SCREEN) && contains(since, b"Horizons");
            (again && screen.contents().contains("100 premiers jours")).then_some(())
        });
        assert_eq!(pty.cooked(), Some(false), "{how}: raw again after fg");
        assert!(proc_stat(pid).is_some_and(|(state, _)| state != 'T'));
        let frames = pty.frames();
        pty.send(b"j");
        pty.wait_for_frame(frames);
    }
    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status:?}");
    assert_restored(&pty.raw());
}

#[test]
fn a_closed_terminal_saves_what_is_pending_and_exits_within_a_second() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 100, 30);
    wait_for_roadmap(&mut pty);
    // A change the store cannot take for now, so that it is still pending at the end...
    place.break_folder();
    pty.send(b"ll ");
    pty.wait_for_text(&["Non enregistré"]);
    // ...and can take again by the time the terminal closes.
    place.mend_folder();
    assert!(done_on(&place.store_json(), TODAY).is_empty());

    let pid = pty.pid();
    let (_, cpu_before) = proc_stat(pid).expect("running");
    let closed = Instant::now();
    pty.hang_up(b"j");
    // Watched in /proc without reaping it: an exited process stays there as a zombie.
    let (cpu_after, took) = loop {
        match proc_stat(pid) {
            Some(('Z', cpu)) => break (cpu, closed.elapsed()),
            Some(_) => assert!(
                closed.elapsed() < Duration::from_secs(3),
                "still running 3 s after the terminal closed"
            ),
            None => panic!("reaped by someone else"),
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let cpu = Duration::from_millis((cpu_after - cpu_before) * 1000 / ticks_per_second());
    eprintln!("exited {took:?} after the terminal closed, using {cpu:?} of CPU");
    assert!(took < Duration::from_secs(1), "took {took:?} to exit");
    assert!(cpu < Duration::from_millis(300), "spun: {cpu:?} of CPU");
    let status = pty.wait_exit(PATIENCE);
    assert_eq!(status.signal(), None, "ended by itself: {status:?}");
    assert_eq!(status.exit_code(), 128 + 1, "{status:?}");

    let done = done_on(&place.store_json(), TODAY);
    assert_eq!(
        done.len(),
        1,
        "the pending change is in the store: {done:?}"
    );
    let left = Place::recovery_files(place.store.parent().unwrap());
    assert!(left.is_empty(), "saved, so nothing to recover: {left:?}");
    assert!(!contains(&pty.raw(), b"panicked"));
}

#[test]
fn without_a_terminal_the_interface_says_so_in_one_line_and_exits_2() {
    let place = Place::new();
    // Standard input not a terminal (CI runs so).
    let out = place
        .cli(&["--lang", "en"])
        .stdout(std::process::Stdio::piped())
        .output()
        .expect("run jalons");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("jalons: the interface needs a terminal"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
    assert!(
        !place.store.exists(),
        "no store created for an interface that did not run"
    );

    // Standard output not a terminal, input one: `jalons | cat` in a shell.
    let script = format!(
        "{{ \"$0\" --store '{}' --lang fr; echo \"status=$?\"; }} | cat",
        place.store.display()
    );
    let mut pty = pty::Pty::spawn(place.command(&["-c", &script, app::BIN]), 100, 30);
    pty.wait_for_text(&["status=2"]);
    let screen = pty.screen().replace('\n', "");
    assert!(
        screen.contains("l'interface a besoin d'un terminal"),
        "{screen}"
    );
    assert!(!contains(&pty.raw(), ENTER_ALT_SCREEN));
    assert!(!contains(&pty.raw(), b"panicked"));

    // The subcommands need none.
    let init = place.cli(&["init"]).output().expect("run init");
    assert!(init.status.success(), "{init:?}");
    let check = place.cli(&["check"]).output().expect("run check");
    assert!(check.status.success(), "{check:?}");
    // A store that reads fine changes nothing: still no terminal, still 2.
    let again = place.cli(&[]).output().expect("run jalons");
    assert_eq!(again.status.code(), Some(2), "{again:?}");
}

#[test]
fn left_alternate_screen_is_the_last_thing_after_a_plain_quit() {
    // The counterpart of the signal tests: `q` with nothing pending exits 0, modes off.
    let place = Place::new();
    let mut pty = place.spawn("en", 80, 24);
    wait_for_roadmap(&mut pty);
    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert!(status.success(), "{status:?}");
    assert_eq!(pty.cooked(), Some(true));
    let raw = pty.raw();
    assert_modes_off(&raw);
    assert!(after_leaving(&raw).len() < 64);
}
