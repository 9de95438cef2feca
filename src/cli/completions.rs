//! `jalons completions bash|zsh|fish`: `clap_complete`'s script for the command line as the
//! language has it (the descriptions zsh and fish show are in it), and IDs completed from the
//! store.
//!
//! The IDs come from the hidden `jalons ids KIND`, run by the script when Tab is pressed
//! where an ID goes: after `--owner` or `--horizon`, and as the arguments of `done`,
//! `export trip` and `log`. A small function of our own per shell decides that, and hands
//! every other case to `clap_complete`'s function. `clap_complete`'s dynamic completion
//! (`unstable-dynamic`) would do it from Rust, but it is exempt from semantic versioning and
//! changes how each shell registers it; the static scripts and a helper command work with
//! the stable API, and the IDs are still read at the moment of completion.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use clap::Command;

use super::args::{IdsKind, Shell};
use super::emit;
use crate::i18n::Lang;

/// The arguments that take IDs: (command path, argument, which IDs). "*" is any command.
pub const ID_ARGS: &[(&str, &str, IdsKind)] = &[
    ("*", "owner", IdsKind::Delegations),
    ("*", "horizon", IdsKind::Horizons),
    ("done", "ids", IdsKind::Tickable),
    ("checkin", "id", IdsKind::Checkable),
    ("checkins", "id", IdsKind::Checkable),
    ("export trip", "id", IdsKind::Trips),
    ("log", "id", IdsKind::All),
];

pub fn run(shell: Shell, lang: Lang) -> anyhow::Result<ExitCode> {
    emit(script(shell, lang).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The script for `shell`.
pub fn script(shell: Shell, lang: Lang) -> String {
    let mut cmd = super::command(lang);
    let mut out = Vec::new();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(generator, &mut cmd, "jalons", &mut out);
    let generated = String::from_utf8(out).expect("clap_complete writes UTF-8");
    match shell {
        Shell::Bash => bash(&generated, &cmd),
        Shell::Zsh => zsh(&generated, &cmd),
        Shell::Fish => fish(&generated, &cmd),
    }
}

fn kind_name(kind: IdsKind) -> &'static str {
    match kind {
        IdsKind::Horizons => "horizons",
        IdsKind::Delegations => "delegations",
        IdsKind::Trips => "trips",
        IdsKind::Tickable => "tickable",
        IdsKind::Checkable => "checkable",
        IdsKind::All => "all",
    }
}

/// Every `--long` and `-s` that takes a value, anywhere: the words after them are values,
/// not the commands' names nor their arguments.
fn value_options(cmd: &Command) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    collect_value_options(cmd, &mut names);
    names
}

fn collect_value_options(cmd: &Command, names: &mut BTreeSet<String>) {
    for arg in cmd.get_arguments() {
        if arg.is_positional() || !arg.get_action().takes_values() {
            continue;
        }
        names.extend(arg.get_long().map(|l| format!("--{l}")));
        names.extend(arg.get_short().map(|s| format!("-{s}")));
    }
    for sub in cmd.get_subcommands() {
        collect_value_options(sub, names);
    }
}

/// The options that take IDs, as (`--owner`, kind).
fn id_options() -> Vec<(String, IdsKind)> {
    ID_ARGS
        .iter()
        .filter(|(path, ..)| *path == "*")
        .map(|(_, id, kind)| (format!("--{id}"), *kind))
        .collect()
}

/// The commands whose arguments are IDs, as ("export trip", kind, every argument or only
/// the first).
fn id_commands() -> Vec<(&'static str, IdsKind, bool)> {
    ID_ARGS
        .iter()
        .filter(|(path, ..)| *path != "*")
        .map(|&(path, _, kind)| (path, kind, path == "done"))
        .collect()
}

/// The shell `case` that gives `kind` from the options before the word (bash and zsh).
fn posix_kind_case(cmd: &Command) -> String {
    let options: Vec<String> = value_options(cmd).into_iter().collect();
    let mut by_option = String::new();
    for (option, kind) in id_options() {
        let _ = writeln!(by_option, "        {option}) kind={} ;;", kind_name(kind));
    }
    let mut by_command = String::new();
    for (path, kind, every) in id_commands() {
        let pattern = if every {
            format!("\"{path}\"|\"{path} \"*")
        } else {
            format!("\"{path}\"")
        };
        let _ = writeln!(
            by_command,
            "            {pattern}) kind={} ;;",
            kind_name(kind)
        );
    }
    format!(
        r#"    case "$prev" in
{by_option}    esac
    if [[ -z $kind && $cur != -* ]]; then
        # The commands typed so far: the words that are neither options nor their values
        # (not named `path`: zsh ties that name to PATH).
        local typed="" skip=""
        for word in "${{before[@]}}"; do
            if [[ -n $skip ]]; then skip=""; continue; fi
            case "$word" in
                {}) skip=1 ;;
                -*) ;;
                *) typed="${{typed:+$typed }}$word" ;;
            esac
        done
        case "$typed" in
{by_command}        esac
    fi
"#,
        options.join("|")
    )
}

fn bash(generated: &str, cmd: &Command) -> String {
    let case = posix_kind_case(cmd);
    let (body, _) = generated
        .rsplit_once("if [[ \"${BASH_VERSINFO[0]}\" -eq 4")
        .expect("clap_complete's bash script ends by registering it");
    format!(
        r#"{body}# IDs from the store where an ID goes (jalons's own addition to clap_complete's script).
_jalons_ids() {{
    local store=() i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${{COMP_WORDS[i]}}" in
            --store) store=(--store "${{COMP_WORDS[i+1]}}") ;;
            --store=*) store=("${{COMP_WORDS[i]}}") ;;
        esac
    done
    command jalons "${{store[@]}}" ids "$1" 2>/dev/null | cut -f1
}}

_jalons_with_ids() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" kind="" word
    local before=("${{COMP_WORDS[@]:1:COMP_CWORD-1}}")
    # --owner=X: bash splits the word at "=".
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]]; then
        prev="${{COMP_WORDS[COMP_CWORD-2]}}"
    fi
{case}    if [[ -n $kind ]]; then
        COMPREPLY=($(compgen -W "$(_jalons_ids "$kind")" -- "$cur"))
        return 0
    fi
    _jalons "$@"
}}

if [[ "${{BASH_VERSINFO[0]}}" -eq 4 && "${{BASH_VERSINFO[1]}}" -ge 4 || "${{BASH_VERSINFO[0]}}" -gt 4 ]]; then
    complete -F _jalons_with_ids -o nosort -o bashdefault -o default jalons
else
    complete -F _jalons_with_ids -o bashdefault -o default jalons
fi
"#
    )
}

fn zsh(generated: &str, cmd: &Command) -> String {
    let case = posix_kind_case(cmd);
    let (body, _) = generated
        .rsplit_once("if [ \"$funcstack[1]\" = \"_jalons\" ]; then")
        .expect("clap_complete's zsh script ends by registering it");
    // clap_complete's function keeps its work under another name; `_jalons`, the name zsh
    // calls, is ours and hands it every case that is not an ID.
    let body = body.replacen("\n_jalons() {", "\n_jalons_clap() {", 1);
    format!(
        r#"{body}# IDs from the store where an ID goes (jalons's own addition to clap_complete's script).
_jalons_ids() {{
    local store=() i line
    local -a described
    for ((i = 2; i < CURRENT; i++)); do
        case "${{words[i]}}" in
            --store) store=(--store "${{words[i+1]}}") ;;
            --store=*) store=("${{words[i]}}") ;;
        esac
    done
    for line in "${{(@f)$(command jalons "${{store[@]}}" ids "$1" 2>/dev/null)}}"; do
        [[ -n $line ]] && described+=("${{line%%$'\t'*}}:${{line#*$'\t'}}")
    done
    _describe -t ids ID described
}}

_jalons() {{
    local cur="${{words[CURRENT]}}" prev="${{words[CURRENT-1]}}" kind="" word
    local -a before
    before=("${{(@)words[2,CURRENT-1]}}")
    if [[ $cur == --*=* ]]; then
        prev="${{cur%%=*}}"
        compset -P '*='
        cur="${{cur#*=}}"
    fi
{case}    if [[ -n $kind ]]; then
        _jalons_ids "$kind"
    else
        _jalons_clap "$@"
    fi
}}

if [ "$funcstack[1]" = "_jalons" ]; then
    _jalons "$@"
else
    compdef _jalons jalons
fi
"#
    )
}

fn fish(generated: &str, cmd: &Command) -> String {
    let mut out = generated.to_owned();
    out.push_str(
        r"
# IDs from the store where an ID goes (jalons's own addition to clap_complete's script).
function __jalons_ids
    set -l store
    set -l words (commandline -opc)
    for i in (seq (count $words))
        switch $words[$i]
            case --store
                set store --store $words[(math $i + 1)]
            case '--store=*'
                set store $words[$i]
        end
    end
    command jalons $store ids $argv 2>/dev/null
end
",
    );
    let mut lines = BTreeSet::new();
    each_path(cmd, "", &mut |sub, path| {
        let condition = fish_condition(path);
        for arg in sub.get_arguments() {
            let Some(&(_, _, kind)) = ID_ARGS
                .iter()
                .find(|(p, id, _)| (*p == "*" || *p == path) && *id == arg.get_id().as_str())
            else {
                continue;
            };
            let what = match arg.get_long() {
                Some(long) => format!("-l {long} -x"),
                None => "-f".to_owned(),
            };
            lines.insert(format!(
                "complete -c jalons -n \"{condition}\" {what} -a \"(__jalons_ids {})\"",
                kind_name(kind)
            ));
        }
    });
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// fish's test that the command line is in the command at `path`, as `clap_complete` writes
/// it.
fn fish_condition(path: &str) -> String {
    let mut names = path.split(' ');
    let first = names.next().unwrap_or_default();
    let mut condition = format!("__fish_jalons_using_subcommand {first}");
    for name in names {
        let _ = write!(condition, "; and __fish_seen_subcommand_from {name}");
    }
    condition
}

/// Runs `f` on every command under `cmd` (not `cmd` itself), with its path.
fn each_path(cmd: &Command, path: &str, f: &mut dyn FnMut(&Command, &str)) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let sub_path = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path} {}", sub.get_name())
        };
        f(sub, &sub_path);
        each_path(sub, &sub_path, f);
    }
}
