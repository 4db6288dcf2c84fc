//! Input: where articles come from and how their bytes become text.
//!
//! Sources are stdin, files and folders (walked recursively in sorted order). Each source
//! becomes one or more [`Job`]s lazily, so a folder of 100,000 files is never listed in
//! memory; [`load`] turns a job into a [`Document`] (reading, size and binary checks,
//! decoding) and is what the batch workers call in parallel.
//!
//! Decoding policy: a UTF-8 byte-order mark is removed and UTF-16 with a mark is decoded,
//! so offsets count from the first character of the article itself. Line ends (CRLF, LF,
//! lone CR) are kept as they are, so offsets always point into the text as written.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use globset::{Glob, GlobMatcher};
use serde_json::{Map, Value};

use crate::error::{Error, path_name};

/// One article ready for the pipeline.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The record id: path relative to the input root, `-` for stdin, or the JSONL id.
    pub id: String,
    /// The article text (decoded, without a byte-order mark).
    pub text: String,
    /// A reference date given with the article (JSONL `--date-field`), as written.
    pub date: Option<String>,
    /// Other fields of a JSONL input line, passed through to the record.
    pub meta: Option<Map<String, Value>>,
    /// Problems that did not stop processing (bytes replaced by `--lossy`...).
    pub warnings: Vec<String>,
}

impl Document {
    /// A document from text already in memory.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }
}

/// Where input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file or a folder.
    Path(PathBuf),
}

/// Field names used to read JSON Lines input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    /// The field holding the article text.
    pub text: String,
    /// The field holding the id (the line's position is used when absent).
    pub id: String,
    /// The field holding the article's reference date, if any.
    pub date: String,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            text: "text".into(),
            id: "id".into(),
            date: "date".into(),
        }
    }
}

/// The default of [`InputOptions::max_bytes`], 4 MiB: some forty times a long news
/// article. Processing takes up to some 160 bytes of memory for each byte of the most
/// hostile text (a paragraph or list item every few bytes), so this keeps a run under
/// 1 GB; raise it for longer documents.
pub const MAX_BYTES: u64 = 4 << 20;

/// How inputs are found and decoded.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// Which files of a folder are read, matched against the file name.
    pub file_filter: FileFilter,
    /// Inputs (files, JSONL lines) larger than this many bytes are refused.
    pub max_bytes: u64,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing.
    pub lossy: bool,
    /// Read JSON Lines (one article per line) instead of plain text.
    pub jsonl: Option<JsonlFields>,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            file_filter: FileFilter::default(),
            max_bytes: MAX_BYTES,
            lossy: false,
            jsonl: None,
        }
    }
}

/// Chooses the files of a folder to read.
#[derive(Debug, Clone)]
pub enum FileFilter {
    /// Files whose extension is one of these (lower case, without the dot).
    Extensions(Vec<String>),
    /// Files whose name matches this glob.
    Glob(GlobMatcher),
}

impl Default for FileFilter {
    fn default() -> Self {
        FileFilter::Extensions(["txt", "md", "text"].map(String::from).to_vec())
    }
}

impl std::fmt::Display for FileFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileFilter::Extensions(exts) => {
                let names: Vec<String> = exts.iter().map(|e| format!("*.{e}")).collect();
                write!(f, "looked for {}", names.join(", "))
            }
            FileFilter::Glob(g) => write!(f, "looked for --glob {}", g.glob()),
        }
    }
}

impl FileFilter {
    /// A filter from a glob such as `*.txt` or `article-*`.
    pub fn glob(pattern: &str) -> Result<Self, Error> {
        Glob::new(pattern)
            .map(|g| FileFilter::Glob(g.compile_matcher()))
            .map_err(|e| Error::Config(format!("bad --glob pattern {pattern:?}: {e}")))
    }

    /// True when a folder's file at `path` is read.
    pub fn accepts(&self, path: &Path) -> bool {
        match self {
            FileFilter::Extensions(exts) => path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e))),
            FileFilter::Glob(g) => path.file_name().is_some_and(|n| g.is_match(n)),
        }
    }
}

/// A unit of work: one article to load, or a failure found while listing inputs.
#[derive(Debug)]
pub enum Job {
    /// Read the whole of standard input as one article.
    Stdin,
    /// Read one file; `id` is its path relative to the input root.
    File {
        /// The file to read.
        path: PathBuf,
        /// The record id.
        id: String,
    },
    /// One line of JSON Lines input.
    JsonLine {
        /// The input's name (`-` for stdin).
        source: String,
        /// 1-based line number.
        line: usize,
        /// The raw bytes of the line, without its line end.
        bytes: Vec<u8>,
    },
    /// Listing the inputs failed here; reported in its place in the output order.
    Failed(Failure),
}

/// An input that could not be turned into a document.
#[derive(Debug)]
pub struct Failure {
    /// The id the record would have had, when known (JSONL lines keep theirs).
    pub id: Option<String>,
    /// What went wrong.
    pub error: Error,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure { id: None, error }
    }
}

/// How many inputs [`jobs`] will give, when that is known without reading them: for files
/// and folders of text files (a walk of the folders, which reads no file); `None` for
/// stdin and JSON Lines, whose count is their lines.
pub fn count_jobs(sources: &[Source], opts: &InputOptions) -> Option<u64> {
    let known = opts.jsonl.is_none() && !sources.contains(&Source::Stdin);
    known.then(|| jobs(sources, opts).count() as u64)
}

/// All jobs for `sources`, produced lazily in a deterministic order.
pub fn jobs<'a>(sources: &'a [Source], opts: &'a InputOptions) -> impl Iterator<Item = Job> + 'a {
    sources
        .iter()
        .flat_map(move |source| source_jobs(source, opts))
}

fn source_jobs<'a>(
    source: &'a Source,
    opts: &'a InputOptions,
) -> Box<dyn Iterator<Item = Job> + 'a> {
    match (source, &opts.jsonl) {
        (Source::Stdin, None) => Box::new(std::iter::once(Job::Stdin)),
        (Source::Stdin, Some(_)) => Box::new(json_lines(
            "-".to_string(),
            Box::new(BufReader::new(io::stdin())),
        )),
        (Source::Path(path), jsonl) => {
            if path.is_dir() {
                // True once a file was listed, or the folder was said to hold none.
                let mut settled = false;
                let nothing = move || {
                    Job::Failed(Failure {
                        id: None,
                        error: Error::Walk {
                            path: path_name(path),
                            reason: format!("no files to read here ({})", opts.file_filter),
                        },
                    })
                };
                // A folder with nothing to read is said, not passed over in silence.
                let mut walked = walk(path, opts);
                let listed = std::iter::from_fn(move || match walked.next() {
                    Some(job) => {
                        settled |= matches!(job, Job::File { .. });
                        Some(job)
                    }
                    None if !settled => {
                        settled = true;
                        Some(nothing())
                    }
                    None => None,
                });
                Box::new(listed.flat_map(move |job| match (job, jsonl) {
                    (Job::File { path, .. }, Some(_)) => jsonl_file(path),
                    (job, _) => Box::new(std::iter::once(job)),
                }))
            } else if jsonl.is_some() {
                jsonl_file(path.clone())
            } else {
                let id = path_name(path);
                Box::new(std::iter::once(Job::File {
                    path: path.clone(),
                    id,
                }))
            }
        }
    }
}

fn jsonl_file(path: PathBuf) -> Box<dyn Iterator<Item = Job>> {
    let name = path_name(&path);
    match File::open(&path) {
        Ok(f) => {
            let mut reader = BufReader::with_capacity(1 << 16, f);
            // A binary file is one error, not one per line of its bytes.
            if let Ok(head) = reader.fill_buf()
                && let Some(what) = binary_kind(head)
            {
                return Box::new(std::iter::once(Job::Failed(
                    Error::Binary { path: name, what }.into(),
                )));
            }
            Box::new(json_lines(name, Box::new(reader)))
        }
        Err(source) => Box::new(std::iter::once(Job::Failed(
            Error::Read { path: name, source }.into(),
        ))),
    }
}

/// Splits a reader into JSON-line jobs; a read error ends the input with one failure.
fn json_lines(source: String, mut reader: Box<dyn BufRead>) -> impl Iterator<Item = Job> {
    let mut line = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut bytes = Vec::new();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => None,
            Ok(_) => {
                line += 1;
                while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                    bytes.pop();
                }
                // A file written with a byte-order mark has it before its first line.
                if line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
                    bytes.drain(..3);
                }
                // A blank line is passed on too: it gets an error record in its place, so
                // that line N of the output is always line N of the input.
                Some(Job::JsonLine {
                    source: source.clone(),
                    line,
                    bytes,
                })
            }
            Err(e) => {
                done = true;
                Some(Job::Failed(
                    Error::Read {
                        path: source.clone(),
                        source: e,
                    }
                    .into(),
                ))
            }
        }
    })
}

/// Files under `root` accepted by the filter, sorted by path; walk errors become failures.
fn walk<'a>(root: &'a Path, opts: &'a InputOptions) -> impl Iterator<Item = Job> + 'a {
    walkdir::WalkDir::new(root)
        .follow_links(true)
        // By file name. Entries sorted together share their folder's path, so their whole
        // paths compare as their names do, without each comparison parsing both paths for
        // their last component.
        .sort_by(|a, b| {
            let (a, b) = (a.path().as_os_str(), b.path().as_os_str());
            a.as_encoded_bytes().cmp(b.as_encoded_bytes())
        })
        .into_iter()
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() && opts.file_filter.accepts(e.path()) => {
                let id = e
                    .path()
                    .strip_prefix(root)
                    .map(path_name)
                    .unwrap_or_else(|_| path_name(e.path()));
                Some(Job::File {
                    path: e.into_path(),
                    id,
                })
            }
            Ok(_) => None,
            // A broken link whose name the filter turns away would not have been read.
            Err(err)
                if err
                    .io_error()
                    .is_some_and(|e| e.kind() == io::ErrorKind::NotFound)
                    && err.path().is_some_and(|p| !opts.file_filter.accepts(p)) =>
            {
                None
            }
            Err(err) => {
                let path = err.path().map(path_name).unwrap_or_else(|| path_name(root));
                let reason = match err.io_error() {
                    Some(io) => io.to_string(),
                    None => err.to_string(),
                };
                Some(Job::Failed(Error::Walk { path, reason }.into()))
            }
        })
}

/// Turns a job into a document: reads, checks size, detects binaries and decodes.
pub fn load(job: Job, opts: &InputOptions) -> Result<Document, Failure> {
    match job {
        Job::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .take(opts.max_bytes + 1)
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Read {
                    path: "-".into(),
                    source,
                })?;
            if bytes.len() as u64 > opts.max_bytes {
                return Err(Error::TooLarge {
                    path: "-".into(),
                    size: None,
                    limit: opts.max_bytes,
                }
                .into());
            }
            document("-".into(), "-", bytes, opts).map_err(Failure::from)
        }
        Job::File { path, id } => {
            let name = path_name(&path);
            let bytes = read_file(&path, &name, opts.max_bytes)?;
            let mut doc = document(id, &name, bytes, opts).map_err(Failure::from)?;
            if path.to_str().is_none() {
                doc.warnings
                    .push("file name is not valid UTF-8; the id shows it with U+FFFD".into());
            }
            Ok(doc)
        }
        Job::JsonLine {
            source,
            line,
            bytes,
        } => json_document(&source, line, &bytes, opts),
        Job::Failed(f) => Err(f),
    }
}

fn read_file(path: &Path, name: &str, max_bytes: u64) -> Result<Vec<u8>, Error> {
    let read_err = |source| Error::Read {
        path: name.to_string(),
        source,
    };
    let file = File::open(path).map_err(read_err)?;
    let size = file.metadata().map_err(read_err)?.len();
    if size > max_bytes {
        return Err(Error::TooLarge {
            path: name.to_string(),
            size: Some(size),
            limit: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            path: name.to_string(),
            size: None,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

fn document(
    id: String,
    name: &str,
    bytes: Vec<u8>,
    opts: &InputOptions,
) -> Result<Document, Error> {
    let mut warnings = Vec::new();
    let text = decode_owned(bytes, name, opts.lossy, &mut warnings)?;
    Ok(Document {
        id,
        text,
        date: None,
        meta: None,
        warnings,
    })
}

fn json_document(
    source: &str,
    line: usize,
    bytes: &[u8],
    opts: &InputOptions,
) -> Result<Document, Failure> {
    let fields = opts.jsonl.clone().unwrap_or_default();
    let fail = |id: Option<String>, reason: String| Failure {
        id,
        error: Error::JsonLine {
            path: source.to_string(),
            line,
            reason,
        },
    };
    let fallback_id = format!("{source}:{line}");
    if bytes.len() as u64 > opts.max_bytes {
        return Err(fail(
            Some(fallback_id),
            format!(
                "line of {} bytes is over the limit of {} bytes",
                bytes.len(),
                opts.max_bytes
            ),
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(
            Some(fallback_id),
            "blank line (no JSON object)".into(),
        ));
    }
    let mut warnings = Vec::new();
    let line_text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(e) if opts.lossy => {
            warnings.push(format!(
                "invalid UTF-8 from byte {} of the line replaced with U+FFFD",
                e.valid_up_to()
            ));
            String::from_utf8_lossy(bytes)
        }
        Err(e) => {
            return Err(fail(
                Some(fallback_id),
                format!(
                    "not valid UTF-8 at byte {} of the line (use --lossy to replace bad bytes)",
                    e.valid_up_to()
                ),
            ));
        }
    };
    let line_text = match lone_surrogates_replaced(&line_text) {
        None => line_text,
        Some(_) if !opts.lossy => {
            return Err(fail(
                Some(fallback_id),
                "a \\u escape names half of a UTF-16 surrogate pair, which is no character (use --lossy to replace it)".into(),
            ));
        }
        Some(fixed) => {
            warnings.push("a lone UTF-16 surrogate escape replaced with U+FFFD".into());
            std::borrow::Cow::Owned(fixed)
        }
    };
    let value: Value = serde_json::from_str(&line_text)
        .map_err(|e| fail(Some(fallback_id.clone()), format!("not valid JSON: {e}")))?;
    let Value::Object(mut map) = value else {
        return Err(fail(Some(fallback_id), "not a JSON object".into()));
    };
    let id = match map.remove(&fields.id) {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => fallback_id,
        Some(other) => other.to_string(),
    };
    let text = match map.remove(&fields.text) {
        Some(Value::String(s)) => s,
        Some(_) => {
            return Err(fail(
                Some(id),
                format!("field {:?} is not a string", fields.text),
            ));
        }
        None => return Err(fail(Some(id), format!("no {:?} field", fields.text))),
    };
    let date = match map.remove(&fields.date) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    Ok(Document {
        id,
        text,
        date,
        meta: Some(map),
        warnings,
    })
}

/// `line` with each `\uXXXX` escape of half a surrogate pair that has no other half
/// replaced by `\ufffd`, or `None` when it has none (nearly always).
fn lone_surrogates_replaced(line: &str) -> Option<String> {
    if !line.contains("\\u") {
        return None;
    }
    let b = line.as_bytes();
    let unit_at = |i: usize| -> Option<u16> {
        let hex = line.get(i + 2..i + 6)?;
        (b[i] == b'\\' && b[i + 1] == b'u')
            .then(|| u16::from_str_radix(hex, 16).ok())
            .flatten()
    };
    let mut lone = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit_at(i) {
            Some(0xD800..=0xDBFF) => {
                if matches!(unit_at(i + 6), Some(0xDC00..=0xDFFF)) {
                    i += 12;
                } else {
                    lone.push(i);
                    i += 6;
                }
            }
            Some(0xDC00..=0xDFFF) => {
                lone.push(i);
                i += 6;
            }
            Some(_) => i += 6,
            None => i += 2, // another escape, such as \\ or \"
        }
    }
    if lone.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut from = 0;
    for at in lone {
        out.push_str(&line[from..at]);
        out.push_str("\\ufffd");
        from = at + 6;
    }
    out.push_str(&line[from..]);
    Some(out)
}

/// Decodes raw bytes to text: BOM handling, binary detection, UTF-8 validation.
pub fn decode(
    bytes: &[u8],
    name: &str,
    lossy: bool,
    warnings: &mut Vec<String>,
) -> Result<String, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest, name, lossy, warnings);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE\0\0") {
        return Ok(decode_utf32(rest, u32::from_le_bytes, warnings));
    }
    if let Some(rest) = bytes.strip_prefix(b"\0\0\xFE\xFF") {
        return Ok(decode_utf32(rest, u32::from_be_bytes, warnings));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_utf16(rest, u16::from_le_bytes, warnings));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_utf16(rest, u16::from_be_bytes, warnings));
    }
    if let Some(what) = binary_kind(bytes) {
        return Err(Error::Binary {
            path: name.to_string(),
            what,
        });
    }
    decode_utf8(bytes, name, lossy, warnings)
}

/// [`decode`] of bytes the caller gives up: plain UTF-8, most input, becomes the text
/// without a copy.
fn decode_owned(
    bytes: Vec<u8>,
    name: &str,
    lossy: bool,
    warnings: &mut Vec<String>,
) -> Result<String, Error> {
    // UTF-16 byte-order marks are no valid UTF-8: only text with its own mark, a binary
    // or bad bytes take the general, copying way.
    match String::from_utf8(bytes) {
        Ok(text) if !text.starts_with('\u{feff}') && binary_kind(text.as_bytes()).is_none() => {
            Ok(text)
        }
        Ok(text) => decode(text.as_bytes(), name, lossy, warnings),
        Err(e) => decode(e.as_bytes(), name, lossy, warnings),
    }
}

fn decode_utf8(
    bytes: &[u8],
    name: &str,
    lossy: bool,
    warnings: &mut Vec<String>,
) -> Result<String, Error> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) if lossy => {
            warnings.push(format!(
                "invalid UTF-8 from byte {} replaced with U+FFFD",
                e.valid_up_to()
            ));
            Ok(String::from_utf8_lossy(bytes).into_owned())
        }
        Err(e) => Err(Error::NotUtf8 {
            path: name.to_string(),
            offset: e.valid_up_to(),
        }),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, warnings: &mut Vec<String>) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 || text.contains(char::REPLACEMENT_CHARACTER) {
        warnings.push("malformed UTF-16 replaced with U+FFFD".into());
    }
    text
}

fn decode_utf32(bytes: &[u8], unit: fn([u8; 4]) -> u32, warnings: &mut Vec<String>) -> String {
    let mut bad = !bytes.len().is_multiple_of(4);
    let text: String = bytes
        .chunks_exact(4)
        .map(|c| {
            char::from_u32(unit([c[0], c[1], c[2], c[3]])).unwrap_or_else(|| {
                bad = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bad {
        warnings.push("malformed UTF-32 replaced with U+FFFD".into());
    }
    text
}

/// Recognizes common binary formats by their magic numbers, or NUL bytes near the start.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x1F\x8B", "gzip"),
        (b"PK\x03\x04", "zip archive"),
        (b"BZh", "bzip2"),
        (b"\xFD7zXZ", "xz"),
        (b"\x7FELF", "executable"),
        (b"RIFF", "RIFF media"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    memchr::memchr(0, head).map(|_| "NUL bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`decode`], checked against [`decode_owned`]: both paths give the same text, error
    /// and warnings.
    fn dec(bytes: &[u8], lossy: bool) -> Result<String, Error> {
        let (mut warned, mut owned_warned) = (Vec::new(), Vec::new());
        let text = decode(bytes, "t", lossy, &mut warned);
        let owned = decode_owned(bytes.to_vec(), "t", lossy, &mut owned_warned);
        assert_eq!(format!("{text:?}"), format!("{owned:?}"), "{bytes:?}");
        assert_eq!(warned, owned_warned, "{bytes:?}");
        text
    }

    #[test]
    fn decoding_table() {
        let ok: &[(&str, &[u8], &str)] = &[
            ("plain", b"Cairo", "Cairo"),
            ("utf-8 bom removed", b"\xEF\xBB\xBFCairo", "Cairo"),
            ("crlf kept", b"a\r\nb", "a\r\nb"),
            ("utf-16le", b"\xFF\xFEC\0a\0", "Ca"),
            ("utf-16be", b"\xFE\xFF\0C\0a", "Ca"),
        ];
        for (name, bytes, want) in ok {
            assert_eq!(dec(bytes, false).unwrap(), *want, "{name}");
        }
    }

    #[test]
    fn bad_input_table() {
        let bad: &[(&str, &[u8], &str)] = &[
            ("latin-1", b"caf\xE9 au lait", "not_utf8"),
            ("png", b"\x89PNG\r\n\x1a\n....", "binary"),
            ("gzip", b"\x1F\x8B\x08\0", "binary"),
            ("nul", b"abc\0def", "binary"),
        ];
        for (name, bytes, kind) in bad {
            assert_eq!(
                dec(bytes, false).unwrap_err().kind().as_str(),
                *kind,
                "{name}"
            );
        }
    }

    #[test]
    fn lossy_replaces_and_warns() {
        let mut warnings = Vec::new();
        let text = decode(b"caf\xE9", "t", true, &mut warnings).unwrap();
        assert_eq!(text, "caf\u{FFFD}");
        assert_eq!(warnings.len(), 1);
        for bytes in [&b"caf\xE9"[..], b"\xEF\xBB\xBFcaf\xE9", b"\xFF\xFEC\0\xD8"] {
            assert!(dec(bytes, true).is_ok());
        }
    }

    #[test]
    fn not_utf8_names_offset() {
        let err = dec(b"abc\xFFdef", false).unwrap_err();
        assert!(err.to_string().contains("byte 3"), "{err}");
    }

    #[test]
    fn json_line_fields() {
        let opts = InputOptions {
            jsonl: Some(JsonlFields::default()),
            ..Default::default()
        };
        let line = br#"{"id":"a1","text":"Cairo","date":"2025-03-03","src":"x"}"#;
        let doc = json_document("-", 1, line, &opts).unwrap();
        assert_eq!(
            (doc.id.as_str(), doc.text.as_str(), doc.date.as_deref()),
            ("a1", "Cairo", Some("2025-03-03"))
        );
        assert_eq!(doc.meta.unwrap()["src"], "x");
        let missing = json_document("-", 7, br#"{"id":"b"}"#, &opts).unwrap_err();
        assert_eq!(missing.id.as_deref(), Some("b"));
        let broken = json_document("f", 3, b"{not json", &opts).unwrap_err();
        assert_eq!(broken.id.as_deref(), Some("f:3"));
    }
}

#[cfg(test)]
mod count_tests {
    use super::*;

    #[test]
    fn inputs_are_counted_where_the_count_is_known_without_reading_them() {
        let dir = tempfile::tempdir().expect("tempdir");
        let nested = dir.path().join("a/b");
        std::fs::create_dir_all(&nested).expect("dirs");
        for (path, text) in [
            (dir.path().join("one.txt"), "One."),
            (nested.join("two.md"), "Two."),
            (nested.join("three.text"), "Three."),
            (nested.join("image.png"), "not read"),
        ] {
            std::fs::write(path, text).expect("write");
        }
        let opts = InputOptions::default();
        let folder = Source::Path(dir.path().to_path_buf());
        let file = Source::Path(dir.path().join("one.txt"));
        let empty = tempfile::tempdir().expect("tempdir");
        let cases: [(Vec<Source>, Option<u64>); 4] = [
            (vec![folder.clone()], Some(3)),
            (vec![folder.clone(), file.clone()], Some(4)),
            // A folder with nothing to read is one failure, and counts as one.
            (vec![Source::Path(empty.path().to_path_buf())], Some(1)),
            (vec![file.clone(), Source::Stdin], None),
        ];
        for (sources, want) in cases {
            assert_eq!(count_jobs(&sources, &opts), want, "{sources:?}");
        }
        let jsonl = InputOptions {
            jsonl: Some(JsonlFields {
                text: "text".into(),
                id: "id".into(),
                date: "date".into(),
            }),
            ..InputOptions::default()
        };
        assert_eq!(count_jobs(&[file], &jsonl), None);
    }
}
