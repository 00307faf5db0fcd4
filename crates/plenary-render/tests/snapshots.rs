//! One snapshot per format per document. Review with `cargo insta review`.

mod common;

use plenary_render::{render, Format};

fn check(name: &str, doc: &plenary_model::Document) {
    for format in Format::ALL {
        insta::assert_snapshot!(format!("{name}.{}", format.extension()), render(doc, format));
    }
}

#[test]
fn report_in_every_format() {
    check("report_fr", &common::report());
}

#[test]
fn resolution_document_in_every_format() {
    check("resolution_en", &common::resolution_document());
}

#[test]
fn hostile_document_in_every_format() {
    check("hostile", &common::hostile());
}
