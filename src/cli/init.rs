use std::path::Path;
use std::process::ExitCode;

use crate::builtin;
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::store::{self, Store, StoreError};

pub fn run(path: &Path, lang: Lang, empty: bool, force: bool) -> anyhow::Result<ExitCode> {
    let text = &lang.catalogue().cli;
    let plan = if empty {
        Plan::empty(builtin::roadmap().title)
    } else {
        builtin::roadmap()
    };
    match Store::create(path, &plan) {
        Ok(_) => {}
        Err(StoreError::Exists { .. }) if force => {
            if path.is_dir() {
                return Err(StoreError::NotAFile {
                    path: path.to_path_buf(),
                }
                .into());
            }
            let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
            let backup = store::backup(path, &stamp)?;
            store::overwrite(path, &plan)?;
            eprintln!("{}", (text.backed_up)(&super::display_path(&backup)));
        }
        Err(e) => return Err(e.into()),
    }
    println!("{}", (text.created)(&super::display_path(path)));
    Ok(ExitCode::SUCCESS)
}
