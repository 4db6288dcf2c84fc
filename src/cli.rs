//! Command-line arguments and their validation into one [`Run`].
//!
//! Declared only from `main.rs`: the clap struct stays dumb; `into_run` checks every
//! value before any input is opened, so a bad flag never costs a half-done batch.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use dossier::Wanted;
use dossier::batch::BatchOptions;
use dossier::input::{FileFilter, InputOptions, JsonlFields};
use dossier::tagger::Choice;
use dossier::{CivilDate, DateOrder, Format, OffsetUnit, PipelineOptions, Source};

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

    /// With --format csv: one row per mention, or one row per article [default: mentions].
    #[arg(long, value_enum)]
    pub csv: Option<CsvArg>,

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

    /// With --input jsonl: the field holding the article text [default: text].
    #[arg(long)]
    pub text_field: Option<String>,

    /// With --input jsonl: the field holding the record id [default: id].
    #[arg(long)]
    pub id_field: Option<String>,

    /// With --input jsonl: the field holding the article's date (YYYY-MM-DD), used as the
    /// reference date [default: date].
    #[arg(long)]
    pub date_field: Option<String>,

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
    #[arg(long, default_value_t = dossier::input::MAX_BYTES)]
    pub max_bytes: u64,

    /// Keep at most this many dates, and name or place candidates, per article (the
    /// earliest); the record warns when the limit is reached.
    #[arg(long, default_value_t = dossier::MAX_MENTIONS)]
    pub max_mentions: usize,

    /// Entities from the rules and lists only, without the learned tagger.
    #[arg(long)]
    pub no_tagger: bool,

    /// Make only these extractions (comma-separated); the others stay empty, and work that
    /// only they need is skipped ("structure" alone: sections and lists only).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "WHAT")]
    pub only: Vec<OnlyArg>,

    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,

    /// Print a summary line at the end (records, failed, skipped, time), even when stderr
    /// is not a terminal.
    #[arg(long, conflicts_with = "quiet")]
    pub stats: bool,

    /// Exit 0 when some inputs failed: each is reported, and each JSONL line that failed
    /// has an error record in its place. For pipes that treat any other code as a failed
    /// task (Spark's `rdd.pipe(checkCode=True)`, Hadoop Streaming). Usage and output
    /// errors still exit 2.
    #[arg(long)]
    pub allow_failures: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the JSON Schema of the record.
    Schema,
    /// Print a completion script for a shell (e.g. `dossier completions bash >
    /// /etc/bash_completion.d/dossier`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `dossier man > dossier.1`.
    Man,
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
        /// Entities from the rules and lists only, without the learned tagger.
        #[arg(long)]
        no_tagger: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnlyArg {
    Actors,
    Locations,
    Dates,
    Structure,
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

/// The most worker threads per core: more only adds memory and switching.
const JOBS_PER_CORE: usize = 8;

/// The thread count for `--jobs`: all cores when not given, at most [`JOBS_PER_CORE`] per
/// core (with a warning) when given more.
fn worker_count(asked: Option<usize>) -> Result<(usize, Option<String>), String> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match asked {
        None => Ok((cores, None)),
        Some(0) => Err("--jobs must be at least 1".into()),
        Some(n) if n > cores * JOBS_PER_CORE => {
            let cap = cores * JOBS_PER_CORE;
            Ok((
                cap,
                Some(format!(
                    "--jobs {n} is more than {JOBS_PER_CORE} threads per core; using {cap} ({cores} cores)"
                )),
            ))
        }
        Some(n) => Ok((n, None)),
    }
}

/// Refuses an output that would overwrite an input or another output, or write into a
/// folder that is read: the first destroys an article, the others mix outputs or feed a
/// run its own output.
fn check_outputs(
    sources: &[Source],
    output: Option<&Path>,
    errors: Option<&Path>,
    output_dir: Option<(&Path, &str)>,
    filter: &FileFilter,
) -> Result<(), String> {
    let inputs: Vec<&Path> = sources
        .iter()
        .filter_map(|s| match s {
            Source::Path(p) => Some(p.as_path()),
            Source::Stdin => None,
        })
        .collect();
    let named = [("--output", output), ("--errors", errors)];
    for (flag, path) in named {
        let Some(path) = path else { continue };
        for input in &inputs {
            if same_file::is_same_file(path, input).unwrap_or(false) {
                return Err(format!(
                    "{flag} {} is the input {}; it would be overwritten",
                    path.display(),
                    input.display()
                ));
            }
            if input.is_dir() && filter.accepts(path) && inside(path, input) {
                return Err(format!(
                    "{flag} {} is inside the input folder {}, which would read it; write it elsewhere",
                    path.display(),
                    input.display()
                ));
            }
        }
    }
    if let (Some(o), Some(e)) = (output, errors)
        && (o == e || same_file::is_same_file(o, e).unwrap_or(false))
    {
        return Err(format!(
            "--output and --errors are the same file ({})",
            o.display()
        ));
    }
    if let Some((dir, ext)) = output_dir {
        let read_back = filter.accepts(Path::new(&format!("record.{ext}")));
        for input in &inputs {
            let clash = same_file::is_same_file(dir, input).unwrap_or(false)
                || (input.is_dir() && read_back && inside(dir, input))
                || inside(input, dir);
            if clash {
                return Err(format!(
                    "--output-dir {} overlaps the input {}; write it elsewhere",
                    dir.display(),
                    input.display()
                ));
            }
        }
        for (flag, path) in named {
            if let Some(path) = path.filter(|p| inside(p, dir)) {
                return Err(format!(
                    "{flag} {} is inside --output-dir {}",
                    path.display(),
                    dir.display()
                ));
            }
        }
    }
    Ok(())
}

/// True when `path` (which may not exist yet) lies inside the folder `dir`, comparing
/// canonical paths where they exist.
fn inside(path: &Path, dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    // The nearest existing ancestor of `path`, canonical, with the rest appended.
    let mut rest = Vec::new();
    let mut at = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    loop {
        if let Ok(real) = at.canonicalize() {
            let full = rest
                .iter()
                .rev()
                .fold(real, |p: PathBuf, part| p.join(part));
            return full != dir && full.starts_with(&dir);
        }
        match (at.file_name().map(|n| n.to_os_string()), at.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                at = parent.to_path_buf();
            }
            _ => return false,
        }
    }
}

/// A validated run: the options, the inputs and where output goes.
pub struct Run {
    pub options: BatchOptions,
    /// Show a progress bar on stderr.
    pub progress: bool,
    pub sources: Vec<Source>,
    pub output: Option<PathBuf>,
    pub errors: Option<PathBuf>,
    /// Said on stderr before the run starts (a value that was adjusted).
    pub notes: Vec<String>,
    /// Say a summary line at the end.
    pub stats: bool,
    /// Exit 0 even when some inputs failed.
    pub allow_failures: bool,
}

impl Run {
    /// The run behind `dossier eval`: the gold file as JSONL input, predictions out.
    pub fn eval(
        gold: PathBuf,
        date_field: String,
        jobs: Option<usize>,
        tagger: bool,
    ) -> Result<Run, String> {
        let (jobs, note) = worker_count(jobs)?;
        let options = BatchOptions {
            pipeline: PipelineOptions {
                tagger: if tagger {
                    Choice::Embedded
                } else {
                    Choice::Off
                },
                ..PipelineOptions::default()
            },
            input: InputOptions {
                jsonl: Some(JsonlFields {
                    text: "text".into(),
                    id: "id".into(),
                    date: date_field,
                }),
                ..InputOptions::default()
            },
            format: Format::Predictions,
            jobs,
            ..BatchOptions::default()
        };
        Ok(Run {
            options,
            progress: false,
            sources: vec![Source::Path(gold)],
            output: None,
            errors: None,
            notes: note.into_iter().collect(),
            stats: false,
            allow_failures: false,
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
        let (jobs, jobs_note) = worker_count(self.jobs)?;
        if self.max_bytes == 0 {
            return Err("--max-bytes must be at least 1".into());
        }
        if self.max_mentions == 0 {
            return Err("--max-mentions must be at least 1".into());
        }
        let jsonl = self.input == InputArg::Jsonl;
        for (name, v) in [
            ("--text-field", &self.text_field),
            ("--id-field", &self.id_field),
            ("--date-field", &self.date_field),
        ] {
            match v {
                Some(_) if !jsonl => {
                    return Err(format!("{name} applies only with --input jsonl"));
                }
                Some(v) if v.is_empty() => return Err(format!("{name} must not be empty")),
                _ => {}
            }
        }
        if self.csv.is_some() && !matches!(self.format, Some(FormatArg::Csv)) {
            return Err("--csv applies only with --format csv".into());
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
        let mut notes: Vec<String> = jobs_note.into_iter().collect();
        let folders = sources
            .iter()
            .any(|s| matches!(s, Source::Path(p) if p.is_dir()));
        if self.glob.is_some() && !folders {
            notes.push("--glob applies only to folders; no input is a folder".into());
        }
        let several = sources.len() > 1 || jsonl || folders;
        let format = match (self.format, self.csv) {
            (Some(FormatArg::Json), _) => Format::Json,
            (Some(FormatArg::Jsonl), _) => Format::Jsonl,
            (Some(FormatArg::Csv), None | Some(CsvArg::Mentions)) => Format::CsvMentions,
            (Some(FormatArg::Csv), Some(CsvArg::Articles)) => Format::CsvArticles,
            (None, _) if several && self.output_dir.is_none() => Format::Jsonl,
            (None, _) => Format::Json,
        };
        let ext = match format {
            Format::Json => "json",
            Format::Jsonl | Format::Predictions => "jsonl",
            Format::CsvMentions | Format::CsvArticles => "csv",
        };
        check_outputs(
            &sources,
            self.output.as_deref(),
            self.errors.as_deref(),
            self.output_dir.as_deref().map(|d| (d, ext)),
            &file_filter,
        )?;
        let terminal = std::io::stderr().is_terminal();
        let pipeline = PipelineOptions {
            offsets: match self.offsets {
                OffsetArg::Chars => OffsetUnit::Chars,
                OffsetArg::Bytes => OffsetUnit::Bytes,
            },
            reference_date,
            date_order: match self.date_order {
                DateOrderArg::Mdy => DateOrder::Mdy,
                DateOrderArg::Dmy => DateOrder::Dmy,
            },
            max_mentions: self.max_mentions,
            only: if self.only.is_empty() {
                Wanted::default()
            } else {
                Wanted {
                    actors: self.only.contains(&OnlyArg::Actors),
                    locations: self.only.contains(&OnlyArg::Locations),
                    dates: self.only.contains(&OnlyArg::Dates),
                }
            },
            tagger: if self.no_tagger {
                Choice::Off
            } else {
                Choice::Embedded
            },
        };
        let options = BatchOptions {
            pipeline,
            input: InputOptions {
                file_filter,
                max_bytes: self.max_bytes,
                lossy: self.lossy,
                jsonl: jsonl.then(|| JsonlFields {
                    text: self.text_field.unwrap_or_else(|| "text".into()),
                    id: self.id_field.unwrap_or_else(|| "id".into()),
                    date: self.date_field.unwrap_or_else(|| "date".into()),
                }),
            },
            format,
            json_array: several && self.output_dir.is_none(),
            jobs,
            output_dir: self.output_dir,
        };
        Ok(Run {
            options,
            progress: !self.quiet && terminal,
            sources,
            output: self.output,
            errors: self.errors,
            notes,
            stats: self.stats || (terminal && !self.quiet),
            allow_failures: self.allow_failures,
        })
    }
}
