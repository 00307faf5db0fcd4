//! Binding references to their targets, in place, from the model alone (the
//! text is never read again).
//!
//! Order of work:
//! 1. footnote markers to footnotes, by label;
//! 2. the references of the body: internal references and drafts to node
//!    ids, resolutions and decisions to their issuer's series or to a node,
//!    treaties and provisions to themselves;
//! 3. footnote by footnote, in order: its references as in 2, then its
//!    `Ibid.` to the work of the previous footnote (its first treaty, symbol,
//!    or resolved resolution), with the Ibid's details replacing the work's;
//! 4. the adoptions read from drafts onto their resolutions and decisions.
//!
//! # Diagnostics
//!
//! - `unlinked-footnote-marker`: a marker (`organisée3`) with no footnote of its label.
//! - `unresolved-reference`: a reference left without a target (`sa résolution 5/1` in a
//!   document whose own symbol is unknown, `Ibid.` after a footnote that cites no work).

use plenary_model::{
    visit, Adoption, Block, Cited, DeliberationKind, Diagnostic, Document, FootnoteMarker, Inline, Issuer, Reference,
    SectionLevel, Severity, Symbol, Target,
};

use std::collections::HashMap;

use crate::registry;

/// What the resolver knows about the document while it binds.
struct Context {
    /// Language of links (`fr`).
    lang: String,
    /// The series of the document's own symbol (`CTOC/COP`).
    own_series: Option<String>,
    /// The name of the body that issued the document (`Human Rights Council`).
    own_body: Option<&'static str>,
    /// The number of the session the document belongs to (`43`).
    own_session: Option<String>,
    /// The nodes references may point to.
    index: NodeIndex,
}

/// Ids of the nodes internal references name.
///
/// Each lookup gives the first node in document order that matches, as a
/// scan of all nodes would, but from a hash map keyed by the number (or the
/// chapter and section), so that a document with n paragraphs and m
/// references costs O(n + m), not O(n × m).
#[derive(Debug, Default)]
struct NodeIndex {
    /// Resolutions and decisions by number: kind and id, in document order.
    deliberations: HashMap<String, Vec<(DeliberationKind, String)>>,
    /// Sections by chapter number and section number (`None` for the
    /// chapter itself): the id of the first.
    sections: HashMap<Place, String>,
    /// Numbered paragraphs by number: chapter, section and id, in document order.
    paragraphs: HashMap<String, Vec<(Place, String)>>,
}

/// A chapter number and a section number, either unknown.
type Place = (Option<String>, Option<String>);

impl NodeIndex {
    fn build(blocks: &[Block]) -> Self {
        let mut index = NodeIndex::default();
        index.add(blocks, None, None);
        index
    }

    fn add(&mut self, blocks: &[Block], chapter: Option<&str>, section: Option<&str>) {
        for block in blocks {
            match block {
                Block::Section(s) => {
                    let (ch, sec) = match s.level {
                        SectionLevel::Chapter => (s.num.as_deref(), None),
                        SectionLevel::Section => (chapter, s.num.as_deref()),
                        _ => (chapter, section),
                    };
                    if matches!(s.level, SectionLevel::Chapter | SectionLevel::Section) {
                        self.sections
                            .entry((ch.map(str::to_owned), sec.map(str::to_owned)))
                            .or_insert_with(|| s.id.clone());
                    }
                    self.add(&s.children, ch, sec);
                }
                Block::Resolution(d) | Block::Decision(d) => {
                    self.deliberations
                        .entry(d.number.clone())
                        .or_default()
                        .push((d.kind, d.id.clone()));
                }
                Block::Paragraph(p) => {
                    if let Some(num) = &p.num {
                        self.paragraphs
                            .entry(num.clone())
                            .or_default()
                            .push(((chapter.map(str::to_owned), section.map(str::to_owned)), p.id.clone()));
                    }
                }
                Block::Annex(a) => self.add(&a.children, chapter, section),
                _ => {}
            }
        }
    }

    fn deliberation(&self, kind: DeliberationKind, number: &str) -> Option<&str> {
        self.deliberations
            .get(number)?
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, id)| id.as_str())
    }

    fn section(&self, chapter: Option<&str>, section: Option<&str>) -> Option<&str> {
        self.sections
            .get(&(chapter.map(str::to_owned), section.map(str::to_owned)))
            .map(String::as_str)
    }

    fn paragraph(&self, chapter: Option<&str>, section: Option<&str>, num: &str) -> Option<&str> {
        self.paragraphs
            .get(num)?
            .iter()
            .find(|((c, s), _)| {
                (chapter.is_none() || c.as_deref() == chapter) && (section.is_none() || s.as_deref() == section)
            })
            .map(|(_, id)| id.as_str())
    }
}

/// What resolving collects on the way.
#[derive(Default)]
struct Outcome {
    diagnostics: Vec<Diagnostic>,
    /// Deliberation id and the adoption a draft reported.
    adoptions: Vec<(String, Adoption)>,
    /// The series of each resolution and decision cited so far with its
    /// issuer, so that a later bare citation of the same number (`resolutions
    /// S-9/1 and S-12/1` after `Human Rights Council resolutions S-9/1 …`)
    /// means the same text.
    cited: std::collections::HashMap<(DeliberationKind, String), String>,
}

/// Binds every reference of `doc`; see the module documentation.
pub(crate) fn resolve(doc: &mut Document) {
    let ctx = Context {
        lang: doc.metadata.language.clone().unwrap_or_else(|| "en".to_owned()),
        own_series: doc.metadata.symbol.as_ref().map(Symbol::series),
        own_body: doc.metadata.symbol.as_ref().and_then(registry::body),
        own_session: doc
            .metadata
            .session
            .as_ref()
            .and_then(|s| s.number)
            .map(|n| n.to_string()),
        index: NodeIndex::build(&doc.body),
    };
    let mut out = Outcome::default();

    link_markers(doc, &mut out);

    // The body, footnotes set aside.
    let mut footnotes = std::mem::take(&mut doc.footnotes);
    visit::walk_inlines_mut(doc, &mut |inline| {
        if let Inline::Reference(r) = inline {
            if let Cited::Ibid { .. } = r.cited {
                out.diagnostics.push(unresolved_reference(
                    r,
                    "`Ibid.` is read in footnotes only, where it repeats the previous footnote's work.",
                ));
            } else {
                resolve_one(r, &ctx, &mut out);
            }
        }
    });

    // Footnotes in order, each Ibid from the previous footnote's work.
    let mut previous: Option<Target> = None;
    for footnote in &mut footnotes {
        let mut work: Option<Target> = None;
        for inline in &mut footnote.content {
            match inline {
                Inline::Reference(r) if !matches!(r.cited, Cited::Ibid { .. }) => {
                    resolve_one(r, &ctx, &mut out);
                    if work.is_none() {
                        work = work_of(r);
                    }
                }
                Inline::Symbol(s) if work.is_none() => {
                    work = s.symbols.first().map(|symbol| Target::Document {
                        symbol: symbol.clone(),
                        url: registry::url(symbol, &ctx.lang),
                        details: None,
                    });
                }
                _ => {}
            }
        }
        for inline in &mut footnote.content {
            let Inline::Reference(r) = inline else { continue };
            let Cited::Ibid { details } = &r.cited else { continue };
            match &previous {
                Some(prev) => {
                    let target = repeat(prev, details.as_deref());
                    if work.is_none() {
                        work = Some(target.clone());
                    }
                    r.target = Some(target);
                }
                None => out.diagnostics.push(unresolved_reference(
                    r,
                    "The footnote before this `Ibid.` cites no treaty or document to repeat.",
                )),
            }
        }
        previous = work;
    }
    doc.footnotes = footnotes;

    // The first adoption reported for each id, looked up by id: a scan of
    // the adoptions for each deliberation was quadratic on long documents
    // (6,125 deliberations and as many adoptions on the 100 MB concatenation).
    let mut adoptions: HashMap<&str, &Adoption> = HashMap::with_capacity(out.adoptions.len());
    for (id, adoption) in &out.adoptions {
        adoptions.entry(id.as_str()).or_insert(adoption);
    }
    visit::walk_deliberations_mut(&mut doc.body, &mut |d| {
        if let Some(adoption) = adoptions.get(d.id.as_str()) {
            d.adoption = Some((*adoption).clone());
        }
    });
    doc.diagnostics.extend(out.diagnostics);
}

/// Links each footnote marker to the footnote of its label, in reading order:
/// the first marker of a label takes the first footnote of that label, a
/// repeated marker (`2/` cited twice) the last footnote it took.
fn link_markers(doc: &mut Document, out: &mut Outcome) {
    // For each label, the ids of its footnotes in order and how many were
    // taken (the next free one), and the last one taken: one lookup a marker,
    // where a scan of every footnote was quadratic in documents with many
    // notes.
    let mut by_label: HashMap<String, (Vec<String>, usize)> = HashMap::new();
    for f in &doc.footnotes {
        by_label.entry(f.label.clone()).or_default().0.push(f.id.clone());
    }
    visit::walk_inlines_mut(doc, &mut |inline| {
        let Inline::FootnoteMarker(marker) = inline else { return };
        let id = by_label.get_mut(&marker.label).and_then(|(ids, taken)| {
            match ids.get(*taken) {
                // The first free footnote of the label.
                Some(id) => {
                    *taken += 1;
                    Some(id.clone())
                }
                // All taken: a repeated marker takes the last one taken.
                None => taken.checked_sub(1).and_then(|last| ids.get(last)).cloned(),
            }
        });
        match id {
            Some(id) => marker.footnote = Some(id),
            None => out.diagnostics.push(unlinked_footnote_marker(marker)),
        }
    });
}

/// The work a footnote cites through reference `r`: a treaty, or a resolved
/// resolution or decision.
fn work_of(r: &Reference) -> Option<Target> {
    match (&r.cited, &r.target) {
        (Cited::Treaty { .. } | Cited::Resolution { .. } | Cited::Decision { .. }, Some(t)) => Some(t.clone()),
        _ => None,
    }
}

/// The work `prev` repeated by an `Ibid.` with `details`: a treaty takes the
/// volumes (and number) the details give; a document takes the details.
fn repeat(prev: &Target, details: Option<&str>) -> Target {
    let Some(details) = details else {
        return prev.clone();
    };
    match prev {
        Target::Treaty {
            series,
            volumes,
            number,
        } => {
            let (vols, num) = treaty_details(details);
            Target::Treaty {
                series: series.clone(),
                volumes: if vols.is_empty() { volumes.clone() } else { vols },
                number: num.unwrap_or_else(|| number.clone()),
            }
        }
        Target::Document { symbol, url, .. } => Target::Document {
            symbol: symbol.clone(),
            url: url.clone(),
            details: Some(details.to_owned()),
        },
        other => other.clone(),
    }
}

/// Volumes and registration number in the details of a treaty's `Ibid.`:
/// `vol. 2237, 2241 et 2326, n° 39574`, `vol. 2241, No. 39574`, `vol. 2237, núm. 39574`.
fn treaty_details(details: &str) -> (Vec<String>, Option<String>) {
    const NUMBER_WORDS: [&str; 7] = ["n°", "nº", "no", "no.", "núm.", "n.º", "№"];
    let tokens: Vec<&str> = details
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mut volumes = Vec::new();
    let mut number = None;
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        let lower = token.to_lowercase();
        if lower == "vol." || lower == "vols." {
            i += 1;
            while let Some(t) = tokens.get(i) {
                if all_digits(t) {
                    volumes.push((*t).to_owned());
                } else if !(t.chars().count() <= 3 && t.chars().all(char::is_lowercase))
                    || NUMBER_WORDS.contains(&t.to_lowercase().as_str())
                {
                    break;
                }
                i += 1;
            }
            continue;
        }
        if NUMBER_WORDS.contains(&lower.as_str()) {
            if let Some(t) = tokens.get(i + 1).filter(|t| all_digits(t)) {
                number = Some((*t).to_owned());
            }
        }
        i += 1;
    }
    (volumes, number)
}

/// Binds one reference that is not an `Ibid.`.
fn resolve_one(r: &mut Reference, ctx: &Context, out: &mut Outcome) {
    let target = match &r.cited {
        Cited::Ibid { .. } => return,
        Cited::Treaty {
            series,
            volumes,
            number,
        } => Some(Target::Treaty {
            series: series.clone(),
            volumes: volumes.clone(),
            number: number.clone(),
        }),
        Cited::Provision { instrument, provision } => Some(Target::Provision {
            instrument: instrument.clone(),
            provision: provision.clone(),
        }),
        Cited::Internal {
            chapter,
            section,
            deliberation,
            number,
            paragraph,
        } => internal(
            ctx,
            chapter.as_deref(),
            section.as_deref(),
            deliberation.zip(number.as_deref()),
            paragraph.as_deref(),
        ),
        Cited::Draft {
            draft,
            deliberation,
            number,
            date,
            meeting,
            sponsors,
        } => {
            let id = ctx.index.deliberation(*deliberation, number);
            if let Some(id) = id {
                out.adoptions.push((
                    id.to_owned(),
                    Adoption {
                        draft: draft.clone(),
                        date: *date,
                        meeting: meeting.clone(),
                        sponsors: sponsors.clone(),
                        reference: (!r.id.is_empty()).then(|| r.id.clone()),
                    },
                ));
            }
            id.map(|id| Target::Node { id: id.to_owned() })
        }
        Cited::Resolution { number, issuer, .. } => cited_again(ctx, out, DeliberationKind::Resolution, number, issuer),
        Cited::Decision { number, issuer, .. } => cited_again(ctx, out, DeliberationKind::Decision, number, issuer),
    };
    match target {
        Some(t) => r.target = Some(t),
        None => {
            let help = help_for(&r.cited, ctx);
            out.diagnostics.push(unresolved_reference(r, &help));
        }
    }
}

/// An internal reference: the deliberation it names, else the paragraph,
/// the section or the chapter.
fn internal(
    ctx: &Context,
    chapter: Option<&str>,
    section: Option<&str>,
    deliberation: Option<(DeliberationKind, &str)>,
    paragraph: Option<&str>,
) -> Option<Target> {
    let index = &ctx.index;
    let id = match (deliberation, paragraph) {
        (Some((kind, number)), _) => index.deliberation(kind, number),
        (None, Some(num)) => index.paragraph(chapter, section, num),
        (None, None) if chapter.is_some() || section.is_some() => index.section(chapter, section),
        (None, None) => None,
    };
    id.map(|id| Target::Node { id: id.to_owned() })
}

/// [`deliberation`], remembering the series of a deliberation cited with its
/// issuer for later bare citations of the same number, which take it.
fn cited_again(
    ctx: &Context,
    out: &mut Outcome,
    kind: DeliberationKind,
    number: &str,
    issuer: &Issuer,
) -> Option<Target> {
    let key = (kind, number.to_owned());
    let target = match (issuer, out.cited.get(&key)) {
        (Issuer::Unknown, Some(series)) => {
            let said = Issuer::Body {
                name: String::new(),
                series: Some(series.clone()),
            };
            deliberation(ctx, kind, number, &said)
        }
        _ => deliberation(ctx, kind, number, issuer),
    };
    if let (false, Some(Target::Deliberation { series, .. })) = (matches!(issuer, Issuer::Unknown), &target) {
        out.cited.entry(key).or_insert_with(|| series.clone());
    }
    target
}

/// A resolution or decision cited by number: a node of this document when
/// its own issuer adopted it here, else its issuer's series and symbol.
fn deliberation(ctx: &Context, kind: DeliberationKind, number: &str, issuer: &Issuer) -> Option<Target> {
    let series = match issuer {
        Issuer::Own => ctx.own_series.as_deref(),
        Issuer::Body {
            series: Some(series), ..
        } => Some(series.as_str()),
        // A body named by its generic word (`Council resolution 8/12` in a Human
        // Rights Council report) is the document's own when its name ends so.
        Issuer::Body { name, series: None } => {
            let own = ctx
                .own_body
                .is_some_and(|b| b.split_whitespace().last() == Some(name.as_str()));
            if own {
                ctx.own_series.as_deref()
            } else {
                None
            }
        }
        // Said by no one (`resolution 43/1`) but numbered in the document's own
        // session: its body numbers deliberations by session, and this is its
        // session's (a report of the Human Rights Council's forty-third session).
        Issuer::Unknown => ctx
            .own_session
            .as_deref()
            .filter(|own| number.split_once('/').is_some_and(|(session, _)| session == *own))
            .and(ctx.own_series.as_deref()),
    };
    // Only the Security Council numbers its resolutions with the year in
    // parentheses (`2722 (2024)`): whoever the text says adopted one, or if
    // it says no one, that is its series.
    let series = match issuer {
        Issuer::Own | Issuer::Unknown if kind == DeliberationKind::Resolution && council_number(number) => {
            series.or(Some("S"))
        }
        _ => series,
    };
    let is_own = matches!(issuer, Issuer::Own) || (series.is_some() && series == ctx.own_series.as_deref());
    if is_own || matches!(issuer, Issuer::Unknown) {
        if let Some(id) = ctx.index.deliberation(kind, number) {
            return Some(Target::Node { id: id.to_owned() });
        }
    }
    let series = series?;
    let symbol = deliberation_symbol(series, kind, number);
    Some(Target::Deliberation {
        series: series.to_owned(),
        deliberation: kind,
        number: number.to_owned(),
        url: symbol.as_ref().map(|s| registry::url(s, &ctx.lang)),
        symbol,
    })
}

/// `2722 (2024)`: a number, a space and a year from 1946 in parentheses.
fn council_number(number: &str) -> bool {
    let Some((n, year)) = number.split_once(" (") else {
        return false;
    };
    let year = year.strip_suffix(')').unwrap_or("");
    !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && year.parse::<u16>().is_ok_and(|y| y >= 1946)
}

/// The symbol of a resolution or decision of a series that gives its texts
/// one: `A/RES/64/293`, `A/RES/1874(S-IV)`, `S/RES/862 (1993)`,
/// `E/RES/2008/24`, `A/HRC/RES/14/1`, `A/HRC/DEC/14/118`. General Assembly
/// and Economic and Social Council decisions have none.
pub(crate) fn deliberation_symbol(series: &str, kind: DeliberationKind, number: &str) -> Option<Symbol> {
    let nature = match (series, kind) {
        ("A" | "S" | "E" | "A/HRC", DeliberationKind::Resolution) => "RES",
        ("A/HRC", DeliberationKind::Decision) => "DEC",
        _ => return None,
    };
    // `47/218 A` is written `47/218A` in the symbol; `1874 (S-IV)` `1874(S-IV)`;
    // a year keeps its space (`862 (1993)`).
    let number = match number.split_once(" (") {
        Some((n, rest)) if rest.starts_with(|c: char| c.is_ascii_digit()) => format!("{n} ({rest}"),
        Some((n, rest)) => format!("{n}({rest}"),
        None => number.replace(' ', ""),
    };
    format!("{series}/{nature}/{number}").parse().ok()
}

/// A help sentence for a reference that could not be bound.
fn help_for(cited: &Cited, ctx: &Context) -> String {
    match cited {
        Cited::Internal { .. } | Cited::Draft { .. } => {
            "No resolution, decision, section or paragraph of this document has the number it names.".to_owned()
        }
        Cited::Resolution { issuer, .. } | Cited::Decision { issuer, .. } => match issuer {
            Issuer::Own if ctx.own_series.is_none() => {
                "The document's own symbol is unknown, so the series of its own resolutions is too.".to_owned()
            }
            Issuer::Body { name, .. } => format!("No symbol series is known for `{name}`."),
            _ => "The text does not say which body issued it; name the body or add it to the language profile."
                .to_owned(),
        },
        _ => "Nothing in the document tells what it refers to.".to_owned(),
    }
}

/// `unresolved-reference`: a reference left without a target.
///
/// ```text
/// Ibid.            (after a footnote that cites no work)
/// résolution 5/1   (no body named, and not a resolution of this document)
/// ```
fn unresolved_reference(r: &Reference, help: &str) -> Diagnostic {
    Diagnostic::new(
        "unresolved-reference",
        Severity::Warning,
        format!("unresolved {} reference `{}`", kind_name(&r.cited), r.text),
        r.span,
    )
    .with_help(help)
}

/// `unlinked-footnote-marker`: a marker with no footnote of its label.
///
/// ```text
/// organisée31,     (and no footnote 31 in the document)
/// ```
fn unlinked_footnote_marker(marker: &FootnoteMarker) -> Diagnostic {
    Diagnostic::new(
        "unlinked-footnote-marker",
        Severity::Warning,
        format!("footnote marker `{}` has no footnote", marker.label),
        marker.span,
    )
    .with_help(format!(
        "No footnote labelled `{}` was found; it may have been lost with the page furniture.",
        marker.label
    ))
}

fn kind_name(cited: &Cited) -> &'static str {
    match cited {
        Cited::Ibid { .. } => "ibid",
        Cited::Internal { .. } => "internal",
        Cited::Draft { .. } => "draft",
        Cited::Resolution { .. } => "resolution",
        Cited::Decision { .. } => "decision",
        Cited::Treaty { .. } => "treaty",
        Cited::Provision { .. } => "provision",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn treaty_details_volumes_and_number() {
        assert_eq!(
            treaty_details("vol. 2237, 2241 et 2326, n° 39574"),
            (vec!["2237".into(), "2241".into(), "2326".into()], Some("39574".into()))
        );
        assert_eq!(
            treaty_details("vol. 2241, No. 39574"),
            (vec!["2241".into()], Some("39574".into()))
        );
        assert_eq!(treaty_details("annexe IV"), (vec![], None));
    }

    #[test]
    fn symbols_of_deliberations() {
        let s = |series, kind, n| deliberation_symbol(series, kind, n).map(|s| s.to_string());
        assert_eq!(
            s("A", DeliberationKind::Resolution, "64/293").as_deref(),
            Some("A/RES/64/293")
        );
        assert_eq!(
            s("S", DeliberationKind::Resolution, "862 (1993)").as_deref(),
            Some("S/RES/862 (1993)")
        );
        assert_eq!(
            s("A", DeliberationKind::Resolution, "1874 (S-IV)").as_deref(),
            Some("A/RES/1874(S-IV)")
        );
        assert_eq!(
            s("A/HRC", DeliberationKind::Decision, "14/118").as_deref(),
            Some("A/HRC/DEC/14/118")
        );
        assert_eq!(
            s("A", DeliberationKind::Decision, "60/519"),
            None,
            "a GA decision has no symbol"
        );
        assert_eq!(s("CTOC/COP", DeliberationKind::Resolution, "5/1"), None);
    }

    #[test]
    fn council_numbers_carry_their_year() {
        assert!(council_number("2722 (2024)"));
        assert!(council_number("242 (1967)"));
        assert!(!council_number("2758 (XXVI)"), "a General Assembly session in roman");
        assert!(!council_number("1874 (S-IV)"));
        assert!(!council_number("14/3"));
        assert!(!council_number("12 (1900)"), "before the United Nations");
    }
}
