//! What the command line says around the commands themselves: clap's own words (help headings,
//! usage errors), the help texts, the failures of a store not yet made or an ID mistyped, and
//! the system's errors — one `CommandLineText` per language, reached by
//! [`super::Lang::command_line`].

use std::io::ErrorKind;

pub struct CommandLineText {
    /// clap's words and the help texts in this language; `None`: clap's own English and the
    /// texts written beside the options in `cli::args`.
    pub clap: Option<&'static ClapText>,
    /// No store at this path yet: takes the path and the ` --store PATH` to repeat in the
    /// commands it suggests ("" for the default place).
    pub no_store: fn(&str, &str) -> String,
    /// The closest IDs, already quoted: "voulez-vous dire `new-york` ?".
    pub did_you_mean: fn(&[String]) -> String,
    /// Between a message and what follows it on the same line.
    pub dash: &'static str,
    /// `config.toml` could not be read by a command: takes why.
    pub config_ignored: fn(&str) -> String,
    /// A system error of this kind in words, or `None` to keep the system's (English) words.
    pub os_error: fn(ErrorKind) -> Option<&'static str>,
    /// The system's error number, after the words: "(erreur système 2)".
    pub os_code: fn(i32) -> String,
    /// `--sep`'s value is not one character that can separate.
    pub bad_separator: &'static str,
    /// The man pages' title, above their text.
    pub manual: &'static str,
    /// `jalons man` of a command that does not exist: takes what was typed.
    pub no_command: fn(&str) -> String,
    /// No home folder to find the store in.
    pub no_home: &'static str,
    /// `--status`'s choices: the words of this language, then the JSON names.
    pub status_choices: fn(&str, &str) -> String,
    /// The store's errors in this language; `None`: as `StoreError` says them, in English.
    pub store: Option<&'static StoreText>,
}

/// A store that cannot be read or written, as `store::StoreError` says it (paths given shown).
pub struct StoreText {
    pub not_a_file: fn(&str) -> String,
    pub empty: fn(&str) -> String,
    pub not_utf8: fn(&str) -> String,
    /// Takes the path, the version found and the newest this jalons reads.
    pub newer_schema: fn(&str, u64, u32) -> String,
    /// Takes the path and how many problems.
    pub invalid: fn(&str, usize) -> String,
    /// Takes the path, the lock file and who holds it.
    pub locked: fn(&str, &str, &str) -> String,
    pub unsound: fn(&str) -> String,
    /// Takes the path and why.
    pub not_saved: fn(&str, &str) -> String,
    pub exists: fn(&str) -> String,
}

/// clap's words translated, and the help texts of every command and option.
pub struct ClapText {
    /// The help's headings, with their colon.
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// The man page's sections, as (clap's heading, ours).
    pub man_sections: &'static [(&'static str, &'static str)],
    /// `[COMMAND]` in a usage line.
    pub command_value: &'static str,
    /// `-h, --help` when `--help` says nothing more, when it does (short, long).
    pub help: &'static str,
    pub help_more: (&'static str, &'static str),
    pub version: &'static str,
    /// The `help` subcommand, and its argument.
    pub help_command: &'static str,
    pub help_command_arg: &'static str,
    /// After an option's help: its environment variable, default value, possible values.
    pub env: fn(&str) -> String,
    pub default: fn(&str) -> String,
    pub possible: fn(&str) -> String,
    /// Value names (`<PATH>`) as (clap's, ours).
    pub value_names: &'static [(&'static str, &'static str)],
    /// (command path, about, long about): the path is the subcommands' names after `jalons`,
    /// space-separated ("" for `jalons` itself, "export note").
    pub commands_help: &'static [(&'static str, &'static str, Option<&'static str>)],
    /// (command path, argument ID, help, long help); the path "*" for an option every
    /// command has (the global ones).
    pub args_help: &'static [(
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
    )],
}
