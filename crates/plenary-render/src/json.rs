//! JSON: the model as `plenary parse` prints it (pretty, two-space indent,
//! trailing newline). The form is described in `docs/json-format.md`.

use std::io::Write;

use plenary_model::Document;

use crate::RenderError;

/// Renders `doc` as pretty JSON with a trailing newline.
///
/// The model always serializes; should serde_json ever refuse, the result is a
/// JSON object `{"error": "…"}` saying why.
#[must_use]
pub fn to_string(doc: &Document) -> String {
    // Pretty JSON of a parsed document runs to about four times its input:
    // reserving that at once spares the copies of a buffer grown by doubling.
    let mut buf = Vec::with_capacity((doc.metadata.length as usize).saturating_mul(4).saturating_add(4096));
    match serde_json::to_writer_pretty(&mut buf, doc) {
        Ok(()) => {
            buf.push(b'\n');
            // serde_json writes UTF-8 only: the lossy branch never runs.
            String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(e) => {
            let message = serde_json::Value::String(format!("could not serialize the document: {e}"));
            format!("{{\n  \"error\": {message}\n}}\n")
        }
    }
}

/// Writes `doc` as pretty JSON with a trailing newline to `out`.
///
/// # Errors
/// [`RenderError::Json`] if serialization fails, [`RenderError::Io`] if `out` does.
pub fn write<W: Write>(doc: &Document, mut out: W) -> Result<(), RenderError> {
    serde_json::to_writer_pretty(&mut out, doc)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}
