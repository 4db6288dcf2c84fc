//! The `dossier` command: parses arguments, runs the library, picks the exit code.
//!
//! Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage or output error.

mod cli;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;
use dossier::batch;
use dossier::input::Failure;

// Articles are processed with many small, short-lived allocations (token buffers, record
// strings); mimalloc's thread-local free lists serve them faster than glibc's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the 16th option of `mi_option_e` in version 3's
/// mimalloc.h): how long freed memory waits before it goes back to the system, -1 never.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // The memory one article frees, the next one wants again: handing it back to the
    // system and faulting it in anew (the kernel clearing each page) cost about 4% of a
    // run. What is kept is bounded by the articles in flight.
    // SAFETY: a plain setter of a process-wide option, called before any thread starts.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    // A bug is reported in one line; the batch catches it and goes on with other inputs.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("dossier: internal error: {info}")
    }));
    let args = cli::Args::parse();
    if let Some(cli::Command::Schema) = args.command {
        let schema = serde_json::to_string_pretty(&dossier::record::schema()).unwrap_or_default();
        return match writeln!(io::stdout(), "{schema}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(2),
        };
    }
    let run = match args.command {
        Some(cli::Command::Eval {
            gold,
            date_field,
            jobs,
        }) => cli::Run::eval(gold, date_field, jobs),
        _ => args.into_run(),
    };
    let run = match run {
        Ok(run) => run,
        Err(msg) => {
            eprintln!("dossier: {msg}");
            return ExitCode::from(2);
        }
    };
    match execute(run) {
        Ok(summary) if summary.failed > 0 => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn execute(run: cli::Run) -> anyhow::Result<batch::Summary> {
    let mut errors_file = match &run.errors {
        Some(p) => Some(BufWriter::new(
            File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => None,
    };
    let mut on_failure = |f: &Failure| {
        eprintln!("dossier: {}", f.error);
        if let Some(w) = errors_file.as_mut() {
            let line = serde_json::json!({
                "id": f.id,
                "input": f.error.input(),
                "kind": f.error.kind(),
                "message": f.error.to_string(),
            });
            let _ = writeln!(w, "{line}");
        }
    };
    let summary = match &run.output {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
            batch::run(
                &run.config,
                &run.sources,
                BufWriter::new(file),
                &mut on_failure,
            )?
        }
        // Records arrive whole and encoded. A buffer smaller than most records (a news
        // article's runs to about 9 KB) lets a record go straight to the output, where a
        // larger one copied every record into itself first; framing and short records are
        // still gathered.
        None => batch::run(
            &run.config,
            &run.sources,
            BufWriter::with_capacity(1 << 12, io::stdout().lock()),
            &mut on_failure,
        )?,
    };
    if let Some(mut w) = errors_file {
        w.flush().context("cannot write the errors file")?;
    }
    Ok(summary)
}
