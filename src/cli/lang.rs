//! Which language the command line speaks. It must be known before clap reads the arguments,
//! since clap's help and usage errors are said in it: `--lang` (looked for by hand) or
//! `JALONS_LANG`, else `lang` in config.toml, else the locale. A configuration that cannot be
//! read counts as none for this.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap::ValueEnum;

use crate::config;
use crate::i18n::Lang;

/// French for a `fr*` locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: the first one set
/// decides, as for any program), English otherwise.
pub fn from_locale() -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()));
    Lang::from_locale(locale.as_deref())
}

/// The language given on the command line or by `JALONS_LANG`, when it is one jalons speaks
/// (a wrong one is clap's to refuse, in the language found otherwise).
pub fn given(args: &[OsString]) -> Option<Lang> {
    let env = std::env::var_os("JALONS_LANG");
    value_of(args, "--lang")
        .or(env.as_deref())
        .and_then(OsStr::to_str)
        .and_then(|v| Lang::from_str(v, true).ok())
}

/// The configuration file the arguments or `JALONS_CONFIG` name, else the default one.
pub fn config_path(args: &[OsString]) -> Option<PathBuf> {
    let env = std::env::var_os("JALONS_CONFIG").filter(|v| !v.is_empty());
    value_of(args, "--config")
        .map(PathBuf::from)
        .or_else(|| env.map(PathBuf::from))
        .or_else(config::default_path)
}

/// What is known of the language before clap has read the arguments.
pub struct Early {
    /// Given, else configured, else the locale's.
    pub lang: Lang,
    /// config.toml's, when no language is given (then only is the file read).
    pub configured: Option<Lang>,
    /// Why config.toml could not be read, when it was: the command says so.
    pub config_error: Option<config::ConfigError>,
}

impl Early {
    pub fn read(args: &[OsString]) -> Self {
        let given = given(args);
        let loaded = match (given, config_path(args)) {
            (None, Some(path)) => Some(config::load(&path)),
            _ => None,
        };
        let (configured, config_error) = match loaded {
            Some(Ok(config)) => (config.lang, None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, None),
        };
        Self {
            lang: given.or(configured).unwrap_or_else(from_locale),
            configured,
            config_error,
        }
    }
}

/// The value of `--name VALUE` or `--name=VALUE`, the last one given, up to a `--`.
fn value_of<'a>(args: &'a [OsString], name: &str) -> Option<&'a OsStr> {
    let mut found = None;
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let Some(text) = arg.to_str() else { continue };
        if text == "--" {
            break;
        }
        if text == name {
            found = rest.next().map(OsString::as_os_str);
        } else if let Some(value) = text.strip_prefix(name).and_then(|v| v.strip_prefix('=')) {
            found = Some(OsStr::new(value));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_wherever_it_stands() {
        let a = args(&["jalons", "list", "actions", "--lang", "en"]);
        assert_eq!(value_of(&a, "--lang"), Some(OsStr::new("en")));
        let a = args(&["jalons", "--lang=fr", "check"]);
        assert_eq!(value_of(&a, "--lang"), Some(OsStr::new("fr")));
        let a = args(&["jalons", "done", "--", "--lang", "en"]);
        assert_eq!(value_of(&a, "--lang"), None, "after -- it is an ID");
        let a = args(&["jalons", "--language", "en"]);
        assert_eq!(value_of(&a, "--lang"), None, "another flag");
        let a = args(&["jalons", "--config", "/x/c.toml"]);
        assert_eq!(config_path(&a), Some(PathBuf::from("/x/c.toml")));
    }
}
