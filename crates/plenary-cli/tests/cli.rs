//! Runs the built `plenary` binary as a user would.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const REFERENCE: &[u8] = include_bytes!("../data/CTOC_COP_2012_15.fr.txt");

fn plenary(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the plenary binary should run")
}

fn plenary_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the plenary binary should start");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    // Write from another thread so a full stdout pipe cannot deadlock the test.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().expect("the plenary binary should finish");
    writer
        .join()
        .expect("the writer thread should not panic")
        .expect("plenary should read all of stdin");
    output
}

/// A scratch file under the target directory, unique to the test.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plenary-cli-tests");
    std::fs::create_dir_all(&dir).expect("should create the scratch folder");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("should write the scratch file");
    path
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout should be UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr should be UTF-8")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(output)).expect("stdout should be one JSON value")
}

const STATS_KEYS: [&str; 24] = [
    "symbol",
    "language",
    "kind",
    "jobNumber",
    "jobLanguage",
    "title",
    "subtitle",
    "sponsors",
    "amends",
    "session",
    "chapters",
    "paragraphs",
    "footnotes",
    "starNotes",
    "footnoteMarkers",
    "starMarkers",
    "resolutions",
    "decisions",
    "agendaItems",
    "symbols",
    "unresolvedReferences",
    "unrecognizedBytes",
    "diagnostics",
    "checks",
];

#[test]
fn stats_of_the_bundled_document_has_exactly_the_documented_keys() {
    let output = plenary(&["stats"]);
    assert!(output.status.success(), "stats should succeed: {}", stderr(&output));
    let value = json(&output);
    let object = value.as_object().expect("stats should print one JSON object");
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut expected = STATS_KEYS.to_vec();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sorted, expected, "stats should print exactly the documented keys");
    let session = object["session"].as_object().expect("session should be an object");
    let mut session_keys: Vec<&str> = session.keys().map(String::as_str).collect();
    session_keys.sort_unstable();
    assert_eq!(session_keys, ["end", "number", "place", "start"], "session keys");
    let checks = object["checks"].as_object().expect("checks should be an object");
    let mut check_keys: Vec<&str> = checks.keys().map(String::as_str).collect();
    check_keys.sort_unstable();
    assert_eq!(check_keys, ["failed", "passed"], "checks keys");
    assert_eq!(object["language"], "fr", "the bundled document is French");
    let text = stdout(&output);
    let first = STATS_KEYS.iter().map(|k| text.find(&format!("\"{k}\":")));
    let positions: Vec<usize> = first.map(|p| p.expect("key is printed")).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "stats should print its keys in the documented order"
    );
}

#[test]
fn windows_1252_file_gets_one_line_error_and_exit_1() {
    let path = scratch("latin1.txt", b"1. La Conf\xE9rence a adopt\xE9 le rapport.\n");
    let output = plenary(&["stats", path.to_str().expect("UTF-8 path")]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a Windows-1252 file should be refused with exit 1"
    );
    assert!(output.stdout.is_empty(), "nothing should go to stdout");
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "the refusal should be one line: {message}");
    assert!(message.starts_with("error: "), "{message}");
    assert!(message.contains("byte offset 10"), "should name the offset: {message}");
    assert!(
        message.contains("line 1, column 11"),
        "should name line and column: {message}"
    );
    assert!(
        message.contains("iconv -f WINDOWS-1252 -t UTF-8"),
        "should say how to convert: {message}"
    );
}

#[test]
fn lossy_accepts_windows_1252_with_a_diagnostic() {
    let path = scratch("latin1-lossy.txt", b"Conf\xE9rence\n");
    let output = plenary(&["parse", "--lossy", path.to_str().expect("UTF-8 path")]);
    assert!(
        output.status.success(),
        "--lossy should accept the file: {}",
        stderr(&output)
    );
    let doc = json(&output);
    let codes: Vec<&str> = doc["diagnostics"]
        .as_array()
        .expect("diagnostics is a list")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(
        codes.contains(&"replaced-bytes"),
        "should report the replaced byte: {codes:?}"
    );
    let strict = plenary(&["parse", "--lossy", "--strict", path.to_str().expect("UTF-8 path")]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict should fail on the replaced bytes"
    );
    assert!(
        strict.stdout.is_empty(),
        "--strict should print no result when it fails"
    );
}

#[test]
fn pdf_is_refused_with_advice() {
    let path = scratch("report.pdf", b"%PDF-1.5\n%\xE2\xE3\xCF\xD3\n");
    let output = plenary(&["parse", path.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("pdftotext -enc UTF-8"), "{}", stderr(&output));
}

#[test]
fn bom_and_crlf_file_is_accepted_with_the_same_stats() {
    let crlf: Vec<u8> = String::from_utf8(REFERENCE.to_vec())
        .expect("reference is UTF-8")
        .replace('\n', "\r\n")
        .into_bytes();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&crlf);
    let path = scratch("bom-crlf.txt", &bytes);
    let output = plenary(&["stats", path.to_str().expect("UTF-8 path")]);
    assert!(
        output.status.success(),
        "BOM + CRLF should be accepted: {}",
        stderr(&output)
    );
    let bundled = plenary(&["stats"]);
    let (mut got, mut want) = (json(&output), json(&bundled));
    // Byte counts legitimately differ with one more byte per line.
    for stats in [&mut got, &mut want] {
        stats["unrecognizedBytes"] = serde_json::Value::Null;
    }
    assert_eq!(
        got, want,
        "BOM + CRLF should give the same stats as the bundled LF text"
    );
}

/// The reference report in other byte forms (issue 10): each gives the
/// bundled stats, from a file and from standard input. Completes
/// `bom_and_crlf_file_is_accepted_with_the_same_stats` and
/// `dash_reads_standard_input`.
#[test]
fn every_byte_form_gives_the_same_stats_from_a_file_and_from_stdin() {
    let text = String::from_utf8(REFERENCE.to_vec()).expect("reference is UTF-8");
    let stripped: String = text.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    // pdftotext's page ends: a form feed before the first line of each page.
    let form_feeds = |text: &str| -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 1000);
        for (i, line) in text.split_inclusive('\n').enumerate() {
            out.push_str(line);
            if (i + 1) % 46 == 0 {
                out.push('\x0c');
            }
        }
        out
    };
    let bom = |text: &str| [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let forms: [(&str, Vec<u8>); 6] = [
        ("crlf", text.replace('\n', "\r\n").into_bytes()),
        ("bom", bom(&text)),
        ("trailing-spaces-stripped", stripped.clone().into_bytes()),
        ("form-feed-every-46-lines", form_feeds(&text).into_bytes()),
        ("all-four", bom(&form_feeds(&stripped).replace('\n', "\r\n"))),
        ("lf", text.clone().into_bytes()),
    ];
    assert!(
        String::from_utf8_lossy(&forms[3].1).matches('\x0c').count() >= 40,
        "the form-feed form should hold a page break every 46 lines"
    );
    let bundled = plenary(&["stats"]);
    let mut want = json(&bundled);
    // Byte counts legitimately differ when line ends or spaces do.
    want["unrecognizedBytes"] = serde_json::Value::Null;
    for (name, bytes) in &forms {
        let path = scratch(&format!("form-{name}.txt"), bytes);
        for (how, output) in [
            ("a file", plenary(&["stats", path.to_str().expect("UTF-8 path")])),
            ("stdin", plenary_with_stdin(&["stats", "-"], bytes)),
        ] {
            assert!(
                output.status.success(),
                "{name} from {how} should be accepted: {}",
                stderr(&output)
            );
            let mut got = json(&output);
            got["unrecognizedBytes"] = serde_json::Value::Null;
            assert_eq!(
                got, want,
                "the reference report as {name}, read from {how}, should give the bundled stats"
            );
        }
    }
}

#[test]
fn dash_reads_standard_input() {
    let output = plenary_with_stdin(&["stats", "-"], REFERENCE);
    assert!(output.status.success(), "stats - should succeed: {}", stderr(&output));
    assert_eq!(
        json(&output),
        json(&plenary(&["stats"])),
        "stdin should give the bundled stats"
    );
    let parse = plenary_with_stdin(&["parse", "-"], "Résolution 6/1\n".as_bytes());
    assert!(parse.status.success());
    assert_eq!(
        json(&parse)["metadata"]["length"],
        "Résolution 6/1\n".len(),
        "parse - should read the piped text"
    );
}

#[test]
fn output_option_writes_the_file_and_nothing_to_stdout() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plenary-cli-tests");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let out = dir.join("stats-out.json");
    let _ = std::fs::remove_file(&out);
    let output = plenary(&["stats", "-o", out.to_str().expect("UTF-8 path")]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.is_empty(), "-o should leave stdout empty");
    let written = std::fs::read_to_string(&out).expect("-o should write the file");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&written).expect("the file holds JSON"),
        json(&plenary(&["stats"]))
    );
}

#[test]
fn parse_prints_the_model_as_json() {
    let output = plenary(&["parse"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let doc = json(&output);
    for key in ["metadata", "body", "footnotes", "furniture", "diagnostics"] {
        assert!(doc.get(key).is_some(), "the model should have `{key}`");
    }
    assert_eq!(
        doc["metadata"]["length"],
        REFERENCE.len(),
        "the bundled document is parsed whole"
    );
}

#[test]
fn render_accepts_every_format_and_refuses_others() {
    for format in ["json", "markdown", "html", "akn", "text"] {
        let output = plenary(&["render", "--to", format]);
        assert!(output.status.success(), "render --to {format}: {}", stderr(&output));
        assert!(!output.stdout.is_empty(), "render --to {format} should print something");
    }
    let bad = plenary(&["render", "--to", "docx"]);
    assert_eq!(bad.status.code(), Some(2), "an unknown format is a usage error");
    assert!(
        stderr(&bad).contains("json, markdown, html, akn, text"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn bad_subcommand_and_missing_file_exit_codes() {
    let output = plenary(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2), "an unknown subcommand is a usage error");
    assert!(output.stdout.is_empty());
    let missing = plenary(&["stats", "/nonexistent/plenary/report.txt"]);
    assert_eq!(missing.status.code(), Some(1), "an unreadable file is refused input");
    assert_eq!(stderr(&missing).lines().count(), 1, "{}", stderr(&missing));
}

#[test]
fn help_explains_input_and_gives_examples() {
    let output = plenary(&["--help"]);
    assert!(output.status.success());
    let help = stdout(&output);
    for needle in [
        "parse",
        "render",
        "stats",
        "symbols",
        "refs",
        "Examples:",
        "Exit status:",
        "CTOC/COP/2012/15",
    ] {
        assert!(help.contains(needle), "--help should mention {needle}");
    }
}

#[test]
fn symbols_lists_each_cited_symbol_once_with_its_link() {
    let text = "1. Voir les documents A/60/88 et CTOC/COP/2010/17.\n2. Rappelant le document A/60/88,\n";
    let output = plenary_with_stdin(&["symbols", "-"], text.as_bytes());
    assert!(output.status.success(), "symbols - should succeed: {}", stderr(&output));
    let value = json(&output);
    let entries = value.as_array().expect("symbols should print a JSON array");
    let symbols: Vec<&str> = entries.iter().filter_map(|e| e["symbol"].as_str()).collect();
    assert_eq!(
        symbols,
        ["A/60/88", "CTOC/COP/2010/17"],
        "each cited symbol once, in order"
    );
    assert!(
        entries
            .iter()
            .all(|e| e["url"].as_str().is_some_and(|u| u.starts_with("http"))),
        "every entry should carry a link: {value}"
    );
    assert_eq!(
        entries[0]["occurrences"].as_array().map(Vec::len),
        Some(2),
        "A/60/88 is cited twice"
    );
}

#[test]
fn refs_lists_footnote_markers_bound_to_their_footnotes() {
    let output = plenary(&["refs"]);
    assert!(output.status.success(), "refs should succeed: {}", stderr(&output));
    let value = json(&output);
    let entries = value.as_array().expect("refs should print a JSON array");
    let footnotes: Vec<&serde_json::Value> = entries.iter().filter(|e| e["kind"] == "footnote").collect();
    assert!(!footnotes.is_empty(), "the reference report has footnote markers");
    for entry in &footnotes {
        assert!(
            entry["span"]["start"].is_u64(),
            "each reference should carry its span: {entry}"
        );
    }
    assert!(
        footnotes
            .iter()
            .any(|e| e["target"]["id"].as_str().is_some_and(|id| id.starts_with("fn"))),
        "some footnote marker should be bound to its footnote"
    );
}

#[test]
fn render_to_akn_says_which_characters_it_replaced() {
    let path = scratch(
        "forbidden.txt",
        "Texte\u{1} avec un caractère de contrôle.\n".as_bytes(),
    );
    let path = path.to_str().expect("a UTF-8 path");
    let output = plenary(&["render", "--to", "akn", path]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains('\u{FFFD}'),
        "the character is replaced in the XML"
    );
    let err = stderr(&output);
    assert!(
        err.contains("warning[xml-forbidden-character]") && err.contains("1 node of") && err.contains("U+0001"),
        "{err}"
    );
    // With --strict the run fails (the control character is already a parse warning).
    let strict = plenary(&["render", "--to", "akn", "--strict", path]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    // Markdown keeps every character and says nothing of XML.
    let md = plenary(&["render", "--to", "md", path]);
    assert!(!stderr(&md).contains("xml-forbidden-character"), "{}", stderr(&md));
}
