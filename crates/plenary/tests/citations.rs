//! Resolutions and decisions cited without the body that adopted them
//! (`resolution 43/1`, `resolutions S-9/1 and S-12/1`): how the resolver
//! decides whose they are.

use plenary::model::{Inline, Target};

/// Every reference of `text` as (printed text, symbol of its target).
fn targets(text: &str) -> Vec<(String, Option<String>)> {
    let mut doc = plenary::parse(text).tree().clone();
    let mut out = Vec::new();
    plenary::model::visit::walk_inlines_mut(&mut doc, &mut |inline| {
        if let Inline::Reference(r) = inline {
            let symbol = match &r.target {
                Some(Target::Deliberation { symbol, .. }) => symbol.as_ref().map(ToString::to_string),
                _ => None,
            };
            out.push((r.text.clone(), symbol));
        }
    });
    out
}

fn symbol_of(text: &str, cited: &str) -> Option<String> {
    targets(text)
        .into_iter()
        .find(|(t, _)| t == cited)
        .unwrap_or_else(|| panic!("no reference printed {cited:?} in {:?}", targets(text)))
        .1
}

const HRC_43: &str = "A/HRC/43/2\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 May 2020\n\
                      Original: English\n\nHuman Rights Council\nForty-third session\n\
                      24 February–20 March 2020\nAgenda item 1\nOrganizational and procedural matters\n\n\
                      Report of the Human Rights Council on its forty-third session\n\n";

#[test]
fn a_bare_deliberation_of_the_documents_own_session_is_its_bodys() {
    let text = format!("{HRC_43}1. At the same meeting, the Council adopted resolution 43/1 without a vote.\n");
    assert_eq!(symbol_of(&text, "resolution 43/1").as_deref(), Some("A/HRC/RES/43/1"));
}

#[test]
fn a_bare_deliberation_of_another_session_stays_unresolved() {
    let text = format!("{HRC_43}1. The Council recalled resolution 1998/24 and resolution 5/1.\n");
    assert_eq!(
        symbol_of(&text, "resolution 1998/24"),
        None,
        "a year-numbered resolution of no named body"
    );
    assert_eq!(
        symbol_of(&text, "resolution 5/1"),
        None,
        "another session, no body named"
    );
}

#[test]
fn a_bare_number_cited_again_is_the_one_cited_before() {
    let text = format!(
        "{HRC_43}1. The High Commissioner presented, pursuant to Human Rights\n\
         Council resolutions S-9/1 and S-12/1, her report on the implementation of resolutions S-9/1 and\n\
         S-12/1.\n"
    );
    let all = targets(&text);
    let s91: Vec<_> = all.iter().filter(|(t, _)| t.ends_with("S-9/1")).collect();
    assert_eq!(s91.len(), 2, "{all:?}");
    for (printed, symbol) in s91 {
        assert_eq!(symbol.as_deref(), Some("A/HRC/RES/S-9/1"), "{printed}");
    }
}
