//! `plenary batch`, run as a user would: outputs, failures, JSON lines, and
//! output names that stay inside `--out`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const RES_73_8: &[u8] = include_bytes!("../../../corpus/A_RES_73_8.en.txt");
const RES_48_246: &[u8] = include_bytes!("../../../corpus/A_RES_48_246.es.txt");
/// Windows-1252: `é` is the single byte 0xE9.
const CP1252: &[u8] = b"1. La Conf\xe9rence a adopt\xe9 le rapport.\n";

fn plenary_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("the plenary binary should run")
}

/// An empty scratch folder under the target directory, unique to the test.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("plenary-batch-tests")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("should create the scratch folder");
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("should create the parent folder");
    }
    std::fs::write(path, bytes).expect("should write the scratch file");
}

/// A folder `docs/` with two good documents and one Windows-1252 file.
fn two_good_one_bad(root: &Path) -> PathBuf {
    let docs = root.join("docs");
    write(&docs.join("A_RES_73_8.en.txt"), RES_73_8);
    write(&docs.join("A_RES_48_246.es.txt"), RES_48_246);
    write(&docs.join("old-cp1252.txt"), CP1252);
    write(
        &docs.join("notes.md"),
        b"# not an input: a folder stands for its *.txt files\n",
    );
    docs
}

/// Every file under `dir`, recursively, relative to it.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).expect("should list the folder") {
            let path = entry.expect("should read the entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path.strip_prefix(dir).expect("under dir").to_path_buf());
            }
        }
    }
    found.sort();
    found
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn writes_the_good_documents_and_reports_the_bad_one() {
    let root = scratch("good-and-bad");
    two_good_one_bad(&root);
    let output = plenary_in(&root, &["batch", "docs", "--to", "markdown", "--out", "out"]);

    assert_eq!(
        output.status.code(),
        Some(1),
        "a bad input makes the exit status 1: {}",
        stderr(&output)
    );
    let err = stderr(&output);
    assert!(err.contains("old-cp1252.txt"), "the bad file is named on stderr: {err}");
    assert!(
        err.contains("not valid UTF-8") || err.contains("UTF-8"),
        "and why it failed: {err}"
    );
    assert!(!err.contains("A_RES_73_8"), "good files are not reported: {err}");
    assert!(output.stdout.is_empty(), "--out mode prints nothing on stdout");

    assert_eq!(
        files_under(&root.join("out")),
        [PathBuf::from("A_RES_48_246.es.md"), PathBuf::from("A_RES_73_8.en.md")]
    );
    let markdown = std::fs::read_to_string(root.join("out/A_RES_73_8.en.md")).expect("output written");
    let single = plenary_in(&root, &["render", "docs/A_RES_73_8.en.txt", "--to", "markdown"]);
    assert!(single.status.success(), "{}", stderr(&single));
    assert_eq!(
        markdown.trim_end(),
        String::from_utf8_lossy(&single.stdout).trim_end(),
        "batch writes what `plenary render` prints"
    );
}

#[test]
fn all_good_inputs_exit_zero_and_take_the_format_extension() {
    let root = scratch("all-good");
    write(&root.join("a.txt"), RES_73_8);
    write(&root.join("b.txt"), RES_48_246);
    let output = plenary_in(&root, &["batch", "a.txt", "b.txt", "--to", "akn", "--out", "xml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        files_under(&root.join("xml")),
        [PathBuf::from("a.xml"), PathBuf::from("b.xml")]
    );
    let xml = std::fs::read_to_string(root.join("xml/a.xml")).expect("output written");
    assert!(
        xml.starts_with("<?xml"),
        "Akoma Ntoso output: {}",
        &xml[..xml.len().min(80)]
    );
}

#[test]
fn jsonl_gives_one_stats_line_per_good_document() {
    let root = scratch("jsonl");
    two_good_one_bad(&root);
    let output = plenary_in(&root, &["batch", "docs", "--jsonl"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("old-cp1252.txt"));

    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one line per good document: {stdout}");
    let mut files = Vec::new();
    for line in lines {
        assert!(line.starts_with("{\"file\":"), "the file comes first: {line}");
        let mut value: serde_json::Value = serde_json::from_str(line).expect("each line is valid JSON");
        let object = value.as_object_mut().expect("each line is an object");
        let file = object.remove("file").expect("a file key");
        let file = file.as_str().expect("file is a string").to_owned();

        // The rest is exactly what `plenary stats` prints for that file.
        let stats = plenary_in(&root, &["stats", &file]);
        assert!(stats.status.success(), "{}", stderr(&stats));
        let expected: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("stats prints JSON");
        assert_eq!(serde_json::Value::Object(object.clone()), expected, "line for {file}");
        files.push(file);
    }
    files.sort();
    assert_eq!(
        files,
        [
            Path::new("docs")
                .join("A_RES_48_246.es.txt")
                .to_string_lossy()
                .into_owned(),
            Path::new("docs")
                .join("A_RES_73_8.en.txt")
                .to_string_lossy()
                .into_owned(),
        ]
    );
}

#[test]
fn jsonl_with_to_json_gives_the_model() {
    let root = scratch("jsonl-model");
    write(&root.join("r.txt"), RES_73_8);
    let output = plenary_in(&root, &["batch", "r.txt", "--jsonl", "--to", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    assert_eq!(stdout.lines().count(), 1);
    let line: serde_json::Value = serde_json::from_str(stdout.trim_end()).expect("valid JSON");
    assert_eq!(line["file"], "r.txt");
    let single = plenary_in(&root, &["parse", "r.txt"]);
    let model: serde_json::Value = serde_json::from_slice(&single.stdout).expect("parse prints JSON");
    assert_eq!(line["document"], model, "the line holds what `plenary parse` prints");
}

#[test]
fn outputs_stay_inside_out_whatever_the_input_paths() {
    let root = scratch("traversal");
    let work = root.join("work");
    write(&root.join("x.txt"), RES_73_8);
    write(&work.join("sub/x.txt"), RES_48_246);
    let abs = root.join("x.txt");
    let abs = abs.to_str().expect("a UTF-8 scratch path");
    let output = plenary_in(
        &work,
        &[
            "batch",
            "../x.txt",
            "sub/../../x.txt",
            abs,
            "sub/x.txt",
            "--to",
            "text",
            "--out",
            "out",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    // Only the inputs and the outputs exist: nothing was written next to the inputs.
    let mut outputs = files_under(&work.join("out"));
    outputs.sort();
    assert_eq!(
        outputs,
        [
            PathBuf::from("x-2.txt"),
            PathBuf::from("x-3.txt"),
            PathBuf::from("x-4.txt"),
            PathBuf::from("x.txt")
        ],
        "four inputs, one stem: four numbered files directly in --out"
    );
    assert_eq!(
        files_under(&root),
        [
            PathBuf::from("work/out/x-2.txt"),
            PathBuf::from("work/out/x-3.txt"),
            PathBuf::from("work/out/x-4.txt"),
            PathBuf::from("work/out/x.txt"),
            PathBuf::from("work/sub/x.txt"),
            PathBuf::from("x.txt"),
        ]
    );
    assert_eq!(
        std::fs::read(root.join("x.txt")).expect("input kept"),
        RES_73_8,
        "an input is never overwritten"
    );
}

#[test]
fn usage_errors_exit_2() {
    let root = scratch("usage");
    write(&root.join("a.txt"), RES_73_8);
    for args in [
        &["batch", "a.txt"][..],
        &["batch", "a.txt", "--out", "o"],
        &["batch", "a.txt", "--jsonl", "--out", "o", "--to", "json"],
        &["batch", "a.txt", "--jsonl", "--to", "html"],
        &["batch", "--jsonl"],
    ] {
        let output = plenary_in(&root, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
        assert!(!root.join("o").exists(), "{args:?} wrote nothing");
    }
}

#[test]
fn a_missing_input_is_reported_and_the_others_processed() {
    let root = scratch("missing");
    write(&root.join("a.txt"), RES_73_8);
    let output = plenary_in(&root, &["batch", "missing.txt", "a.txt", "--to", "text", "--out", "o"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("missing.txt"), "the missing input is named: {err}");
    assert!(err.contains("1 of 2 inputs failed"), "counts every input: {err}");
    assert_eq!(files_under(&root.join("o")), [PathBuf::from("a.txt")]);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_in_out_is_not_written_through() {
    let root = scratch("symlink");
    write(&root.join("a.txt"), RES_73_8);
    let outside = root.join("outside.json");
    write(&outside, b"untouched");
    std::fs::create_dir_all(root.join("out")).expect("should create --out");
    std::os::unix::fs::symlink(&outside, root.join("out/a.json")).expect("should make the link");
    let output = plenary_in(&root, &["batch", "a.txt", "--to", "json", "--out", "out"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a refused output should fail the run: {}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("symbolic link"),
        "the failure should name the symbolic link: {}",
        stderr(&output)
    );
    assert_eq!(
        std::fs::read(&outside).expect("the outside file should still be there"),
        b"untouched",
        "nothing should be written outside --out through the link"
    );
}
