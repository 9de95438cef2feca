use ratatui::crossterm::event::KeyEvent;

use super::nav::Column;
use super::screen::Screen;
use crate::domain::Plan;
use crate::export::Export;
use crate::sync::history::Entry;

/// Everything that can happen to the interface: a key's meaning, or a save's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Drill,
    Back,
    ToggleDone,
    NextScreen,
    PrevScreen,
    Show(Screen),
    /// The dashboard's timeline: a window earlier or later, one zoom step closer or further.
    Earlier,
    Later,
    ZoomIn,
    ZoomOut,
    /// Narrow the weekly review to one owner, or widen it again.
    FilterOwner,
    Add,
    Edit,
    Delete,
    /// Move the selected action to another objective.
    MoveTo,
    /// Move the selected record one place up (or down) in its list.
    MoveUp,
    MoveDown,
    /// Add a checklist template's items to the selected trip.
    ApplyTemplate,
    /// Check in on the selected action or objective.
    CheckIn,
    /// The weekly review's "to update" list, or back to the deadlines.
    ToUpdate,
    /// A click on row `usize` of a roadmap column (the detail column: row 0).
    ClickRoadmap(Column, usize),
    /// A click on a row of the list of the Délégations or Déplacements screen.
    ClickRow(usize),
    /// A click in the detail pane of those screens.
    ClickDetail,
    /// Open the export menu.
    ExportMenu,
    /// The names the menu's exports get in its folder, looked up by the runtime.
    ExportNames(Vec<String>),
    /// The export written, or why not.
    Exported(Result<String, String>),
    /// Find a record by a few letters.
    Search,
    /// The next (or previous) result of the last search.
    SearchNext,
    SearchPrev,
    /// Choose what the lists show.
    Filter,
    ClearFilter,
    Undo,
    Redo,
    /// Back to where the last jump started (`Ctrl-o`), or forward again (`Ctrl-n`).
    JumpBack,
    JumpForward,
    /// Answer yes to a question.
    Yes,
    FormNext,
    FormPrev,
    Submit,
    /// In a text of several lines: a line break; the cursor a line up or down (past the
    /// first or last line, the field before or after).
    NewLine,
    LineUp,
    LineDown,
    /// Edit the focused text in `$VISUAL` / `$EDITOR`.
    ExternalEditor,
    /// What the external editor left in the field `FieldName`, or why there is nothing.
    ExternalEdited(crate::app::form::FieldName, Result<String, String>),
    /// A key typed into a field.
    Input(KeyEvent),
    /// Text pasted into a field.
    Paste(String),
    Help,
    /// Open the selected record's history (`H`).
    History,
    /// The history of a record, read by the runtime: `None` when the store is not in a git
    /// repository, or why it could not be read.
    HistoryLoaded(String, Result<Option<Vec<Entry>>, String>),
    /// Review what merges and edits could not settle.
    Conflicts,
    /// Share the roadmap through git now.
    Sync,
    /// A sync is over (or could not run, with the reason), at this local time ("10:42").
    Synced(Result<SyncOutcome, String>, String),
    /// In that review: put our set-aside value back.
    UseMine,
    /// In that review: accept what was kept.
    KeepTheirs,
    Close,
    Quit,
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    Suspend,
    /// In the quit confirmation: try saving again, or leave with the changes kept aside.
    RetrySave,
    KeepAndQuit,
    /// The recovery file written (its path, as shown), or why not.
    Kept(Result<String, String>),
    /// The runtime saved the pending operations (or failed to, with the reason).
    Saved(Result<SaveReport, String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// Local wall-clock time of the save, "10:42".
    pub at: String,
    /// How many of the pending operations, from the first, the save holds: those made while
    /// it was being written stay pending.
    pub ops: usize,
    /// The plan as saved when another instance's changes were merged in.
    pub merged: Option<Box<Plan>>,
    /// What the merge could not settle: theirs kept, ours set aside.
    pub conflicts: Vec<crate::merge::Conflict>,
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncOutcome {
    /// Commits received and sent.
    pub received: usize,
    pub sent: usize,
    /// Set when the remote could not be reached: the commits waiting to be sent.
    pub offline: Option<usize>,
    /// What the merge could not settle.
    pub conflicts: Vec<crate::merge::Conflict>,
}

/// What the runtime must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cmd {
    None,
    /// Save `model.pending` to the store.
    Save,
    /// Start a sync through git, in the background.
    Sync,
    /// Look up which names are free in the export folder, and answer with
    /// `Msg::ExportNames`.
    LookUpExportNames,
    /// Write an export of the plan into the export folder, never over a file.
    Export(Export),
    Quit,
    /// Leave the terminal, stop until continued, then take it again and redraw.
    Suspend,
    /// Leave the terminal, edit `text` in `$VISUAL` / `$EDITOR`, take the terminal again,
    /// and answer with `Msg::ExternalEdited` for the field.
    ExternalEditor {
        field: crate::app::form::FieldName,
        text: String,
    },
    /// Write `model.pending` to a recovery file, and answer with `Msg::Kept`.
    Keep,
    /// Read a record's history (its ID) from git, and answer with `Msg::HistoryLoaded`.
    History(String),
    /// Save the recovered operations now in `model.pending`; once saved, remove the
    /// recovery files they came from.
    SaveRecovered,
}
