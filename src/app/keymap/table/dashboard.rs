//! The dashboard's own keys: its timeline zooms and moves through time with `+` `-` `h` `l`,
//! where the list screens go back and drill in, and `Enter` goes to the selected event's
//! record.

use ratatui::crossterm::event::KeyCode;

use super::{code, k};
use crate::app::keymap::{Binding, Scope};
use crate::app::msg::Msg;

pub static DASHBOARD: &[Binding] = &[
    Binding {
        scope: Scope::Dashboard,
        keys: &[k('+')],
        msg: Msg::ZoomIn,
        label: |t| t.glance.key_zoom_in,
        footer: true,
    },
    Binding {
        scope: Scope::Dashboard,
        keys: &[k('-')],
        msg: Msg::ZoomOut,
        label: |t| t.glance.key_zoom_out,
        footer: true,
    },
    Binding {
        scope: Scope::Dashboard,
        keys: &[k('h'), code(KeyCode::Left)],
        msg: Msg::Earlier,
        label: |t| t.glance.key_earlier,
        footer: true,
    },
    Binding {
        scope: Scope::Dashboard,
        keys: &[k('l'), code(KeyCode::Right)],
        msg: Msg::Later,
        label: |t| t.glance.key_later,
        footer: true,
    },
    Binding {
        scope: Scope::Dashboard,
        keys: &[code(KeyCode::Enter)],
        msg: Msg::Drill,
        label: |t| t.key_labels.go_to_record,
        footer: true,
    },
];
