//! What the help overlay lists first: where the adviser is, and the keys that act there, in
//! the order an adviser needs them. The keys themselves come from the key table; this only
//! says which of its messages matter at each place.

use super::super::model::Model;
use super::super::msg::Msg;
use super::super::nav::Column;
use super::super::screen::Screen;
use crate::i18n::{HelpDeed, HelpPlace};

/// Where the adviser is: the screen and, on it, the list in focus.
pub fn place(model: &Model) -> HelpPlace {
    match model.screen {
        Screen::Roadmap => match model.roadmap.focus {
            Column::Horizons => HelpPlace::Horizons,
            Column::Objectives => HelpPlace::Objectives,
            Column::Actions | Column::Detail => HelpPlace::Actions,
        },
        Screen::Delegations => HelpPlace::Delegations,
        Screen::Trips if model.review.trips.detail => HelpPlace::Trip,
        Screen::Trips => HelpPlace::Trips,
        Screen::Deadlines => HelpPlace::Deadlines,
        Screen::Dashboard => HelpPlace::Dashboard,
    }
}

/// The messages that act at `place`, most used first.
pub fn keys_here(place: HelpPlace) -> &'static [Msg] {
    match place {
        HelpPlace::Horizons => &[
            Msg::Drill,
            Msg::Add,
            Msg::Edit,
            Msg::Delete,
            Msg::MoveUp,
            Msg::MoveDown,
        ],
        HelpPlace::Objectives => &[
            Msg::Drill,
            Msg::Back,
            Msg::CheckIn,
            Msg::Add,
            Msg::Edit,
            Msg::Delete,
            Msg::MoveUp,
            Msg::MoveDown,
        ],
        HelpPlace::Actions => &[
            Msg::ToggleDone,
            Msg::CheckIn,
            Msg::Drill,
            Msg::Back,
            Msg::Add,
            Msg::Edit,
            Msg::Delete,
            Msg::MoveTo,
            Msg::MoveUp,
            Msg::MoveDown,
        ],
        HelpPlace::Delegations => &[
            Msg::Drill,
            Msg::Back,
            Msg::ToggleDone,
            Msg::Add,
            Msg::Edit,
            Msg::Delete,
            Msg::MoveUp,
            Msg::MoveDown,
        ],
        HelpPlace::Trips => &[
            Msg::Drill,
            Msg::Add,
            Msg::Edit,
            Msg::Delete,
            Msg::ApplyTemplate,
        ],
        HelpPlace::Trip => &[
            Msg::ToggleDone,
            Msg::Drill,
            Msg::Back,
            Msg::Add,
            Msg::Edit,
            Msg::Delete,
            Msg::ApplyTemplate,
            Msg::MoveUp,
            Msg::MoveDown,
        ],
        // The dashboard's keys are a section of their own in the help.
        HelpPlace::Dashboard => &[],
        HelpPlace::Deadlines => &[
            Msg::ToggleDone,
            Msg::CheckIn,
            Msg::ToUpdate,
            Msg::Drill,
            Msg::FilterOwner,
            Msg::Add,
            Msg::Edit,
        ],
    }
}

/// The deed a message stands for in the help's words, if it has one of its own.
pub const fn deed(msg: &Msg) -> Option<HelpDeed> {
    Some(match msg {
        Msg::Drill => HelpDeed::Drill,
        Msg::Back => HelpDeed::Back,
        Msg::ToggleDone => HelpDeed::ToggleDone,
        Msg::Add => HelpDeed::Add,
        Msg::Edit => HelpDeed::Edit,
        Msg::Delete => HelpDeed::Delete,
        Msg::MoveTo => HelpDeed::MoveTo,
        Msg::MoveUp => HelpDeed::MoveUp,
        Msg::MoveDown => HelpDeed::MoveDown,
        Msg::ApplyTemplate => HelpDeed::ApplyTemplate,
        Msg::FilterOwner => HelpDeed::FilterOwner,
        Msg::CheckIn => HelpDeed::CheckIn,
        Msg::ToUpdate => HelpDeed::ToUpdate,
        _ => return None,
    })
}
