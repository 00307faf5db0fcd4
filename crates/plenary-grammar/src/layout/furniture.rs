//! Page furniture: running headers, footers with job numbers, page numbers,
//! barcodes, continuation marks and footnote rules.
//!
//! # Grammar
//! ```text
//! rule        = "_"{5,} ;
//! footer      = [ page-number ] job-number [ page-number ] ;
//! job-number  = station "." yy "-" serial [ "(" letter ")" ]      (* V.12-57119, GE.12-17781 (E) *)
//!             | yy "-" serial [ "(" letter ")" ] ;                  (* 18-16895 (E) *)
//! page-number = digit{1,4} [ "/" digit{1,4} ] | "Page" digit{1,4} ;
//! barcode     = "*" digit{5,} "*" | digit{6} ;
//! header      = symbol ;                                           (* CTOC/COP/2012/15 *)
//! ```
//!
//! # Examples
//! - `28 V.12-57119` (CTOC/COP/2012/15): page 28, job number V.12-57119.
//! - `GE.12-17781` then `8` (A/HRC/14/37).
//! - `__________________` above a footnote block.
//!
//! # Model
//! Lines recognised here become [`plenary_model::Furniture`]; a job number goes
//! to `metadata.jobNumber`, a header symbol to `metadata.symbol`.
//!
//! # Diagnostics
//! None: furniture is either recognised or left to the body.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{all_consuming, opt, recognize};
use nom::sequence::{delimited, pair, preceded, terminated, tuple};
use nom::IResult;

fn digits(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, &str> {
    move |s| take_while_m_n(min, max, |c: char| c.is_ascii_digit())(s)
}

/// A job number (`V.12-57119`, `GE.12-17781`, `GE:09-17825`, `18-16895 (E)`, `GE.21-06039(E)`), recognised.
pub fn job_number(s: &str) -> IResult<&str, &str> {
    recognize(tuple((
        // (Some 2009 prints set a colon for the stop: `GE:09-17825`.)
        opt(pair(
            take_while_m_n(1, 3, |c: char| c.is_ascii_uppercase()),
            alt((char('.'), char(':'))),
        )),
        digits(2, 2),
        alt((char('-'), char('\u{2011}'))),
        digits(5, 5),
        opt(preceded(
            space0,
            delimited(
                char('('),
                take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
                char(')'),
            ),
        )),
    )))(s)
}

/// A page number between dashes, `-2-` or `- 2 -`: its digits.
fn dashed(s: &str) -> IResult<&str, &str> {
    delimited(pair(char('-'), space0), digits(1, 4), pair(space0, char('-')))(s)
}

/// The value of a line that is a page number between dashes (`-4-`).
#[must_use]
pub fn dashed_page_number(line: &str) -> Option<u32> {
    all_consuming(dashed)(line).ok().and_then(|(_, d)| d.parse().ok())
}

/// A page number: `28`, `3/10`, `Page 2`, `-2-`, `- 2 -`.
pub fn page_number(s: &str) -> IResult<&str, &str> {
    alt((
        recognize(tuple((digits(1, 4), char('/'), digits(1, 4)))),
        recognize(dashed),
        recognize(preceded(
            pair(alt((tag("Page"), tag("Página"), tag("page"))), space1),
            digits(1, 4),
        )),
        digits(1, 4),
    ))(s)
}

/// A footer: job number with a page number before or after it. Returns the job number.
pub fn scan_footer(line: &str) -> Option<&str> {
    // Cheap test first (this runs on every line): a page number or a job
    // number opens the line, with a digit or an ASCII capital.
    if !line.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
        return None;
    }
    let with_page_before = preceded(terminated(digits(1, 4), space1), job_number);
    // `GE.07-10197 (E) 190107`: the job number, then the print date; a
    // translation prints two (`GE.19-13879 (R) 210819 230819`).
    let dates = recognize(preceded(digits(6, 6), opt(preceded(space1, digits(6, 6)))));
    let with_page_after = terminated(job_number, opt(preceded(space1, alt((dates, page_number)))));
    all_consuming(alt((with_page_before, with_page_after)))(line)
        .ok()
        .map(|(_, job)| job)
}

/// A rule of underscores above footnotes.
#[must_use]
pub fn is_rule(line: &str) -> bool {
    line.len() >= 5 && line.bytes().all(|b| b == b'_')
}

/// A bare page number line.
#[must_use]
pub fn is_page_number(line: &str) -> bool {
    all_consuming(page_number)(line).is_ok()
}

/// `3/10`, page 3 of 10: the page and the count, when the line is one.
#[must_use]
pub fn page_of(line: &str) -> Option<(u32, u32)> {
    let (page, count) = line.trim().split_once('/')?;
    let ok = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !ok(page) || !ok(count) {
        return None;
    }
    Some((page.parse().ok()?, count.parse().ok()?))
}

/// Barcode and print-date lines (`*1816895*`, `291112`) and the continuation mark `/...`.
#[must_use]
pub fn is_barcode(line: &str) -> bool {
    // pdftotext writes the barcode font's glyphs as private-use characters.
    let private = |c: char| ('\u{E000}'..='\u{F8FF}').contains(&c);
    if line.chars().any(private) && line.chars().all(|c| private(c) || c.is_whitespace() || c == '*') {
        return true;
    }
    let barcode = delimited(char('*'), take_while1(|c: char| c.is_ascii_digit()), char('*'));
    // Print dates (`241018`), sometimes twice on one line.
    let print_dates = !line.is_empty()
        && line
            .split_whitespace()
            .all(|w| w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit()));
    all_consuming::<_, _, nom::error::Error<&str>, _>(barcode)(line).is_ok() || print_dates
}

/// The continuation mark `/...` at a page foot.
#[must_use]
pub fn is_continuation(line: &str) -> bool {
    matches!(line, "/..." | "/…" | "…/…" | ".../...")
}

/// A line that has the shape of a document symbol alone (`CTOC/COP/2012/15`, `A/HRC/14/37`).
#[must_use]
pub fn is_symbol_line(line: &str) -> bool {
    // A Security Council resolution keeps its year in parentheses after a
    // space (`S/RES/2774 (2025)`).
    let line = match line.split_once(' ') {
        Some((symbol, year))
            if year.len() == 6
                && year.starts_with('(')
                && year.ends_with(')')
                && year.bytes().skip(1).take(4).all(|b| b.is_ascii_digit()) =>
        {
            symbol
        }
        _ => line,
    };
    let first = line.chars().next();
    // A component may print a qualifier or a part with a space in it
    // (`A/81/6 (Sect. 13)/Part A`); no other white space.
    let spaced = |part: &str| part.contains(' ') && plenary_model::is_component(part.trim_end_matches('*'));
    first.is_some_and(|c| c.is_ascii_uppercase())
        && line.contains('/')
        && line.split('/').enumerate().all(|(k, part)| {
            (k > 0 && spaced(part))
                || (!part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*' | '(' | ')')))
        })
}

/// A document symbol alone on its line ([`is_symbol_line`]), where an OCR
/// read the period after a component's letters as a comma (`A/C,4/SR.985`
/// for `A/C.4/SR.985`): the symbol as printed. A symbol's period always
/// follows letters (`C.4`, `CN.6`, `SR.985`, `Add.1`) and a symbol holds no
/// comma, so a comma between a letter and a figure is read as that period;
/// a line that then has a symbol's shape is one. `None` for any other line.
#[must_use]
pub fn symbol_line_read(line: &str) -> Option<std::borrow::Cow<'_, str>> {
    if is_symbol_line(line) {
        return Some(line.into());
    }
    if !line.contains(',') {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let read: String = chars
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            let after_letter = k
                .checked_sub(1)
                .and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_alphabetic);
            let before_digit = chars.get(k + 1).is_some_and(char::is_ascii_digit);
            if c == ',' && after_letter && before_digit {
                '.'
            } else {
                c
            }
        })
        .collect();
    is_symbol_line(&read).then_some(read.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_lines() {
        assert!(is_symbol_line("CTOC/COP/2012/15"));
        assert!(is_symbol_line("S/RES/2774 (2025)"), "a year in parentheses");
        assert!(!is_symbol_line("S/RES/2774 (20256)"));
        assert!(!is_symbol_line("Resolution 2774 (2025)"));
        assert!(!is_symbol_line("A/78/L.96 and Add.1"));
        assert!(is_symbol_line("A/81/6 (Sect. 13)/Part A*"), "a qualifier and a part");
        assert!(is_symbol_line("ICCD/COP(8)/CST/8"));
        assert!(!is_symbol_line("Human rights/climate change"));
        assert!(!is_symbol_line("Nations A/HRC/DEC/14/105"), "the series has no space");
    }

    #[test]
    fn symbol_lines_an_ocr_read_with_a_comma() {
        assert_eq!(symbol_line_read("A/C,4/SR.985").as_deref(), Some("A/C.4/SR.985"));
        assert_eq!(symbol_line_read("A/HRC/14/37").as_deref(), Some("A/HRC/14/37"));
        // A comma after a figure, or before a space, is a list's.
        assert_eq!(symbol_line_read("A/73/5,6"), None);
        assert_eq!(symbol_line_read("A/C.4/L.628, L.634"), None);
        assert_eq!(symbol_line_read("Paris,2019"), None);
    }

    #[test]
    fn footers() {
        assert_eq!(scan_footer("28 V.12-57119"), Some("V.12-57119"), "page then job number");
        assert_eq!(scan_footer("GE.12-17781"), Some("GE.12-17781"), "job number alone");
        assert_eq!(
            scan_footer("GE.12-17781 (E)"),
            Some("GE.12-17781 (E)"),
            "with language letter"
        );
        assert_eq!(scan_footer("18-16895 (E)"), Some("18-16895 (E)"), "New York form");
        assert_eq!(
            scan_footer("GE.21-06039(E)"),
            Some("GE.21-06039(E)"),
            "glued language letter"
        );
        assert_eq!(
            scan_footer("GE.19-13879  (R)  210819  230819"),
            Some("GE.19-13879  (R)"),
            "a translation's two print dates"
        );
        assert_eq!(scan_footer("GE:09-17825"), Some("GE:09-17825"), "a colon for the stop");
        assert_eq!(scan_footer("GE;09-17825"), None, "no other mark");
        assert_eq!(scan_footer("28 octobre 2012"), None, "a date is not a footer");
        assert_eq!(scan_footer("9-20 juillet"), None, "a range is not a footer");
    }

    #[test]
    fn other_furniture() {
        assert!(is_rule("__________________"));
        assert!(!is_rule("___"));
        assert!(is_page_number("3/10") && is_page_number("Page 2") && is_page_number("28"));
        assert!(is_page_number("-2-") && is_page_number("- 12 -"));
        assert!(
            !is_page_number("-3") && !is_page_number("3-"),
            "Arabic paragraph numbers"
        );
        assert!(is_barcode("*1816895*") && is_barcode("291112"));
        assert!(is_symbol_line("CTOC/COP/2012/15") && is_symbol_line("A/HRC/14/37"));
        assert!(!is_symbol_line("et/ou") && !is_symbol_line("14/3"));
    }
}
