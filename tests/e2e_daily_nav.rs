//! End to end, the adviser's daily path in the real binary: a trip's dates edited on screen 3
//! keep it selected while the list re-sorts, `Ctrl-o` comes back from the owner box and
//! `Ctrl-n` goes forward again, and a new trip gets its first traveller (issue #12).

#[path = "support/app.rs"]
mod app;
#[path = "support/pty.rs"]
mod pty;

use app::{Place, wait_for_roadmap};
use pty::{PATIENCE, Pty, focused_row};

const CTRL_O: &[u8] = b"\x0f";
const CTRL_N: &[u8] = b"\x0e";

/// The focused list's title and its row marked `▶`, once it is `want` (a part of the row).
fn wait_focused(pty: &mut Pty, title: &str, want: &str) -> String {
    pty.wait_for(
        &format!("{want:?} selected in {title:?}"),
        PATIENCE,
        |screen, _| {
            let (t, row) = focused_row(screen)?;
            (t == title && row.contains(want)).then_some(row)
        },
    )
}

/// The status bar (the last line but one) once it says `what`.
fn wait_status(pty: &mut Pty, what: &str) {
    pty.wait_for(
        &format!("{what:?} in the status bar"),
        PATIENCE,
        |screen, _| {
            let (rows, cols) = screen.size();
            let status = screen.rows(0, cols).nth(usize::from(rows) - 2)?;
            status.contains(what).then_some(())
        },
    );
}

fn quit(pty: &mut Pty) {
    pty.send(b"q");
    let status = pty.wait_exit(PATIENCE);
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !pty::contains(&pty.raw(), b"panicked"),
        "the program panicked"
    );
}

#[test]
fn new_yorks_dates_edited_at_80x24_keep_new_york_selected() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 80, 24);
    wait_for_roadmap(&mut pty);
    pty.send(b"3jj");
    wait_focused(&mut pty, "Déplacements", "New York");
    pty.send(b"e");
    pty.wait_for_text(&["New York"]);
    pty.send(b"\t\t+2s\r");
    wait_status(&mut pty, "Enregistré");
    // Dated, New York is first now; the selection went with it, not onto Berlin.
    let row = wait_focused(&mut pty, "Déplacements", "New York");
    assert!(!row.contains("Berlin"), "{row}");
    let first = pty.with_screen(vt100::Screen::contents);
    let list: Vec<&str> = first.lines().filter(|l| l.contains(" — ")).collect();
    assert!(
        list.first().is_some_and(|l| l.contains("New York")),
        "New York first: {first}"
    );
    quit(&mut pty);
    let store: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&place.store).unwrap()).unwrap();
    let ny = store["trips"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "new-york")
        .unwrap();
    assert_eq!(ny["start"], "2014-05-30", "+2s from 16 May 2014");
}

#[test]
fn ctrl_o_comes_back_from_the_owner_box_and_ctrl_n_goes_forward() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 120, 40);
    wait_for_roadmap(&mut pty);
    // Horizons → objectives → actions → the detail (the owner box), then on to its owner.
    pty.send(b"llj");
    wait_focused(&mut pty, "Actions", "Faire s'incarner");
    pty.send(b"l");
    // The detail has the keyboard: the action keeps an unfocused mark.
    pty.wait_for_text(&["│› ○ Faire s'incarner", "┌ Porteur"]);
    // The screen as it stands on the owner box, bars aside.
    let body = |screen: &vt100::Screen| -> String {
        let (rows, cols) = screen.size();
        let lines: Vec<String> = screen.rows(0, cols).collect();
        lines[..usize::from(rows) - 2].join("\n")
    };
    let before = pty.with_screen(body);
    pty.send(b"l");
    pty.wait_for_text(&["[2 Délégations"]);
    let owner = wait_focused(&mut pty, "Délégations", "");
    pty.send(CTRL_O);
    // Back on the roadmap exactly as it was: the same action, its owner box in focus.
    pty.wait_for("the roadmap as it was", PATIENCE, |screen, _| {
        (body(screen) == before).then_some(())
    });
    pty.send(CTRL_N);
    pty.wait_for_text(&["[2 Délégations"]);
    let again = wait_focused(&mut pty, "Délégations", "");
    assert_eq!(again, owner);
    quit(&mut pty);
}

#[test]
fn a_new_trip_gets_its_first_traveller_from_composition() {
    let place = Place::new();
    let mut pty = place.spawn("fr", 120, 40);
    wait_for_roadmap(&mut pty);
    pty.send(b"3a");
    pty.wait_for_text(&["Destination"]);
    pty.send(b"Lisbonne\r");
    wait_status(&mut pty, "Enregistré");
    wait_focused(&mut pty, "Déplacements", "Lisbonne");
    pty.send(b"lG");
    wait_focused(
        &mut pty,
        "Lisbonne",
        "Personne d'inscrit · a\u{a0}: ajouter un voyageur",
    );
    pty.send(b"a");
    pty.wait_for_text(&["Nom"]);
    pty.send(b"Anne Hidalgo\r");
    wait_status(&mut pty, "Enregistré");
    wait_focused(&mut pty, "Lisbonne", "Anne Hidalgo");
    quit(&mut pty);
    let store: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&place.store).unwrap()).unwrap();
    let lisbon = store["trips"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["destination"] == "Lisbonne")
        .expect("the new trip in the store");
    assert_eq!(lisbon["members"][0]["name"], "Anne Hidalgo");
}
