//! The words of the help overlay (`?`): where the adviser is, what the keys do there, the
//! keys' own names, the legend of the glyphs and what `a` adds where. The places and deeds
//! are words' own keys, so that this catalogue knows nothing of the interface's types.

/// Where the adviser is when asking for help: a screen and, on it, the list in focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HelpPlace {
    Horizons,
    Objectives,
    /// The actions of an objective (and the detail beside them).
    Actions,
    Delegations,
    /// The list of trips.
    Trips,
    /// One trip's checklist, actions, objectives and travellers.
    Trip,
    Deadlines,
    /// The dashboard (its own keys are listed apart).
    Dashboard,
}

/// What a key does, said for a place where it means something of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HelpDeed {
    Drill,
    Back,
    ToggleDone,
    Add,
    Edit,
    Delete,
    MoveTo,
    MoveUp,
    MoveDown,
    ApplyTemplate,
    FilterOwner,
    CheckIn,
    ToUpdate,
}

/// How the keys are named, in the interface's language.
pub struct KeyNames {
    pub enter: &'static str,
    pub esc: &'static str,
    pub tab: &'static str,
    pub back_tab: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub space: &'static str,
    /// Before a letter held with Control: "Ctrl-".
    pub ctrl: &'static str,
}

pub struct HelpText {
    pub keys: KeyNames,
    /// The first section's heading: the keys of this place, "Ici : Feuille de route,
    /// Actions".
    pub here: fn(HelpPlace) -> String,
    /// What a key does at a place, when it says more than its general label.
    pub deed: fn(HelpPlace, HelpDeed) -> Option<&'static str>,
    /// The other keys of browsing.
    pub elsewhere: &'static str,
    pub in_form: &'static str,
    pub in_search: &'static str,
    pub in_pick: &'static str,
    pub in_confirm: &'static str,
    pub in_conflicts: &'static str,
    pub in_history: &'static str,
    pub legend: &'static str,
    /// On the frame when the help goes on below what is shown.
    pub more: &'static str,
    /// Glyph, meaning.
    pub glyphs: &'static [(&'static str, &'static str)],
    /// The heading of what `a` adds where, then place, record.
    pub adds: &'static str,
    pub adds_where: &'static [(&'static str, &'static str)],
    /// The keys of a text of several lines (notes, a trip's purpose): their heading, what
    /// they do, and the hint under the form.
    pub in_lines: &'static str,
    pub new_line: &'static str,
    pub line_down: &'static str,
    pub line_up: &'static str,
    pub external_editor: &'static str,
    pub lines_hint: &'static str,
    /// The external editor: it could not start (its command), it failed (command, exit
    /// status), or the text could not go to it or come back (the reason).
    pub editor_missing: fn(&str) -> String,
    pub editor_failed: fn(&str, i32) -> String,
    pub editor_io: fn(&str) -> String,
}
