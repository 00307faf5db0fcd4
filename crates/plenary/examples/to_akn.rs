//! Renders a UN document as Akoma Ntoso 3.0 XML (AKN4UN conventions), to a
//! file or to standard output, and reports what parsing left unrecognised.
//!
//! ```sh
//! cargo run -p plenary --example to_akn -- corpus/A_RES_73_8.en.txt target/A_RES_73_8.akn.xml
//! ```

use std::io::Write;

use plenary::{Format, Severity};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let input = args
        .next()
        .ok_or("usage: to_akn FILE [OUTPUT.xml] (a UN document as plain text)")?;
    let output = args.next();

    let parsed = plenary::parse_bytes(&std::fs::read(&input)?)?;
    for d in parsed.diagnostics().iter().filter(|d| d.severity >= Severity::Warning) {
        eprintln!("{input}: {}: {}", d.code, d.message);
    }
    let xml = plenary::render(parsed.tree(), Format::Akn);

    match output {
        Some(path) => {
            std::fs::write(&path, &xml)?;
            eprintln!("wrote {path} ({} bytes)", xml.len());
        }
        None => std::io::stdout().lock().write_all(xml.as_bytes())?,
    }
    Ok(())
}
