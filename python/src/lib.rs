//! The Python binding: `dossier._dossier`, wrapped by `dossier/__init__.py`.
//!
//! Records cross into Python as the JSON line the command line writes (the same encoder),
//! so a record from Python is byte for byte the command's; Python parses it. Work runs with
//! the GIL released. Batches go to a pool of threads kept for the life of the process,
//! since each thread keeps the date patterns it compiled and its buffers from one article
//! to the next, and a new thread would build them again.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};

use dossier::output::{Format, encode};
use dossier::{CivilDate, Document, OffsetUnit, Pipeline, PipelineOptions};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;

create_exception!(
    _dossier,
    DossierError,
    PyValueError,
    "Bad input to dossier: the message says what and where."
);

/// The pipeline's options from the keyword arguments.
fn options(reference_date: Option<&str>, offsets: &str) -> PyResult<PipelineOptions> {
    let reference_date = match reference_date {
        Some(s) => Some(CivilDate::parse(s).ok_or_else(|| {
            DossierError::new_err(format!("reference_date {s:?} is not a YYYY-MM-DD date"))
        })?),
        None => None,
    };
    let offsets = match offsets {
        "chars" => OffsetUnit::Chars,
        "bytes" => OffsetUnit::Bytes,
        other => {
            return Err(DossierError::new_err(format!(
                "offsets must be \"chars\" or \"bytes\", not {other:?}"
            )));
        }
    };
    Ok(PipelineOptions {
        offsets,
        reference_date,
        ..PipelineOptions::default()
    })
}

/// A Python `str` as Rust text; a string that is not valid Unicode (a lone surrogate) is
/// refused with `what` named.
fn text_of(s: &Bound<'_, PyString>, what: &str) -> PyResult<String> {
    s.to_cow()
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| DossierError::new_err(format!("{what} is not valid Unicode: {e}")))
}

/// The record of `doc` as one JSON line without its line end, or why there is none.
fn record_line(pipeline: &Pipeline, doc: &Document) -> Result<String, String> {
    let encoded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        encode(Format::Jsonl, &pipeline.process(doc))
    }));
    match encoded {
        Ok(Ok(mut bytes)) => {
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
            }
            String::from_utf8(bytes).map_err(|e| e.to_string())
        }
        Ok(Err(e)) => Err(format!("{}: cannot encode the record: {e}", doc.id)),
        Err(_) => Err(format!("{}: internal error", doc.id)),
    }
}

/// One batch shared by the workers given it: each takes the next document until none is
/// left, and sends back its index with its record.
struct Task {
    pipeline: Pipeline,
    docs: Arc<Vec<Document>>,
    next: Arc<AtomicUsize>,
    done: mpsc::Sender<(usize, Result<String, String>)>,
}

/// The workers, started as batches ask for them and kept for the life of the process.
static POOL: OnceLock<Mutex<Vec<mpsc::Sender<Task>>>> = OnceLock::new();

/// Hands `task` to `jobs` workers, starting those not yet running. False when no worker
/// could be started.
fn dispatch(task: impl Fn() -> Task, jobs: usize) -> bool {
    let pool = POOL.get_or_init(|| Mutex::new(Vec::new()));
    let mut workers = pool.lock().unwrap_or_else(|e| e.into_inner());
    while workers.len() < jobs {
        let (tx, rx) = mpsc::channel::<Task>();
        let spawned = std::thread::Builder::new()
            .name("dossier".into())
            .spawn(move || {
                for t in rx {
                    loop {
                        let i = t.next.fetch_add(1, Ordering::Relaxed);
                        let Some(doc) = t.docs.get(i) else { break };
                        if t.done.send((i, record_line(&t.pipeline, doc))).is_err() {
                            break;
                        }
                    }
                }
            });
        if spawned.is_err() {
            break;
        }
        workers.push(tx);
    }
    let mut sent = 0;
    for w in workers.iter().take(jobs) {
        sent += usize::from(w.send(task()).is_ok());
    }
    sent > 0
}

/// The records of `docs` in order, on `jobs` threads.
fn run_batch(pipeline: &Pipeline, docs: Vec<Document>, jobs: usize) -> Vec<Result<String, String>> {
    let n = docs.len();
    let docs = Arc::new(docs);
    let next = Arc::new(AtomicUsize::new(0));
    let (done, results) = mpsc::channel();
    let task = || Task {
        pipeline: pipeline.clone(),
        docs: Arc::clone(&docs),
        next: Arc::clone(&next),
        done: done.clone(),
    };
    let mut out: Vec<Option<Result<String, String>>> = vec![None; n];
    if dispatch(task, jobs.max(1)) {
        drop(done);
        for (i, r) in results.iter().take(n) {
            out[i] = Some(r);
        }
    } else {
        // No thread could be started: the caller's thread does the work.
        for (i, doc) in docs.iter().enumerate() {
            out[i] = Some(record_line(pipeline, doc));
        }
    }
    out.into_iter()
        .map(|r| r.unwrap_or_else(|| Err("internal error: a worker stopped".into())))
        .collect()
}

/// The record of one article as the JSON line the command line writes.
#[pyfunction]
#[pyo3(signature = (text, *, id=None, date=None, reference_date=None, offsets="chars"))]
fn extract_json(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    id: Option<&str>,
    date: Option<&str>,
    reference_date: Option<&str>,
    offsets: &str,
) -> PyResult<String> {
    let pipeline = Pipeline::new(options(reference_date, offsets)?);
    let mut doc = Document::new(id.unwrap_or("-"), text_of(text, "text")?);
    doc.date = date.map(str::to_owned);
    py.detach(|| record_line(&pipeline, &doc))
        .map_err(DossierError::new_err)
}

/// The records of a batch, in order, as JSON lines; `ids` and `dates` are as long as
/// `texts`.
#[pyfunction]
#[pyo3(signature = (texts, ids, dates, *, jobs=None, reference_date=None, offsets="chars"))]
fn extract_json_batch(
    py: Python<'_>,
    texts: Vec<Bound<'_, PyString>>,
    ids: Vec<String>,
    dates: Vec<Option<String>>,
    jobs: Option<usize>,
    reference_date: Option<&str>,
    offsets: &str,
) -> PyResult<Vec<String>> {
    let pipeline = Pipeline::new(options(reference_date, offsets)?);
    if ids.len() != texts.len() || dates.len() != texts.len() {
        return Err(DossierError::new_err(
            "texts, ids and dates must be as long as each other",
        ));
    }
    let jobs = match jobs {
        Some(0) => return Err(DossierError::new_err("jobs must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let mut docs = Vec::with_capacity(texts.len());
    for ((text, id), date) in texts.iter().zip(ids).zip(dates) {
        let mut doc = Document::new(id, text_of(text, "text")?);
        doc.date = date;
        docs.push(doc);
    }
    py.detach(|| run_batch(&pipeline, docs, jobs))
        .into_iter()
        .map(|r| r.map_err(DossierError::new_err))
        .collect()
}

/// The record's JSON Schema, as JSON.
#[pyfunction]
fn schema_json() -> String {
    dossier::record::schema().to_string()
}

#[pymodule]
fn _dossier(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("DossierError", m.py().get_type::<DossierError>())?;
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(extract_json_batch, m)?)?;
    m.add_function(wrap_pyfunction!(schema_json, m)?)?;
    Ok(())
}
