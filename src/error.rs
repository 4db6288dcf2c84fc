//! The library's error type: every variant names the input it concerns and the reason.
//!
//! Errors about one input never end a batch; the batch driver reports them and goes on.

use std::io;

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The input's name.
        path: String,
        /// What the operating system said.
        source: io::Error,
    },
    /// The input is not valid UTF-8 (and `--lossy` was not given).
    #[error("{path}: not valid UTF-8 at byte {offset} (use --lossy to replace bad bytes)")]
    NotUtf8 {
        /// The input's name.
        path: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The input looks like a binary file (image, archive, PDF...).
    #[error("{path}: binary file ({what}), skipped")]
    Binary {
        /// The input's name.
        path: String,
        /// What it looks like.
        what: &'static str,
    },
    /// The input is larger than the configured limit.
    #[error("{path}: {} the limit of {limit} bytes (raise it with --max-bytes)", size.map_or("input is over".to_string(), |s| format!("{s} bytes is over")))]
    TooLarge {
        /// The input's name.
        path: String,
        /// Its size in bytes, when known (a stream is read only up to the limit).
        size: Option<u64>,
        /// The limit in bytes.
        limit: u64,
    },
    /// A line of JSON Lines input could not be used.
    #[error("{path}:{line}: {reason}")]
    JsonLine {
        /// The input's name.
        path: String,
        /// 1-based line number.
        line: usize,
        /// Why the line was rejected.
        reason: String,
    },
    /// A folder walk failed on an entry (permissions, a symlink loop...).
    #[error("{path}: {reason}")]
    Walk {
        /// The entry's path.
        path: String,
        /// Why it failed.
        reason: String,
    },
    /// A bug in dossier stopped the processing of this input (the batch goes on).
    #[error("{path}: internal error: {reason} (please report this input)")]
    Internal {
        /// The input's name.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// A configuration value is invalid.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// Writing output failed.
    #[error("cannot write {path}: {reason}")]
    Output {
        /// Where the output went (`stdout`, a file).
        path: String,
        /// What the operating system said.
        reason: io::Error,
    },
}

impl Error {
    /// The name of the input the error concerns, if any.
    pub fn input(&self) -> Option<&str> {
        match self {
            Error::Read { path, .. }
            | Error::NotUtf8 { path, .. }
            | Error::Binary { path, .. }
            | Error::TooLarge { path, .. }
            | Error::JsonLine { path, .. }
            | Error::Walk { path, .. }
            | Error::Internal { path, .. }
            | Error::Output { path, .. } => Some(path),
            Error::Config(_) => None,
        }
    }

    /// What kind of error this is, as error records name it.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Read { .. } => ErrorKind::Read,
            Error::NotUtf8 { .. } => ErrorKind::NotUtf8,
            Error::Binary { .. } => ErrorKind::Binary,
            Error::TooLarge { .. } => ErrorKind::TooLarge,
            Error::JsonLine { .. } => ErrorKind::JsonLine,
            Error::Walk { .. } => ErrorKind::Walk,
            Error::Internal { .. } => ErrorKind::Internal,
            Error::Config(_) => ErrorKind::Config,
            Error::Output { .. } => ErrorKind::Output,
        }
    }
}

/// What kind of error an error record reports.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The input could not be read.
    Read,
    /// The input is not UTF-8 (or UTF-16/32 with a byte-order mark).
    NotUtf8,
    /// The input looks like a binary file.
    Binary,
    /// The input is larger than `--max-bytes`.
    TooLarge,
    /// A JSONL line is not a JSON object with a text field.
    JsonLine,
    /// A folder could not be walked.
    Walk,
    /// A bug: processing the input panicked.
    Internal,
    /// A bad option.
    Config,
    /// An output could not be written.
    Output,
}

impl ErrorKind {
    /// The name used in error records.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Read => "read",
            ErrorKind::NotUtf8 => "not_utf8",
            ErrorKind::Binary => "binary",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::JsonLine => "json_line",
            ErrorKind::Walk => "walk",
            ErrorKind::Internal => "internal",
            ErrorKind::Config => "config",
            ErrorKind::Output => "output",
        }
    }
}

/// Display form of a path for messages and ids.
pub(crate) fn path_name(path: &std::path::Path) -> String {
    path.to_string_lossy().into_owned()
}

/// A `Result` with the library's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
