//! The whole parser on arbitrary bytes: through `parse_bytes_with` lossy, and
//! through `parse` when the bytes are UTF-8. No panic, no hang, and every
//! invariant of `crates/plenary/tests/invariants` holds: length, spans in
//! bounds on character boundaries, nested and ordered, coverage complete.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary::ParseOptions;

#[path = "../../crates/plenary/tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|bytes: &[u8]| {
    match plenary::parse_bytes_with(bytes, ParseOptions::default().with_lossy(true)) {
        Ok(parsed) => {
            let text = invariants::lossy_text(bytes);
            if let Err(message) = invariants::check_document(&text, parsed.tree()) {
                panic!("lossy parse: {message}");
            }
        }
        Err(error) => assert!(
            matches!(error, plenary::Error::Pdf),
            "lossy decoding refuses only PDFs: {error}"
        ),
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let parsed = plenary::parse(text);
        if let Err(message) = invariants::check_document(text, parsed.tree()) {
            panic!("parse: {message}");
        }
    }
});
