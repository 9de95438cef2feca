//! git, driven as a command: the user's own git, with their SSH keys and credential helpers,
//! and the only engine that runs a merge driver. Every run has a fixed locale (its messages
//! are read), no prompt (a password asked in a raw-mode terminal would hang it), no stdin.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The oldest git whose `merge-tree --write-tree` merges without touching the work tree.
pub const OLDEST: (u32, u32) = (2, 38);

/// A git repository's work tree.
#[derive(Debug, Clone)]
pub struct Git {
    pub root: PathBuf,
    /// `-c` settings passed to every run (the merge driver, so that a clone without it in its
    /// configuration never falls back to git's text merge).
    pub settings: Vec<String>,
}

/// What went wrong with a git run: the command and what git said.
#[derive(Debug)]
pub struct Failure {
    pub command: String,
    pub said: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "git {}: {}", self.command, self.said.trim())
    }
}

impl Git {
    pub fn new(root: &Path, jalons: &Path) -> Self {
        let driver = format!("{} merge-driver %O %A %B %P", quoted(jalons));
        // Criss-cross histories: git first merges the merge bases into a virtual one, with the
        // `recursive` driver; it reports nothing, the real merge does.
        let virtual_base = format!("{} merge-driver --virtual %O %A %B %P", quoted(jalons));
        Self {
            root: root.to_path_buf(),
            settings: vec![
                "merge.jalons.name=jalons: by record and field".to_owned(),
                format!("merge.jalons.driver={driver}"),
                "merge.jalons.recursive=jalons-virtual".to_owned(),
                "merge.jalons-virtual.name=jalons: merge bases".to_owned(),
                format!("merge.jalons-virtual.driver={virtual_base}"),
            ],
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("git");
        cmd.arg("-C").arg(&self.root);
        for setting in &self.settings {
            cmd.arg("-c").arg(setting);
        }
        cmd.args(args)
            .env("LC_ALL", "C")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_SSH_COMMAND", ssh_command())
            .stdin(Stdio::null());
        cmd
    }

    /// Runs git; its output when it succeeds.
    pub fn run(&self, args: &[&str]) -> Result<Output, Failure> {
        self.run_with(args, &[])
    }

    /// [`Git::run`] with extra environment variables.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &Path)]) -> Result<Output, Failure> {
        let mut cmd = self.command(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let failure = |said: String| Failure {
            command: args.join(" "),
            said,
        };
        let out = cmd.output().map_err(|e| failure(e.to_string()))?;
        if out.status.success() {
            Ok(out)
        } else {
            let mut said = String::from_utf8_lossy(&out.stderr).into_owned();
            said.push_str(&String::from_utf8_lossy(&out.stdout));
            Err(failure(said))
        }
    }

    /// git's standard output, trimmed.
    pub fn text(&self, args: &[&str]) -> Result<String, Failure> {
        let out = self.run(args)?;
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// A blob's bytes.
    pub fn blob(&self, spec: &str) -> Result<Vec<u8>, Failure> {
        Ok(self.run(&["cat-file", "blob", spec])?.stdout)
    }
}

/// The user's SSH command, made unable to prompt: a key without its agent fails at once.
fn ssh_command() -> String {
    let base = std::env::var("GIT_SSH_COMMAND")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "ssh".to_owned());
    format!("{base} -o BatchMode=yes")
}

/// A path as git's configuration and shell-run drivers read it.
fn quoted(path: &Path) -> String {
    let text = path.display().to_string();
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// The installed git's version, if any.
pub fn version() -> Option<(u32, u32)> {
    let out = Command::new("git").arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let number = text.split_whitespace().nth(2)?;
    let mut parts = number.split('.').map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??))
}

/// Whether git's words say the remote wants credentials it was not allowed to ask for.
pub fn needs_credentials(said: &str) -> bool {
    [
        "Permission denied",
        "Authentication failed",
        "terminal prompts disabled",
        "could not read Username",
        "could not read Password",
        "Host key verification failed",
    ]
    .iter()
    .any(|s| said.contains(s))
}

/// Whether git's words say the remote could not be reached at all (as opposed to refusing).
pub fn offline(said: &str) -> bool {
    [
        "Could not resolve host",
        "Network is unreachable",
        "Connection timed out",
        "Connection refused",
        "unable to access",
        "Could not read from remote repository",
        "does not appear to be a git repository",
        "No such device or address",
    ]
    .iter()
    .any(|s| said.contains(s))
}
