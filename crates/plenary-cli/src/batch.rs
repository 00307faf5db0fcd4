//! `plenary batch`: many documents, parsed in parallel on every core.
//!
//! Inputs are files and directories; a directory stands for the `*.txt` files
//! under it, recursively. Each input is read, decoded, parsed and rendered on
//! a rayon worker, and its result written at once, so memory holds only the
//! documents being worked on. A bad input (unreadable, not UTF-8, a PDF) is
//! recorded and the run goes on; the failures are listed on standard error at
//! the end and the exit status is then 1.
//!
//! Output names come from the input's file stem only (`a/b/report.txt` gives
//! `report.md`), so nothing is ever written outside `--out` whatever the
//! input paths hold; inputs with the same stem get `report-2.md`,
//! `report-3.md`… in the order of the sorted input list.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use plenary::model::Stats;
use plenary::{Document, Format, ParseOptions};
use rayon::prelude::*;

use crate::{Failure, StatsOutput};

/// Options of `plenary batch`.
#[derive(Debug, Args)]
pub(crate) struct BatchArgs {
    /// Text files, and directories whose `*.txt` files (recursively) are read
    #[arg(value_name = "DIR|FILE", required = true)]
    inputs: Vec<PathBuf>,
    /// Output format: json, markdown, html, akn or text (with --jsonl only json, for the model instead of the stats)
    #[arg(long, short = 't', value_name = "FORMAT", value_parser = crate::parse_format)]
    to: Option<Format>,
    /// Write one file per input into DIR (created if missing), named after the input
    #[arg(
        long,
        value_name = "DIR",
        required_unless_present = "jsonl",
        conflicts_with = "jsonl"
    )]
    out: Option<PathBuf>,
    /// Print one JSON line per document on standard output instead of writing files:
    /// the `plenary stats` object with a `file` key first, or with `--to json`
    /// {"file": …, "document": the model}
    #[arg(long)]
    jsonl: bool,
    /// Replace bytes that are not valid UTF-8 with U+FFFD instead of refusing the input
    #[arg(long)]
    lossy: bool,
    /// Number of worker threads (default: one per core)
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

/// One input and where its output goes.
struct Job {
    path: PathBuf,
    /// The output file, in `--out` mode.
    target: Option<PathBuf>,
}

/// One line of `--jsonl` output: the stats, with the input's path first.
#[derive(serde::Serialize)]
struct StatsLine<'a> {
    file: &'a str,
    #[serde(flatten)]
    stats: StatsOutput<'a>,
}

/// One line of `--jsonl --to json` output.
#[derive(serde::Serialize)]
struct DocumentLine<'a> {
    file: &'a str,
    document: &'a Document,
}

/// Runs `plenary batch`.
pub(crate) fn run(args: BatchArgs) -> Result<(), Failure> {
    if args.jsonl && args.to.is_some_and(|f| f != Format::Json) {
        return Err(Failure {
            status: 2,
            message: "--jsonl prints JSON lines: use it alone (stats) or with --to json (the model)".to_owned(),
        });
    }
    let format = match (args.jsonl, args.to) {
        (false, None) => {
            return Err(Failure {
                status: 2,
                message: "--out needs --to FORMAT (json, markdown, html, akn or text)".to_owned(),
            })
        }
        (_, to) => to,
    };

    let mut failures: Vec<(PathBuf, String)> = Vec::new();
    let mut paths = Vec::new();
    for input in &args.inputs {
        collect(input, &mut paths, &mut failures);
    }
    paths.sort();
    paths.dedup();
    // Inputs that could not even be listed count as inputs too.
    let unlisted = failures.len();

    let jobs = match &args.out {
        Some(out) => {
            std::fs::create_dir_all(out).map_err(|e| {
                Failure::refused(format!("cannot create the output directory `{}`: {e}", out.display()))
            })?;
            let ext = format.map_or("json", Format::extension);
            assign_targets(paths, out, ext)
        }
        None => paths.into_iter().map(|path| Job { path, target: None }).collect(),
    };

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Failure::refused(format!("cannot start the worker threads: {e}")))?;

    let total = jobs.len();
    let progress = progress_bar(total as u64);
    let bytes = AtomicU64::new(0);
    let done = AtomicUsize::new(0);
    let started = Instant::now();
    let failed = Mutex::new(failures);
    let stdout = Mutex::new(std::io::stdout());
    let options = ParseOptions::default().with_lossy(args.lossy);

    pool.install(|| {
        jobs.par_iter().for_each(|job| {
            let result = process(job, format, options, &stdout, &bytes);
            if let Err(message) = result {
                failed
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push((job.path.clone(), message));
            }
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress.set_position(n as u64);
            progress.set_message(rate(bytes.load(Ordering::Relaxed), started.elapsed()));
        });
    });
    progress.finish_and_clear();

    let mut failures = failed.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    if std::io::stderr().is_terminal() {
        eprintln!(
            "plenary batch: {} of {total} documents done, {}",
            total.saturating_sub(failures.len()),
            rate(bytes.load(Ordering::Relaxed), started.elapsed())
        );
    }
    if failures.is_empty() {
        return Ok(());
    }
    failures.sort();
    eprintln!(
        "plenary batch: {} input{} failed:",
        failures.len(),
        if failures.len() == 1 { "" } else { "s" }
    );
    for (path, message) in &failures {
        eprintln!("  {}: {message}", path.display());
    }
    Err(Failure::refused(format!(
        "{} of {} inputs failed (listed above); the others were processed",
        failures.len(),
        total + unlisted
    )))
}

/// Adds `input` (a file, or the `*.txt` files under a directory) to `paths`.
fn collect(input: &Path, paths: &mut Vec<PathBuf>, failures: &mut Vec<(PathBuf, String)>) {
    match std::fs::metadata(input) {
        Ok(meta) if meta.is_dir() => {
            let mut pending = vec![input.to_path_buf()];
            while let Some(dir) = pending.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(entries) => entries,
                    Err(e) => {
                        failures.push((dir, format!("cannot read the directory: {e}")));
                        continue;
                    }
                };
                for entry in entries {
                    let Ok(entry) = entry else { continue };
                    let path = entry.path();
                    match entry.file_type() {
                        Ok(t) if t.is_dir() => pending.push(path),
                        _ if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) => paths.push(path),
                        _ => {}
                    }
                }
            }
        }
        Ok(_) => paths.push(input.to_path_buf()),
        Err(e) => failures.push((input.to_path_buf(), format!("cannot read: {e}"))),
    }
}

/// Output file of each input: `<out>/<stem>.<ext>`, with `-2`, `-3`… after
/// the stem of later inputs that share it.
fn assign_targets(paths: Vec<PathBuf>, out: &Path, ext: &str) -> Vec<Job> {
    let mut taken = HashSet::new();
    paths
        .into_iter()
        .map(|path| {
            let stem = safe_stem(&path);
            let mut name = format!("{stem}.{ext}");
            let mut n = 1;
            while !taken.insert(name.to_lowercase()) {
                n += 1;
                name = format!("{stem}-{n}.{ext}");
            }
            Job {
                target: Some(out.join(name)),
                path,
            }
        })
        .collect()
}

/// The input's file stem, as one plain file name: never empty, `.` or `..`,
/// and without path separators.
fn safe_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem: String = stem
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    if stem.is_empty() || stem.chars().all(|c| c == '.') {
        "document".to_owned()
    } else {
        stem
    }
}

/// Reads, parses and renders one input, and writes its result.
fn process(
    job: &Job,
    format: Option<Format>,
    options: ParseOptions,
    stdout: &Mutex<std::io::Stdout>,
    bytes: &AtomicU64,
) -> Result<(), String> {
    let input = std::fs::read(&job.path).map_err(|e| format!("cannot read: {e}"))?;
    bytes.fetch_add(input.len() as u64, Ordering::Relaxed);
    let parsed = plenary::parse_bytes_with(&input, options).map_err(|e| format!("refused: {e}"))?;
    drop(input);
    let checks = parsed.checks();
    let doc = parsed.into_tree();
    if let Some(target) = &job.target {
        let format = format.unwrap_or(Format::Json);
        // Never write through a symbolic link already standing in `--out` under an
        // output's name: it could point anywhere.
        if std::fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(format!(
                "refusing to write `{}`: it is a symbolic link; remove it and run again",
                target.display()
            ));
        }
        let file = std::fs::File::create(target).map_err(|e| format!("cannot create `{}`: {e}", target.display()))?;
        let out = std::io::BufWriter::new(file);
        return plenary::render::render_to(&doc, format, out)
            .map_err(|e| format!("cannot write `{}`: {e}", target.display()));
    }
    let file = job.path.to_string_lossy();
    let mut line = if format == Some(Format::Json) {
        serde_json::to_string(&DocumentLine {
            file: &file,
            document: &doc,
        })
    } else {
        // The parse ran the self-checks: their counts, not a second run.
        let stats = match checks {
            Some(checks) => Stats::with_checks(&doc, checks),
            None => Stats::of(&doc),
        };
        serde_json::to_string(&StatsLine {
            file: &file,
            stats: StatsOutput::of(&stats),
        })
    }
    .map_err(|e| format!("could not serialise JSON: {e}"))?;
    line.push('\n');
    let mut stdout = stdout.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    match stdout.write_all(line.as_bytes()) {
        // A reader that stopped early (`plenary batch --jsonl … | head`) is not the input's fault.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
        Ok(()) => Ok(()),
    }
}

/// A progress bar on standard error when it is a terminal, hidden otherwise.
fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} documents, {msg}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// `12.3 MB read, 4.5 MB/s`.
fn rate(bytes: u64, elapsed: Duration) -> String {
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / 1e6;
    let secs = elapsed.as_secs_f64().max(1e-9);
    format!("{mb:.1} MB read, {:.1} MB/s", mb / secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_stay_file_names() {
        assert_eq!(safe_stem(Path::new("../../etc/passwd.txt")), "passwd");
        assert_eq!(safe_stem(Path::new("/abs/report.fr.txt")), "report.fr");
        assert_eq!(safe_stem(Path::new("..")), "document");
        assert_eq!(safe_stem(Path::new("...txt")), "document");
    }

    #[test]
    fn collisions_get_numbers() {
        let jobs = assign_targets(
            vec![
                PathBuf::from("a/r.txt"),
                PathBuf::from("b/r.txt"),
                PathBuf::from("c/R.txt"),
            ],
            Path::new("out"),
            "md",
        );
        let names: Vec<_> = jobs.iter().filter_map(|j| j.target.clone()).collect();
        assert_eq!(
            names,
            [
                PathBuf::from("out/r.md"),
                PathBuf::from("out/r-2.md"),
                PathBuf::from("out/R-3.md")
            ]
        );
    }
}
