//! Snapshots of the parsed outline: each fixture under `tests/fixtures/block/`
//! (real snippets, their source symbol in the first line) and the reference
//! report. The stats of every corpus document are snapshotted by the facade
//! crate, after the resolver has run.

use std::fmt::Write;
use std::path::PathBuf;

use plenary_model::visit::{walk, Node};
use plenary_model::{plain_text, Block, Document, Inline};

/// One line per node: kind, id, number, span, and a short preview.
fn outline(doc: &Document) -> String {
    let mut out = String::new();
    let span = |s: Option<plenary_model::Span>| s.map_or("-".to_owned(), |s| format!("{}..{}", s.start, s.end));
    let preview = |s: &str| -> String {
        let s: String = s.chars().take(48).collect();
        s
    };
    walk(doc, &mut |node, scope| {
        if scope.in_footnote {
            return;
        }
        let line = match node {
            Node::Block(b) => match b {
                Block::Section(s) => format!(
                    "section {:?} {} [{}] {} | {}",
                    s.level,
                    s.id,
                    s.num.as_deref().unwrap_or(""),
                    span(s.span),
                    preview(&plain_text(&s.heading))
                ),
                Block::Paragraph(p) => format!(
                    "para {} [{}] {} | {}",
                    p.id,
                    p.num.as_deref().unwrap_or(""),
                    span(p.span),
                    preview(&plain_text(&p.content))
                ),
                Block::Resolution(d) | Block::Decision(d) => format!(
                    "{:?} {} [{}] {} formula={} preamble={} operative={} annexes={} | {}",
                    d.kind,
                    d.id,
                    d.number,
                    span(d.span),
                    d.formula.is_some(),
                    d.preamble.len(),
                    d.operative.len(),
                    d.annexes.len(),
                    preview(&plain_text(&d.title))
                ),
                Block::List(l) => format!(
                    "list {} {} items={}",
                    l.id,
                    span(l.span),
                    l.items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>().join(" ")
                ),
                Block::Quotation(q) => format!("quotation {} {}", q.id, span(q.span)),
                Block::Officers(o) => format!(
                    "officers {} {} | {}",
                    o.id,
                    span(o.span),
                    o.officers
                        .iter()
                        .map(|x| format!("{}: {} ({})", x.role, x.name, x.country.as_deref().unwrap_or("")))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                Block::Agenda(a) => format!(
                    "agenda {} {} items={}",
                    a.id,
                    span(a.span),
                    a.items
                        .iter()
                        .map(|i| format!(
                            "{}({})",
                            i.num,
                            i.items.iter().map(|s| s.num.as_str()).collect::<String>()
                        ))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                Block::Annex(a) => format!("annex {} {} | {}", a.id, span(a.span), preview(&plain_text(&a.heading))),
                Block::Table(t) => format!("table {} {} rows={}", t.id, span(t.span), t.rows.len()),
                Block::Vote(v) => format!(
                    "vote {} {} {:?} lines={} | in favour {}: {}; against {}: {}; abstaining {}: {}",
                    v.id,
                    span(v.span),
                    v.outcome,
                    v.lines.len(),
                    v.in_favour.len(),
                    v.in_favour.join(", "),
                    v.against.len(),
                    v.against.join(", "),
                    v.abstaining.len(),
                    v.abstaining.join(", ")
                ),
                Block::Unrecognized(u) => format!("UNRECOGNIZED {} {} | {}", u.id, span(u.span), preview(&u.text)),
            },
            Node::Paragraph(p) => format!("  p {} {} | {}", p.id, span(p.span), preview(&plain_text(&p.content))),
            Node::Inline(Inline::FootnoteMarker(m)) => format!("    marker {} {}", m.label, span(m.span)),
            Node::Inline(Inline::Symbol(s)) => format!(
                "    symbol {} {:?} -> {}",
                span(s.span),
                s.text,
                s.symbols.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            ),
            Node::Inline(Inline::Reference(r)) => format!("    ref {:?} {} {:?}", r.cited.kind(), span(r.span), r.text),
            Node::Inline(_) => return,
        };
        let _ = writeln!(out, "{line}");
    });
    for f in &doc.footnotes {
        let _ = writeln!(
            out,
            "footnote {} {} | {}",
            f.label,
            span(f.span),
            preview(&plain_text(&f.content))
        );
        for inline in &f.content {
            match inline {
                Inline::Symbol(s) => {
                    let _ = writeln!(out, "    symbol {} {:?}", span(s.span), s.text);
                }
                Inline::Reference(r) => {
                    let _ = writeln!(out, "    ref {:?} {} {:?}", r.cited.kind(), span(r.span), r.text);
                }
                _ => {}
            }
        }
    }
    for f in &doc.furniture {
        let _ = writeln!(out, "furniture {:?} {} {:?}", f.kind, span(f.span), f.text);
    }
    for d in &doc.diagnostics {
        let _ = writeln!(out, "diagnostic {} {} {}", d.code, span(d.span), d.message);
    }
    out
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/block/**/*.txt", |path| {
        let file = std::fs::read_to_string(path).expect("fixtures are UTF-8");
        // The first line names the source; the snippet follows it.
        let text = file.split_once('\n').map_or("", |(_, rest)| rest);
        let doc = plenary_grammar::parse(text);
        let cov = plenary_model::coverage::check(text, &doc);
        assert!(
            cov.is_complete(),
            "fixture {} should be covered exactly: {cov:?}",
            path.display()
        );
        insta::assert_snapshot!(format!("{text}\n---\n{}", outline(&doc)));
    });
}

fn corpus_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .join(name)
}

#[test]
fn reference_report_outline() {
    let text =
        std::fs::read_to_string(corpus_path("CTOC_COP_2012_15.fr.txt")).expect("the reference report is in corpus/");
    let doc = plenary_grammar::parse(&text);
    insta::assert_snapshot!(outline(&doc));
}
