//! `jalons completions bash|zsh|fish` and `jalons man` (#13, item 12): the scripts are
//! read by the shells themselves without error, complete IDs from the store when Tab is
//! pressed where an ID goes, and leave everything else to `clap_complete`'s completion; the man
//! page renders through groff without a warning, in the interface language.
//!
//! bash and groff are on every machine this runs on; zsh and fish are checked when they are
//! installed, and the test says on stderr when one is not.

#[path = "support/cli_home.rs"]
mod cli_home;

use std::path::{Path, PathBuf};
use std::process::Command;

use cli_home::{Home, text};

/// The script for `shell` in `locale`, written into `home`.
fn script(home: &Home, locale: &str, shell: &str) -> PathBuf {
    let out = home.run(locale, &["completions", shell]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty());
    let path = home.path(&format!("jalons-{locale}.{shell}"));
    std::fs::write(&path, &out.stdout).expect("written");
    path
}

/// `name` run in `home` (fish makes its folders in the home it is given, never the tester's).
fn shell(name: &str, home: &Path) -> Command {
    let mut command = Command::new(name);
    command
        .env("HOME", home)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .env_remove("JALONS_STORE");
    command
}

fn installed(shell: &str) -> bool {
    let home = tempfile::tempdir().expect("a home");
    let found = self::shell(shell, home.path())
        .arg("-c")
        .arg("exit 0")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("{shell} is not installed: its script is not checked");
    }
    found
}

/// A folder holding `jalons`, the binary under test, to put first on `PATH`.
fn bin_dir(home: &Home) -> PathBuf {
    let dir = home.path("bin");
    std::fs::create_dir_all(&dir).expect("bin folder");
    let link = dir.join("jalons");
    if !link.exists() {
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_jalons"), &link).expect("a link");
    }
    dir
}

fn path_with(dir: &Path) -> String {
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn every_script_is_read_by_its_shell_without_error() {
    let home = Home::new();
    for locale in ["fr_FR.UTF-8", "C"] {
        let bash = script(&home, locale, "bash");
        let out = shell("bash", home.dir.path())
            .arg("-n")
            .arg(&bash)
            .output()
            .expect("bash");
        assert!(out.status.success(), "bash -n: {}", text(&out.stderr));
        if installed("zsh") {
            let zsh = script(&home, locale, "zsh");
            let out = shell("zsh", home.dir.path())
                .arg("-n")
                .arg(&zsh)
                .output()
                .expect("zsh");
            assert!(out.status.success(), "zsh -n: {}", text(&out.stderr));
        }
        if installed("fish") {
            let fish = script(&home, locale, "fish");
            let out = shell("fish", home.dir.path())
                .arg("--no-execute")
                .arg(&fish)
                .output()
                .expect("fish");
            assert!(out.status.success(), "fish -n: {}", text(&out.stderr));
        }
    }
    let french = std::fs::read_to_string(script(&home, "fr_FR.UTF-8", "fish")).expect("read");
    assert!(
        french.contains("Seulement ce que porte cette délégation"),
        "the descriptions are in the interface language"
    );
}

/// What bash completes for `line` (the last word being completed), the store being the
/// built-in roadmap at `store`.
fn bash_completes(home: &Home, script: &Path, line: &str) -> Vec<String> {
    let program = format!(
        r#"source "$1"
COMP_WORDS=({line})
[[ "{line}" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))
COMP_LINE="{line}"
COMP_POINT=${{#COMP_LINE}}
_jalons_with_ids jalons "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}"
"#
    );
    let out = shell("bash", home.dir.path())
        .arg("-c")
        .arg(program)
        .arg("bash")
        .arg(script)
        .env("PATH", path_with(&bin_dir(home)))
        .output()
        .expect("bash");
    assert!(out.status.success(), "{line}: {}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_ids_from_the_store_and_the_rest_as_clap_does() {
    let home = Home::new().with_builtin();
    let script = script(&home, "C", "bash");
    assert_eq!(
        bash_completes(&home, &script, "jalons list actions --owner d-eu"),
        ["d-europe"]
    );
    assert_eq!(
        bash_completes(&home, &script, "jalons list trips --horizon h-m"),
        ["h-mi-mandat"]
    );
    assert_eq!(
        bash_completes(&home, &script, "jalons export trip new"),
        ["new-york"]
    );
    let ticked = bash_completes(&home, &script, "jalons done a-madrid new-york.");
    assert!(!ticked.is_empty(), "checklist items of New York");
    assert!(
        ticked.iter().all(|id| id.starts_with("new-york.")),
        "{ticked:?}"
    );
    assert_eq!(
        bash_completes(&home, &script, "jalons --today 2014-09-16 done a-mad"),
        ["a-madrid"],
        "an option's value is not taken for the command"
    );
    // --store on the line is the store read.
    let other = home.path("other.json");
    assert!(
        home.run(
            "C",
            &["--store", other.to_str().expect("UTF-8"), "init", "--empty"]
        )
        .status
        .success()
    );
    let line = format!("jalons --store {} export trip new", other.display());
    assert!(
        bash_completes(&home, &script, &line).is_empty(),
        "an empty store"
    );
    // Elsewhere, clap_complete's own completion.
    assert_eq!(bash_completes(&home, &script, "jalons li"), ["list"]);
    assert_eq!(
        bash_completes(&home, &script, "jalons export trip new-york --form"),
        ["--format"]
    );
    let status = bash_completes(&home, &script, "jalons list actions --status ");
    assert!(
        !status
            .iter()
            .any(|w| w.starts_with("a-") || w.starts_with("d-")),
        "no ID after --status: {status:?}"
    );
}

/// What the zsh script's `_jalons` offers for `line`: zsh's completion system is stood in for
/// by functions that print what they are given (`_describe` the IDs, `clap_complete`'s
/// function its name), since it only runs in an interactive shell.
fn zsh_completes(home: &Home, script: &Path, line: &str) -> Vec<String> {
    let program = r#"compdef() { :; }
compset() { :; }
_describe() { print -rl -- "${(@P)${@[-1]}}"; }
source "$1"
_jalons_clap() { print -r -- "(clap_complete)"; }
words=(${(z)2})
[[ $2 == *" " ]] && words+=("")
CURRENT=${#words}
_jalons
"#;
    let out = shell("zsh", home.dir.path())
        .arg("-f")
        .arg("-c")
        .arg(program)
        .arg("zsh")
        .arg(script)
        .arg(line)
        .env("PATH", path_with(&bin_dir(home)))
        .output()
        .expect("zsh");
    assert!(out.status.success(), "{line}: {}", text(&out.stderr));
    text(&out.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn zsh_completes_ids_from_the_store_and_the_rest_as_clap_does() {
    if !installed("zsh") {
        return;
    }
    let home = Home::new().with_builtin();
    let script = script(&home, "fr_FR.UTF-8", "zsh");
    let trips = zsh_completes(&home, &script, "jalons export trip new");
    assert!(trips.contains(&"new-york:New York".to_owned()), "{trips:?}");
    let owners = zsh_completes(&home, &script, "jalons agenda --owner ");
    assert!(owners.contains(&"d-europe:Europe".to_owned()), "{owners:?}");
    let ticks = zsh_completes(&home, &script, "jalons --today 2014-09-16 done a-madrid ");
    assert!(
        ticks.iter().any(|t| t.starts_with("a-madrid:")),
        "{ticks:?}"
    );
    assert!(
        ticks.iter().any(|t| t.starts_with("new-york.programme:")),
        "{ticks:?}"
    );
    assert_eq!(
        zsh_completes(&home, &script, "jalons li"),
        ["(clap_complete)"]
    );
    assert_eq!(
        zsh_completes(&home, &script, "jalons export trip new-york --f"),
        ["(clap_complete)"]
    );
}

#[test]
fn fish_completes_ids_with_their_titles() {
    if !installed("fish") {
        return;
    }
    let home = Home::new().with_builtin();
    let script = script(&home, "fr_FR.UTF-8", "fish");
    let complete = |line: &str| {
        let out = shell("fish", home.dir.path())
            .arg("--no-config")
            .arg("-c")
            .arg(format!("source {}; complete -C '{line}'", script.display()))
            .env("PATH", path_with(&bin_dir(&home)))
            .output()
            .expect("fish");
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let owners = complete("jalons agenda --owner d-eu");
    assert!(owners.contains("d-europe\tEurope\n"), "{owners}");
    let trips = complete("jalons export trip new");
    assert!(trips.contains("new-york\tNew York"), "{trips}");
}

#[test]
fn ids_lists_each_kind_with_titles_and_says_nothing_without_a_store() {
    let home = Home::new().with_builtin();
    let out = home.run("C", &["ids", "trips"]);
    assert!(out.status.success());
    let trips = text(&out.stdout);
    assert!(trips.starts_with("madrid\tMadrid\n"), "{trips}");
    assert_eq!(trips.lines().count(), 11);
    let out = home.run("C", &["ids", "all"]);
    let all = text(&out.stdout);
    for id in [
        "h-100-jours",
        "o-aimf-dakar",
        "a-madrid",
        "new-york",
        "d-europe",
    ] {
        assert!(
            all.lines().any(|l| l.starts_with(&format!("{id}\t"))),
            "{id}"
        );
    }
    let nowhere = Home::new();
    let out = nowhere.run("C", &["ids", "trips"]);
    assert!(!out.status.success());
    assert!(
        out.stdout.is_empty() && out.stderr.is_empty(),
        "silent at Tab"
    );
    let out = home.run("C", &["--help"]);
    assert!(
        !text(&out.stdout).contains(" ids "),
        "ids is for scripts, not shown"
    );
}

/// The page through groff, as `man` would show it; fails on any warning.
fn render(roff: &[u8]) -> String {
    let mut child = Command::new("groff")
        // -k: UTF-8 in, as man's own preconv does.
        .args(["-k", "-man", "-Tutf8", "-ww", "-rLL=100n"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("groff runs");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), roff).expect("written");
    let out = child.wait_with_output().expect("groff ends");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "groff: {}",
        text(&out.stderr)
    );
    // groff's bold and underline are overstrikes: keep the letters.
    let mut plain = String::new();
    let shown = text(&out.stdout);
    let mut chars = shown.chars().peekable();
    while let Some(c) = chars.next() {
        if chars.peek() == Some(&'\u{8}') {
            chars.next();
        } else {
            plain.push(c);
        }
    }
    plain
}

#[test]
fn the_man_page_renders_in_the_interface_language() {
    let home = Home::new();
    let out = home.run("fr_FR.UTF-8", &["man"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = render(&out.stdout);
    for words in [
        "NOM",
        "Manuel de jalons",
        "Une feuille de route au clavier",
        "SYNOPSIS",
        "OPTIONS",
        "COMMANDES",
        "jalons-completions(1)",
        "[variable d'environnement : JALONS_STORE]",
    ] {
        assert!(page.contains(words), "{words}:\n{page}");
    }
    for english in [
        "NAME",
        "SUBCOMMANDS",
        "Print help",
        "environment variable",
        "[default:",
        "General Commands Manual",
    ] {
        assert!(!page.contains(english), "{english}:\n{page}");
    }
    let out = home.run("fr_FR.UTF-8", &["man", "export", "note"]);
    let page = render(&out.stdout);
    assert!(page.contains("La note d'étape"), "{page}");
    assert!(page.contains("jalons-export-note"), "{page}");
    assert!(page.contains("--since <DATE>"), "{page}");
    let out = home.run("C", &["man", "list"]);
    let page = render(&out.stdout);
    assert!(
        page.contains("NAME") && page.contains("List objectives"),
        "{page}"
    );
    assert!(page.contains("jalons manual"), "{page}");
    let out = home.run("C", &["man", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no command “nope”"));
}
