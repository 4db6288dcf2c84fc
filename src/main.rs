//! The `dossier` command: parses arguments, runs the library, picks the exit code.
//!
//! Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage or output error.

mod cli;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;
use dossier::batch;
use dossier::input::Failure;
use std::sync::atomic::{AtomicBool, Ordering};

// Articles are processed with many small, short-lived allocations (token buffers, record
// strings); mimalloc's thread-local free lists serve them faster than glibc's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A bug is reported in one line; the batch catches it and goes on with other inputs.
    std::panic::set_hook(Box::new(|info| say(&format!("internal error: {info}"))));
    let args = cli::Args::parse();
    let printed = match &args.command {
        Some(cli::Command::Schema) => Some(
            serde_json::to_string_pretty(&dossier::record::schema())
                .map(|s| s + "\n")
                .map(String::into_bytes)
                .map_err(io::Error::other),
        ),
        Some(cli::Command::Completions { shell }) => {
            let mut script = Vec::new();
            let mut command = <cli::Args as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut command, "dossier", &mut script);
            Some(Ok(script))
        }
        Some(cli::Command::Man) => {
            let mut page = Vec::new();
            let command = <cli::Args as clap::CommandFactory>::command();
            Some(
                clap_mangen::Man::new(command)
                    .render(&mut page)
                    .map(|()| page),
            )
        }
        _ => None,
    };
    if let Some(printed) = printed {
        return match printed.and_then(|bytes| io::stdout().write_all(&bytes)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                say(&e.to_string());
                ExitCode::from(2)
            }
        };
    }
    let run = match args.command {
        Some(cli::Command::Eval {
            gold,
            date_field,
            jobs,
            no_tagger,
        }) => cli::Run::eval(gold, date_field, jobs, !no_tagger),
        _ => args.into_run(),
    };
    let run = match run {
        Ok(run) => run,
        Err(msg) => {
            say(&msg);
            return ExitCode::from(2);
        }
    };
    for note in &run.notes {
        say(note);
    }
    // Ctrl-C ends the run between two records: the output file is left as it was, and no
    // temporary file stays behind. A second Ctrl-C while that happens is not waited for.
    let stop: &'static AtomicBool = Box::leak(Box::new(AtomicBool::new(false)));
    let _ = ctrlc::set_handler(move || {
        if stop.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    let started = std::time::Instant::now();
    let stats = run.stats;
    let allow_failures = run.allow_failures;
    let result = execute(run, stop);
    if let (true, Ok(summary)) = (stats, &result) {
        say(&format!(
            "{} records, {} failed, {} skipped in {:.2} s",
            summary.records,
            summary.failed,
            summary.skipped,
            started.elapsed().as_secs_f64()
        ));
    }
    match result {
        Ok(summary) if summary.interrupted => {
            say("interrupted");
            ExitCode::from(130)
        }
        Ok(summary) if summary.failed > 0 && !allow_failures => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            say(&e.to_string());
            ExitCode::from(2)
        }
    }
}

/// Writes one line on stderr. A stderr that cannot be written (a full disk, a closed
/// pipe) loses the line, never the run: records still go out.
fn say(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "dossier: {msg}");
}

fn execute(run: cli::Run, stop: &AtomicBool) -> Result<batch::Summary, String> {
    let mut errors_file = match &run.errors {
        Some(p) => Some((
            p,
            BufWriter::new(
                File::create(p).map_err(|e| format!("cannot create {}: {e}", p.display()))?,
            ),
        )),
        None => None,
    };
    let mut events = Events {
        errors_file: errors_file.as_mut().map(|(_, w)| w),
        errors_failed: None,
        progress: run.progress,
        bar: None,
    };
    let summary = match &run.output {
        Some(path) => {
            // Dropped without a commit (an error, Ctrl-C), the target leaves the file as it was.
            let (target, file) = output::Target::create(path)?;
            let summary = batch::run_until(
                &run.options,
                &run.sources,
                file,
                &path.display().to_string(),
                &mut events,
                stop,
            );
            let summary = summary.map_err(|e| e.to_string())?;
            if !summary.interrupted {
                target.commit()?;
            }
            summary
        }
        // Records arrive whole and encoded. A buffer smaller than most records (a news
        // article's runs to about 9 KB) lets a record go straight to the output, where a
        // larger one copied every record into itself first; framing and short records are
        // still gathered.
        None => batch::run_until(
            &run.options,
            &run.sources,
            BufWriter::with_capacity(1 << 12, io::stdout().lock()),
            "stdout",
            &mut events,
            stop,
        )
        .map_err(|e| e.to_string())?,
    };
    let errors_failed = events.errors_failed;
    if let Some((path, mut w)) = errors_file
        && let Some(e) = errors_failed.or_else(|| w.flush().err())
    {
        return Err(format!("cannot write {}: {e}", path.display()));
    }
    Ok(summary)
}

/// What the command does as a batch goes: each failure on stderr and in the errors file,
/// and the progress bar.
struct Events<'a> {
    errors_file: Option<&'a mut BufWriter<File>>,
    /// The first error writing the errors file.
    errors_failed: Option<io::Error>,
    progress: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl batch::Events for Events<'_> {
    fn wants_total(&self) -> bool {
        self.progress
    }

    fn start(&mut self, total: Option<u64>) {
        self.bar = self.progress.then(|| progress_bar(total));
    }

    fn done(&mut self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn failed(&mut self, f: &Failure) {
        say(&f.error.to_string());
        if let Some(w) = self.errors_file.as_mut() {
            let line = serde_json::json!({
                "id": f.id,
                "input": f.error.input(),
                "kind": f.error.kind(),
                "message": f.error.to_string(),
            });
            if let Err(e) = writeln!(w, "{line}") {
                self.errors_failed.get_or_insert(e);
            }
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// A progress bar with a total and an estimated time left when the number of inputs is
/// known, else a count and a rate.
fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    let (pb, template) = match total {
        Some(n) => (
            indicatif::ProgressBar::new(n),
            "{bar:30} {pos}/{len} articles  {per_sec}  {elapsed} (ETA {eta})",
        ),
        None => (
            indicatif::ProgressBar::new_spinner(),
            "{spinner} {pos} articles  {per_sec}  {elapsed}",
        ),
    };
    pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}

/// Where `--output` goes: a regular file is written through a temporary file beside it,
/// renamed over it at the end, so an interrupted or failed run leaves the file as it was
/// and never a half-written last line. Anything else (a device, a pipe) is written as is.
mod output {
    use std::fs::File;
    use std::io::BufWriter;
    use std::path::{Path, PathBuf};

    pub struct Target {
        path: PathBuf,
        /// The temporary file written instead, for a regular file.
        tmp: Option<PathBuf>,
    }

    impl Target {
        /// The target for `path` and the writer records go to.
        pub fn create(path: &Path) -> Result<(Target, BufWriter<File>), String> {
            let cannot = |e: std::io::Error| format!("cannot create {}: {e}", path.display());
            let regular = match std::fs::metadata(path) {
                Ok(m) => m.is_file(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
                Err(e) => return Err(cannot(e)),
            };
            let tmp = regular.then(|| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "output".into());
                path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
            });
            let file = File::create(tmp.as_deref().unwrap_or(path)).map_err(cannot)?;
            let target = Target {
                path: path.to_path_buf(),
                tmp,
            };
            Ok((target, BufWriter::new(file)))
        }

        /// Puts the finished output in place.
        pub fn commit(mut self) -> Result<(), String> {
            match self.tmp.take() {
                Some(tmp) => std::fs::rename(&tmp, &self.path).map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    format!("cannot write {}: {e}", self.path.display())
                }),
                None => Ok(()),
            }
        }
    }

    impl Drop for Target {
        fn drop(&mut self) {
            if let Some(tmp) = self.tmp.take() {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}
