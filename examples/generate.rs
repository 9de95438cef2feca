//! Writes a generated store of ACTIONS actions, for benchmarks and load tests:
//!
//!     cargo run --release --example generate -- ACTIONS [SEED] [--checkins N] [-o PATH] > store.json
//!
//! `--checkins N` gives every action N check-ins from the two months before the day the
//! plan is "as of" (15 January 2016).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: generate ACTIONS [SEED] [--checkins N] [-o PATH]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate: {e}\n{USAGE}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut numbers = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut checkins = 0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" => out = Some(args.next().ok_or("-o needs a path")?.into()),
            "--checkins" => {
                let n = args.next().ok_or("--checkins needs a number")?;
                checkins = n.parse::<usize>().map_err(|e| format!("{n:?}: {e}"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            n => numbers.push(n.parse::<u64>().map_err(|e| format!("{n:?}: {e}"))?),
        }
    }
    let (actions, seed) = match numbers[..] {
        [actions] => (actions, 1),
        [actions, seed] => (actions, seed),
        _ => return Err("expected ACTIONS and an optional SEED".to_owned()),
    };
    let actions = usize::try_from(actions).map_err(|e| e.to_string())?;
    let mut plan = jalons::generate::plan(actions, seed);
    if checkins > 0 {
        plan = jalons::generate::with_checkins(plan, checkins, seed);
    }
    let bytes = jalons::store::to_bytes(&plan);
    match out {
        Some(path) => std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| e.to_string()),
    }
}
