//! The table itself: every key of every mode, with what it does and how the help names it.
//! The keys of browsing are here; the dashboard's in `table/dashboard.rs`; those of the
//! overlays (forms, pickers, reviews) in `table/overlays.rs`. Within a scope the first binding of a key wins.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key, Scope};

mod dashboard;
mod overlays;
use crate::app::msg::Msg;
use crate::app::screen::Screen;

pub(super) const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

pub(super) const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn digit(d: char) -> Key {
    k(d)
}

pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

/// Every binding, browsing first.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    BROWSING
        .iter()
        .chain(dashboard::DASHBOARD)
        .chain(overlays::OVERLAYS)
}

/// Keys while browsing a screen, and those that apply everywhere.
static BROWSING: &[Binding] = &[
    Binding {
        scope: Scope::Global,
        keys: &[k('q'), ctrl('c')],
        msg: Msg::Quit,
        label: |t| t.key_labels.quit,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('k'), code(KeyCode::Up)],
        msg: Msg::Up,
        label: |t| t.key_labels.up,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('j'), code(KeyCode::Down)],
        msg: Msg::Down,
        label: |t| t.key_labels.down,
        footer: false,
    },
    Binding {
        scope: Scope::Lists,
        keys: &[k('l'), code(KeyCode::Right), code(KeyCode::Enter)],
        msg: Msg::Drill,
        label: |t| t.key_labels.drill,
        footer: true,
    },
    Binding {
        scope: Scope::Lists,
        keys: &[k('h'), code(KeyCode::Left)],
        msg: Msg::Back,
        label: |t| t.key_labels.back,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('g'), code(KeyCode::Home)],
        msg: Msg::Top,
        label: |t| t.key_labels.top,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('G'), code(KeyCode::End)],
        msg: Msg::Bottom,
        label: |t| t.key_labels.bottom,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::PageUp), ctrl('u')],
        msg: Msg::PageUp,
        label: |t| t.key_labels.page_up,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::PageDown), ctrl('d')],
        msg: Msg::PageDown,
        label: |t| t.key_labels.page_down,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k(' '), k('x')],
        msg: Msg::ToggleDone,
        label: |t| t.key_labels.toggle_done,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('?')],
        msg: Msg::Help,
        label: |t| t.key_labels.help,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::Tab)],
        msg: Msg::NextScreen,
        label: |t| t.key_labels.next_screen,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::BackTab)],
        msg: Msg::PrevScreen,
        label: |t| t.key_labels.prev_screen,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[digit('1')],
        msg: Msg::Show(Screen::Roadmap),
        label: |t| t.screen_roadmap,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[digit('2')],
        msg: Msg::Show(Screen::Delegations),
        label: |t| t.screen_delegations,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[digit('3')],
        msg: Msg::Show(Screen::Trips),
        label: |t| t.screen_trips,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[digit('4')],
        msg: Msg::Show(Screen::Deadlines),
        label: |t| t.screen_deadlines,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[digit('5')],
        msg: Msg::Show(Screen::Dashboard),
        label: |t| t.glance.screen,
        footer: false,
    },
    Binding {
        scope: Scope::Deadlines,
        keys: &[k('o')],
        msg: Msg::FilterOwner,
        label: |t| t.key_labels.filter_owner,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('s')],
        msg: Msg::Sync,
        label: |t| t.key_labels.sync,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('H')],
        msg: Msg::History,
        label: |t| t.key_labels.history,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('C')],
        msg: Msg::Conflicts,
        label: |t| t.key_labels.conflicts,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('a')],
        msg: Msg::Add,
        label: |t| t.key_labels.add,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('e')],
        msg: Msg::Edit,
        label: |t| t.key_labels.edit,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('d')],
        msg: Msg::Delete,
        label: |t| t.key_labels.delete,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('m')],
        msg: Msg::MoveTo,
        label: |t| t.key_labels.move_to,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('K')],
        msg: Msg::MoveUp,
        label: |t| t.key_labels.move_up,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('J')],
        msg: Msg::MoveDown,
        label: |t| t.key_labels.move_down,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('T')],
        msg: Msg::ApplyTemplate,
        label: |t| t.key_labels.apply_template,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('c')],
        msg: Msg::CheckIn,
        label: |t| t.health.key_checkin,
        footer: false,
    },
    Binding {
        scope: Scope::Deadlines,
        keys: &[k('r')],
        msg: Msg::ToUpdate,
        label: |t| t.health.key_to_update,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('E')],
        msg: Msg::ExportMenu,
        label: |t| t.key_labels.export,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('/')],
        msg: Msg::Search,
        label: |t| t.key_labels.search,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('n')],
        msg: Msg::SearchNext,
        label: |t| t.key_labels.search_next,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('N')],
        msg: Msg::SearchPrev,
        label: |t| t.key_labels.search_prev,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('f')],
        msg: Msg::Filter,
        label: |t| t.key_labels.filter,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('F')],
        msg: Msg::ClearFilter,
        label: |t| t.key_labels.clear_filter,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[k('u')],
        msg: Msg::Undo,
        label: |t| t.key_labels.undo,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('r')],
        msg: Msg::Redo,
        label: |t| t.key_labels.redo,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('o')],
        msg: Msg::JumpBack,
        label: |t| t.nav.jump_back,
        footer: false,
    },
    Binding {
        scope: Scope::Browse,
        // Not Ctrl-i, vim's: a terminal sends it as Tab, which switches screens.
        keys: &[ctrl('n')],
        msg: Msg::JumpForward,
        label: |t| t.nav.jump_forward,
        footer: false,
    },
    Binding {
        scope: Scope::Always,
        keys: &[ctrl('z')],
        msg: Msg::Suspend,
        label: |t| t.key_labels.suspend,
        footer: false,
    },
];
