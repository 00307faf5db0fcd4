//! Prints the outline of a document: one line per block with its id, number and span.
//!
//! ```text
//! cargo run -p plenary-grammar --example outline -- FILE
//! ```

use plenary_model::visit::{walk, Node};
use plenary_model::{plain_text, Block, Stats};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: outline FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let doc = plenary_grammar::parse(&text);
    walk(&doc, &mut |node, _| {
        let (kind, id, extra, span) = match node {
            Node::Block(b) => match b {
                Block::Section(s) => (
                    "section",
                    s.id.as_str(),
                    format!("{:?} {}", s.level, plain_text(&s.heading)),
                    s.span,
                ),
                Block::Paragraph(p) => ("para", p.id.as_str(), preview(&plain_text(&p.content)), p.span),
                Block::Resolution(d) | Block::Decision(d) => (
                    "delib",
                    d.id.as_str(),
                    format!(
                        "{} pre={} op={} annexes={}",
                        plain_text(&d.title),
                        d.preamble.len(),
                        d.operative.len(),
                        d.annexes.len()
                    ),
                    d.span,
                ),
                Block::List(l) => ("list", l.id.as_str(), format!("{} items", l.items.len()), l.span),
                Block::Quotation(q) => ("quote", q.id.as_str(), String::new(), q.span),
                Block::Officers(o) => ("officers", o.id.as_str(), format!("{}", o.officers.len()), o.span),
                Block::Agenda(a) => ("agenda", a.id.as_str(), format!("{} items", a.items.len()), a.span),
                Block::Annex(a) => ("annex", a.id.as_str(), plain_text(&a.heading), a.span),
                Block::Table(t) => ("table", t.id.as_str(), String::new(), t.span),
                Block::Vote(v) => ("vote", v.id.as_str(), v.statement.clone(), v.span),
                Block::Unrecognized(u) => ("UNRECOGNIZED", u.id.as_str(), preview(&u.text), u.span),
            },
            Node::Paragraph(p) => ("  p", p.id.as_str(), preview(&plain_text(&p.content)), p.span),
            Node::Inline(_) => return,
        };
        let span = span.map_or(String::new(), |s| format!("{}..{}", s.start, s.end));
        println!("{kind:<9} {id:<45} {span:<13} {extra}");
    });
    let mut markers = Vec::new();
    walk(&doc, &mut |node, _| {
        if let Node::Inline(plenary_model::Inline::FootnoteMarker(m)) = node {
            markers.push(m.label.clone());
        }
    });
    println!("markers: {} {}", markers.len(), markers.join(","));
    for f in &doc.footnotes {
        println!("footnote  {:<45} {}", f.id, preview(&plain_text(&f.content)));
    }
    println!("{}", serde_json_like(&Stats::of(&doc)));
}

fn preview(s: &str) -> String {
    s.chars().take(70).collect()
}

fn serde_json_like(stats: &Stats) -> String {
    format!("{stats:#?}")
}
