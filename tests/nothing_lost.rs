//! Nothing lost, nothing reverted: interfaces, the command line and hand edits interleaved on
//! one store, deterministically (each step is a call, no sleeps), one test per way a change
//! used to be lost. Each interface is a `Model` and a `Store`, driven the way the runtime
//! drives them: messages to `update`, saves carried out, idle reloads when nothing is pending.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use jalons::app::form::FieldName;
use jalons::app::{Cmd, Mode, Model, Msg, SaveReport, update};
use jalons::builtin;
use jalons::domain::{Action, Op, Plan, Record, Status, apply, validate};
use jalons::i18n::Lang;
use jalons::merge::ConflictKind;
use jalons::store::{self, Store, StoreError};
use pretty_assertions::assert_eq;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 9, 16).unwrap()
}

fn new_store() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.json");
    Store::create(&path, &builtin::roadmap()).unwrap();
    (dir, path)
}

fn on_disk(path: &Path) -> Plan {
    store::parse(path, &fs::read(path).unwrap()).expect("the file is a valid store")
}

fn action<'a>(plan: &'a Plan, id: &str) -> Option<&'a Action> {
    plan.actions.iter().find(|a| a.id == id)
}

/// An interface on the store, as the runtime runs it.
struct Interface {
    store: Store,
    model: Model,
}

impl Interface {
    fn open(path: &Path) -> Self {
        let (store, plan) = Store::open(path).unwrap();
        let model = Model::new(plan, today(), Lang::Fr, String::new());
        Self { store, model }
    }

    /// Sends messages; a save they ask for is left pending (see [`Interface::save`]).
    fn press(&mut self, msgs: &[Msg]) -> Cmd {
        msgs.iter()
            .fold(Cmd::None, |_, msg| update(&mut self.model, msg.clone()))
    }

    /// Sends messages and carries out the save they ask for, as the runtime does at once.
    fn send(&mut self, msgs: &[Msg]) {
        if self.press(msgs) == Cmd::Save {
            self.save();
        }
    }

    fn save(&mut self) {
        let saved = self
            .store
            .save(&self.model.plan, &self.model.pending)
            .expect("saved");
        let report = SaveReport {
            at: "10:42".into(),
            ops: usize::MAX,
            merged: saved.merged.map(Box::new),
            conflicts: saved.conflicts,
        };
        update(&mut self.model, Msg::Saved(Ok(report)));
    }

    /// The runtime's one-second watch: another instance's save is shown when nothing of ours
    /// is pending.
    fn watch(&mut self) {
        if self.model.pending.is_empty()
            && let Some(plan) = self.store.reload_if_changed().unwrap()
        {
            self.model.replan(Some(plan));
        }
    }

    /// The action selected on the roadmap.
    fn selected(&self) -> String {
        let m = &self.model;
        let a = m
            .roadmap
            .action_index(&m.plan, &m.index)
            .expect("an action");
        m.plan.actions[a].id.clone()
    }

    /// Opens the edit form of the selected action and replaces its title.
    fn retitle(&mut self, title: &str) {
        self.press(&[Msg::Edit]);
        assert!(matches!(self.model.mode, Mode::Form(_)), "the form is open");
        self.retype(title);
    }

    fn retype(&mut self, title: &str) {
        let Mode::Form(form) = &self.model.mode else {
            panic!("no form")
        };
        assert_eq!(form.fields[form.focus].name, FieldName::Title);
        self.press(&[ctrl('u')]);
        for c in title.chars() {
            self.press(&[Msg::Input(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE,
            ))]);
        }
    }

    fn notice(&self) -> String {
        self.model
            .notice
            .as_ref()
            .map(|n| n.text.clone())
            .unwrap_or_default()
    }
}

fn ctrl(c: char) -> Msg {
    Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// The command line's `jalons done ID`: open, apply, save.
fn cli_done(path: &Path, id: &str) {
    let (mut store, mut plan) = Store::open(path).unwrap();
    let op = Op::SetActionStatus {
        id: id.to_owned(),
        status: Status::Done { on: today() },
    };
    apply(&mut plan, &op).unwrap();
    store.save(&plan, &[op]).unwrap();
}

/// A hand edit in a text editor: the file rewritten (by rename, as editors save).
fn hand_edit(path: &Path, edit: impl FnOnce(&mut Plan)) {
    let mut plan = on_disk(path);
    edit(&mut plan);
    let tmp = path.with_extension("edited");
    fs::write(&tmp, store::to_bytes(&plan)).unwrap();
    fs::rename(&tmp, path).unwrap();
}

/// To the first objective's actions on the roadmap.
const TO_ACTIONS: [Msg; 2] = [Msg::Drill, Msg::Drill];

#[test]
fn an_idle_reload_then_a_save_keeps_what_the_command_line_and_a_hand_edit_saved() {
    let (_dir, path) = new_store();
    let mut ui = Interface::open(&path);
    ui.send(&TO_ACTIONS);
    let first = ui.selected();
    ui.send(&[Msg::ToggleDone]);
    let plan = on_disk(&path);
    let (b, c) = (plan.actions[20].id.clone(), plan.actions[30].id.clone());

    cli_done(&path, &b);
    hand_edit(&path, |plan| {
        plan.actions[30].title = "Titre corrigé à la main".into();
    });
    ui.watch();
    assert_eq!(
        action(&ui.model.plan, &c).unwrap().title,
        "Titre corrigé à la main"
    );

    ui.send(&[Msg::Down, Msg::ToggleDone]);
    let second = ui.selected();
    assert_ne!(first, second);
    let end = on_disk(&path);
    for id in [&first, &second, &b] {
        assert!(
            action(&end, id).unwrap().status.is_done(),
            "{id} done on disk"
        );
    }
    assert_eq!(action(&end, &c).unwrap().title, "Titre corrigé à la main");
}

#[test]
fn an_edit_form_and_a_tick_of_the_same_action_elsewhere_both_stay() {
    for reload_first in [false, true] {
        let (_dir, path) = new_store();
        let mut ui = Interface::open(&path);
        ui.send(&TO_ACTIONS);
        let x = ui.selected();
        ui.retitle("Titre revu");
        cli_done(&path, &x);
        if reload_first {
            // The watch shows the tick while the form is still open.
            ui.watch();
            assert!(action(&ui.model.plan, &x).unwrap().status.is_done());
        }
        ui.send(&[Msg::Submit]);
        let end = on_disk(&path);
        let a = action(&end, &x).unwrap();
        assert_eq!(a.title, "Titre revu", "reload first: {reload_first}");
        assert!(
            a.status.is_done(),
            "the tick kept (reload first: {reload_first})"
        );
        assert!(ui.model.conflicts.is_empty(), "{:?}", ui.model.conflicts);
        assert_eq!(ui.model.plan, end, "the interface shows what is on disk");
    }
}

#[test]
fn two_edits_of_one_title_keep_theirs_report_ours_and_m_takes_ours_back() {
    let (_dir, path) = new_store();
    let mut a = Interface::open(&path);
    let mut b = Interface::open(&path);
    a.send(&TO_ACTIONS);
    b.send(&TO_ACTIONS);
    let x = a.selected();
    b.retitle("Titre de B");
    b.send(&[Msg::Submit]);
    a.retitle("Titre de A");
    a.send(&[Msg::Submit]);

    assert_eq!(action(&on_disk(&path), &x).unwrap().title, "Titre de B");
    assert_eq!(a.model.conflicts.len(), 1);
    let conflict = &a.model.conflicts[0];
    assert_eq!(conflict.kind, ConflictKind::Field);
    assert_eq!(conflict.field.as_deref(), Some("title"));
    assert_eq!(
        conflict.title, "Titre de B",
        "named by its title, not its ID"
    );
    assert_eq!(conflict.mine, Some("Titre de A".into()));
    assert!(a.notice().contains("1 conflit"), "{}", a.notice());

    // C opens the review; m takes ours back, as a change saved like any other.
    a.send(&[Msg::Conflicts]);
    assert_eq!(a.model.mode, Mode::Conflicts { row: 0 });
    a.send(&[Msg::UseMine]);
    assert_eq!(action(&on_disk(&path), &x).unwrap().title, "Titre de A");
    assert!(a.model.conflicts.is_empty());
    assert_eq!(a.model.mode, Mode::Browse);
    // …and undoable.
    a.send(&[Msg::Undo]);
    assert_eq!(action(&on_disk(&path), &x).unwrap().title, "Titre de B");
}

/// An interface with the edit form of an action open, a new title typed, while another
/// instance deletes that action; with the action's ID and how many actions there were.
fn retitling_what_another_instance_deletes(path: &Path) -> (Interface, String, usize) {
    let mut ui = Interface::open(path);
    ui.send(&TO_ACTIONS);
    let x = ui.selected();
    let count = on_disk(path).actions.len();
    ui.retitle("Titre revu");
    let (mut other, mut plan) = Store::open(path).unwrap();
    let delete = Op::Delete { id: x.clone() };
    apply(&mut plan, &delete).unwrap();
    other.save(&plan, &[delete]).unwrap();
    (ui, x, count)
}

#[test]
fn a_form_open_on_an_action_deleted_elsewhere_never_brings_it_back_under_another_id() {
    let (_dir, path) = new_store();
    let (mut ui, _, count) = retitling_what_another_instance_deletes(&path);

    // Shown by the watch: submitting says it is gone and writes nothing.
    ui.watch();
    assert_eq!(ui.press(&[Msg::Submit]), Cmd::None);
    let Mode::Form(form) = &ui.model.mode else {
        panic!("the form stays open")
    };
    assert!(
        form.error
            .as_deref()
            .unwrap_or("")
            .contains("Supprimé entre-temps")
    );
    let end = on_disk(&path);
    assert_eq!(end.actions.len(), count - 1);
    assert!(!end.actions.iter().any(|a| a.title == "Titre revu"));
}

#[test]
fn an_edit_of_an_action_deleted_meanwhile_keeps_it_under_its_own_id_and_reports_it() {
    let (_dir, path) = new_store();
    let (mut ui, x, count) = retitling_what_another_instance_deletes(&path);

    // Not yet shown (the save merges): the edit keeps the action, under its ID.
    ui.send(&[Msg::Submit]);
    let end = on_disk(&path);
    assert_eq!(end.actions.len(), count);
    assert_eq!(action(&end, &x).unwrap().title, "Titre revu");
    assert_eq!(ui.model.conflicts.len(), 1);
    assert_eq!(ui.model.conflicts[0].kind, ConflictKind::DeleteVsEdit);
}

#[test]
fn an_undo_after_a_merge_undoes_only_our_own_change() {
    let (_dir, path) = new_store();
    let mut ui = Interface::open(&path);
    ui.send(&TO_ACTIONS);
    let x = ui.selected();
    let title = action(&ui.model.plan, &x).unwrap().title.clone();
    // Our tick waits to be saved while the command line renames the action.
    assert_eq!(ui.press(&[Msg::ToggleDone]), Cmd::Save);
    hand_edit(&path, |plan| {
        plan.actions.iter_mut().find(|a| a.id == x).unwrap().title = "Renommée".into();
    });
    ui.save();
    let end = on_disk(&path);
    assert!(action(&end, &x).unwrap().status.is_done());
    assert_eq!(action(&end, &x).unwrap().title, "Renommée");

    ui.send(&[Msg::Undo]);
    let end = on_disk(&path);
    assert_eq!(
        action(&end, &x).unwrap().status,
        Status::Todo,
        "our tick undone"
    );
    assert_eq!(
        action(&end, &x).unwrap().title,
        "Renommée",
        "their title kept"
    );
    assert_ne!(title, "Renommée");
}

#[test]
fn an_undo_never_overwrites_a_value_changed_since_and_says_so() {
    let (_dir, path) = new_store();
    let mut ui = Interface::open(&path);
    ui.send(&TO_ACTIONS);
    let x = ui.selected();
    ui.send(&[Msg::ToggleDone]);
    hand_edit(&path, |plan| {
        plan.actions.iter_mut().find(|a| a.id == x).unwrap().status = Status::Blocked;
    });
    ui.watch();
    ui.send(&[Msg::Undo]);
    assert_eq!(action(&on_disk(&path), &x).unwrap().status, Status::Blocked);
    assert_eq!(ui.model.conflicts.len(), 1);
    assert_eq!(ui.model.conflicts[0].field.as_deref(), Some("status"));
    assert!(ui.notice().contains("conflit"), "{}", ui.notice());
}

#[test]
fn a_merge_that_would_break_a_reference_brings_the_record_back() {
    for deleting_saves_first in [true, false] {
        let (_dir, path) = new_store();
        let (mut deleting, mut d_plan) = Store::open(&path).unwrap();
        let (mut adding, mut a_plan) = Store::open(&path).unwrap();
        let objective = d_plan.objectives[3].clone();
        let delete = Op::Delete {
            id: objective.id.clone(),
        };
        apply(&mut d_plan, &delete).unwrap();
        let mut new = a_plan.actions[0].clone();
        new.id = "a-nouvelle-x7k2".into();
        new.objective.clone_from(&objective.id);
        new.status = Status::Todo;
        let add = Op::Put {
            record: Record::Action(new),
            at: None,
        };
        apply(&mut a_plan, &add).unwrap();
        let conflicts = if deleting_saves_first {
            deleting.save(&d_plan, &[delete]).unwrap();
            adding.save(&a_plan, &[add]).unwrap().conflicts
        } else {
            adding.save(&a_plan, &[add]).unwrap();
            deleting.save(&d_plan, &[delete]).unwrap().conflicts
        };
        let end = on_disk(&path);
        assert!(validate(&end).is_empty());
        assert!(action(&end, "a-nouvelle-x7k2").is_some());
        assert!(end.objectives.iter().any(|o| o.id == objective.id));
        assert!(
            conflicts
                .iter()
                .any(|c| c.kind == ConflictKind::Resurrected && c.id == objective.id),
            "{conflicts:?}"
        );
    }
}

#[test]
fn two_instances_adding_an_action_with_one_title_keep_both() {
    let (_dir, path) = new_store();
    let mut a = Interface::open(&path);
    let mut b = Interface::open(&path);
    let before = on_disk(&path).actions.len();
    for ui in [&mut a, &mut b] {
        ui.send(&TO_ACTIONS);
        ui.press(&[Msg::Add]);
        ui.retype("Recevoir le maire de Porto");
        ui.send(&[Msg::Submit]);
    }
    let end = on_disk(&path);
    let added: Vec<&Action> = end
        .actions
        .iter()
        .filter(|a| a.title == "Recevoir le maire de Porto")
        .collect();
    assert_eq!(end.actions.len(), before + 2);
    assert_eq!(added.len(), 2);
    assert_ne!(added[0].id, added[1].id);
    assert!(added[0].id.starts_with("a-recevoir-le-maire-de-porto-"));
}

#[test]
fn two_records_created_under_one_id_are_both_kept_and_ours_is_renamed() {
    let (_dir, path) = new_store();
    let (mut first, mut f_plan) = Store::open(&path).unwrap();
    let (mut second, mut s_plan) = Store::open(&path).unwrap();
    let put = |plan: &mut Plan, title: &str| {
        let mut new = plan.actions[0].clone();
        new.id = "a-doublon".into();
        new.title = title.into();
        let op = Op::Put {
            record: Record::Action(new),
            at: None,
        };
        apply(plan, &op).unwrap();
        op
    };
    let op = put(&mut f_plan, "Premier");
    first.save(&f_plan, &[op]).unwrap();
    let op = put(&mut s_plan, "Second");
    let saved = second.save(&s_plan, &[op]).unwrap();
    let end = on_disk(&path);
    assert_eq!(action(&end, "a-doublon").unwrap().title, "Premier");
    assert_eq!(action(&end, "a-doublon-2").unwrap().title, "Second");
    assert_eq!(saved.conflicts.len(), 1);
    assert_eq!(saved.conflicts[0].kind, ConflictKind::IdCollision);
}

#[test]
fn three_instances_saving_in_turn_without_reloading_keep_every_change() {
    let (_dir, path) = new_store();
    let mut uis = [
        Interface::open(&path),
        Interface::open(&path),
        Interface::open(&path),
    ];
    let plan = on_disk(&path);
    let x = plan.actions[2].id.clone();
    let ids: Vec<String> = plan.actions[10..13].iter().map(|a| a.id.clone()).collect();
    // Each ticks an action of its own, and changes another field of the same action x.
    let edits: [fn(&mut Action); 3] = [
        |a| a.title = "Titre de A".into(),
        |a| a.notes = "Note de B".into(),
        |a| a.due = NaiveDate::from_ymd_opt(2015, 3, 1),
    ];
    for round in 0..2 {
        for (n, ui) in uis.iter_mut().enumerate() {
            let op = if round == 0 {
                Op::SetActionStatus {
                    id: ids[n].clone(),
                    status: Status::Done { on: today() },
                }
            } else {
                let before = action(&ui.model.plan, &x).unwrap().clone();
                let mut after = before.clone();
                edits[n](&mut after);
                Op::Edit {
                    before: Record::Action(before),
                    after: Record::Action(after),
                }
            };
            ui.model.apply(&op).unwrap();
            ui.model.pending.push(op);
            ui.save();
        }
    }
    let end = on_disk(&path);
    for id in &ids {
        assert!(action(&end, id).unwrap().status.is_done(), "{id}");
    }
    let a = action(&end, &x).unwrap();
    assert_eq!(
        (a.title.as_str(), a.notes.as_str(), a.due),
        (
            "Titre de A",
            "Note de B",
            NaiveDate::from_ymd_opt(2015, 3, 1)
        )
    );
    for ui in &uis {
        assert!(ui.model.conflicts.is_empty());
    }
    assert_eq!(uis[2].model.plan, end);
}

#[test]
fn a_plan_that_would_not_read_back_is_never_written() {
    let (_dir, path) = new_store();
    let (mut store, mut plan) = Store::open(&path).unwrap();
    let bytes = fs::read(&path).unwrap();
    plan.actions[0].owner = "d-nobody".into();
    let err = store.save(&plan, &[]).unwrap_err();
    assert!(matches!(err, StoreError::Unsound { .. }), "{err}");
    assert!(err.to_string().contains("d-nobody"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file untouched");

    // A tick dated out of reach (`--today 99999-01-01` once did it) is refused the same way,
    // though a tick's save does not check the whole plan again.
    let (mut store, mut plan) = Store::open(&path).unwrap();
    let op = Op::SetActionStatus {
        id: plan.actions[0].id.clone(),
        status: Status::Done {
            on: NaiveDate::from_ymd_opt(20014, 1, 1).unwrap(),
        },
    };
    apply(&mut plan, &op).unwrap();
    let err = store.save(&plan, &[op]).unwrap_err();
    assert!(err.to_string().contains("20014"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file untouched");
}

#[test]
fn a_change_made_while_a_save_is_written_stays_pending_and_is_saved_next() {
    let (_dir, path) = new_store();
    let mut ui = Interface::open(&path);
    ui.send(&TO_ACTIONS);
    let x = ui.selected();
    assert_eq!(ui.press(&[Msg::ToggleDone]), Cmd::Save);
    // The runtime stages the save of that one tick, and the writer takes it away…
    let staged = ui.store.stage(&ui.model.plan, &ui.model.pending).unwrap();
    let ops = ui.model.pending.len();
    // …while the adviser ticks the next action.
    ui.press(&[Msg::Down]);
    let y = ui.selected();
    assert_ne!(x, y);
    assert_eq!(ui.press(&[Msg::ToggleDone]), Cmd::Save);
    let saved = ui.store.took(staged.write()).unwrap();
    let report = SaveReport {
        at: "10:42".into(),
        ops,
        merged: saved.merged.map(Box::new),
        conflicts: saved.conflicts,
    };
    update(&mut ui.model, Msg::Saved(Ok(report)));
    // The file holds the first tick; the second is still pending, and still shown.
    assert!(action(&on_disk(&path), &x).unwrap().status.is_done());
    assert!(!action(&on_disk(&path), &y).unwrap().status.is_done());
    assert_eq!(ui.model.pending.len(), 1);
    assert!(action(&ui.model.plan, &y).unwrap().status.is_done());
    // Saved next; an undo then takes back the second tick only.
    ui.save();
    assert!(action(&on_disk(&path), &y).unwrap().status.is_done());
    ui.send(&[Msg::Undo]);
    let end = on_disk(&path);
    assert!(action(&end, &x).unwrap().status.is_done());
    assert_eq!(action(&end, &y).unwrap().status, Status::Todo);
}
