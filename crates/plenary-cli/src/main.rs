//! `plenary`: parse United Nations documents from the command line.
//!
//! Results go to standard output (or `-o FILE`), messages to standard error.
//! Exit status: 0 success; 1 input refused (unreadable, not UTF-8, a PDF),
//! output not writable, or `--strict` found a warning; 2 usage error.
#![forbid(unsafe_code)]

mod batch;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use plenary::model::{LineIndex, Stats};
use plenary::{Diagnostic, Document, Format, ParseOptions, Parsed, Severity};

/// The reference document, CTOC/COP/2012/15 in French, read when no FILE is given.
const BUNDLED: &str = include_str!("../data/CTOC_COP_2012_15.fr.txt");
const BUNDLED_NAME: &str = "CTOC/COP/2012/15 (bundled reference document, French)";

const AFTER_HELP: &str = "\
Input:
  Every command reads FILE, or standard input when FILE is `-`. With no FILE it
  reads the bundled reference document CTOC/COP/2012/15 (French), so you can try
  plenary at once. Input must be text in UTF-8 (a BOM, CRLF line ends and form
  feeds are fine) or UTF-16 with a BOM. To read a PDF, extract its text first:
      pdftotext -enc UTF-8 report.pdf
  To convert a Windows-1252 (Latin-1) file:
      iconv -f WINDOWS-1252 -t UTF-8 report.txt > report.utf8.txt

Examples:
  plenary stats                              summary of the bundled reference document
  plenary render --to markdown               the bundled document as Markdown
  plenary render report.txt --to html -o report.html
  plenary parse report.txt -o report.json    the full document model as JSON
  pdftotext -enc UTF-8 A_RES_73_8.pdf - | plenary stats -
  plenary parse --strict report.txt          exit 1 if the parser reports any warning
  plenary symbols report.txt                 the UN document symbols the report cites

Exit status:
  0  success
  1  the input was refused (unreadable, not UTF-8, a PDF), the output could not be
     written, or --strict found a diagnostic of severity warning or error
  2  usage error (unknown command or option, bad format name)

Docs: docs/ in the repository; the JSON form is described by docs/schema/document.schema.json.";

/// Parse the plain text of United Nations documents (reports, resolutions,
/// decisions, treaties) into a typed model, and print it as JSON, Markdown,
/// HTML, Akoma Ntoso XML or clean text.
#[derive(Debug, Parser)]
#[command(name = "plenary", version, after_help = AFTER_HELP, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the document model (metadata, body, footnotes, diagnostics) as JSON
    #[command(
        after_help = "Examples:\n  plenary parse\n  plenary parse report.txt -o report.json\n  \
                            cat report.txt | plenary parse -"
    )]
    Parse(Common),
    /// Render the document as json, markdown, html, akn (Akoma Ntoso XML) or text
    #[command(after_help = "Examples:\n  plenary render --to markdown\n  \
                            plenary render report.txt --to html -o report.html\n  \
                            plenary render report.txt --to akn -o report.xml")]
    Render {
        #[command(flatten)]
        common: Common,
        /// Output format: json, markdown, html, akn or text
        #[arg(long, short = 't', value_name = "FORMAT", value_parser = parse_format)]
        to: Format,
    },
    /// Print a JSON summary: symbol, session, paragraphs, footnotes, resolutions, decisions…
    #[command(
        after_help = "The summary is one JSON object with exactly these keys, always present \
                            (null, 0 or [] where unknown): symbol, language, jobNumber, title, \
                            session {number, place, start, end}, chapters, paragraphs (the document's \
                            own numbered paragraphs), footnotes (numbered), starNotes (notes labelled *, **), \
                            footnoteMarkers, starMarkers, resolutions \
                            [{number, title, preambular, operative, draft, adopted}], decisions \
                            [{number, title, draft, adopted}], agendaItems, symbols (distinct document \
                            symbols cited), unresolvedReferences, unrecognizedBytes, diagnostics, checks \
                            {passed, failed} (the self-checks of docs/diagnostics.md). \
                            Dates are ISO 8601.\n\n\
                            Examples:\n  plenary stats\n  plenary stats report.txt"
    )]
    Stats(Common),
    /// Print the UN document symbols the document cites, as a JSON array
    #[command(after_help = "Examples:\n  plenary symbols\n  plenary symbols report.txt -o symbols.json")]
    Symbols(Common),
    /// Print the references (footnote markers, Ibid., internal references, resolutions,
    /// treaties, document symbols) and their targets, as a JSON array
    #[command(after_help = "Examples:\n  plenary refs\n  plenary refs report.txt")]
    Refs(Common),
    /// Parse many documents in parallel: one output file per input (--to FORMAT --out DIR),
    /// or one JSON line per document on standard output (--jsonl)
    #[command(after_help = "Examples:\n  plenary batch corpus/ --to markdown --out md/\n  \
                            plenary batch a.txt b.txt --to akn --out xml/\n  \
                            plenary batch corpus/ --jsonl > stats.jsonl\n  \
                            plenary batch corpus/ --jsonl --to json > documents.jsonl\n\n\
                            A DIR stands for the *.txt files under it. Output files are named after \
                            the input's file stem (report.txt gives report.md), always inside --out. \
                            Bad inputs are listed at the end; the exit status is then 1.")]
    Batch(batch::BatchArgs),
}

/// Options every command takes.
#[derive(Debug, Args)]
struct Common {
    /// The document: a text file, `-` for standard input, or nothing for the
    /// bundled reference document CTOC/COP/2012/15
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
    /// Write the result to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1, printing nothing, if the parser reports any diagnostic of severity warning or error
    #[arg(long)]
    strict: bool,
    /// Replace bytes that are not valid UTF-8 with U+FFFD (one diagnostic per run) instead of refusing the input
    #[arg(long)]
    lossy: bool,
}

fn parse_format(name: &str) -> Result<Format, String> {
    name.parse::<Format>().map_err(|e| e.to_string())
}

/// Why a command failed, and with which exit status.
#[derive(Debug)]
struct Failure {
    status: u8,
    message: String,
}

impl Failure {
    fn refused(message: impl Into<String>) -> Self {
        Self {
            status: 1,
            message: message.into(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            ExitCode::from(failure.status)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Parse(common) => {
            let input = Input::read(&common)?;
            let doc = input.parse(&common)?;
            let result = emit_json(&common, &doc);
            leave(input, doc);
            result
        }
        Command::Render { common, to } => {
            let input = Input::read(&common)?;
            let doc = input.parse(&common)?;
            let result = if to == Format::Json {
                emit_json(&common, &doc)
            } else {
                // Akoma Ntoso may have to replace characters XML 1.0 forbids:
                // said on stderr, like the parse's diagnostics.
                let (out, changed) = plenary::render::render_with_diagnostics(&doc, to);
                input
                    .report_rendering(&changed, common.strict)
                    .and_then(|()| emit(&common, &out))
            };
            leave(input, doc);
            result
        }
        Command::Stats(common) => {
            let input = Input::read(&common)?;
            let (doc, checks) = input.parse_with_checks(&common)?;
            let result = emit(&common, &stats_json(&doc, checks)?);
            leave(input, doc);
            result
        }
        Command::Symbols(common) => {
            let input = Input::read(&common)?;
            let doc = input.parse(&common)?;
            let index = plenary::resolver::registry::symbol_index(&doc);
            emit(&common, &to_json(&index)?)
        }
        Command::Batch(args) => batch::run(args),
        Command::Refs(common) => {
            let input = Input::read(&common)?;
            let doc = input.parse(&common)?;
            let index = plenary::resolver::refs::reference_index(&doc);
            emit(&common, &to_json(&index)?)
        }
    }
}

/// Lets the input and the document go without freeing them node by node: the
/// process is about to exit, and the operating system takes back its memory
/// at once. Dropping the tree of a 10 MB document (a few million allocations)
/// took about 6 % of `plenary stats`.
fn leave(input: Input, doc: Document) {
    std::mem::forget(doc);
    std::mem::forget(input);
}

/// The bytes of the input and a name for messages.
struct Input {
    bytes: Vec<u8>,
    name: String,
}

impl Input {
    fn read(common: &Common) -> Result<Self, Failure> {
        match common.file.as_deref() {
            None => Ok(Self {
                bytes: BUNDLED.as_bytes().to_vec(),
                name: BUNDLED_NAME.to_owned(),
            }),
            Some(path) if path == Path::new("-") => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Failure::refused(format!("cannot read standard input: {e}")))?;
                Ok(Self {
                    bytes,
                    name: "standard input".to_owned(),
                })
            }
            Some(path) => {
                let bytes = std::fs::read(path)
                    .map_err(|e| Failure::refused(format!("cannot read `{}`: {e}", path.display())))?;
                Ok(Self {
                    bytes,
                    name: format!("`{}`", path.display()),
                })
            }
        }
    }

    /// Decodes and parses; reports diagnostics on stderr; applies `--strict`.
    fn parse(&self, common: &Common) -> Result<Document, Failure> {
        self.parse_with_checks(common).map(|(doc, _)| doc)
    }

    /// [`Input::parse`], with the counts of the self-checks the parse ran.
    fn parse_with_checks(&self, common: &Common) -> Result<(Document, Option<plenary::model::Checks>), Failure> {
        let options = ParseOptions::default().with_lossy(common.lossy);
        let parsed = plenary::parse_bytes_with(&self.bytes, options).map_err(|e| {
            let hint = match e {
                plenary::Error::NotUtf8 { .. } => " (or rerun with --lossy to replace the bad bytes)",
                _ => "",
            };
            Failure::refused(format!("{} refused: {e}{hint}", self.name))
        })?;
        self.report(&parsed, common.strict)?;
        let checks = parsed.checks();
        Ok((parsed.into_tree(), checks))
    }

    /// Reports what rendering changed (`xml-forbidden-character`); with
    /// `--strict`, fails on it.
    fn report_rendering(&self, changed: &[Diagnostic], strict: bool) -> Result<(), Failure> {
        let Some(first) = changed.first() else { return Ok(()) };
        let text = std::str::from_utf8(self.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.bytes)).ok();
        let at = match (first.span, text) {
            (Some(span), Some(text)) => format!(" (first at {})", LineIndex::new(text).line_column(text, span.start)),
            _ => String::new(),
        };
        let message = format!(
            "{} node{} of {} {} characters XML 1.0 forbids, written as U+FFFD{at}: {}",
            changed.len(),
            if changed.len() == 1 { "" } else { "s" },
            self.name,
            if changed.len() == 1 { "holds" } else { "hold" },
            first.message
        );
        if strict {
            return Err(Failure::refused(format!("--strict: {message}")));
        }
        eprintln!("plenary: warning[{}]: {message}", first.code);
        Ok(())
    }

    fn report(&self, parsed: &Parsed<Document>, strict: bool) -> Result<(), Failure> {
        let problems: Vec<_> = parsed
            .diagnostics()
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .collect();
        if problems.is_empty() {
            return Ok(());
        }
        if !strict {
            eprintln!(
                "plenary: {} diagnostic{} of severity warning or error in {}; they are listed under \
                 \"diagnostics\" in the output of `plenary parse` (use --strict to fail on them)",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                self.name
            );
            return Ok(());
        }
        // Line and column need the decoded text; UTF-8 input (after a BOM) is that text.
        let text = std::str::from_utf8(self.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.bytes)).ok();
        let index = text.map(LineIndex::new);
        const SHOWN: usize = 20;
        for d in problems.iter().take(SHOWN) {
            let at = match (d.span, text, &index) {
                (Some(span), Some(text), Some(index)) => format!(" at {}", index.line_column(text, span.start)),
                (Some(span), _, _) => format!(" at bytes {}..{}", span.start, span.end),
                _ => String::new(),
            };
            let severity = if d.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            eprintln!("{severity}[{}]{at}: {}", d.code, d.message);
        }
        if problems.len() > SHOWN {
            eprintln!("… and {} more", problems.len() - SHOWN);
        }
        Err(Failure::refused(format!(
            "--strict: {} diagnostic{} of severity warning or error in {}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            self.name
        )))
    }
}

/// The summary `plenary stats` prints: [`Stats`] with exactly the documented
/// keys, in the documented order.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct StatsOutput<'a> {
    symbol: &'a Option<String>,
    language: &'a Option<String>,
    kind: plenary::model::DocumentKind,
    job_number: &'a Option<String>,
    job_language: &'a Option<String>,
    title: &'a Option<String>,
    subtitle: &'a Option<String>,
    sponsors: &'a [String],
    amends: &'a Option<String>,
    session: &'a plenary::model::Session,
    chapters: usize,
    paragraphs: usize,
    footnotes: usize,
    star_notes: usize,
    footnote_markers: usize,
    star_markers: usize,
    resolutions: &'a [plenary::model::ResolutionStats],
    decisions: &'a [plenary::model::DecisionStats],
    agenda_items: &'a [String],
    symbols: usize,
    unresolved_references: usize,
    unrecognized_bytes: u64,
    diagnostics: usize,
    checks: plenary::model::Checks,
}

/// The summary of `doc`; `checks` are the counts of the self-checks the
/// parse ran, so that they do not run twice.
fn stats_json(doc: &Document, checks: Option<plenary::model::Checks>) -> Result<String, Failure> {
    let stats = match checks {
        Some(checks) => Stats::with_checks(doc, checks),
        None => Stats::of(doc),
    };
    to_json(&StatsOutput::of(&stats))
}

impl<'a> StatsOutput<'a> {
    /// The object `plenary stats` prints, from `stats` (the same keys in the
    /// same order, for `stats` and `batch --jsonl` alike).
    fn of(stats: &'a Stats) -> Self {
        StatsOutput {
            symbol: &stats.symbol,
            language: &stats.language,
            kind: stats.kind,
            job_number: &stats.job_number,
            job_language: &stats.job_language,
            title: &stats.title,
            subtitle: &stats.subtitle,
            sponsors: &stats.sponsors,
            amends: &stats.amends,
            session: &stats.session,
            chapters: stats.chapters,
            paragraphs: stats.paragraphs,
            footnotes: stats.footnotes,
            star_notes: stats.star_notes,
            footnote_markers: stats.footnote_markers,
            star_markers: stats.star_markers,
            resolutions: &stats.resolutions,
            decisions: &stats.decisions,
            agenda_items: &stats.agenda_items,
            symbols: stats.symbols,
            unresolved_references: stats.unresolved_references,
            unrecognized_bytes: stats.unrecognized_bytes,
            diagnostics: stats.diagnostics,
            checks: stats.checks,
        }
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|e| Failure::refused(format!("could not serialise JSON: {e}")))
}

/// Writes `doc` as JSON (the bytes of `plenary::render(doc, Format::Json)`)
/// to `-o FILE` or standard output through a buffer, without holding the
/// whole text in memory: for a large document that text is about four times
/// the input.
fn emit_json(common: &Common, doc: &Document) -> Result<(), Failure> {
    const BUFFER: usize = 1 << 16;
    let io_error = |e: plenary::RenderError| match e {
        plenary::RenderError::Io(e) => e,
        plenary::RenderError::Json(e) => std::io::Error::from(e),
        other => std::io::Error::other(other.to_string()),
    };
    match &common.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| Failure::refused(format!("cannot create `{}`: {e}", path.display())))?;
            plenary::render::render_to(doc, Format::Json, std::io::BufWriter::with_capacity(BUFFER, file))
                .map_err(|e| Failure::refused(format!("cannot write `{}`: {}", path.display(), io_error(e))))
        }
        None => {
            let stdout = std::io::BufWriter::with_capacity(BUFFER, std::io::stdout().lock());
            match plenary::render::render_to(doc, Format::Json, stdout).map_err(io_error) {
                // A reader that stopped early (`plenary parse | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Failure::refused(format!("cannot write to standard output: {e}"))),
                Ok(()) => Ok(()),
            }
        }
    }
}

/// Writes the result to `-o FILE` or standard output, ending it with a newline.
fn emit(common: &Common, result: &str) -> Result<(), Failure> {
    let newline = if result.ends_with('\n') { "" } else { "\n" };
    match &common.output {
        Some(path) => {
            let mut file = std::fs::File::create(path)
                .map_err(|e| Failure::refused(format!("cannot create `{}`: {e}", path.display())))?;
            file.write_all(result.as_bytes())
                .and_then(|()| file.write_all(newline.as_bytes()))
                .and_then(|()| file.flush())
                .map_err(|e| Failure::refused(format!("cannot write `{}`: {e}", path.display())))
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            let written = stdout
                .write_all(result.as_bytes())
                .and_then(|()| stdout.write_all(newline.as_bytes()))
                .and_then(|()| stdout.flush());
            match written {
                // A reader that stopped early (`plenary parse | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Failure::refused(format!("cannot write to standard output: {e}"))),
                Ok(()) => Ok(()),
            }
        }
    }
}
