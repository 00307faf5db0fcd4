//! Resolutions and decisions.
//!
//! # Grammar
//! ```text
//! deliberation = heading title [ adoption ] [ formula ] { preambular } { operative | list | heading | agenda } { annex }
//!              | [ draft-label ] title formula { preambular } { operative } { annex } ;  (* a draft's text *)
//! heading      = ( "Résolution" | "Décision" | … ) number     (* "Résolution 6/1", "Resolution 2774 (2025)", "Decision C (71)", "القرار 75/1" *)
//!              | "第" number "号" ( "决议" | "决定" )           (* "第75/1号决议", "第2774(2025)号决议" *)
//!              | number [ "." ] ;                             (* "14/3", "2758 (XXVI).", followed by a formula within six lines *)
//! draft-label  = ( "Draft resolution" | "Projet de décision" | … ) [ roman | letter ] ;  (* over a draft a report submits *)
//! title        = line { line } ;                              (* up to a blank line or the formula *)
//! adoption     = line { line } ;                              (* "Adopted by the Security Council at its …" *)
//! formula      = paragraph ending with "," or ":" ;           (* "La Conférence des Parties …,", "Генеральная Ассамблея,", "大会，" *)
//! preambular   = unnumbered paragraph ;                       (* "Rappelant sa résolution 5/1 …," *)
//! operative    = number "." paragraph ;                       (* "1. Note avec satisfaction …;" *)
//! annex        = "Annexe" [ roman ] title { block } ;
//! agenda       = heading-with-agenda-word { number "." text { letter ")" text } } ;
//! ```
//!
//! # Examples (CTOC/COP/2012/15)
//! ```text
//!   Résolution 6/4
//!   Application des dispositions de la Convention des Nations Unies
//! contre la criminalité transnationale organisée relatives à
//! l’assistance technique
//!  La Conférence des Parties à la Convention des Nations Unies contre la
//! criminalité transnationale organisée,
//!   Notant que l’assistance technique est un élément fondamental …,
//!  1. Approuve les recommandations …;
//! ```
//!
//! # Model
//! [`plenary_model::Deliberation`] in a `resolution` or `decision` block.
//!
//! # Diagnostics
//! `illegible-session-numeral` where OCR made the session numeral of an old
//! number illegible (`2758 (ХХУП).`); unexpected lines become paragraphs of
//! the operative part.

use plenary_model::{
    Agenda, AgendaItem, Annex, Block, Deliberation, DeliberationKind, Diagnostic, Paragraph, Section, SectionLevel,
    Severity,
};

use super::starts;
use super::{Numbering, Parser};
use crate::lang::Lang;
use crate::lex::Flags;

/// A bare number heading (`14/3`, `73/8.`, or `48/246. Financing of …` with its
/// title on the same line) followed within six lines by an enacting formula
/// (`The Human Rights Council,`, or `“The Human Rights Council,` opening a
/// quoted text): the number and where the title starts.
pub fn bare_heading(p: &Parser<'_>, i: usize) -> Option<(String, usize)> {
    let (number, title_at) = p.tok(i).deliberation_number(p.text)?;
    // The formula may open a quoted text (`At its 24th meeting, … decided to
    // adopt the following text:` / `“The Human Rights Council,`): the
    // lexer's QUOTED_FORMULA covers both.
    // (A commission's number as pdftotext orders it, `( 329د )30-`, is
    // given as printed, `329 (د-30)`.)
    let number = starts::arabic_commission_number(number).map_or_else(|| number.to_owned(), |(n, _, _)| n);
    (i + 1..i + 7)
        .any(|j| p.has(j, Flags::QUOTED_FORMULA))
        .then_some((number, title_at))
}

/// Line `i` opens the sentence that introduces a quoted text (`At its 24th
/// meeting, on 10 June 2010, the Human Rights Council decided to adopt` /
/// `the following text:` / `“The Human Rights Council,`): it ends with a colon
/// within three lines, and the line after the colon opens a formula.
fn introduces_quotation(p: &Parser<'_>, i: usize) -> bool {
    (i..i + 3)
        .find(|&j| p.has(j, Flags::ENDS_COLON))
        .is_some_and(|j| p.has(j + 1, Flags::QUOTED_FORMULA))
}

/// True when line `i` is a deliberation's heading (`Résolution 6/1`,
/// `Resolution 2774 (2025)`, `Decision C (71)`, `القرار 75/1`,
/// `第75/1号决议`). A Security Council number with its year, an old General
/// Assembly number with its session (`2758 (XXVI)`) or a commission's
/// lettered number is also how running text cites a resolution or decision,
/// so there an enacting formula must follow within seven lines; so too where
/// no capital tells a heading from a line of running text that opens with
/// the word (`القرار 75/1`, `第75/1号决议`: scripts without capitals).
pub fn heading_at(p: &Parser<'_>, i: usize) -> bool {
    p.tok(i).deliberation_heading(p.text).is_some_and(|(_, number)| {
        let number = starts::spaced_number(number);
        let capital = p.content(i).starts_with(char::is_uppercase);
        let cited_alike = starts::is_council_number(&number)
            || starts::is_session_number(&number)
            || starts::is_lettered_number(&number);
        (capital && !cited_alike) || (i + 1..i + 8).any(|j| p.has(j, Flags::FORMULA))
    })
}

/// True when line `i` is a bare number heading (see [`bare_heading`]).
pub fn bare_heading_at(p: &Parser<'_>, i: usize) -> bool {
    bare_heading(p, i).is_some()
}

/// `The`, `La`, `Los`, `L’…`: an article of [`Lang::formula_articles`]
/// opens the formula; one ending with an apostrophe is elided before the
/// name (`L’Assemblée`).
fn opens_with_article(first: &str, lang: &Lang) -> bool {
    lang.formula_articles.iter().any(|a| {
        if a.ends_with(['’', '\'']) {
            first.starts_with(a)
        } else {
            first == *a
        }
    })
}

/// `Генеральная Ассамблея,`, `إن الجمعية العامة،`, `大会，`: the name of a
/// body of [`Lang::formula_bodies`] alone and a comma, in a language whose
/// formula has no article. Case and runs of white space do not count.
pub(crate) fn named_formula(c: &str, lang: &Lang) -> bool {
    if lang.formula_bodies.is_empty() {
        return false;
    }
    let Some(name) = c.trim_end().strip_suffix(crate::util::COMMAS) else {
        return false;
    };
    // (Arabic by its key: a text layer may write the lam-alef pairs in the
    // wrong order, `االقتصادية`.)
    if lang.code == "ar" {
        // (Cheap test first: every body's name opens with `إن`. This runs
        // for every language on lines that end with a comma.)
        if !name
            .trim_start_matches(plenary_model::coverage::is_direction_mark)
            .starts_with("إن")
        {
            return false;
        }
        static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let keys = KEYS.get_or_init(|| {
            lang.formula_bodies
                .iter()
                .map(|b| crate::lang::arabic::key(b))
                .collect()
        });
        let name = crate::lang::arabic::key(name);
        return keys.contains(&name);
    }
    let words = || name.split_whitespace().map(str::to_lowercase);
    lang.formula_bodies
        .iter()
        .any(|b| words().eq(b.split_whitespace().map(str::to_lowercase)))
}

/// The session numeral the old resolution numbers of the document read
/// (`2752 (XXVI).`, `2753 (ХХУ!).` as OCR prints it), when they all read the
/// same: a document that prints resolutions under such numbers is a
/// session's compilation, and a numeral OCR made illegible (`2758 (ХХУП).`)
/// is that session's.
pub(crate) fn session_numeral(text: &str, tokens: &[crate::lex::Token]) -> Option<String> {
    let mut found: Option<String> = None;
    for t in tokens {
        let Some((number, _)) = t.deliberation_number(text) else {
            continue;
        };
        if let Some((_, _, Some(reading))) = starts::session_number(number) {
            match &found {
                Some(f) if *f != reading => return None,
                Some(_) => {}
                None => found = Some(reading),
            }
        }
    }
    found
}

/// A resolution's number as the model gives it: `2751 (XXVI)` for OCR's
/// `2751 (ХХУЮ` (see [`starts::session_number`]): the numeral as it reads,
/// or, where it reads as nothing, the document's
/// ([`Parser::session_numeral`]) with an `illegible-session-numeral`
/// warning on line `at`; a number printed with no space before its
/// parenthesis or with full-width ones (Chinese `2774（2025）`) as
/// [`starts::spaced_number`] sets it; any other number as printed.
fn normal_number(p: &mut Parser<'_>, number: &str, at: usize) -> String {
    // `2774(2025)`, `2774（2025）` as Chinese prints them: `2774 (2025)`.
    let number = &*starts::spaced_number(number);
    match starts::session_number(number) {
        Some((digits, _, Some(reading))) => format!("{digits} ({reading})"),
        Some((digits, numeral, None)) => {
            let read = p.session_numeral.clone();
            let diagnostic = illegible_session_numeral(number, read.as_deref(), p.span_lines(at, at));
            p.diagnostics.push(diagnostic);
            format!("{digits} ({})", read.as_deref().unwrap_or(numeral))
        }
        None => number.to_owned(),
    }
}

/// `illegible-session-numeral`: the session numeral of an old resolution
/// number reads as no roman numeral (OCR of a Cyrillic page), and was
/// taken from the document's other numbers, or kept as printed.
///
/// ```text
/// 2758 (ХХУП). Восстановление законных прав Китайской Народной Республики
/// ```
fn illegible_session_numeral(printed: &str, read: Option<&str>, span: Option<plenary_model::Span>) -> Diagnostic {
    let message = match read {
        Some(numeral) => format!("the session numeral of {printed} is illegible; read as {numeral}"),
        None => format!("the session numeral of {printed} is illegible; kept as printed"),
    };
    Diagnostic::new("illegible-session-numeral", Severity::Warning, message, span).with_help(
        "OCR read the roman numeral as letters that are none. Where the other resolutions of the document all read one numeral, that numeral is given; check the number against the page.",
    )
}

/// The id of a resolution or decision under `parent`: `res_` or `dec_` and
/// its number with `/` and spaces as `-`, parentheses dropped
/// (`res_2774-2025`), or `draft` for a draft's text.
fn deliberation_id(p: &mut Parser<'_>, parent: &str, kind: DeliberationKind, number: &str) -> String {
    let prefix = match kind {
        DeliberationKind::Resolution => "res",
        DeliberationKind::Decision => "dec",
    };
    let local = if number.is_empty() {
        "draft".to_owned()
    } else {
        number.replace(['/', ' '], "-").replace(['(', ')'], "")
    };
    p.id(parent, &format!("{prefix}_{local}"))
}

/// A resolution or decision with its heading read and no text yet.
fn headed(id: String, kind: DeliberationKind, number: String, title: Vec<plenary_model::Inline>) -> Deliberation {
    Deliberation {
        id,
        span: None,
        kind,
        number,
        title,
        adoption_note: None,
        formula: None,
        preamble: Vec::new(),
        operative: Vec::new(),
        annexes: Vec::new(),
        adoption: None,
    }
}

/// The block of a resolution or decision.
fn into_block(d: Deliberation) -> Block {
    match d.kind {
        DeliberationKind::Resolution => Block::Resolution(Box::new(d)),
        DeliberationKind::Decision => Block::Decision(Box::new(d)),
    }
}

/// `The Human Rights Council,` `La Conférence des Parties …,` `L’Assemblée
/// générale,`: an article and a name; or a name alone that opens a formula
/// with no article ([`named_formula`]: `Генеральная Ассамблея,`, `大会，`).
pub(crate) fn formula_like(c: &str, lang: &Lang) -> bool {
    let first = c.split_whitespace().next().unwrap_or("");
    if !opens_with_article(first, lang) {
        return named_formula(c, lang);
    }
    // `The General Assembly,` — or, without its comma, a name alone: `The General Assembly`.
    let words = c.split_whitespace().count();
    let name_alone = words <= 6
        && c.split_whitespace().skip(1).all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "of" | "on" | "and" | "des" | "de" | "du" | "la" | "los" | "del")
        });
    (c.ends_with(',') && words <= 12) || name_alone
}

fn annex_heading(p: &Parser<'_>, i: usize) -> bool {
    let c = p.content(i);
    let mut words = c.split_whitespace();
    let first = words.next().unwrap_or("");
    let number = words.next();
    // Cheap tests first: at most one word after the first, a number.
    if words.next().is_some()
        || !number.is_none_or(|w| starts::roman_value(w).is_some() || w.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    p.lang.annex.contains(&first.to_lowercase().as_str())
}

fn ends_deliberation(p: &Parser<'_>, i: usize) -> bool {
    p.part_at(i)
        || p.chapter_at(i).is_some()
        // (`Chapter II`, `الفصل الثاني`: a chapter named by its word.)
        || p.word_chapter_at(i).is_some()
        || p.section_at(i).is_some()
        || heading_at(p, i)
        || bare_heading_at(p, i)
        || draft_heading_at(p, i).is_some()
}

/// A draft a report submits under its label (`Draft resolution II` /
/// `Strengthening the United Nations Forum of Mayors` / `The Economic and
/// Social Council,`): the kind of text it proposes and the line of its
/// formula.
pub fn draft_heading_at(p: &Parser<'_>, i: usize) -> Option<(DeliberationKind, usize)> {
    let kind = starts::draft_heading(p.content(i), p.lang)?;
    // Under its label, the draft's title may be split by blank lines (as
    // pdfminer sets a wrapped line apart): no clause ends in it.
    let formula = draft_formula(p, i + 1)?;
    (i + 1..formula)
        .all(|k| !p.has(k, Flags::ENDS_CLAUSE))
        .then_some((kind, formula))
}

/// Parses the draft whose label is line `label` (see [`draft_heading_at`]):
/// the label is its heading (a draft has no number yet), the lines up to
/// the formula its title.
pub fn parse_labelled_draft(
    p: &mut Parser<'_>,
    parent: &str,
    kind: DeliberationKind,
    label: usize,
    formula: usize,
) -> Block {
    p.pos = label + 1;
    read_draft(p, parent, kind, label, formula)
}

/// Parses the resolution or decision a draft proposes: its title from the
/// parser's position up to its formula on line `formula`, then its text.
pub fn parse_draft(p: &mut Parser<'_>, parent: &str, kind: DeliberationKind, formula: usize) -> Block {
    let first = p.pos;
    read_draft(p, parent, kind, first, formula)
}

/// A draft's title from the parser's position up to its formula, then its
/// text; its span from line `first`.
fn read_draft(p: &mut Parser<'_>, parent: &str, kind: DeliberationKind, first: usize, formula: usize) -> Block {
    let id = deliberation_id(p, parent, kind, "");
    let mut segments = Vec::new();
    while p.pos < formula {
        if let Some(l) = p.line(p.pos) {
            segments.push((l.start, l.end));
        }
        p.pos += 1;
    }
    let title = p.inlines(&segments);
    read_text(p, headed(id, kind, String::new(), title), first)
}

/// Parses a resolution or decision starting at the parser's position.
pub fn parse(p: &mut Parser<'_>, parent: &str) -> Block {
    let first = p.pos;
    let head = p.content(first);
    let (kind, number, title_at) = match p.tok(first).deliberation_heading(p.text) {
        Some((kind, number)) => (kind, number.to_owned(), head.len()),
        None => {
            let (number, title_at) =
                bare_heading(p, first).unwrap_or_else(|| (head.trim_end_matches('.').to_owned(), head.len()));
            // A bare number says nothing of its kind: the heading above it does
            // (`II. Decisions`, `RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY`).
            (p.kind_hint.unwrap_or(DeliberationKind::Resolution), number, title_at)
        }
    };
    let number = normal_number(p, &number, first);
    let id = deliberation_id(p, parent, kind, &number);
    p.pos += 1;
    // Title: the rest of the heading line, then lines up to a blank line or the formula.
    let mut segments = Vec::new();
    segments.extend(p.rest_of_line(first, title_at));
    // The line saying who adopted it (`Adopted by the Security Council at its
    // 9866th meeting, on` / `24 February 2025`), under the heading or the title.
    let mut note: Vec<(usize, usize)> = Vec::new();
    let mut note_from: Option<usize> = None;
    while let Some(line) = p.line(p.pos) {
        let started = !segments.is_empty() || !note.is_empty();
        // The adoption line breaks off before its date (`… at its 9866th
        // meeting, on` / `24 February 2025`), blank line or not.
        let note_goes_on = note_from.is_some()
            && p.pos > 0
            && (p
                .content(p.pos - 1)
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() <= 3 && w.chars().all(char::is_lowercase))
                || p.content(p.pos).starts_with(|c: char| c.is_ascii_digit()));
        // So does a title line that ends with a function word (`73/6.
        // Fiftieth anniversary of the first United Nations Conference on the`
        // / `Exploration and Peaceful Uses of Outer Space: …`, a blank line
        // between as pdfminer sets one).
        let title_goes_on = note_from.is_none()
            && !segments.is_empty()
            && p.pos > 0
            && super::masthead::ends_with_function_word(p.content(p.pos - 1));
        if (started && ((line.blank_before && !note_goes_on && !title_goes_on) || introduces_quotation(p, p.pos)))
            || p.has(p.pos, Flags::FORMULA)
            || segments.len() + note.len() >= 6
            || ends_deliberation(p, p.pos)
        {
            break;
        }
        if note_from.is_none() && starts::adoption_line(p.content(p.pos), p.lang) {
            note_from = Some(p.pos);
        }
        if note_from.is_some() {
            note.push((line.start, line.end));
        } else {
            segments.push((line.start, line.end));
        }
        p.pos += 1;
    }
    let title = p.inlines(&segments);
    let adoption_note = if let Some(from) = note_from {
        let content = p.inlines(&note);
        Some(Paragraph {
            id: p.id(&id, "adoption"),
            span: p.span_lines(from, p.pos - 1),
            num: None,
            num_span: None,
            content,
            children: Vec::new(),
        })
    } else {
        None
    };
    let d = Deliberation {
        adoption_note,
        ..headed(id, kind, number, title)
    };
    read_text(p, d, first)
}

/// Where the resolution or decision a draft proposes starts at line `i`:
/// its enacting formula there or a few lines below, under its title
/// (`Modalities for the fifth review …` / `The Economic and Social
/// Council,`). Not a formula that transmits the draft (`The Commission …
/// recommends … the adoption of the following draft resolution:`).
pub fn draft_start(p: &Parser<'_>, i: usize) -> Option<usize> {
    let formula = draft_formula(p, i)?;
    // The lines above it are its title: no clause ends there. Blank lines may
    // part them where the sentence before ends with its colon (`… the
    // following draft resolution:` / `Modalities for … of the Madrid` /
    // blank / `International Plan of Action …`, pdfminer).
    let transmitted = i > 0 && p.has(i - 1, Flags::ENDS_COLON);
    (i..formula)
        .all(|k| !p.has(k, Flags::ENDS_CLAUSE) && (k == i || transmitted || !p.has(k, Flags::BLANK_BEFORE)))
        .then_some(formula)
}

/// The enacting formula of a draft's text at line `i` or a few lines below
/// (see [`draft_start`]), wherever blank lines fall.
fn draft_formula(p: &Parser<'_>, i: usize) -> Option<usize> {
    (i..i + 6).find(|&f| {
        (formula_opening(p.content(f), p.lang)
            || (p.has(f, Flags::FORMULA)
                && (p.has(f, Flags::ENDS_COMMA) || p.numbered_at(f + 1).is_some_and(|n| n.with_period))))
            && !transmits_draft(p, f)
    })
}

/// The sentence from line `f` ends with a colon within four lines and names
/// a draft (`… recommends … the adoption of the following draft resolution:`).
fn transmits_draft(p: &Parser<'_>, f: usize) -> bool {
    let Some(colon) = (f..f + 4).find(|&k| p.has(k, Flags::ENDS_COLON) || p.has(k, Flags::ENDS_CLAUSE)) else {
        return false;
    };
    p.has(colon, Flags::ENDS_COLON)
        && (f..=colon).any(|k| {
            let lower = p.content(k).to_lowercase();
            crate::lang::ALL
                .iter()
                .any(|l| l.masthead.draft.iter().any(|(w, _)| lower.contains(w)))
        })
}

/// `The Economic and Social Council,` or `The Economic and Social Council
/// decides:`: an article, a capitalised name, then a comma or an operative
/// verb ([`crate::lang::Lang::operative`]).
pub(crate) fn formula_opening(c: &str, lang: &Lang) -> bool {
    let mut words = c.split_whitespace();
    let Some(first) = words.next() else { return false };
    if !opens_with_article(first, lang) {
        return false;
    }
    let connector = |w: &str| {
        matches!(
            w,
            "of" | "on" | "and" | "for" | "des" | "de" | "du" | "la" | "los" | "del" | "et" | "y"
        )
    };
    // An elided article (`L’Assemblée`) holds the name's first word.
    let mut named = lang
        .formula_articles
        .iter()
        .any(|a| a.ends_with(['’', '\'']) && first.starts_with(a));
    for w in words {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if capital {
            named = true;
            if w.ends_with(',') {
                return true;
            }
        } else if connector(w) {
        } else {
            let verb = w.trim_end_matches([',', ':', ';']).to_lowercase();
            return named && lang.operative.contains(&verb.as_str());
        }
    }
    false
}

/// Line `i` opens a row of a table of the texts adopted, under a heading
/// that says which (`I. Resolutions`): a number alone or with its title
/// (`43/1` / `The promotion and protection of …` / `19 June 2020`), and the
/// date of adoption within six lines, before the next number.
pub fn listed_at(p: &Parser<'_>, i: usize) -> bool {
    if p.kind_hint.is_none() || row_number(p, i).is_none() {
        return false;
    }
    (i..i + 7)
        .take_while(|&k| k == i || (p.exists(k) && row_number(p, k).is_none()))
        .any(|k| super::masthead::trailing_date(p.content(k)).is_some())
}

/// The number a row of a table of texts opens with and where its title
/// starts: `43/1` alone, `73/8. Title`, or `43/1 Title` with no period.
fn row_number<'t>(p: &Parser<'t>, i: usize) -> Option<(&'t str, usize)> {
    if let Some(found) = p.tok(i).deliberation_number(p.text) {
        return Some(found);
    }
    let c = p.content(i);
    let (first, rest) = c.split_once(' ')?;
    (starts::is_deliberation_number(first) && rest.starts_with(char::is_uppercase))
        .then(|| (first, c.len() - rest.len()))
}

/// Reads a row of a table of the texts adopted (see [`listed_at`]): a
/// resolution or decision with its number and title, its date of adoption
/// as its adoption note, and no text (the table does not print it).
pub fn parse_listed(p: &mut Parser<'_>, parent: &str) -> Block {
    let first = p.pos;
    let kind = p.kind_hint.unwrap_or(DeliberationKind::Resolution);
    let (number, title_at) = row_number(p, first).map_or((String::new(), 0), |(n, at)| (n.to_owned(), at));
    let id = deliberation_id(p, parent, kind, &number);
    // The row's lines: up to the next row, a heading, a sentence, or, once a
    // date was read, the table's header repeated on a new page (`Decision` /
    // `Title` / `Date of adoption`).
    // A line, where its text starts and ends, and the date that ends it.
    type RowLine = (usize, usize, usize, Option<(usize, chrono::NaiveDate)>);
    let mut lines: Vec<RowLine> = Vec::new();
    let mut dated = false;
    let mut k = first;
    while let Some(line) = p.line(k) {
        if k > first
            && (k - first > 10
                || row_number(p, k).is_some()
                || p.heading_stop(k)
                || p.has(k, Flags::ENDS_CLAUSE)
                || (dated && p.kind_of(p.content(k)).is_some()))
        {
            break;
        }
        let from = if k == first {
            (line.start + title_at).min(line.end)
        } else {
            line.start
        };
        let date = super::masthead::trailing_date(p.text.get(from..line.end).unwrap_or(""));
        dated |= date.is_some();
        lines.push((k, from, line.end, date));
        k += 1;
    }
    p.pos = k.max(first + 1);
    // The date of adoption is the last date read (a title may end with one:
    // `Decision adopted by the Human Rights Council on 29 May 2020`).
    let dated_line = lines
        .iter()
        .rev()
        .find_map(|&(k, from, _, date)| date.map(|(at, d)| (k, from + at, d)));
    let mut title = Vec::new();
    let mut note: Option<(usize, usize, usize)> = None;
    let mut date = None;
    for &(k, from, end, _) in &lines {
        match dated_line {
            Some((line, at, d)) if line == k => {
                date = Some(d);
                let title_end = p.text.get(..at).map_or(at, |s| s.trim_end().len());
                if title_end > from {
                    title.push((from, title_end));
                }
                note = Some((at, end, k));
            }
            _ if from < end => title.push((from, end)),
            _ => {}
        }
    }
    let title = p.inlines(&title);
    let adoption_note = note.map(|(start, end, line)| {
        let content = p.inlines(&[(start, end)]);
        Paragraph {
            id: p.id(&id, "adoption"),
            span: p
                .span_lines(line, line)
                .map(|s| plenary_model::Span::new(u32::try_from(start).unwrap_or(s.start), s.end)),
            num: None,
            num_span: None,
            content,
            children: Vec::new(),
        }
    });
    into_block(Deliberation {
        span: p.span_lines(first, p.pos - 1),
        adoption_note,
        adoption: date.map(|date| plenary_model::Adoption {
            date: Some(date),
            ..plenary_model::Adoption::default()
        }),
        ..headed(id, kind, number, title)
    })
}

/// Reads the text of a resolution or decision, from its formula on, into
/// `d`; `first` is its first line.
fn read_text(p: &mut Parser<'_>, mut d: Deliberation, first: usize) -> Block {
    let id = d.id.clone();
    let saved_operative = p.next_operative;
    p.next_operative = 1;
    let mut heading: Option<Section> = None;
    while !p.at_end() {
        let i = p.pos;
        if ends_deliberation(p, i) {
            break;
        }
        if annex_heading(p, i) {
            let annex = parse_annex(p, &id, d.annexes.len() + 1);
            d.annexes.push(annex);
            continue;
        }
        if !d.annexes.is_empty() {
            // Content after an annex heading belongs to the annex.
            let block = p.parse_block(&id, Numbering::Operative);
            if let Some(a) = d.annexes.last_mut() {
                a.span = match (a.span, block.span()) {
                    (Some(x), Some(y)) => Some(x.cover(y)),
                    (x, y) => x.or(y),
                };
                a.children.push(block);
            }
            continue;
        }
        // The heading's text only when the line could open an agenda (`1.`).
        let agenda_context = || {
            heading
                .as_ref()
                .is_some_and(|h| mentions_agenda(&plenary_model::plain_text(&h.heading), p.lang))
        };
        if p.numbered_at(i).is_some_and(|n| n.num == 1 && n.with_period) && agenda_context() {
            let parent_id = heading.as_ref().map_or(id.clone(), |h| h.id.clone());
            let agenda = parse_agenda(p, &parent_id);
            push_op(&mut d, &mut heading, Block::Agenda(agenda));
            continue;
        }
        let numbered_op = p.numbered_at(i).filter(|n| n.with_period && n.num == p.next_operative);
        if numbered_op.is_none()
            && p.label_at(i).is_none()
            && !p.has(i, Flags::PREAMBULAR)
            && !p.has(i, Flags::OPERATIVE)
            && (d.formula.is_some() || !d.operative.is_empty())
        {
            if let Some(n) = p.plain_heading_at(i) {
                let _ = n;
                if let Some(h) = heading.take() {
                    d.operative.push(Block::Section(h));
                }
                let count = p.next_count();
                let hid = p.id(&id, &format!("hcontainer_{count}"));
                heading = Some(p.heading_section(SectionLevel::Heading, None, 0, hid));
                continue;
            }
        }
        if numbered_op.is_none()
            && p.numbered_at(i)
                .is_some_and(|n| n.with_period && n.num == p.next_para && p.next_operative > 1)
        {
            break; // the report's own numbering resumes
        }
        let block = p.parse_block(&id, Numbering::Operative);
        match block {
            Block::Paragraph(para) if para.num.is_none() => place_unnumbered(&mut d, &mut heading, para, p),
            other => push_op(&mut d, &mut heading, other),
        }
    }
    if let Some(h) = heading.take() {
        d.operative.push(Block::Section(h));
    }
    p.next_operative = saved_operative;
    let last = p.pos.saturating_sub(1).max(first);
    d.span = p.span_lines(first, last);
    into_block(d)
}

fn push_op(d: &mut Deliberation, heading: &mut Option<Section>, block: Block) {
    match heading {
        Some(h) => {
            if let (Some(a), Some(b)) = (h.span, block.span()) {
                h.span = Some(a.cover(b));
            }
            h.children.push(block);
        }
        None => d.operative.push(block),
    }
}

/// An unnumbered paragraph: the formula, a preambular paragraph, or part of the operative text.
fn place_unnumbered(d: &mut Deliberation, heading: &mut Option<Section>, mut para: Paragraph, p: &mut Parser<'_>) {
    let text = plenary_model::plain_text(&para.content);
    let text = text.trim_end();
    let nothing_yet = d.formula.is_none() && d.preamble.is_empty() && d.operative.is_empty() && heading.is_none();
    if nothing_yet && (crate::util::ends_with_comma(text) || text.ends_with(':') || formula_like(text, p.lang)) {
        para.id = p.id(&d.id, "formula");
        // What a formula ending with a colon introduces (`a décidé ce qui suit:` a), b))
        // is the operative part.
        if !para.children.is_empty() {
            d.operative.append(&mut para.children);
            let end = para
                .content
                .iter()
                .rev()
                .find_map(plenary_model::Inline::span)
                .map(|s| s.end);
            if let (Some(span), Some(end)) = (para.span, end) {
                para.span = Some(plenary_model::Span::new(span.start, end));
            }
        }
        d.formula = Some(para);
        return;
    }
    // Only a numbered operative paragraph or a heading closes the preamble:
    // an unnumbered line between preambular paragraphs (a note's text an
    // extractor left there) does not.
    let operative_started = heading.is_some()
        || d.operative
            .iter()
            .any(|b| !matches!(b, Block::Paragraph(q) if q.num.is_none()));
    // A preambular paragraph cut off mid-sentence (`… of the United` /
    // `Nations and of …`, split by a blank line) goes on in this one.
    let cut_off = d.preamble.last().is_some_and(breaks_off);
    let goes_on = text.starts_with(|c: char| c.is_alphabetic() || matches!(c, '"' | '“' | '«'))
        && !starts::preambular_start(text, p.lang)
        && !starts::operative_start(text, p.lang);
    // So does an operative paragraph (`1. Commends the efforts of … and` /
    // `Governments to consolidate peace …`).
    if goes_on && heading.is_none() {
        if let Some(Block::Paragraph(last)) = d.operative.last_mut() {
            if last.num.is_some() && last.children.is_empty() && breaks_off(last) {
                join_paragraphs(last, para);
                return;
            }
        }
    }
    // A word or two with no punctuation between preambular paragraphs
    // (`Организация`, a word OCR set apart from the line it belongs to) is
    // no paragraph: it goes with the one above.
    let stray = text.split_whitespace().count() <= 2 && breaks_off(&para) && para.children.is_empty() && goes_on;
    if !operative_started && stray && d.formula.is_some() && d.operative.is_empty() {
        if let Some(last) = d.preamble.last_mut() {
            join_paragraphs(last, para);
            return;
        }
    }
    // A line in small letters after a blank line, in a language whose
    // openers are capitals, goes on with the paragraph above though it ended
    // with a comma (`… in Yemen and the Red Sea,` / `including resolutions
    // 2216 (2015), …`: pdfminer sets a blank line between every two lines).
    let small_letter = !p.lang.openers_in_small_letters
        && !p.lang.unspaced
        && text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase)
        && text.starts_with(char::is_lowercase);
    // Not over a block set between them (`Ibid.`, a note's text): the
    // paragraphs stay in the order of the text.
    if !operative_started && d.operative.is_empty() && (cut_off || (small_letter && !d.preamble.is_empty())) && goes_on
    {
        if let Some(last) = d.preamble.last_mut() {
            join_paragraphs(last, para);
        }
        return;
    }
    if !operative_started
        && (crate::util::ends_with_comma(text)
            || starts::preambular_start(text, p.lang)
            || starts::preamble_only_opener(text, p.lang))
        && d.formula.is_some()
    {
        // Unnumbered lines set between preambular paragraphs belong to the
        // preamble: the blocks stay in the order of the text.
        for block in std::mem::take(&mut d.operative) {
            if let Block::Paragraph(mut q) = block {
                q.id = p.id(&d.id, &format!("preamble__p_{}", d.preamble.len() + 1));
                d.preamble.push(q);
            }
        }
        para.id = p.id(&d.id, &format!("preamble__p_{}", d.preamble.len() + 1));
        d.preamble.push(para);
        return;
    }
    push_op(d, heading, Block::Paragraph(para));
}

/// True when a paragraph's text stops mid-sentence: no stop, comma or
/// colon at its end, a note call after it set aside.
fn breaks_off(para: &Paragraph) -> bool {
    let text = plenary_model::plain_text(&para.content);
    let text = crate::lex::without_note_call(text.trim_end());
    !text.is_empty() && !text.ends_with([',', '.', ';', ':', '،', '，', '。', '；', '：', '؛'])
}

/// Appends `next` to `last`: one paragraph that a blank line cut in two.
fn join_paragraphs(last: &mut Paragraph, mut next: Paragraph) {
    last.content.push(plenary_model::Inline::text(" "));
    last.content.append(&mut next.content);
    last.children.append(&mut next.children);
    last.span = match (last.span, next.span) {
        (Some(a), Some(b)) => Some(a.cover(b)),
        (a, b) => a.or(b),
    };
}

fn mentions_agenda(text: &str, lang: &Lang) -> bool {
    let lower = text.to_lowercase();
    lang.agenda.iter().any(|w| lower.contains(w))
}

/// An annex of a deliberation: `Annexe` and its title; its content follows.
fn parse_annex(p: &mut Parser<'_>, parent: &str, n: usize) -> Annex {
    let first = p.pos;
    let head = p.content(first);
    let num = head.split_whitespace().nth(1).map(str::to_owned);
    let id = p.id(parent, &format!("annex_{n}"));
    p.pos += 1;
    let mut segments = Vec::new();
    let mut last = first;
    if let Some(start) = p.line(p.pos) {
        let len = p.chunk_len(p.pos);
        // A resolution or decision the annex holds (`Annex` / `Decision C (71)`)
        // is no title.
        let holds = heading_at(p, p.pos) || bare_heading_at(p, p.pos);
        if len <= 4 && !holds && !p.has(p.pos + len - 1, Flags::ENDS_CLAUSE) && p.numbered_at(p.pos).is_none() {
            let _ = start;
            for _ in 0..len {
                if let Some(l) = p.line(p.pos) {
                    segments.push((l.start, l.end));
                }
                last = p.pos;
                p.pos += 1;
            }
        }
    }
    let heading = p.inlines(&segments);
    Annex {
        span: p.span_lines(first, last),
        id,
        num,
        heading,
        children: Vec::new(),
    }
}

/// An agenda: numbered items with lettered sub-items.
fn parse_agenda(p: &mut Parser<'_>, parent: &str) -> Agenda {
    parse_agenda_from(p, parent, 1, false)
}

/// An agenda's items from item `from` on: the whole agenda, or the part of
/// it after a heading that groups its items. With `as_paragraphs` (an
/// agenda that is the document), an item's text is read as a paragraph's
/// is: from the line after its number alone, past a blank line.
pub(crate) fn parse_agenda_from(p: &mut Parser<'_>, parent: &str, from: u32, as_paragraphs: bool) -> Agenda {
    let first = p.pos;
    let id = p.id(parent, "agenda");
    let mut items = Vec::new();
    let mut expected = from;
    let mut last = first;
    let read = |p: &mut Parser<'_>, at: usize, next: u32| {
        if !as_paragraphs {
            return read_item(p, at);
        }
        let first = p.pos;
        let (mut segments, mut last) = p.read_lines(at, Numbering::Items(next));
        // A heading that groups the items after this one (`Global and
        // regional developments` over `5.`): a line that ends no clause,
        // after one that does, right before the next item.
        let next_item = p.numbered_at(p.pos).is_some_and(|n| n.with_period && n.num == next);
        if next_item && last > first + 1 && !p.has(last, Flags::ENDS_CLAUSE) && p.has(last - 1, Flags::ENDS_CLAUSE) {
            segments.pop();
            p.pos = last;
            last -= 1;
        }
        (segments, last)
    };
    while let Some(n) = p.numbered_at(p.pos).filter(|n| n.with_period && n.num == expected) {
        let item_first = p.pos;
        let item_id = p.id(&id, &format!("item_{}", n.num));
        let (segments, mut item_last) = read(p, n.text_at, n.num + 1);
        let content = p.inlines(&segments);
        let mut subs = Vec::new();
        let mut letter = 1;
        while let Some(label) = p
            .label_at(p.pos)
            .filter(|l| starts::letter_index(l.value) == Some(letter))
        {
            let sub_first = p.pos;
            let sub_id = p.id(&item_id, &format!("item_{}", label.value));
            let value = label.value.to_owned();
            let (segments, sub_last) = read(p, label.text_at, n.num + 1);
            let content = p.inlines(&segments);
            subs.push(AgendaItem {
                span: p.span_lines(sub_first, sub_last),
                id: sub_id,
                num: value,
                num_span: None,
                content,
                items: Vec::new(),
            });
            item_last = sub_last;
            letter += 1;
        }
        last = item_last;
        // (A number joined over two lines, `1` / `-`: its whole.)
        let num_span = p
            .content(item_first)
            .contains('\n')
            .then(|| {
                p.line(item_first)
                    .map(|l| plenary_model::Span::from_range(l.start..(l.start + n.text_at).min(l.end)))
            })
            .flatten();
        items.push(AgendaItem {
            span: p.span_lines(item_first, item_last),
            id: item_id,
            num: n.num.to_string(),
            num_span,
            content,
            items: subs,
        });
        expected += 1;
    }
    Agenda {
        span: p.span_lines(first, last),
        id,
        items,
    }
}

/// Lines of one agenda item: up to a blank line, a label or a number.
fn read_item(p: &mut Parser<'_>, at: usize) -> (Vec<(usize, usize)>, usize) {
    let first = p.pos;
    let mut segments: Vec<(usize, usize)> = p.rest_of_line(first, at).into_iter().collect();
    p.pos += 1;
    let mut last = first;
    while let Some(l) = p.line(p.pos) {
        let cut = !p.has(p.pos - 1, Flags::ENDS_CLAUSE);
        if (l.blank_before && !(cut && p.has(p.pos, Flags::STARTS_LOWER)))
            || p.label_at(p.pos).is_some()
            || p.numbered_at(p.pos).is_some_and(|n| n.with_period)
        {
            break;
        }
        segments.push((l.start, l.end));
        last = p.pos;
        p.pos += 1;
    }
    (segments, last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{ar::AR, en::EN, fr::FR, ru::RU, zh::ZH};

    /// The one resolution of `text`, parsed whole.
    fn resolution(text: &str) -> Deliberation {
        let doc = crate::parse(text);
        let found = doc.body.into_iter().find_map(|b| match b {
            Block::Resolution(d) => Some(*d),
            _ => None,
        });
        found.expect("should read a resolution")
    }

    #[test]
    fn a_line_in_small_letters_goes_on_after_a_blank_line() {
        // pdfminer sets a blank line between every two lines.
        let d = resolution(
            "Resolution 2787 (2025)\n\nThe Security Council,\n\n\
             Recalling all its relevant resolutions on the situation in Yemen and the Red Sea,\n\n\
             including resolutions 2216 (2015) and 2768 (2025),\n\n\
             Noting the report,\n\n1.\n\nExtends the reporting request.\n",
        );
        assert_eq!(d.preamble.len(), 2);
        assert_eq!(d.operative.len(), 1);
        // Not over a line set between them: the blocks keep the text's order.
        let d = resolution(
            "Resolution 2787 (2025)\n\nThe Security Council,\n\n\
             Recalling all its relevant resolutions on the situation in Yemen and the Red Sea,\n\n\
             Ibid.\n\nincluding resolutions 2216 (2015) and 2768 (2025),\n\n\
             Noting the report,\n\n1.\n\nExtends the reporting request.\n",
        );
        let mut spans: Vec<(u32, u32)> = d
            .preamble
            .iter()
            .filter_map(|p| p.span)
            .chain(d.operative.iter().filter_map(|b| match b {
                Block::Paragraph(p) => p.span,
                _ => None,
            }))
            .map(|s| (s.start, s.end))
            .collect();
        spans.sort_unstable();
        assert!(
            spans.windows(2).all(|w| w[0].1 <= w[1].0),
            "overlapping blocks: {spans:?}"
        );
    }

    #[test]
    fn formulas_with_an_article() {
        assert!(formula_like("The General Assembly,", &EN));
        assert!(formula_like("L’Assemblée générale,", &FR));
        assert!(formula_like("La Conférence des Parties,", &FR));
        assert!(
            !formula_like("El Salvador, Fiji, Gambia, Guatemala, Haiti, Honduras,", &EN),
            "a Spanish article opens no English formula"
        );
    }

    #[test]
    fn formulas_with_no_article() {
        assert!(formula_like("Генеральная Ассамблея,", &RU));
        assert!(formula_like("Совет  Безопасности,", &RU), "runs of spaces do not count");
        assert!(formula_like("Экономический и Социальный Совет,", &RU));
        assert!(formula_like("إن الجمعية العامة،", &AR), "the Arabic comma");
        assert!(formula_like("إن مجلس الأمن،", &AR));
        assert!(formula_like("大会，", &ZH), "the full-width comma");
        assert!(formula_like("人权理事会，", &ZH));
    }

    #[test]
    fn a_sentence_that_opens_with_a_body_is_no_formula() {
        assert!(
            !formula_like("Генеральная Ассамблея постановила провести сессию в Вене.", &RU),
            "a sentence with no comma at its end"
        );
        assert!(
            !formula_like("Генеральная Ассамблея в своей резолюции 75/1,", &RU),
            "more than the body's name before the comma"
        );
        assert!(
            !formula_like("Генеральная Ассамблея", &RU),
            "a masthead's organ, no comma"
        );
        assert!(!formula_like("大会第75/1号决议，", &ZH));
    }

    #[test]
    fn russian_resolution_with_its_preamble_and_an_unnumbered_operative_paragraph() {
        let d = resolution(
            "1. Вступление.\n\nРезолюция 26/5\nПрием Бутана в члены Организации Объединенных Наций\n\n\
             Генеральная Ассамблея,\n\n\
             получив рекомендацию Совета Безопасности от 10 февраля 1971 года\n\
             о приеме Бутана в члены Организации Объединенных Наций,\n\n\
             с удовлетворением отмечая заявление Бутана о приеме в члены\nОрганизации,\n\n\
             постановляет принять Бутан в члены Организации Объединенных Наций.\n",
        );
        assert_eq!(d.number, "26/5");
        let formula = d.formula.as_ref().map(|f| plenary_model::plain_text(&f.content));
        assert_eq!(
            formula.as_deref(),
            Some("Генеральная Ассамблея,"),
            "should read the formula"
        );
        assert_eq!(
            d.preamble.len(),
            2,
            "should read two preambular paragraphs in small letters"
        );
        assert_eq!(d.operative.len(), 1, "should read the unnumbered operative paragraph");
        let op = match d.operative.first() {
            Some(Block::Paragraph(p)) => plenary_model::plain_text(&p.content),
            _ => String::new(),
        };
        assert!(op.starts_with("постановляет"), "got {op:?}");
    }

    #[test]
    fn old_numbers_take_the_numeral_the_legible_ones_read() {
        let doc = crate::parse(
            "2 Генеральная Ассамблея — Двадцать шестая сессия\n\n\
             2752 (ХХУ!). Прием Бахрейна в члены\nОрганизации Объединенных Наций\n\n\
             Генеральная Ассамблея,\n\n\
             получив рекомендацию Совета Безопасности о приеме Бахрейна Ш\n\n\
             рассмотрев заявление Бахрейна,\n\n\
             постановляет принять Бахрейн в члены Организации Объединенных Наций.\n\n\
             1934-е пленарное заседание,\n21 сентября 1971 года.\n\n\
             2758 (ХХУП). Восстановление законных прав Китайской Народной\nРеспублики в Организации Объединенных Наций\n\n\
             Генеральная Ассамблея,\n\n\
             напоминая о принципах Устава,\n\nОрганизация\n\n\
             признавая, что Китайская Народная Республика является постоянным членом,\n\n\
             постановляет восстановить Китайскую Народную Республику во всех ее правах.\n",
        );
        let found: Vec<(String, usize, usize)> = doc
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Resolution(d) => Some((d.number.clone(), d.preamble.len(), d.operative.len())),
                _ => None,
            })
            .collect();
        let warned: Vec<&str> = doc
            .diagnostics
            .iter()
            .filter(|x| x.code == "illegible-session-numeral")
            .map(|x| x.message.as_str())
            .collect();
        assert_eq!(
            warned,
            ["the session numeral of 2758 (ХХУП) is illegible; read as XXVI"],
            "should warn where the numeral was not read but given"
        );
        assert_eq!(
            found,
            [("2752 (XXVI)".to_owned(), 2, 2), ("2758 (XXVI)".to_owned(), 2, 1)],
            "should read both numbers as the 26th session's, a preambular paragraph after one whose comma \
             was lost, and a stray word as part of the paragraph above it (the meeting line stays \
             in the operative part)"
        );
    }

    #[test]
    fn arabic_resolution_with_its_formula() {
        let d = resolution(
            "1. مقدمة.\n\n75/1.\nإعلان بمناسبة الذكرى السنوية الخامسة والسبعين لإنشاء الأمم المتحدة\n\n\
             إن الجمعية العامة،\n\nإذ تشير إلى ميثاق الأمم المتحدة،\n\nتعتمد الإعلان التالي.\n",
        );
        let formula = d.formula.as_ref().map(|f| plenary_model::plain_text(&f.content));
        assert_eq!(formula.as_deref(), Some("إن الجمعية العامة،"));
        assert_eq!(d.preamble.len(), 1, "a paragraph opening with إذ is preambular");
        assert_eq!(d.operative.len(), 1, "a paragraph opening with تعتمد is operative");
    }

    /// The resolutions and decisions of `text`: kind, number, preambular
    /// and operative paragraphs.
    fn deliberations(text: &str) -> Vec<(DeliberationKind, String, usize, usize)> {
        crate::parse(text)
            .body
            .into_iter()
            .filter_map(|b| match b {
                Block::Resolution(d) | Block::Decision(d) => {
                    Some((d.kind, d.number, d.preamble.len(), d.operative.len()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn arabic_heading_word_first_with_its_formula() {
        let d = resolution(
            "1. مقدمة.\n\nالقرار 75/1\nإعلان بمناسبة الذكرى السنوية الخامسة والسبعين لإنشاء الأمم المتحدة\n\n\
             إن الجمعية العامة،\n\nإذ تشير إلى ميثاق الأمم المتحدة،\n\nتعتمد الإعلان التالي.\n",
        );
        assert_eq!(
            (d.id.as_str(), d.number.as_str()),
            ("res_75-1", "75/1"),
            "should read the heading"
        );
        assert_eq!(
            plenary_model::plain_text(&d.title),
            "إعلان بمناسبة الذكرى السنوية الخامسة والسبعين لإنشاء الأمم المتحدة"
        );
        let formula = d.formula.as_ref().map(|f| plenary_model::plain_text(&f.content));
        assert_eq!(formula.as_deref(), Some("إن الجمعية العامة،"));
        assert_eq!((d.preamble.len(), d.operative.len()), (1, 1));
    }

    #[test]
    fn arabic_decision_heading() {
        assert_eq!(
            deliberations(
                "1. مقدمة.\n\nالمقرر 59/112\nتأجيل النظر في مشروع القرار\n\nإن مجلس حقوق الإنسان،\n\n\
                 يقرر تأجيل النظر في مشروع القرار إلى دورته الستين.\n"
            ),
            [(DeliberationKind::Decision, "59/112".to_owned(), 0, 1)],
            "should read a decision under المقرر"
        );
    }

    #[test]
    fn chinese_heading_number_first_with_its_formula() {
        let d = resolution(
            "1. 导言。\n\n第75/1号决议\n纪念联合国成立七十五周年宣言\n\n大会，\n\n回顾《联合国宪章》，\n\n通过以下宣言。\n",
        );
        assert_eq!(
            (d.id.as_str(), d.number.as_str()),
            ("res_75-1", "75/1"),
            "should read the heading"
        );
        assert_eq!(plenary_model::plain_text(&d.title), "纪念联合国成立七十五周年宣言");
        let formula = d.formula.as_ref().map(|f| plenary_model::plain_text(&f.content));
        assert_eq!(formula.as_deref(), Some("大会，"));
        assert_eq!((d.preamble.len(), d.operative.len()), (1, 1));
    }

    #[test]
    fn chinese_council_and_decision_headings() {
        let d = resolution(
            "1. 导言。\n\n第2774(2025)号决议\n2025年2月24日安全理事会第9866次会议通过\n\n安全理事会，\n\n\
             重申其对乌克兰主权的承诺，\n\n请秘书长提交报告。\n",
        );
        assert_eq!(
            (d.id.as_str(), d.number.as_str()),
            ("res_2774-2025", "2774 (2025)"),
            "should give the number as the other languages print it"
        );
        assert!(d.adoption_note.is_some(), "should read the line of its adoption");
        assert_eq!(
            deliberations("1. 导言。\n\n第59/112号决定\n推迟审议决议草案\n\n人权理事会，\n\n决定推迟审议。\n"),
            [(DeliberationKind::Decision, "59/112".to_owned(), 0, 1)]
        );
    }

    #[test]
    fn headings_cited_in_running_text_are_none() {
        assert!(
            deliberations(
                "1. تشير الجمعية العامة في\nالقرار 75/1\nإلى أن الأمم المتحدة أنشئت لإنقاذ الأجيال المقبلة.\n\n\
                 2. وتقرر الجمعية أن تنظر في المسألة.\n"
            )
            .is_empty(),
            "an Arabic line that only cites a resolution, with no formula under it, is no heading"
        );
        assert!(
            deliberations(
                "1. 大会在其\n第75/1号决议\n中通过了纪念联合国成立七十五周年宣言。\n\n2. 大会决定审议这一问题。\n"
            )
            .is_empty(),
            "a Chinese line that only cites a resolution, with no formula under it, is no heading"
        );
    }

    #[test]
    fn russian_and_spanish_headings() {
        assert_eq!(
            deliberations(
                "1. Вступление.\n\nРешение 59/112\nОтсрочка рассмотрения проекта резолюции\n\n\
                 Совет по правам человека,\n\nпостановляет отложить рассмотрение.\n"
            ),
            [(DeliberationKind::Decision, "59/112".to_owned(), 0, 1)]
        );
        let d = resolution(
            "1. Introducción.\n\nResolución 75/1\nDeclaración sobre la conmemoración del 75º aniversario\n\n\
             La Asamblea General,\n\nRecordando la Carta de las Naciones Unidas,\n\n\
             1. Aprueba la siguiente declaración.\n",
        );
        assert_eq!((d.number.as_str(), d.preamble.len(), d.operative.len()), ("75/1", 1, 1));
        assert_eq!(
            deliberations(
                "1. Introducción.\n\nDecisión 59/112\nAplazamiento\n\nEl Consejo de Derechos Humanos,\n\n\
                 1. Decide aplazar el examen.\n"
            ),
            [(DeliberationKind::Decision, "59/112".to_owned(), 0, 1)]
        );
    }

    #[test]
    fn chinese_resolution_with_its_formula() {
        let d = resolution(
            "1. 导言。\n\n75/1.\n纪念联合国成立七十五周年宣言\n\n大会，\n\n回顾《联合国宪章》，\n\n通过以下宣言。\n",
        );
        let formula = d.formula.as_ref().map(|f| plenary_model::plain_text(&f.content));
        assert_eq!(formula.as_deref(), Some("大会，"));
        assert_eq!(d.preamble.len(), 1, "a paragraph opening with 回顾 is preambular");
        assert_eq!(d.operative.len(), 1);
    }
}
