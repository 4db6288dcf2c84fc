//! Batch: runs the pipeline over many inputs on several threads, writing records in
//! input order as soon as each one's turn comes.
//!
//! The main thread lists inputs lazily and keeps at most a fixed window of them in
//! flight, so memory stays bounded however many files a folder holds; workers load,
//! process and encode; the main thread writes in order. A failed input is reported
//! (stderr and, optionally, an errors file) and the run goes on; a JSONL line that fails
//! also gets an error record in its place, so line counts are kept.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use crate::input::{self, Failure, Job, Source};
use crate::output::{Format, Writer, encode, encode_into};
use crate::record::Record;
use crate::{Config, Error, Pipeline};

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
}

/// Receives failures as they happen (to print them, log them...).
pub type FailureSink<'a> = dyn FnMut(&Failure) + 'a;

enum Outcome {
    /// The record's id and its encoded bytes.
    Record(String, Vec<u8>),
    Failed(Failure, Option<Vec<u8>>),
}

/// Processes every input of `sources` and writes the records to `out`.
///
/// Returns an error only when the output cannot be written (other than a closed pipe).
pub fn run<W: Write>(
    config: &Config,
    sources: &[Source],
    out: W,
    on_failure: &mut FailureSink,
) -> Result<Summary, Error> {
    let pipeline = Pipeline::new(config.clone());
    let mut writer = Writer::new(out, config.format, config.json_array).map_err(Error::Output)?;
    let jobs = config.jobs.max(1);
    let window = jobs * 16;
    let mut summary = Summary::default();
    let progress = config.progress.then(progress_bar);

    let result = if jobs == 1 {
        // One job: no worker thread, no channel; each record is flushed as it is written.
        let mut result = Ok(());
        for job in input::jobs(sources, &config.input) {
            let outcome = work(&pipeline, job);
            let written = emit(
                config,
                &mut writer,
                &mut summary,
                progress.as_ref(),
                on_failure,
                outcome,
            )
            .and_then(|()| writer.flush());
            if let Err(e) = written {
                result = output_error(e, &mut summary);
                break;
            }
        }
        result
    } else {
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<Job>)>(window);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<Outcome>)>();

        std::thread::scope(|scope| -> Result<(), Error> {
            for _ in 0..jobs {
                let work_rx = Arc::clone(&work_rx);
                let done_tx = done_tx.clone();
                let pipeline = &pipeline;
                scope.spawn(move || {
                    loop {
                        let next = work_rx.lock().map(|rx| rx.recv());
                        let Ok(Ok((idx, batch))) = next else { break };
                        let outcomes = batch.into_iter().map(|job| work(pipeline, job)).collect();
                        if done_tx.send((idx, outcomes)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(done_tx);

            let mut jobs_iter = input::jobs(sources, &config.input);
            let mut sent = 0usize;
            let mut next_to_write = 0usize;
            let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
            let mut exhausted = false;
            let mut work_tx = Some(work_tx);
            loop {
                while !exhausted && sent - next_to_write < window {
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
                    pending.insert(idx + k, outcome);
                }
                while let Some(outcome) = pending.remove(&next_to_write) {
                    next_to_write += 1;
                    if let Err(e) = emit(
                        config,
                        &mut writer,
                        &mut summary,
                        progress.as_ref(),
                        on_failure,
                        outcome,
                    ) {
                        return output_error(e, &mut summary);
                    }
                }
            }
            Ok(())
        })
    };
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    result?;
    if !summary.closed {
        match writer.finish() {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => summary.closed = true,
            Err(e) => return Err(Error::Output(e)),
        }
    }
    Ok(summary)
}

/// Inputs per message to a worker, once the first `BATCH * jobs` have gone out singly.
const BATCH: usize = 4;

/// The file `--output-dir` writes a record to: its id as a relative path (unsafe parts
/// replaced), with the format's extension.
pub fn output_path(dir: &Path, id: &str, format: Format) -> PathBuf {
    let ext = match format {
        Format::Json => "json",
        Format::Jsonl | Format::Predictions => "jsonl",
        Format::CsvMentions | Format::CsvArticles => "csv",
    };
    let mut path = dir.to_path_buf();
    let parts: Vec<String> = id
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .map(|p| {
            p.chars()
                .map(|c| if c.is_control() || c == ':' { '_' } else { c })
                .collect()
        })
        .collect();
    if parts.is_empty() {
        path.push("stdin");
    }
    for p in parts {
        path.push(p);
    }
    let name = path
        .file_name()
        .map(|n| format!("{}.{ext}", n.to_string_lossy()))
        .unwrap_or_else(|| format!("record.{ext}"));
    path.set_file_name(name);
    path
}

/// Writes one record's file through a temporary file and a rename, so a crash never
/// leaves a half-written record behind.
fn write_atomically(dir: &Path, id: &str, format: Format, bytes: &[u8]) -> io::Result<()> {
    let path = output_path(dir, id, format);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        if format == Format::Json {
            f.write_all(b"\n")?;
        }
        f.sync_data()?;
        std::fs::rename(&tmp, &path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes one outcome in its turn: the record (to the stream or its own file), or the
/// failure (reported, and its error record written for a JSONL line); keeps the counts.
fn emit<W: Write>(
    config: &Config,
    writer: &mut Writer<W>,
    summary: &mut Summary,
    progress: Option<&indicatif::ProgressBar>,
    on_failure: &mut FailureSink,
    outcome: Outcome,
) -> io::Result<()> {
    if let Some(pb) = progress {
        pb.inc(1);
    }
    let (id, bytes) = match outcome {
        Outcome::Record(id, bytes) => (id, Some(bytes)),
        Outcome::Failed(failure, bytes) => {
            // A binary file in a folder is skipped, not failed: folders hold images.
            if matches!(failure.error, Error::Binary { .. }) {
                summary.skipped += 1;
            } else {
                summary.failed += 1;
            }
            on_failure(&failure);
            (failure.id.clone().unwrap_or_default(), bytes)
        }
    };
    if let Some(bytes) = bytes {
        match &config.output_dir {
            Some(dir) => write_atomically(dir, &id, config.format, &bytes)?,
            None => writer.write_encoded(&bytes)?,
        }
        summary.records += 1;
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

/// A closed pipe ends the run quietly; any other write error is fatal.
fn output_error(e: io::Error, summary: &mut Summary) -> Result<(), Error> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        summary.closed = true;
        Ok(())
    } else {
        Err(Error::Output(e))
    }
}

fn work(pipeline: &Pipeline, job: Job) -> Outcome {
    let config = pipeline.config();
    let is_line = matches!(job, Job::JsonLine { .. });
    match input::load(job, &config.input) {
        Ok(doc) => {
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
                        let record = Record::failed(
                            &doc.id,
                            error.kind(),
                            error.to_string(),
                            config.offsets,
                        );
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
                        id: Some(doc.id),
                        error: Error::Output(e),
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
                    config.offsets,
                );
                encode(config.format, &record).ok()
            });
            Outcome::Failed(failure, bytes.flatten())
        }
    }
}

fn progress_bar() -> indicatif::ProgressBar {
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
    {
        pb.set_style(style);
    }
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}
