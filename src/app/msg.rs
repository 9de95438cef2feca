use crate::domain::Plan;

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
    Help,
    Close,
    Quit,
    /// The runtime saved the pending operations (or failed to, with the reason).
    Saved(Result<SaveReport, String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// Local wall-clock time of the save, "10:42".
    pub at: String,
    /// The plan as saved when another instance's changes were merged in.
    pub merged: Option<Box<Plan>>,
    pub conflicts: usize,
}

/// What the runtime must do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    None,
    /// Save `model.pending` to the store.
    Save,
    Quit,
}
