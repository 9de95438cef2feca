use super::command_line::CommandLineText;

pub static COMMAND_LINE_EN: CommandLineText = CommandLineText {
    clap: None,
    no_store: |path, store| {
        format!(
            "no roadmap at {path} yet: `jalons{store} init` writes the example one \
             (`jalons{store} init --empty` an empty one), and `jalons{store}` creates it as it \
             opens the interface"
        )
    },
    did_you_mean: |ids| match ids {
        [] => String::new(),
        [one] => format!("did you mean {one}?"),
        [first @ .., last] => format!("did you mean {} or {last}?", first.join(", ")),
    },
    dash: " — ",
    config_ignored: |why| format!("{why} (settings ignored for this command)"),
    // The system's own words are English already.
    os_error: |_| None,
    os_code: |code| format!("(os error {code})"),
    bad_separator: "one printable ASCII character other than '\"', or a tab",
    manual: "jalons manual",
    no_command: |c| format!("no command “{c}”: jalons --help lists them"),
    no_home: "no home directory to keep the store in: use --store PATH",
    status_choices: |words, names| format!("{words}; or {names}"),
    // A store error says itself in English.
    store: None,
};
