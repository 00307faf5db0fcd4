//! Helpers shared by the integration tests (each test file uses some).
#![allow(dead_code)]

use plenary::model::{Block, SectionLevel};

/// The chapter labels of the body, in order, as read.
pub fn chapter_numbers(doc: &plenary::Document) -> Vec<String> {
    doc.body
        .iter()
        .filter_map(|b| match b {
            Block::Section(s) if s.level == SectionLevel::Chapter => s.num.clone(),
            _ => None,
        })
        .collect()
}

/// An Arabic line as pdfminer writes it: its letters last first.
pub fn visual(line: &str) -> String {
    line.chars().rev().collect()
}
