//! The table itself: every key of every mode, with what it does and how the help names it.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key, Scope};
use crate::app::msg::Msg;
use crate::app::screen::Screen;

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn digit(d: char) -> Key {
    k(d)
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

pub static BINDINGS: &[Binding] = &[
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
        scope: Scope::Browse,
        keys: &[k('l'), code(KeyCode::Right), code(KeyCode::Enter)],
        msg: Msg::Drill,
        label: |t| t.key_labels.drill,
        footer: true,
    },
    Binding {
        scope: Scope::Browse,
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
        scope: Scope::Deadlines,
        keys: &[k('o')],
        msg: Msg::FilterOwner,
        label: |t| t.key_labels.filter_owner,
        footer: true,
    },
    Binding {
        scope: Scope::OwnerPicker,
        keys: &[k('j'), code(KeyCode::Down)],
        msg: Msg::Down,
        label: |t| t.key_labels.down,
        footer: false,
    },
    Binding {
        scope: Scope::OwnerPicker,
        keys: &[k('k'), code(KeyCode::Up)],
        msg: Msg::Up,
        label: |t| t.key_labels.up,
        footer: false,
    },
    Binding {
        scope: Scope::OwnerPicker,
        keys: &[code(KeyCode::Enter), k('l'), code(KeyCode::Right)],
        msg: Msg::Drill,
        label: |t| t.key_labels.choose,
        footer: true,
    },
    Binding {
        scope: Scope::OwnerPicker,
        keys: &[code(KeyCode::Esc), k('o'), k('h'), code(KeyCode::Left)],
        msg: Msg::Close,
        label: |t| t.key_labels.close,
        footer: true,
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
        scope: Scope::Search,
        keys: &[code(KeyCode::Down), code(KeyCode::Tab), ctrl('n')],
        msg: Msg::Down,
        label: |t| t.key_labels.down,
        footer: false,
    },
    Binding {
        scope: Scope::Search,
        keys: &[code(KeyCode::Up), code(KeyCode::BackTab), ctrl('p')],
        msg: Msg::Up,
        label: |t| t.key_labels.up,
        footer: false,
    },
    Binding {
        scope: Scope::Search,
        keys: &[code(KeyCode::Enter)],
        msg: Msg::Submit,
        label: |t| t.key_labels.go_to,
        footer: true,
    },
    Binding {
        scope: Scope::Search,
        keys: &[code(KeyCode::Esc)],
        msg: Msg::Close,
        label: |t| t.key_labels.close,
        footer: true,
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
        scope: Scope::Form,
        keys: &[code(KeyCode::Tab), code(KeyCode::Down)],
        msg: Msg::FormNext,
        label: |t| t.key_labels.next_field,
        footer: true,
    },
    Binding {
        scope: Scope::Form,
        keys: &[code(KeyCode::BackTab), code(KeyCode::Up)],
        msg: Msg::FormPrev,
        label: |t| t.key_labels.prev_field,
        footer: false,
    },
    Binding {
        scope: Scope::Form,
        keys: &[code(KeyCode::Enter)],
        msg: Msg::Submit,
        label: |t| t.key_labels.submit,
        footer: true,
    },
    Binding {
        scope: Scope::Form,
        keys: &[code(KeyCode::Esc)],
        msg: Msg::Close,
        label: |t| t.key_labels.cancel,
        footer: true,
    },
    Binding {
        scope: Scope::Confirm,
        keys: &[k('o'), k('y'), code(KeyCode::Enter)],
        msg: Msg::Yes,
        label: |t| t.key_labels.yes,
        footer: true,
    },
    Binding {
        scope: Scope::Confirm,
        keys: &[k('n'), code(KeyCode::Esc)],
        msg: Msg::Close,
        label: |t| t.key_labels.no,
        footer: true,
    },
    Binding {
        scope: Scope::Pick,
        keys: &[
            code(KeyCode::Down),
            code(KeyCode::Right),
            code(KeyCode::Tab),
        ],
        msg: Msg::Down,
        label: |t| t.key_labels.down,
        footer: false,
    },
    Binding {
        scope: Scope::Pick,
        keys: &[
            code(KeyCode::Up),
            code(KeyCode::Left),
            code(KeyCode::BackTab),
        ],
        msg: Msg::Up,
        label: |t| t.key_labels.up,
        footer: false,
    },
    Binding {
        scope: Scope::Pick,
        keys: &[code(KeyCode::Enter)],
        msg: Msg::Submit,
        label: |t| t.key_labels.choose,
        footer: true,
    },
    Binding {
        scope: Scope::Pick,
        keys: &[code(KeyCode::Esc)],
        msg: Msg::Close,
        label: |t| t.key_labels.cancel,
        footer: true,
    },
    Binding {
        scope: Scope::Help,
        keys: &[k('j'), code(KeyCode::Down)],
        msg: Msg::Down,
        label: |t| t.key_labels.down,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[k('k'), code(KeyCode::Up)],
        msg: Msg::Up,
        label: |t| t.key_labels.up,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[code(KeyCode::PageDown), k(' ')],
        msg: Msg::PageDown,
        label: |t| t.key_labels.page_down,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[code(KeyCode::PageUp)],
        msg: Msg::PageUp,
        label: |t| t.key_labels.page_up,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[k('g'), code(KeyCode::Home)],
        msg: Msg::Top,
        label: |t| t.key_labels.top,
        footer: false,
    },
    Binding {
        scope: Scope::Help,
        keys: &[code(KeyCode::Esc), k('?'), k('h'), code(KeyCode::Left)],
        msg: Msg::Close,
        label: |t| t.key_labels.close,
        footer: true,
    },
];
