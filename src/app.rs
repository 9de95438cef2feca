//! The interface's state and logic, The Elm Architecture: a `Model`, the `Msg`s that change
//! it, and `update`, which is pure (no IO, no clock) and returns the `Cmd` the runtime must
//! carry out.

mod checkin;
mod conflicts;
mod dashboard;
mod edit;
mod export_menu;
mod filter;
mod find;
mod follow;
pub mod form;
mod history;
mod history_view;
mod jump;
mod jumps;
mod keymap;
mod leaving;
mod model;
mod msg;
mod nav;
mod near;
mod reorder;
mod review;
mod screen;
mod scroll;
mod selection;
mod syncing;
mod template;
mod today;
mod update;

pub use dashboard::DashboardNav;
pub use export_menu::{ExportPlace, export_file_name, exports};
pub use find::{LastSearch, Search, index_a_little, indexing};
pub use history::{DEPTH as UNDO_DEPTH, History};
pub use keymap::{
    Binding, Key, Scope, bindings, bindings_for, deed, keys_here, live_keys, msg_for, place,
};
pub use model::{
    Confirm, Leaving, Mode, Model, Notice, NoticeKind, Pick, PickFor, RecoveryOffer, SyncState,
};
pub use msg::{Cmd, Msg, SaveReport, SyncOutcome};
pub use nav::{Column, RoadmapNav};
pub use screen::{Deadlines, Pane, ReviewNav, Screen, TripRow, trip_rows};
pub use scroll::Scroll;
pub use update::update;
