//! `jalons man [COMMAND…]`: the manual page, by `clap_mangen`, in the interface language: that
//! of jalons, or of one of its commands (`jalons man export note` is jalons-export-note(1)).

use std::process::ExitCode;

use super::{emit, usage_error};
use crate::i18n::Lang;

pub fn run(path: &[String], lang: Lang) -> anyhow::Result<ExitCode> {
    emit(page(path, lang)?.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The page, in roff.
pub fn page(path: &[String], lang: Lang) -> anyhow::Result<String> {
    let mut cmd = super::command(lang);
    for (i, name) in path.iter().enumerate() {
        cmd = match cmd.find_subcommand(name) {
            Some(sub) if !sub.is_hide_set() && name != "help" => sub.clone(),
            _ => {
                let typed = path[..=i].join(" ");
                return Err(usage_error(
                    lang,
                    "man",
                    &(lang.command_line().no_command)(&typed),
                ));
            }
        };
    }
    let mut out = Vec::new();
    let name = cmd.get_display_name().unwrap_or(cmd.get_name()).to_owned();
    let source = format!("jalons {}", env!("CARGO_PKG_VERSION"));
    let manual = lang.command_line().manual;
    clap_mangen::Man::new(cmd).render(&mut out)?;
    let roff = String::from_utf8(out).expect("clap_mangen writes UTF-8");
    let sections = lang.command_line().clap.map_or(&[][..], |t| t.man_sections);
    Ok(roff
        .lines()
        .map(|line| {
            if line.starts_with(".TH ") {
                // Written whole: clap_mangen leaves out an empty date, and the source and the
                // manual's title then fall one place short. Every page is jalons's, whichever
                // command it tells of. No hyphenation: groff's patterns are English ones.
                return format!(".TH {name} 1 \"\" \"{source}\" \"{manual}\"\n.nh\n");
            }
            let heading = line.strip_prefix(".SH ").map(|h| h.trim_matches('"'));
            match heading.and_then(|h| sections.iter().find(|(en, _)| *en == h)) {
                Some((_, ours)) => format!(".SH \"{ours}\"\n"),
                None => format!("{line}\n"),
            }
        })
        .collect())
}
