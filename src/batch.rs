//! Batch: runs the pipeline over many inputs on several threads, writing records in
//! input order as soon as each one's turn comes.
//!
//! The main thread lists inputs lazily and keeps at most a fixed window of them in
//! flight, so memory stays bounded however many files a folder holds; workers load,
//! process and encode; the main thread writes in order. A failed input is reported
//! (stderr and, optionally, an errors file) and the run goes on; a JSONL line that fails
//! also gets an error record in its place, so line counts are kept.

use std::collections::BTreeMap;
use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};

use crate::input::{self, Failure, InputOptions, Job, Source};
use crate::output::{Format, Writer, encode, encode_into};
use crate::record::Record;
use crate::{Error, Pipeline, PipelineOptions};

/// How a batch runs: the pipeline's options, and how inputs are read and records written.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// What shapes each record.
    pub pipeline: PipelineOptions,
    /// How inputs are found and decoded.
    pub input: InputOptions,
    /// Output format.
    pub format: Format,
    /// Write pretty JSON as an array (several inputs).
    pub json_array: bool,
    /// Worker threads.
    pub jobs: usize,
    /// Write each record to its own file under this folder instead of one stream.
    pub output_dir: Option<PathBuf>,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            pipeline: PipelineOptions::default(),
            input: InputOptions::default(),
            format: Format::Jsonl,
            json_array: false,
            jobs: 1,
            output_dir: None,
        }
    }
}

/// What a batch tells its caller as it goes, on the thread that called it, in input
/// order. A closure `FnMut(&Failure)` is the simplest: it hears the failures only.
pub trait Events {
    /// True when [`Events::start`] should be told how many inputs there are, which walks
    /// the folders once more before the run (no file is read).
    fn wants_total(&self) -> bool {
        false
    }

    /// Before the first input: how many inputs there are, when asked for and known.
    fn start(&mut self, _total: Option<u64>) {}

    /// An input is done: its record written, or its failure reported.
    fn done(&mut self) {}

    /// An input failed (and, for a JSONL line, an error record took its place).
    fn failed(&mut self, failure: &Failure);

    /// The run is over.
    fn finish(&mut self) {}
}

impl<F: FnMut(&Failure)> Events for F {
    fn failed(&mut self, failure: &Failure) {
        self(failure)
    }
}

/// How a batch went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Records written.
    pub records: usize,
    /// Inputs that failed.
    pub failed: usize,
    /// Binary files skipped (reported, but not failures).
    pub skipped: usize,
    /// The output was closed early (a closed pipe); the run stopped quietly.
    pub closed: bool,
    /// The run was stopped from outside (Ctrl-C) before every input was done.
    pub interrupted: bool,
}

enum Outcome {
    /// The record's id and its encoded bytes.
    Record(String, Vec<u8>),
    Failed(Failure, Option<Vec<u8>>),
}

impl Outcome {
    /// The bytes it holds, for the bound on what waits for its turn.
    fn weight(&self) -> usize {
        match self {
            Outcome::Record(_, bytes) | Outcome::Failed(_, Some(bytes)) => bytes.len(),
            Outcome::Failed(_, None) => 0,
        }
    }
}

/// The most encoded output kept waiting for an earlier, slower input before no more work
/// is handed out.
const OUTPUT_WAITING: usize = 64 << 20;

/// Processes every input of `sources` and writes the records to `out` (named `stdout`
/// in messages).
///
/// Returns an error only when the output cannot be written (other than a closed pipe).
pub fn run<W: Write>(
    options: &BatchOptions,
    sources: &[Source],
    out: W,
    events: &mut dyn Events,
) -> Result<Summary, Error> {
    run_until(
        options,
        sources,
        out,
        "stdout",
        events,
        &AtomicBool::new(false),
    )
}

/// [`run`], writing to the output named `out_name`, and stopping between two records
/// once `stop` is set (the summary then says `interrupted`).
pub fn run_until<W: Write>(
    config: &BatchOptions,
    sources: &[Source],
    out: W,
    out_name: &str,
    events: &mut dyn Events,
    stop: &AtomicBool,
) -> Result<Summary, Error> {
    let pipeline = Pipeline::new(config.pipeline.clone());
    let fatal = |reason: io::Error| Error::Output {
        path: out_name.to_string(),
        reason,
    };
    // A closed pipe ends the run quietly; any other write error is fatal.
    let output_error = |e: io::Error, summary: &mut Summary| -> Result<(), Error> {
        if e.kind() == io::ErrorKind::BrokenPipe {
            summary.closed = true;
            Ok(())
        } else {
            Err(fatal(e))
        }
    };
    // With --output-dir each record's file carries its own framing; the stream gets none.
    let mut writer = match config.output_dir {
        Some(_) => Writer::unframed(out, config.format),
        None => Writer::new(out, config.format, config.json_array).map_err(fatal)?,
    };
    let jobs = config.jobs.max(1);
    let window = jobs * 16;
    let mut summary = Summary::default();
    let total = events
        .wants_total()
        .then(|| input::count_jobs(sources, &config.input))
        .flatten();
    events.start(total);
    let mut files = config.output_dir.as_deref().map(OutputFiles::new);
    // The most article text processed at once across the workers: as much as the largest
    // input allowed, so that the memory a batch takes is bounded by what one input may
    // take, whatever `--jobs` is (memory grows with the text, up to some 160 bytes a byte
    // on hostile text).
    let budget = Budget::new(usize::try_from(config.input.max_bytes).unwrap_or(usize::MAX));
    let stopped = || stop.load(Ordering::Relaxed);

    let result = if jobs == 1 {
        // One job: no worker thread, no channel; each record is flushed as it is written.
        let mut result = Ok(());
        for job in input::jobs(sources, &config.input) {
            if stopped() {
                summary.interrupted = true;
                break;
            }
            let outcome = work(&pipeline, config, job, None);
            let written = emit(
                config,
                &mut writer,
                files.as_mut(),
                &mut summary,
                events,
                outcome,
            )
            .and_then(|()| writer.flush());
            if let Err(e) = written {
                result = output_error(e, &mut summary);
                break;
            }
            if summary.closed {
                break;
            }
        }
        result
    } else {
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<Job>)>(window);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<Outcome>)>();

        std::thread::scope(|scope| -> Result<(), Error> {
            let mut started = 0;
            let mut spawn_error = None;
            for _ in 0..jobs {
                let work_rx = Arc::clone(&work_rx);
                let done_tx = done_tx.clone();
                let (pipeline, budget) = (&pipeline, &budget);
                let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
                    loop {
                        let next = work_rx.lock().map(|rx| rx.recv());
                        let Ok(Ok((idx, batch))) = next else { break };
                        let outcomes = batch
                            .into_iter()
                            .map(|job| work(pipeline, config, job, Some(budget)))
                            .collect();
                        if done_tx.send((idx, outcomes)).is_err() {
                            break;
                        }
                    }
                });
                match spawned {
                    Ok(_) => started += 1,
                    Err(e) => {
                        spawn_error = Some(e);
                        break;
                    }
                }
            }
            drop(done_tx);
            if started == 0 {
                let reason = spawn_error.map_or_else(|| "unknown".into(), |e| e.to_string());
                return Err(Error::Config(format!(
                    "cannot start a worker thread: {reason}"
                )));
            }

            let mut jobs_iter = input::jobs(sources, &config.input);
            let mut sent = 0usize;
            let mut next_to_write = 0usize;
            let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
            let mut waiting = 0usize; // bytes of `pending`
            let mut exhausted = false;
            let mut work_tx = Some(work_tx);
            loop {
                if stopped() && !exhausted {
                    summary.interrupted = true;
                    exhausted = true;
                    work_tx = None;
                }
                while !exhausted && sent - next_to_write < window && waiting < OUTPUT_WAITING {
                    // Inputs go out in small batches, which cut the thread wake-ups (and
                    // context switches) fourfold; the first few go one by one, so that a
                    // handful of large files is still shared among the workers.
                    let size = if sent < BATCH * jobs { 1 } else { BATCH };
                    let batch: Vec<Job> = jobs_iter.by_ref().take(size).collect();
                    let n = batch.len();
                    if n > 0 {
                        if let Some(tx) = &work_tx
                            && tx.send((sent, batch)).is_err()
                        {
                            exhausted = true;
                        }
                        sent += n;
                    }
                    if n < size {
                        exhausted = true;
                        work_tx = None; // workers end when the queue drains
                    }
                }
                if next_to_write == sent && exhausted {
                    break;
                }
                // Flush before waiting so a reader downstream sees records promptly.
                if !pending.contains_key(&next_to_write)
                    && let Err(e) = writer.flush()
                {
                    return output_error(e, &mut summary);
                }
                let Ok((idx, outcomes)) = done_rx.recv() else {
                    break;
                };
                for (k, outcome) in outcomes.into_iter().enumerate() {
                    waiting += outcome.weight();
                    pending.insert(idx + k, outcome);
                }
                while let Some(outcome) = pending.remove(&next_to_write) {
                    next_to_write += 1;
                    waiting -= outcome.weight();
                    if summary.interrupted {
                        continue; // what was in flight is dropped, not written
                    }
                    if let Err(e) = emit(
                        config,
                        &mut writer,
                        files.as_mut(),
                        &mut summary,
                        events,
                        outcome,
                    ) {
                        return output_error(e, &mut summary);
                    }
                    if summary.closed {
                        return Ok(());
                    }
                }
            }
            Ok(())
        })
    };
    events.finish();
    result?;
    // A stop that came while the last input was being read still counts.
    if stopped() {
        summary.interrupted = true;
    }
    if !summary.closed
        && let Err(e) = writer.finish()
    {
        output_error(e, &mut summary)?;
    }
    Ok(summary)
}

/// Bytes of article text the workers may process at once.
struct Budget {
    free: Mutex<usize>,
    freed: Condvar,
    total: usize,
}

impl Budget {
    fn new(total: usize) -> Self {
        Budget {
            free: Mutex::new(total),
            freed: Condvar::new(),
            total,
        }
    }

    /// Waits until `bytes` (at most the whole budget) are free, and takes them until the
    /// returned guard is dropped.
    fn take(&self, bytes: usize) -> BudgetGuard<'_> {
        let bytes = bytes.min(self.total);
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free < bytes {
            free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= bytes;
        BudgetGuard {
            budget: self,
            bytes,
        }
    }
}

struct BudgetGuard<'a> {
    budget: &'a Budget,
    bytes: usize,
}

impl Drop for BudgetGuard<'_> {
    fn drop(&mut self) {
        let mut free = self.budget.free.lock().unwrap_or_else(|e| e.into_inner());
        *free += self.bytes;
        self.budget.freed.notify_all();
    }
}

/// Inputs per message to a worker, once the first `BATCH * jobs` have gone out singly.
const BATCH: usize = 4;

/// The longest file-name component `--output-dir` writes, in bytes: under the 255 of
/// common file systems, with room for a collision suffix and the extension.
const NAME_MAX: usize = 200;

/// The file `--output-dir` writes a record to, before collisions are resolved: the id as
/// a relative path, with the format's extension. Path separators (`/`, `\`) split it into
/// folders; control characters and `:` become `_`; an empty id, `.` and `..` (alone or as
/// a part) become `_`, `_.` and `_..`, so nothing climbs out of the folder; a part longer
/// than [`NAME_MAX`] bytes is cut and ends with `~` and a hash of the whole part, so that
/// two long ids stay apart.
pub fn output_path(dir: &Path, id: &str, format: Format) -> PathBuf {
    let ext = extension(format);
    let mut path = dir.to_path_buf();
    let mut parts: Vec<String> = id
        .split(['/', '\\'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let clean: String = p
                .chars()
                .map(|c| if c.is_control() || c == ':' { '_' } else { c })
                .collect();
            let clean = if clean == "." || clean == ".." {
                format!("_{clean}")
            } else {
                clean
            };
            shorten(clean)
        })
        .collect();
    if parts.is_empty() {
        parts.push("_".into());
    }
    let last = parts.pop().unwrap_or_default();
    for p in parts {
        path.push(p);
    }
    path.push(format!("{last}.{ext}"));
    path
}

fn extension(format: Format) -> &'static str {
    match format {
        Format::Json => "json",
        Format::Jsonl | Format::Predictions => "jsonl",
        Format::CsvMentions | Format::CsvArticles => "csv",
    }
}

/// `part` cut to [`NAME_MAX`] bytes at a character boundary, with `~` and a hash of the
/// whole part, when it is longer.
fn shorten(part: String) -> String {
    if part.len() <= NAME_MAX {
        return part;
    }
    let mut cut = NAME_MAX - 17;
    while !part.is_char_boundary(cut) {
        cut -= 1;
    }
    // FNV-1a: stable across builds and platforms, unlike the std hasher.
    let hash = part.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{}~{hash:016x}", &part[..cut])
}

/// The files one `--output-dir` run has written, so that no two records share one: the
/// second record whose id maps to a file already written gets `~2` before the extension,
/// the third `~3`, in input order (so the names are the same from run to run). Names are
/// compared without case, as some file systems do.
struct OutputFiles<'a> {
    dir: &'a Path,
    used: HashSet<String>,
}

impl<'a> OutputFiles<'a> {
    fn new(dir: &'a Path) -> Self {
        OutputFiles {
            dir,
            used: HashSet::new(),
        }
    }

    /// The file for the record `id`, not used before in this run.
    fn claim(&mut self, id: &str, format: Format) -> PathBuf {
        let first = output_path(self.dir, id, format);
        let mut path = first.clone();
        let mut n = 1;
        while !self.used.insert(path.to_string_lossy().to_lowercase()) {
            n += 1;
            let ext = extension(format);
            let stem = first
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stem = stem.strip_suffix(&format!(".{ext}")).unwrap_or(&stem);
            path = first.with_file_name(format!("{stem}~{n}.{ext}"));
        }
        path
    }
}

/// Writes one record's file through a temporary file and a rename, so a crash never
/// leaves a half-written record behind.
fn write_atomically(path: &Path, format: Format, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&crate::output::header(format)?)?;
        f.write_all(bytes)?;
        if format == Format::Json {
            f.write_all(b"\n")?;
        }
        f.sync_data()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes one outcome in its turn: the record (to the stream or its own file), or the
/// failure (reported, and its error record written for a JSONL line); keeps the counts.
/// A record file that cannot be written fails that input alone; an error of the stream
/// is returned.
fn emit<W: Write>(
    config: &BatchOptions,
    writer: &mut Writer<W>,
    files: Option<&mut OutputFiles>,
    summary: &mut Summary,
    events: &mut dyn Events,
    outcome: Outcome,
) -> io::Result<()> {
    events.done();
    let (id, bytes) = match outcome {
        Outcome::Record(id, bytes) => (id, Some(bytes)),
        Outcome::Failed(failure, bytes) => {
            // A binary file in a folder is skipped, not failed: folders hold images.
            if matches!(failure.error, Error::Binary { .. }) {
                summary.skipped += 1;
            } else {
                summary.failed += 1;
            }
            events.failed(&failure);
            (failure.id.clone().unwrap_or_default(), bytes)
        }
    };
    if let Some(bytes) = bytes {
        match files {
            Some(files) => {
                let path = files.claim(&id, config.format);
                match write_atomically(&path, config.format, &bytes) {
                    Ok(()) => summary.records += 1,
                    Err(reason) => {
                        summary.failed += 1;
                        events.failed(&Failure {
                            id: Some(id),
                            error: Error::Output {
                                path: crate::error::path_name(&path),
                                reason,
                            },
                        });
                    }
                }
            }
            None => {
                writer.write_encoded(&bytes)?;
                summary.records += 1;
            }
        }
        if bytes.capacity() <= SPARE_MAX {
            SPARE.set(bytes);
        }
    }
    Ok(())
}

thread_local! {
    /// The buffer of the last record written on this thread, for the next record encoded
    /// on it. With one job that is the same thread: the encoder then writes to memory in
    /// the nearest caches rather than to a new buffer, each line of which missed them.
    static SPARE: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The largest buffer kept for the next record: one record of a huge article is not
/// worth its memory for the rest of the run.
const SPARE_MAX: usize = 1 << 20;

fn work(pipeline: &Pipeline, config: &BatchOptions, job: Job, budget: Option<&Budget>) -> Outcome {
    let offsets = pipeline.options().offsets;
    let is_line = matches!(job, Job::JsonLine { .. });
    match input::load(job, &config.input) {
        Ok(doc) => {
            let _held = budget.map(|b| b.take(doc.text.len()));
            // A bug must cost one input, never the batch: a panic becomes this input's failure.
            let processed =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pipeline.process(&doc)));
            let record = match processed {
                Ok(record) => record,
                Err(panic) => {
                    let reason = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "panic".into());
                    let error = Error::Internal {
                        path: doc.id.clone(),
                        reason,
                    };
                    let bytes = is_line.then(|| {
                        let record =
                            Record::failed(&doc.id, error.kind(), error.to_string(), offsets);
                        encode(config.format, &record).ok()
                    });
                    return Outcome::Failed(
                        Failure {
                            id: Some(doc.id),
                            error,
                        },
                        bytes.flatten(),
                    );
                }
            };
            let mut bytes = SPARE.take();
            bytes.clear();
            match encode_into(config.format, &record, &mut bytes) {
                Ok(()) => Outcome::Record(doc.id, bytes),
                Err(e) => Outcome::Failed(
                    Failure {
                        error: Error::Output {
                            path: doc.id.clone(),
                            reason: e,
                        },
                        id: Some(doc.id),
                    },
                    None,
                ),
            }
        }
        Err(failure) => {
            // A JSONL line keeps its place in the output with an error record.
            let bytes = is_line.then(|| {
                let id = failure.id.clone().unwrap_or_default();
                let record = Record::failed(
                    &id,
                    failure.error.kind(),
                    failure.error.to_string(),
                    offsets,
                );
                encode(config.format, &record).ok()
            });
            Outcome::Failed(failure, bytes.flatten())
        }
    }
}
