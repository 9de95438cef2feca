//! The interface's state and logic, The Elm Architecture: a `Model`, the `Msg`s that change
//! it, and `update`, which is pure (no IO, no clock) and returns the `Cmd` the runtime must
//! carry out.

mod conflicts;
mod dashboard;
mod edit;
mod filter;
mod find;
pub mod form;
mod history;
mod history_view;
mod jump;
mod keymap;
mod leaving;
mod model;
mod msg;
mod nav;
mod reorder;
mod review;
mod screen;
mod scroll;
mod selection;
mod syncing;
mod today;
mod update;

pub use dashboard::DashboardNav;
pub use find::{LastSearch, Search};
pub use history::{DEPTH as UNDO_DEPTH, History};
pub use keymap::{Binding, Key, Scope, bindings, bindings_for, msg_for};
pub use model::{
    Confirm, Leaving, Mode, Model, Notice, NoticeKind, Pick, PickFor, RecoveryOffer, SyncState,
};
pub use msg::{Cmd, Msg, SaveReport, SyncOutcome};
pub use nav::{Column, RoadmapNav};
pub use review::picker_choices;
pub use screen::{Deadlines, Pane, ReviewNav, Screen, TripRow, trip_rows};
pub use scroll::Scroll;
pub use update::{exports, update};
