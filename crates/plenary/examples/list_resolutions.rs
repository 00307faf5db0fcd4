//! Lists the resolutions and decisions of a report with their operative
//! paragraphs, and how each was adopted when the report records it.
//!
//! ```sh
//! cargo run -p plenary --example list_resolutions -- corpus/A_HRC_14_37.en.txt
//! ```

use std::io::Write;

use plenary::model::visit::{walk, Node};
use plenary::model::{plain_text, Block, Deliberation, DeliberationKind, VoteOutcome};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: list_resolutions FILE (a UN report as plain text)")?;
    let bytes = std::fs::read(&path)?;
    let doc = plenary::parse_bytes(&bytes)?.into_tree();

    let mut deliberations: Vec<&Deliberation> = Vec::new();
    walk(&doc, &mut |node, _| {
        if let Node::Block(Block::Resolution(d) | Block::Decision(d)) = node {
            deliberations.push(d);
        }
    });

    // Write through a lock and `?`, so that `| head` ends the program quietly.
    let mut out = std::io::stdout().lock();
    for d in deliberations {
        let kind = match d.kind {
            DeliberationKind::Resolution => "Resolution",
            DeliberationKind::Decision => "Decision",
        };
        writeln!(out, "{kind} {}: {}", d.number, plain_text(&d.title))?;
        for block in &d.operative {
            match block {
                Block::Paragraph(p) => {
                    if let Some(num) = &p.num {
                        writeln!(out, "  {num}. {}", one_line(&plain_text(&p.content), 100))?;
                    }
                }
                Block::Vote(v) => match v.outcome {
                    VoteOutcome::WithoutVote => writeln!(out, "  adopted without a vote")?,
                    VoteOutcome::RecordedVote {
                        in_favour,
                        against,
                        abstaining,
                    } => writeln!(
                        out,
                        "  adopted by {in_favour} votes to {against}, {abstaining} abstentions"
                    )?,
                },
                _ => {}
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The first `max` characters of `text`, with `…` when cut.
fn one_line(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}
