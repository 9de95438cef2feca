//! The command line's definition in a language. clap's derive gives it in English, from the
//! texts beside the options in `args`; in French every about and help is replaced from
//! `i18n::cli_help_fr`, and so are clap's own words (headings, `-h`, `[default: …]`, value
//! names). The readers of dates and separators say what is wrong in the language.

use clap::builder::{StyledStr, Styles};
use clap::{Arg, Command, CommandFactory};

use super::args::Cli;
use super::day::{day_parser, today_parser};
use crate::i18n::{ClapText, Lang};

/// The widest the help is written, as clap's own default when it knows no terminal.
const HELP_WIDTH: usize = 100;

/// `jalons`, built, speaking `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    each_command(&mut cmd, "", &mut |c, _| {
        readers(c, lang);
        // Wrapped to the terminal (clap's wrap_help), but no wider than that. Each command
        // has its own: clap does not hand it down.
        *c = std::mem::take(c).max_term_width(HELP_WIDTH);
    });
    if let Some(text) = lang.command_line().clap {
        each_command(&mut cmd, "", &mut |c, path| translate(c, path, text));
    }
    cmd.build();
    if let Some(text) = lang.command_line().clap {
        each_command(&mut cmd, "", &mut |c, _| clap_words(c, text));
    }
    cmd
}

/// Runs `f` on `cmd` and every command under it, with its path ("export note").
fn each_command(cmd: &mut Command, path: &str, f: &mut dyn FnMut(&mut Command, &str)) {
    f(cmd, path);
    for sub in cmd.get_subcommands_mut() {
        let name = sub.get_name().to_owned();
        let sub_path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        each_command(sub, &sub_path, f);
    }
}

/// Applies `f` to every argument of `cmd` (the builder takes and gives back by value).
fn each_arg(cmd: &mut Command, f: impl FnMut(Arg) -> Arg) {
    *cmd = std::mem::take(cmd).mut_args(f);
}

/// The readers whose errors are words of ours.
fn readers(cmd: &mut Command, lang: Lang) {
    let separator = lang.command_line().bad_separator;
    each_arg(cmd, |arg| match arg.get_id().as_str() {
        "today" => arg.value_parser(today_parser(lang)),
        "since" | "due_before" => arg.value_parser(day_parser(lang)),
        "sep" => arg.value_parser(move |value: &str| super::args::separator(value, separator)),
        _ => arg,
    });
}

/// The French of a command path's about, if there is one.
fn about<'a>(
    text: &'a ClapText,
    path: &str,
) -> Option<&'a (&'static str, &'static str, Option<&'static str>)> {
    text.commands_help.iter().find(|(p, ..)| *p == path)
}

/// The French of an argument's help: its own, else that of an option every command has.
fn help(text: &ClapText, path: &str, id: &str) -> Option<(&'static str, Option<&'static str>)> {
    text.args_help
        .iter()
        .find(|(p, i, ..)| *p == path && *i == id)
        .or_else(|| {
            text.args_help
                .iter()
                .find(|(p, i, ..)| *p == "*" && *i == id)
        })
        .map(|&(_, _, short, long)| (short, long))
}

/// The about and helps of one command, before clap builds it (so that global options carry
/// their French down to every command).
fn translate(cmd: &mut Command, path: &str, text: &'static ClapText) {
    if let Some(&(_, short, long)) = about(text, path) {
        *cmd = std::mem::take(cmd).about(short).long_about(long);
    }
    *cmd = std::mem::take(cmd).subcommand_value_name(text.command_value);
    let path = path.to_owned();
    each_arg(cmd, |arg| translate_arg(arg, &path, text));
}

fn translate_arg(mut arg: Arg, path: &str, text: &'static ClapText) -> Arg {
    let (short, long) = match help(text, path, arg.get_id().as_str()) {
        Some((short, long)) => (Some(short.to_owned()), long.map(str::to_owned)),
        None => (
            arg.get_help().map(ToString::to_string),
            arg.get_long_help().map(ToString::to_string),
        ),
    };
    // What clap would add after the help, in English, said here instead (a flag's own
    // "true"/"false" clap never shows).
    let takes_values = arg.get_action().takes_values();
    let mut after = Vec::new();
    if let Some(var) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        after.push((text.env)(&var.to_string_lossy()));
        arg = arg.hide_env(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        after.push((text.default)(&defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if takes_values && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        after.push((text.possible)(&possible.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    let with_after = |help: Option<String>, sep: &str| {
        let mut parts: Vec<String> = help.into_iter().collect();
        parts.extend(after.iter().cloned());
        (!parts.is_empty()).then(|| parts.join(sep))
    };
    let long = long.map(|l| with_after(Some(l), "\n\n").unwrap_or_default());
    arg = match with_after(short, " ") {
        Some(help) => arg.help(help),
        None => arg,
    };
    // The English long help goes when the French has none.
    arg = match long {
        Some(long) => arg.long_help(long),
        None => arg.long_help(None::<&'static str>),
    };
    if takes_values {
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(ToString::to_string).collect(),
            None => vec![arg.get_id().as_str().to_uppercase()],
        };
        let french: Vec<String> = names
            .iter()
            .map(|n| {
                text.value_names
                    .iter()
                    .find(|(en, _)| en == n)
                    .map_or_else(|| n.clone(), |(_, fr)| (*fr).to_owned())
            })
            .collect();
        arg = arg.value_names(french);
    }
    arg
}

/// clap's own words, once it has built the command: `-h`, `-V`, the `help` command, and the
/// help's headings.
fn clap_words(cmd: &mut Command, text: &'static ClapText) {
    let has_long_help = cmd
        .get_arguments()
        .find(|a| a.get_id() == "help")
        .is_some_and(|a| a.get_long_help().is_some());
    each_arg(cmd, |arg| match arg.get_id().as_str() {
        "help" if has_long_help => arg.help(text.help_more.0).long_help(text.help_more.1),
        "help" => arg.help(text.help),
        "version" => arg.help(text.version),
        _ => arg,
    });
    if cmd.get_name() == "help" && !cmd.get_arguments().any(|a| a.get_id() == "help") {
        *cmd = std::mem::take(cmd)
            .about(text.help_command)
            .mut_args(|a| a.help(text.help_command_arg));
    }
    let template = template(cmd, text);
    *cmd = std::mem::take(cmd).help_template(template);
}

/// The help's layout as clap's, with French headings: sections only for what the command has.
fn template(cmd: &Command, text: &ClapText) -> StyledStr {
    let styles = Styles::default();
    let header = styles.get_header();
    let usage = styles.get_usage();
    let mut sections = Vec::new();
    // As clap's own: `help` alone makes no section.
    if cmd
        .get_subcommands()
        .any(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        sections.push(format!(
            "{header}{}{header:#}\n{{subcommands}}",
            text.commands
        ));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!(
            "{header}{}{header:#}\n{{positionals}}",
            text.arguments
        ));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(format!("{header}{}{header:#}\n{{options}}", text.options));
    }
    let args = if sections.is_empty() {
        String::new()
    } else {
        format!("\n\n{}", sections.join("\n\n"))
    };
    StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}{args}{{after-help}}",
        text.usage
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Value names that are the same word in French.
    const SAME: &[&str] = &["ID", "N", "DATE", "FORMAT", "URL", "BASE", "SHELL"];

    fn walk(cmd: &Command, path: &str, f: &mut dyn FnMut(&Command, &str)) {
        f(cmd, path);
        for sub in cmd.get_subcommands() {
            let sub_path = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path} {}", sub.get_name())
            };
            walk(sub, &sub_path, f);
        }
    }

    /// A new command or option without its French fails here, and so does French left for
    /// one that is gone.
    #[test]
    fn every_command_and_option_has_its_french() {
        let text = Lang::Fr.command_line().clap.expect("French has its words");
        let english = Cli::command();
        let mut missing = Vec::new();
        let mut commands = Vec::new();
        let mut args = Vec::new();
        walk(&english, "", &mut |cmd, path| {
            commands.push(path.to_owned());
            if about(text, path).is_none() {
                missing.push(format!("command `{path}`"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                args.push((path.to_owned(), id.to_owned()));
                if help(text, path, id).is_none() {
                    missing.push(format!("option `{id}` of `{path}`"));
                }
                if arg.get_action().takes_values() {
                    let names: Vec<String> = arg.get_value_names().map_or_else(
                        || vec![id.to_uppercase()],
                        |n| n.iter().map(ToString::to_string).collect(),
                    );
                    for name in names {
                        if !SAME.contains(&name.as_str())
                            && !text.value_names.iter().any(|(en, _)| *en == name)
                        {
                            missing.push(format!("value name {name}"));
                        }
                    }
                }
            }
        });
        assert!(missing.is_empty(), "no French for: {missing:#?}");
        for (path, ..) in text.commands_help {
            assert!(
                commands.iter().any(|c| c == path),
                "French for no command `{path}`"
            );
        }
        for (path, id, ..) in text.args_help {
            let path = if *path == "*" { "" } else { path };
            assert!(
                args.iter().any(|(p, i)| p == path && i == id),
                "French for no option `{id}` of `{path}`"
            );
        }
    }

    #[test]
    fn french_replaces_the_english_and_clap_words() {
        let cmd = command(Lang::Fr);
        let list = cmd.find_subcommand("list").expect("list");
        assert_eq!(
            list.get_about().map(ToString::to_string).as_deref(),
            Some(
                "Liste les objectifs, actions, déplacements ou délégations : un tableau, ou du \
                 JSON avec --json"
            )
        );
        let store = list
            .get_arguments()
            .find(|a| a.get_id() == "store")
            .expect("the global --store reaches every command");
        let help = store
            .get_help()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(
            help.starts_with("Le fichier de la feuille de route"),
            "{help}"
        );
        assert!(
            help.ends_with("[variable d'environnement : JALONS_STORE]"),
            "{help}"
        );
        assert!(store.is_hide_env_set(), "clap's own [env: …] is not said");
        let english = command(Lang::En);
        let list = english.find_subcommand("list").expect("list");
        assert!(
            list.get_about()
                .is_some_and(|a| a.to_string().starts_with("List objectives"))
        );
    }
}
