//! Who the adviser is, as their check-ins say it: git's `user.name` seen from the store's
//! folder (so that a shared roadmap's commits and check-ins name the same person), else the
//! login name, else nobody.

use std::path::Path;
use std::process::{Command, Stdio};

pub fn adviser(store: &Path) -> String {
    let folder = match store.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let git = Command::new("git")
        .args(["config", "user.name"])
        .current_dir(folder)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .filter(|name| !name.is_empty());
    git.or_else(|| {
        ["USER", "LOGNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
    })
    .unwrap_or_default()
}
