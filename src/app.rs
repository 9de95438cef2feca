//! The interface's state and logic, The Elm Architecture: a `Model`, the `Msg`s that change
//! it, and `update`, which is pure (no IO, no clock) and returns the `Cmd` the runtime must
//! carry out.

mod keymap;
mod model;
mod msg;
mod nav;
mod scroll;
mod update;

pub use keymap::{BINDINGS, Binding, Key, Scope, bindings_for, msg_for};
pub use model::{Mode, Model, Notice, NoticeKind};
pub use msg::{Cmd, Msg, SaveReport};
pub use nav::{Column, RoadmapNav};
pub use scroll::Scroll;
pub use update::update;
