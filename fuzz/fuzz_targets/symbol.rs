//! The symbol grammar on arbitrary UTF-8: no panic, and every match in
//! bounds, ordered, non-empty and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_grammar::inline::symbol::{find_symbols, parse_job_number, parse_sales_number, parse_symbol};
use plenary_grammar::lang;

fuzz_target!(|text: &str| {
    if let Ok(symbol) = parse_symbol(text) {
        assert_eq!(
            parse_symbol(&symbol.to_string()),
            Ok(symbol.clone()),
            "a parsed symbol should round-trip"
        );
    }
    let _ = parse_job_number(text);
    let _ = parse_sales_number(text);
    for lang in lang::ALL {
        let mut last_end = 0;
        for m in find_symbols(text, lang) {
            assert!(last_end <= m.start, "matches should be ordered and apart");
            assert!(
                m.start < m.end && m.end <= text.len(),
                "a match should be in bounds and non-empty"
            );
            assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                "a match should fall on char boundaries"
            );
            assert!(!m.symbols.is_empty(), "a match should name a symbol");
            last_end = m.end;
        }
    }
});
