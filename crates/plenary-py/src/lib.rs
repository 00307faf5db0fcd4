//! Python bindings of plenary: the `plenary` package, built with PyO3 and
//! maturin (`pip install ./crates/plenary-py`).
//!
//! The Python API is documented in `docs/python.md` and in the docstrings
//! below (PyO3 turns each doc comment into the `__doc__` of the function or
//! class it documents); `python/plenary/_plenary.pyi` gives its types. Entry
//! points: `plenary.parse(text)`, `parse_bytes(data, lossy=False)`,
//! `parse_file(path, lossy=False)` and `parse_many(paths, workers=None)`.
//!
//! ```python
//! import plenary
//! doc = plenary.parse_file("corpus/CTOC_COP_2012_15.fr.txt")
//! print(doc.stats["symbol"])          # CTOC/COP/2012/15
//! xml = doc.render("akn")
//! ```
//!
//! Every parse and render runs with the Python thread state detached (the
//! GIL released), so Python threads parse in parallel; `parse_many` parses
//! on a rayon pool of its own. Nothing here panics on any input: input errors
//! become `plenary.DecodeError` (a `ValueError`) or `OSError`.
//!
//! The crate is a `cdylib` only loaded by Python, built with PyO3's
//! `extension-module` (Python's symbols come from the interpreter that loads
//! it), so `cargo build/test/clippy --workspace` need neither libpython nor,
//! thanks to `abi3-py39`, a Python interpreter. It has no Rust test binary:
//! its tests are Python's (`tests/`, pytest).
#![deny(missing_docs)]

use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;

use plenary::model::visit::{walk, Node};
use plenary::model::{plain_text, Block, Deliberation as ModelDeliberation, DeliberationKind, Stats};
use plenary::{Document as ModelDocument, Format, ParseOptions};
use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use pyo3::types::PyTuple;
use rayon::prelude::*;

create_exception!(
    plenary,
    DecodeError,
    PyValueError,
    "The input was refused: it is not UTF-8 (nor UTF-16 with a byte order mark), or it is a PDF.\n\n\
     The message is the one the `plenary` command prints, and says how to convert the input\n\
     (`pdftotext -enc UTF-8 FILE.pdf`, `iconv -f WINDOWS-1252 -t UTF-8`). When known, the\n\
     attributes `path`, `offset`, `line` and `column` locate the first bad byte; they are None otherwise."
);

/// Why an input could not be parsed: the messages of the `plenary` command.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("cannot read `{}`: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The bytes were refused (not UTF-8, damaged UTF-16, a PDF).
    #[error("{}{source}{}", refused_prefix(path.as_deref()), lossy_hint(source))]
    Refused {
        /// The file, when the bytes came from one.
        path: Option<PathBuf>,
        /// Why.
        source: plenary::Error,
    },
    /// A directory given to `parse_many` could not be listed.
    #[error("cannot read the directory `{}`: {source}", path.display())]
    Directory {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// `` `path` refused: `` as the command line says it, or nothing for bytes.
fn refused_prefix(path: Option<&Path>) -> String {
    path.map(|p| format!("`{}` refused: ", p.display())).unwrap_or_default()
}

/// The command line's hint for text that is not UTF-8, in Python's words.
fn lossy_hint(e: &plenary::Error) -> &'static str {
    match e {
        plenary::Error::NotUtf8 { .. } => " (or pass lossy=True to replace the bad bytes)",
        _ => "",
    }
}

impl Error {
    /// The Python exception: `DecodeError` for refused bytes, `OSError` (its
    /// subclass for the errno, such as `FileNotFoundError`) for I/O.
    fn into_py_err(self, py: Python<'_>) -> PyErr {
        let message = self.to_string();
        match self {
            Error::Read { path, source } | Error::Directory { path, source } => match source.raw_os_error() {
                // OSError(errno, strerror, filename) picks the subclass for the
                // errno and reads `[Errno 2] No such file or directory: 'x.txt'`.
                Some(errno) => {
                    let strerror = source.to_string();
                    let strerror = strerror
                        .strip_suffix(&format!(" (os error {errno})"))
                        .unwrap_or(&strerror)
                        .to_owned();
                    PyOSError::new_err((errno, strerror, path.to_string_lossy().into_owned()))
                }
                None => PyOSError::new_err(message),
            },
            Error::Refused { path, source } => {
                let err = DecodeError::new_err(message);
                let (offset, line, column) = match source {
                    plenary::Error::NotUtf8 {
                        offset, line, column, ..
                    } => (Some(offset), Some(line), Some(column)),
                    plenary::Error::InvalidUtf16 { offset, .. } => (Some(offset), None, None),
                    _ => (None, None, None),
                };
                let value = err.value(py);
                let path = path.map(|p| p.to_string_lossy().into_owned());
                // Setting attributes on a fresh exception object cannot fail
                // in practice; if it did, the exception still says it all.
                let _ = value.setattr("path", path);
                let _ = value.setattr("offset", offset);
                let _ = value.setattr("line", line);
                let _ = value.setattr("column", column);
                err
            }
        }
    }
}

/// Reads and parses one file, as `plenary parse FILE` does.
fn parse_path(path: &Path, options: ParseOptions) -> Result<ModelDocument, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    plenary::parse_bytes_with(&bytes, options)
        .map(plenary::Parsed::into_tree)
        .map_err(|source| Error::Refused {
            path: Some(path.to_path_buf()),
            source,
        })
}

/// `json.loads(text)`: the JSON the crates write, as Python dicts and lists.
fn from_json(py: Python<'_>, text: &str) -> PyResult<Py<PyAny>> {
    Ok(py.import("json")?.call_method1("loads", (text,))?.unbind())
}

/// Serialises `value` with serde_json and reads it back as Python objects.
fn to_python<T: serde::Serialize + Sync>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    let text = py
        .detach(|| serde_json::to_string(value))
        .map_err(|e| PyValueError::new_err(format!("could not serialise JSON: {e}")))?;
    from_json(py, &text)
}

/// A parsed United Nations document.
///
/// Made by `parse`, `parse_bytes`, `parse_file` or `parse_many`. Parsing never
/// fails: what the grammar did not recognise is kept in the tree and listed
/// in `diagnostics`.
#[pyclass(module = "plenary", name = "Document", frozen)]
pub struct Document {
    doc: ModelDocument,
}

#[pymethods]
impl Document {
    /// The summary `plenary stats` prints, as a dict with exactly its keys:
    /// symbol, language, kind, jobNumber, jobLanguage, title, subtitle,
    /// sponsors, amends, session, chapters, paragraphs, footnotes, starNotes,
    /// footnoteMarkers, starMarkers, resolutions, decisions, agendaItems, symbols,
    /// unresolvedReferences, unrecognizedBytes, diagnostics, checks (None, 0
    /// or [] where unknown; dates as ISO 8601 strings).
    #[getter]
    fn stats(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let stats = py.detach(|| Stats::of(&self.doc));
        to_python(py, &stats)
    }

    /// The document's own symbol (`CTOC/COP/2012/15`), or None.
    #[getter]
    fn symbol(&self) -> Option<String> {
        self.doc.metadata.symbol.as_ref().map(ToString::to_string)
    }

    /// The detected language (ISO 639-1: `fr`, `en`, `es`, `ru`, `ar`, `zh`), or None.
    #[getter]
    fn language(&self) -> Option<String> {
        self.doc.metadata.language.clone()
    }

    /// The document model as a dict: the JSON of `plenary parse`, read by `json.loads`.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let text = py.detach(|| plenary::render(&self.doc, Format::Json));
        from_json(py, &text)
    }

    /// The document model as JSON text, byte for byte what `plenary parse` prints.
    fn to_json(&self, py: Python<'_>) -> String {
        py.detach(|| plenary::render(&self.doc, Format::Json))
    }

    /// The document rendered as `markdown`, `html`, `akn` (Akoma Ntoso XML),
    /// `text` or `json`, as `plenary render --to FORMAT` prints it.
    ///
    /// Raises ValueError for another format name.
    fn render(&self, py: Python<'_>, fmt: &str) -> PyResult<String> {
        let format: Format = fmt.parse().map_err(|e| PyValueError::new_err(format!("{e}")))?;
        Ok(py.detach(|| plenary::render(&self.doc, format)))
    }

    /// What the parser and the resolver noticed, as a list of dicts with
    /// `code`, `severity`, `message`, and `span` and `help` when known.
    #[getter]
    fn diagnostics(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        to_python(py, &self.doc.diagnostics)
    }

    /// Every reference (footnote markers, Ibid., internal references,
    /// resolutions, treaties, document symbols) with its target, as a list of
    /// dicts: what `plenary refs` prints.
    #[getter]
    fn references(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let index = py.detach(|| plenary::resolver::refs::reference_index(&self.doc));
        to_python(py, &index)
    }

    /// The UN document symbols the document cites, once each, as a list of
    /// dicts: what `plenary symbols` prints.
    #[getter]
    fn symbols(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let index = py.detach(|| plenary::resolver::registry::symbol_index(&self.doc));
        to_python(py, &index)
    }

    /// The resolutions of the document, in reading order, as `Deliberation` objects.
    #[getter]
    fn resolutions(&self) -> Vec<Deliberation> {
        deliberations(&self.doc, DeliberationKind::Resolution)
    }

    /// The decisions of the document, in reading order, as `Deliberation` objects.
    #[getter]
    fn decisions(&self) -> Vec<Deliberation> {
        deliberations(&self.doc, DeliberationKind::Decision)
    }

    fn __repr__(&self) -> String {
        let m = &self.doc.metadata;
        let symbol = m
            .symbol
            .as_ref()
            .map_or_else(|| "no symbol".to_owned(), ToString::to_string);
        let language = m.language.as_deref().unwrap_or("?");
        format!("<plenary.Document {symbol} ({language}), {} bytes>", m.length)
    }
}

/// A resolution or a decision of a document, with its paragraphs as text.
#[pyclass(module = "plenary", name = "Deliberation", frozen, get_all)]
pub struct Deliberation {
    /// `"resolution"` or `"decision"`.
    kind: String,
    /// The node id (`chp_I__sec_A__res_6-1`), the `eId` in Akoma Ntoso.
    id: String,
    /// The number as printed (`6/1`, `48/246`).
    number: String,
    /// The title, as one line of text.
    title: String,
    /// The preambular paragraphs, as text.
    preambular: Vec<String>,
    /// The numbered operative paragraphs, as text, each starting with its
    /// number as printed (`1. Decides …`); where none is numbered, the one
    /// paragraph the operative part is printed as (`Decides that …`), as
    /// `plenary stats` counts it.
    operative: Vec<String>,
    /// The symbol of the draft it was adopted from, when the report names it.
    draft: Option<String>,
    /// The date of adoption (ISO 8601), when the report records it.
    adopted: Option<String>,
}

#[pymethods]
impl Deliberation {
    fn __repr__(&self) -> String {
        format!("<plenary.Deliberation {} {}: {}>", self.kind, self.number, self.title)
    }
}

/// The deliberations of `kind` in `doc`, in reading order (the order and the
/// set `plenary stats` counts).
fn deliberations(doc: &ModelDocument, kind: DeliberationKind) -> Vec<Deliberation> {
    let mut out = Vec::new();
    walk(doc, &mut |node, _| {
        if let Node::Block(Block::Resolution(d) | Block::Decision(d)) = node {
            if d.kind == kind {
                out.push(deliberation(d));
            }
        }
    });
    out
}

fn deliberation(d: &ModelDeliberation) -> Deliberation {
    let mut operative: Vec<String> = d
        .operative
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => p.num.as_ref().map(|num| format!("{num}. {}", plain_text(&p.content))),
            _ => None,
        })
        .collect();
    if operative.is_empty() {
        operative.extend(d.operative.iter().find_map(|b| match b {
            Block::Paragraph(p) => Some(plain_text(&p.content)),
            _ => None,
        }));
    }
    let adoption = d.adoption.as_ref();
    Deliberation {
        kind: match d.kind {
            DeliberationKind::Resolution => "resolution",
            DeliberationKind::Decision => "decision",
        }
        .to_owned(),
        id: d.id.clone(),
        number: d.number.clone(),
        title: plain_text(&d.title),
        preambular: d.preamble.iter().map(|p| plain_text(&p.content)).collect(),
        operative,
        draft: adoption.and_then(|a| a.draft.as_ref()).map(ToString::to_string),
        adopted: adoption.and_then(|a| a.date).map(|d| d.format("%Y-%m-%d").to_string()),
    }
}

/// Parses the text of a UN document. Never fails.
///
/// Spans in the model are byte offsets into the UTF-8 encoding of `text`.
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> Document {
    let doc = py.detach(|| plenary::parse(&text).into_tree());
    Document { doc }
}

/// Parses bytes read from a file or a pipe: UTF-8 (with or without a BOM) or
/// UTF-16 with a BOM. `data` is `bytes` or `bytearray`.
///
/// With `lossy=True`, bytes that are not UTF-8 become U+FFFD and each run is
/// reported as a `replaced-bytes` diagnostic instead of refusing the input.
/// Raises DecodeError when the input is refused (not UTF-8, a PDF).
#[pyfunction]
#[pyo3(signature = (data, lossy = false))]
fn parse_bytes(py: Python<'_>, data: PyBackedBytes, lossy: bool) -> PyResult<Document> {
    let options = ParseOptions::default().with_lossy(lossy);
    py.detach(|| plenary::parse_bytes_with(&data, options))
        .map(|parsed| Document {
            doc: parsed.into_tree(),
        })
        .map_err(|source| Error::Refused { path: None, source }.into_py_err(py))
}

/// Reads and parses a file (a `str` or `os.PathLike`), as `plenary parse FILE` does.
///
/// Raises DecodeError when the input is refused (not UTF-8, a PDF), with the
/// message the `plenary` command prints, and OSError (FileNotFoundError…)
/// when the file cannot be read.
#[pyfunction]
#[pyo3(signature = (path, lossy = false))]
fn parse_file(py: Python<'_>, path: PathBuf, lossy: bool) -> PyResult<Document> {
    let options = ParseOptions::default().with_lossy(lossy);
    py.detach(|| parse_path(&path, options))
        .map(|doc| Document { doc })
        .map_err(|e| e.into_py_err(py))
}

/// One result of `parse_many`, sent by a worker.
type Item = (PathBuf, Result<ModelDocument, Error>);

/// The iterator `parse_many` returns: `(path, Document)` or `(path, error)`
/// for each input, in the order the workers finish them.
#[pyclass(module = "plenary", name = "ParseMany", frozen)]
pub struct ParseMany {
    results: Mutex<Receiver<Item>>,
}

#[pymethods]
impl ParseMany {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyTuple>>> {
        let next = py.detach(|| {
            let results = self.results.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            results.recv().ok()
        });
        let Some((path, result)) = next else {
            return Ok(None);
        };
        let path = path.to_string_lossy().into_owned();
        let value: Py<PyAny> = match result {
            Ok(doc) => Py::new(py, Document { doc })?.into_any(),
            Err(e) => e.into_py_err(py).into_value(py).into_any(),
        };
        Ok(Some(
            PyTuple::new(py, [path.into_pyobject(py)?.into_any().unbind(), value])?.unbind(),
        ))
    }
}

/// Parses many files in parallel on a pool of native threads, without
/// Python's multiprocessing; the code of `plenary batch`.
///
/// `paths` is one path or an iterable of paths (`str` or `os.PathLike`); a
/// directory stands for the `*.txt` files under it, recursively. Returns an
/// iterator of `(path, result)` tuples, one per file, in the order the
/// workers finish them: `result` is a Document, or the exception the file
/// gave (DecodeError, or OSError when unreadable), never raised, so one bad
/// file does not stop the run. `workers` is the number of threads (default:
/// one per core). Parsing runs ahead of the loop by at most a few documents
/// per worker, so memory holds only those.
#[pyfunction]
#[pyo3(signature = (paths, workers = None, lossy = false))]
fn parse_many(paths: &Bound<'_, PyAny>, workers: Option<usize>, lossy: bool) -> PyResult<ParseMany> {
    let inputs: Vec<PathBuf> = match paths.extract::<PathBuf>() {
        Ok(one) => vec![one],
        Err(_) => paths
            .try_iter()?
            .map(|p| p.and_then(|p| p.extract::<PathBuf>()))
            .collect::<PyResult<_>>()?,
    };
    if workers == Some(0) {
        return Err(PyValueError::new_err("workers must be at least 1"));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(workers.unwrap_or(0))
        .build()
        .map_err(|e| PyOSError::new_err(format!("cannot start the worker threads: {e}")))?;
    let (sender, receiver) = sync_channel::<Item>(2 * pool.current_num_threads());
    std::thread::Builder::new()
        .name("plenary-parse-many".to_owned())
        .spawn(move || run_many(&pool, &inputs, ParseOptions::default().with_lossy(lossy), &sender))
        .map_err(|e| PyOSError::new_err(format!("cannot start the worker threads: {e}")))?;
    Ok(ParseMany {
        results: Mutex::new(receiver),
    })
}

/// Lists the inputs and parses them on `pool`, sending each result; stops
/// when the iterator has been dropped.
fn run_many(pool: &rayon::ThreadPool, inputs: &[PathBuf], options: ParseOptions, sender: &SyncSender<Item>) {
    let mut files = Vec::new();
    for input in inputs {
        for listed in list(input) {
            match listed {
                Ok(path) => files.push(path),
                Err((path, error)) => {
                    if sender.send((path, Err(error))).is_err() {
                        return;
                    }
                }
            }
        }
    }
    pool.install(|| {
        // A failed send means the Python iterator is gone: stop early.
        let _ = files.par_iter().try_for_each(|path| {
            let result = parse_path(path, options);
            sender.send((path.clone(), result)).map_err(|_| ())
        });
    });
}

/// `input` itself, or the `*.txt` files under it (recursively, sorted) when
/// it is a directory, with the directories that could not be read.
fn list(input: &Path) -> Vec<Result<PathBuf, (PathBuf, Error)>> {
    if !input.is_dir() {
        return vec![Ok(input.to_path_buf())];
    }
    let mut out = Vec::new();
    let mut files = Vec::new();
    let mut pending = vec![input.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(source) => {
                out.push(Err((dir.clone(), Error::Directory { path: dir, source })));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => pending.push(path),
                _ if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) => files.push(path),
                _ => {}
            }
        }
    }
    files.sort();
    out.extend(files.into_iter().map(Ok));
    out
}

/// The extension module `plenary._plenary`, re-exported by `plenary`.
#[pymodule]
#[pyo3(name = "_plenary")]
fn plenary_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_class::<Document>()?;
    m.add_class::<Deliberation>()?;
    m.add_class::<ParseMany>()?;
    m.add("DecodeError", m.py().get_type::<DecodeError>())?;
    Ok(())
}
