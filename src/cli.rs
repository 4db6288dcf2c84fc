//! Command-line arguments and their validation into one [`dossier::Config`].
//!
//! Declared only from `main.rs`: the clap struct stays dumb; `into_run` checks every
//! value before any input is opened, so a bad flag never costs a half-done batch.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use dossier::input::{FileFilter, InputOptions, JsonlFields};
use dossier::{CivilDate, Config, DateOrder, Format, OffsetUnit, Source};

/// Turn English news articles into structured records (title, sections, lists, actors,
/// locations, dates) with exact spans, as JSON, JSON Lines or CSV.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or folders to read (folders recursively); none or "-" reads stdin.
    pub inputs: Vec<PathBuf>,

    /// Output format [default: json for one input, jsonl for several, a folder or JSONL input].
    #[arg(short, long, value_enum)]
    pub format: Option<FormatArg>,

    /// With --format csv: one row per mention, or one row per article.
    #[arg(long, value_enum, default_value = "mentions")]
    pub csv: CsvArg,

    /// Unit of output spans.
    #[arg(long, value_enum, default_value = "chars")]
    pub offsets: OffsetArg,

    /// Reference date (YYYY-MM-DD) for relative dates such as "yesterday".
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<String>,

    /// Order of day and month in numeric dates like 03/04/2025.
    #[arg(long, value_enum, default_value = "mdy")]
    pub date_order: DateOrderArg,

    /// Input kind: plain text files, or JSON Lines with one article per line.
    #[arg(long, value_enum, default_value = "text")]
    pub input: InputArg,

    /// JSONL field holding the article text.
    #[arg(long, default_value = "text")]
    pub text_field: String,

    /// JSONL field holding the record id.
    #[arg(long, default_value = "id")]
    pub id_field: String,

    /// JSONL field holding the article's date (YYYY-MM-DD), used as the reference date.
    #[arg(long, default_value = "date")]
    pub date_field: String,

    /// Which files of a folder to read, as a glob on the file name [default: *.txt, *.md, *.text].
    #[arg(long)]
    pub glob: Option<String>,

    /// Worker threads [default: all cores].
    #[arg(short, long)]
    pub jobs: Option<usize>,

    /// Write output to this file instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,

    /// Write one output file per input under this folder (each written atomically).
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub output_dir: Option<PathBuf>,

    /// Also write each failed input as a JSON line to this file.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of failing the input.
    #[arg(long)]
    pub lossy: bool,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = 50 * 1024 * 1024)]
    pub max_bytes: u64,

    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the JSON Schema of the record.
    Schema,
    /// Read annotated documents (JSONL with "id", "text" and a date field) and write
    /// dossier's predictions in the scorer's format (see README, Accuracy).
    Eval {
        /// The annotated JSONL file.
        gold: PathBuf,
        /// Field holding each document's date, used as its reference date.
        #[arg(long, default_value = "dct")]
        date_field: String,
        /// Worker threads [default: all cores].
        #[arg(short, long)]
        jobs: Option<usize>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CsvArg {
    Mentions,
    Articles,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OffsetArg {
    Chars,
    Bytes,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DateOrderArg {
    Mdy,
    Dmy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    Text,
    Jsonl,
}

/// A validated run: the configuration, the inputs and where output goes.
pub struct Run {
    pub config: Config,
    pub sources: Vec<Source>,
    pub output: Option<PathBuf>,
    pub errors: Option<PathBuf>,
}

impl Run {
    /// The run behind `dossier eval`: the gold file as JSONL input, predictions out.
    pub fn eval(gold: PathBuf, date_field: String, jobs: Option<usize>) -> Result<Run, String> {
        if jobs == Some(0) {
            return Err("--jobs must be at least 1".into());
        }
        let config = Config {
            input: InputOptions {
                jsonl: Some(JsonlFields {
                    text: "text".into(),
                    id: "id".into(),
                    date: date_field,
                }),
                ..InputOptions::default()
            },
            format: Format::Predictions,
            jobs: jobs
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
            ..Config::default()
        };
        Ok(Run {
            config,
            sources: vec![Source::Path(gold)],
            output: None,
            errors: None,
        })
    }
}

impl Args {
    /// Checks every value and builds the run.
    pub fn into_run(self) -> Result<Run, String> {
        let reference_date = match &self.reference_date {
            Some(s) => Some(
                CivilDate::parse(s)
                    .ok_or_else(|| format!("--reference-date {s:?} is not a YYYY-MM-DD date"))?,
            ),
            None => None,
        };
        if self.jobs == Some(0) {
            return Err("--jobs must be at least 1".into());
        }
        if self.max_bytes == 0 {
            return Err("--max-bytes must be at least 1".into());
        }
        for (name, v) in [
            ("--text-field", &self.text_field),
            ("--id-field", &self.id_field),
            ("--date-field", &self.date_field),
        ] {
            if v.is_empty() {
                return Err(format!("{name} must not be empty"));
            }
        }
        let file_filter = match &self.glob {
            Some(g) => FileFilter::glob(g).map_err(|e| e.to_string())?,
            None => FileFilter::default(),
        };
        let mut sources = Vec::new();
        for p in &self.inputs {
            if p.as_os_str() == "-" {
                sources.push(Source::Stdin);
            } else {
                sources.push(Source::Path(p.clone()));
            }
        }
        if sources.is_empty() {
            sources.push(Source::Stdin);
        }
        if sources.iter().filter(|s| **s == Source::Stdin).count() > 1 {
            return Err("stdin (-) can be given only once".into());
        }
        let jsonl = self.input == InputArg::Jsonl;
        let several = sources.len() > 1
            || jsonl
            || sources
                .iter()
                .any(|s| matches!(s, Source::Path(p) if p.is_dir()));
        let format = match (self.format, self.csv) {
            (Some(FormatArg::Json), _) => Format::Json,
            (Some(FormatArg::Jsonl), _) => Format::Jsonl,
            (Some(FormatArg::Csv), CsvArg::Mentions) => Format::CsvMentions,
            (Some(FormatArg::Csv), CsvArg::Articles) => Format::CsvArticles,
            (None, _) if several && self.output_dir.is_none() => Format::Jsonl,
            (None, _) => Format::Json,
        };
        let jobs = self
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let config = Config {
            offsets: match self.offsets {
                OffsetArg::Chars => OffsetUnit::Chars,
                OffsetArg::Bytes => OffsetUnit::Bytes,
            },
            reference_date,
            date_order: match self.date_order {
                DateOrderArg::Mdy => DateOrder::Mdy,
                DateOrderArg::Dmy => DateOrder::Dmy,
            },
            input: InputOptions {
                file_filter,
                max_bytes: self.max_bytes,
                lossy: self.lossy,
                jsonl: jsonl.then_some(JsonlFields {
                    text: self.text_field,
                    id: self.id_field,
                    date: self.date_field,
                }),
            },
            format,
            json_array: several && self.output_dir.is_none(),
            jobs,
            progress: !self.quiet && std::io::stderr().is_terminal(),
            output_dir: self.output_dir,
        };
        Ok(Run {
            config,
            sources,
            output: self.output,
            errors: self.errors,
        })
    }
}
