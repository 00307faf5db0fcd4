//! The first-page masthead's title and subtitle: where the title ends, where
//! the line saying what the document is starts, and how far it goes. The
//! mastheads are written in the layout of Human Rights Council documents of
//! 2009 to 2020 (`docs/accuracy.md` measures the rules on 2,774 real first
//! pages).

/// A Human Rights Council first page up to the agenda item, then `rest`.
fn page(rest: &str) -> String {
    format!(
        "A/HRC/40/1\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n\
         30 January 2019\nOriginal: English\n\nHuman Rights Council\nFortieth session\n\
         25 February–22 March 2019\nAgenda item 3\nPromotion and protection of all human rights, civil,\n\
         political, economic, social and cultural rights,\nincluding the right to development\n\n{rest}"
    )
}

fn title_and_subtitle(text: &str) -> (Option<String>, Option<String>) {
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    (meta.title.clone(), meta.subtitle.clone())
}

fn check(rest: &str, title: &str, subtitle: Option<&str>) {
    let (t, s) = title_and_subtitle(&page(rest));
    assert_eq!(t.as_deref(), Some(title), "title of {rest:?}");
    assert_eq!(s.as_deref(), subtitle, "subtitle of {rest:?}");
}

#[test]
fn a_title_line_ending_in_a_function_word_goes_on_past_a_colon() {
    check(
        "Promotion, protection and enjoyment of human rights on the\n\
         Internet: ways to bridge the gender digital divide from a\n\
         human rights perspective\n\
         Report of the United Nations High Commissioner for Human Rights\n\
         Summary\n\
         The present report is submitted pursuant to Human Rights Council resolution\n",
        "Promotion, protection and enjoyment of human rights on the Internet: ways to bridge the gender \
         digital divide from a human rights perspective",
        Some("Report of the United Nations High Commissioner for Human Rights"),
    );
}

#[test]
fn a_short_last_line_ends_the_title() {
    check(
        "Report of the Special Rapporteur on contemporary forms of\n\
         racism, racial discrimination, xenophobia and related\n\
         intolerance, Mutuma Ruteere\n\
         Implementation of General Assembly resolution 66/143\n\
         Summary\n",
        "Report of the Special Rapporteur on contemporary forms of racism, racial discrimination, \
         xenophobia and related intolerance, Mutuma Ruteere",
        Some("Implementation of General Assembly resolution 66/143"),
    );
}

#[test]
fn a_content_word_of_four_letters_does_not_hold_the_title_open() {
    check(
        "Right to food\nReport of the Special Rapporteur on the right to food*\nSummary\n",
        "Right to food",
        Some("Report of the Special Rapporteur on the right to food"),
    );
}

#[test]
fn kinds_of_report_open_the_subtitle() {
    check(
        "Global issue of unaccompanied migrant children\nand human rights\n\
         Final report of the Human Rights Council Advisory Committee\nSummary\n",
        "Global issue of unaccompanied migrant children and human rights",
        Some("Final report of the Human Rights Council Advisory Committee"),
    );
}

#[test]
fn a_wrapped_subtitle_is_read_whole_and_the_body_is_left_alone() {
    check(
        "Safety of journalists\n\
         Report of the United Nations High Commissioner for Human\n\
         Rights\n\
         Summary\n",
        "Safety of journalists",
        Some("Report of the United Nations High Commissioner for Human Rights"),
    );
    check(
        "Guiding principles on human rights impact assessments of\n\
         economic reforms\n\
         Report of the Independent Expert on the effects of foreign debt and\n\
         other related international financial obligations of States on the full\n\
         enjoyment of human rights, particularly economic, social and cultural\n\
         rights\n\
         Summary\n",
        "Guiding principles on human rights impact assessments of economic reforms",
        Some(
            "Report of the Independent Expert on the effects of foreign debt and other related international \
             financial obligations of States on the full enjoyment of human rights, particularly economic, \
             social and cultural rights",
        ),
    );
    // A sentence after the title is the body, not a subtitle.
    check(
        "Situation in Kasaï*\n\
         The High Commissioner for Human Rights has the honour of sending the report\n\
         prepared pursuant to resolution 35/33 to the members of the Council.\n",
        "Situation in Kasaï",
        None,
    );
}

#[test]
fn stars_of_symbol_fonts_are_dropped() {
    check(
        "Report of the Working Group on the Universal Periodic Review\u{2217}\nIndonesia\n\n1. The Working Group\n",
        "Report of the Working Group on the Universal Periodic Review",
        Some("Indonesia"),
    );
    check(
        "Report of the independent international commission of inquiry \u{f02a}\n\nSummary\n",
        "Report of the independent international commission of inquiry",
        None,
    );
}

#[test]
fn a_lost_hyphen_of_a_known_compound_comes_back() {
    check(
        "Annual report of the Special Representative of the SecretaryGeneral\non Violence against Children\n\
         Note by the Secretariat\n",
        "Annual report of the Special Representative of the Secretary-General on Violence against Children",
        Some("Note by the Secretariat"),
    );
}

#[test]
fn a_bracketed_line_goes_on_with_the_line_before() {
    let text = "A/RES/73/3\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n18 October 2018\n\n\
                Seventy-third session\nAgenda item 129\n\n\
                Resolution adopted by the General Assembly\non 10 October 2018\n\
                [without reference to a Main Committee (A/73/L.4)]\n\n73/3.\n";
    let (_, subtitle) = title_and_subtitle(text);
    assert_eq!(
        subtitle.as_deref(),
        Some("Resolution adopted by the General Assembly on 10 October 2018 [without reference to a Main Committee (A/73/L.4)]")
    );
}

#[test]
fn session_lines_with_slips_of_the_typist() {
    for (line, number) in [
        ("Thirteenth-session", 13),
        ("Thirty-first session session", 31),
        ("Thirty-third", 33),
    ] {
        let text = format!(
            "A/HRC/13/1\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 March 2010\n\
             Original: English\n\nHuman Rights Council\n{line}\nAgenda item 3\n\n\
             Right to food\nReport of the Special Rapporteur on the right to food\n"
        );
        let parsed = plenary::parse(&text);
        let meta = &parsed.tree().metadata;
        assert_eq!(meta.session.as_ref().and_then(|s| s.number), Some(number), "{line}");
        assert_eq!(meta.title.as_deref(), Some("Right to food"), "{line}");
    }
}

#[test]
fn a_special_session_of_one_day() {
    let text = "A/HRC/S-20/2\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n20 January 2014\n\
                Original: English\n\nHuman Rights Council\nTwentieth special session\n20 January 2014\n\n\
                Report of the Human Rights Council on its\ntwentieth special session\n\
                Vice-President and Rapporteur: Ms. Kateřina Sequensová (Czech Republic)\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    let session = meta.session.as_ref().expect("a session");
    assert_eq!(session.number, Some(20));
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2014-01-20"));
    assert_eq!(session.end, session.start);
    assert_eq!(
        meta.title.as_deref(),
        Some("Report of the Human Rights Council on its twentieth special session")
    );
    assert_eq!(meta.subtitle, None, "the officer's line names people, not the document");
}

#[test]
fn a_colon_inside_a_title_is_not_a_line_of_people() {
    check(
        "Ten years of the implementation of the United Nations\n\
         Declaration on the Rights of Indigenous Peoples: good\n\
         practices and lessons learned — 2007-2017\n\
         Report of the Expert Mechanism on the Rights of Indigenous Peoples\n\nSummary\n",
        "Ten years of the implementation of the United Nations Declaration on the Rights of Indigenous \
         Peoples: good practices and lessons learned — 2007-2017",
        Some("Report of the Expert Mechanism on the Rights of Indigenous Peoples"),
    );
}

#[test]
fn a_resolution_number_inside_a_title_does_not_end_the_masthead() {
    check(
        "Implementation of Human Rights Council resolutions\nS-9/1 and S-12/1\n\
         Report of the United Nations High Commissioner for Human Rights\n\nSummary\n",
        "Implementation of Human Rights Council resolutions S-9/1 and S-12/1",
        Some("Report of the United Nations High Commissioner for Human Rights"),
    );
}

#[test]
fn a_status_line_is_passed_over() {
    let text = "A/HRC/44/40\nAdvance Unedited Version\n\nDistr.: General\n2 July 2020\nOriginal: English\n\n\
                Human Rights Council\nForty-fourth session\n15 June–3 July 2020\nAgenda item 3\n\
                Promotion and protection of all human rights, civil,\n\n\
                The parlous state of poverty eradication\n\
                Report of the Special Rapporteur on extreme poverty and human\nrights*\nSummary\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(title.as_deref(), Some("The parlous state of poverty eradication"));
    assert_eq!(
        subtitle.as_deref(),
        Some("Report of the Special Rapporteur on extreme poverty and human rights")
    );
}

#[test]
fn a_conference_room_paper_has_a_masthead_without_distribution() {
    let text = "A/HRC/40/CRP.3\n21 March 2019\nEnglish only\n\nHuman Rights Council\nFortieth session\n\
                25 February–22 March 2019\nAgenda item 10\nTechnical assistance and capacity-building\n\n\
                Report on the human rights situation in Ukraine 16\nNovember 2018 to 15 February 2019\n\n\
                1. The present report\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.agenda_items, ["10"]);
    assert_eq!(
        meta.title.as_deref(),
        Some("Report on the human rights situation in Ukraine 16 November 2018 to 15 February 2019")
    );
}

#[test]
fn a_draft_says_what_it_is_before_its_title() {
    let text = "General Assembly Distr.: Limited\n28 November 2001\nOriginal: English\n\
                Fifty-sixth session\nThird Committee\nAgenda item 119 (b)\n\
                Human rights questions: human rights questions, including\n\
                alternative approaches for improving the effective enjoyment\n\
                of human rights and fundamental freedoms\n\
                South Africa:* draft resolution\nThe right to development\nThe General Assembly,\n\
                Guided by the Charter of the United Nations,\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.session.as_ref().and_then(|s| s.number), Some(56));
    assert_eq!(meta.agenda_items, ["119 (b)"], "the sub-item as printed");
    assert_eq!(meta.title.as_deref(), Some("The right to development"));
    assert_eq!(meta.subtitle.as_deref(), Some("South Africa: draft resolution"));
}

#[test]
fn a_title_in_capitals_goes_on_over_a_line_opening_with_a_function_word() {
    check(
        "REPORT OF THE INDEPENDENT EXPERT ON THE\nSITUATION OF HUMAN RIGHTS\nIN HAITI, MICHEL FORST*\nSummary\n",
        "REPORT OF THE INDEPENDENT EXPERT ON THE SITUATION OF HUMAN RIGHTS IN HAITI, MICHEL FORST",
        None,
    );
}

#[test]
fn the_body_printed_where_the_organ_stands() {
    let text = "A/HRC/27/71\n\nUnited Nations\n\nHuman Rights Council\n\nDistr.: General\n4 September 2014\n\
                Original: English\n\nHuman Rights Council\nTwenty-seventh session\nAgenda item 10\n\
                Technical assistance and capacity-building\n\n\
                Report of the Independent Expert on the situation of human\n\
                rights in Somalia, Bahame Tom Nyanduga*\nSummary\n";
    let (title, _) = title_and_subtitle(text);
    assert_eq!(
        title.as_deref(),
        Some("Report of the Independent Expert on the situation of human rights in Somalia, Bahame Tom Nyanduga")
    );
}

#[test]
fn a_long_title_may_run_over_seven_lines() {
    check(
        "Open-ended intergovernmental working group to elaborate\n\
         the content of an international regulatory framework,\n\
         without prejudging the nature thereof, to protect human\n\
         rights and ensure accountability for violations and abuses\n\
         relating to the activities of private military and security\n\
         companies\n\
         Note by the Secretariat\n",
        "Open-ended intergovernmental working group to elaborate the content of an international regulatory \
         framework, without prejudging the nature thereof, to protect human rights and ensure accountability \
         for violations and abuses relating to the activities of private military and security companies",
        Some("Note by the Secretariat"),
    );
}

#[test]
fn the_mandate_holders_name_closes_a_title() {
    check(
        "Report of the Special Rapporteur in the field\nof cultural rights, Farida Shaheed\n\
         Memorialization processes*\nSummary\n",
        "Report of the Special Rapporteur in the field of cultural rights, Farida Shaheed",
        Some("Memorialization processes"),
    );
    check(
        "Report of the Independent Expert on the issue of human rights obligations\n\
         relating to the enjoyment of a safe, clean, healthy and sustainable\n\
         environment, John H. Knox\nPreliminary report\nSummary\n",
        "Report of the Independent Expert on the issue of human rights obligations relating to the \
         enjoyment of a safe, clean, healthy and sustainable environment, John H. Knox",
        Some("Preliminary report"),
    );
}

#[test]
fn a_reissued_symbol_and_a_stray_line_above_the_masthead() {
    let text = "ope6\n\nA/HRC/13/42*\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n20 May 2010\n\
                Original: English\n\nHuman Rights Council\nThirteenth session\nAgenda item 3\n\
                Promotion and protection of all human rights\n\n\
                Joint study on global practices in relation to secret detention\n\nSummary\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(
        meta.symbol.as_ref().map(ToString::to_string).as_deref(),
        Some("A/HRC/13/42")
    );
    assert_eq!(meta.agenda_items, ["3"]);
    assert_eq!(
        meta.title.as_deref(),
        Some("Joint study on global practices in relation to secret detention")
    );
}

#[test]
fn a_subsidiary_body_with_its_own_session() {
    let text = "A/HRC/8/WG.2/TF/2\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n31 January 2008\n\
                Original: English\n\nHuman Rights Council\nEighth session\n\
                Working Group on the Right to Development\nHigh-level task force on the implementation\n\
                of the right to development\nFourth session\nGeneva, 7-15 January 2008\n\n\
                Report of the high-level task force on the implementation of the\n\
                right to development on its fourth session\nChairperson-Rapporteur: Stephen Marks\nSummary\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(
        title.as_deref(),
        Some("Report of the high-level task force on the implementation of the right to development on its fourth session")
    );
    assert_eq!(subtitle, None, "the Chairperson-Rapporteur's line names people");
}

/// A first page in the layout of ICCD/COP(8)/CST/8 up to its sub-item's
/// title (`Item 5 (b)` / the item's title / the sub-item's), then `rest`,
/// then a line of the body.
fn iccd_page(rest: &str) -> String {
    format!(
        "ICCD/COP(9)/CST/4\n\nDistr.\nGENERAL\n10 July 2009\nORIGINAL: ENGLISH\n\n\
         CONFERENCE OF THE PARTIES\nCommittee on Science and Technology\nNinth session\n\
         Item 5 (b) of the provisional agenda\nProgramme of work of the Committee\n\
         Report on the workshop on drought\n{rest}At a workshop on drought, experts met.\n"
    )
}

#[test]
fn a_sub_item_s_own_title_is_no_document_title() {
    // The layout of ICCD/COP(8)/CST/8: the item's title, then its sub-item's,
    // then a blank line and the document's title.
    let text = iccd_page(
        "\nAbridged report on the workshop on\ndrought and land degradation\nNote by the secretariat\n\nSummary\n",
    );
    let (title, subtitle) = title_and_subtitle(&text);
    assert_eq!(
        title.as_deref(),
        Some("Abridged report on the workshop on drought and land degradation")
    );
    assert_eq!(subtitle.as_deref(), Some("Note by the secretariat"));
}

#[test]
fn a_sub_item_s_own_title_with_no_blank_line_after_it() {
    // The same layout as PyMuPDF and `pdftotext -raw` give it, with no blank
    // line: a third title that is no subtitle is the document's.
    let text = iccd_page(
        "Abridged report on the workshop on\ndrought and land degradation\nNote by the secretariat\nSummary\n",
    );
    let (title, subtitle) = title_and_subtitle(&text);
    assert_eq!(
        title.as_deref(),
        Some("Abridged report on the workshop on drought and land degradation")
    );
    assert_eq!(subtitle.as_deref(), Some("Note by the secretariat"));
    // Where the line after the item's title says what the document is, it is
    // the document's title, not the sub-item's.
    let text = iccd_page("Note by the secretariat\nSummary\n");
    let (title, subtitle) = title_and_subtitle(&text);
    assert_eq!(title.as_deref(), Some("Report on the workshop on drought"));
    assert_eq!(subtitle.as_deref(), Some("Note by the secretariat"));
    // A title that wraps in a quotation or before a figure is one title.
    let text = "A/HRC/16/33\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n29 November 2010\n\
                Original: English\n\nHuman Rights Council\nSixteenth session\n\
                Item 3 (c) of the provisional agenda\nFollow-up to the Fourth World\n\
                Conference on Women, entitled “Women\n2000: gender equality”\n\n\
                Joint workplan of the Division\nReport of the Secretary-General\n\nSummary\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(title.as_deref(), Some("Joint workplan of the Division"));
    assert_eq!(subtitle.as_deref(), Some("Report of the Secretary-General"));
}

#[test]
fn an_item_s_title_with_no_blank_line_gives_back_the_document_s_title() {
    // A/80/590 and E/2025/15/Add.1/Rev.1 as `pdftotext -raw` and PyMuPDF give
    // them: the item's title, the document's and its subtitle, no blank line.
    let text = "United Nations A/80/590\nGeneral Assembly Distr.: General\n7 January 2026\n\
                Original: English\nEightieth session\nAgenda item 155\n\
                Financing of the United Nations Multidimensional\n\
                Integrated Stabilization Mission in Mali\n\
                Budget performance of the United Nations Multidimensional\n\
                Integrated Stabilization Mission in Mali for the period from\n\
                1 July 2024 to 30 June 2025\nReport of the Secretary-General\nContents\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(
        title.as_deref(),
        Some(
            "Budget performance of the United Nations Multidimensional Integrated Stabilization Mission in \
             Mali for the period from 1 July 2024 to 30 June 2025"
        )
    );
    assert_eq!(subtitle.as_deref(), Some("Report of the Secretary-General"));
    let text = "United Nations E/2025/15/Add.1/Rev.1\nEconomic and Social Council Distr.: General\n\
                8 July 2025\nOriginal: English\n2025 session\n25 July 2024–30 July 2025\n\
                Agenda item 16\nRegional cooperation\nRegional cooperation in the economic, social and\n\
                related fields\nReport of the Secretary-General\nSummary\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(
        title.as_deref(),
        Some("Regional cooperation in the economic, social and related fields")
    );
    assert_eq!(subtitle.as_deref(), Some("Report of the Secretary-General"));
    // An item's title of two lines that wrapped, then the subtitle: no
    // document title to give back.
    let text = "United Nations A/80/1\nGeneral Assembly Distr.: General\n7 January 2026\n\
                Original: English\nEightieth session\nAgenda item 12\n\
                Promotion and protection of the rights of children\n\
                and of their families\nNote by the Secretary-General\nSummary\n";
    let (title, _) = title_and_subtitle(text);
    assert_ne!(title.as_deref(), Some("and of their families"));
}

#[test]
fn a_title_line_ending_in_a_function_word_goes_on_past_a_blank_line() {
    // A/INF/76/1 as pdfminer gives it: a blank line inside the title.
    check(
        "Opening dates of forthcoming regular sessions of the\n\n\
         General Assembly and of the general debate\n\n\
         Note by the Secretariat\n\n\
         Summary\n",
        "Opening dates of forthcoming regular sessions of the General Assembly and of the general debate",
        Some("Note by the Secretariat"),
    );
    // A line that ends with a content word ends the title at a blank line.
    check(
        "Opening dates of forthcoming regular sessions\n\n\
         Note by the Secretariat\n\n\
         Summary\n",
        "Opening dates of forthcoming regular sessions",
        Some("Note by the Secretariat"),
    );
}

#[test]
fn a_first_line_too_short_to_have_wrapped_is_the_whole_title() {
    check(
        "Slovenia\n\
         Compilation of information prepared by the Office of the United Nations High Commissioner for Human Rights\n\n\
         I. Background\n",
        "Slovenia",
        Some("Compilation of information prepared by the Office of the United Nations High Commissioner for Human Rights"),
    );
    // A short line that breaks off goes on.
    check(
        "Question of the\n\
         Western Sahara\n\n\
         Report of the Secretary-General\n\n\
         I. Background\n",
        "Question of the Western Sahara",
        Some("Report of the Secretary-General"),
    );
}

#[test]
fn a_joint_document_keeps_its_joint_symbol_when_its_headers_print_one_a_line() {
    let page = |n: usize| {
        format!(
            "A/ES-10/1027\nS/2025/173\n\nThe text of page {n} goes on with the letter and its annex, which\n\
             the Assembly and the Council received.\n\n25-04492\n\n{n}/3\n\x0c"
        )
    };
    let text = format!(
        "United Nations\nA/ES-10/1027-S/2025/173\nGeneral Assembly\nSecurity Council\nDistr.: General\n\
         20 March 2025\nOriginal: English\n\nIdentical letters dated 19 March 2025 from the Permanent Representative\n\n\
         The letter opens on the first page.\n\n25-04492 (E)\n\x0c{}{}",
        page(2),
        page(3)
    );
    let parsed = plenary::parse(&text);
    let symbol = parsed.tree().metadata.symbol.as_ref().map(ToString::to_string);
    assert_eq!(symbol.as_deref(), Some("A/ES-10/1027-S/2025/173"));
}

#[test]
fn a_date_of_issue_is_no_footnote_of_a_short_first_page() {
    // A first page alone (its text ends at the footer): `1 July 2016` is the
    // date of issue, not note 1 whose text would run over the masthead. The
    // one note is the title's star note.
    let text = "A/HRC/33/4\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 July 2016\n\
                Original: English\n\nHuman Rights Council\nThirty-third session\nAgenda item 6\n\
                Universal periodic review\n\nReport of the Working Group on the Universal\nPeriodic Review*\n\
                Suriname\n\n* The annex is being circulated in the language of submission only.\n\
                GE.16-11346 (E)\n\n180716\n";
    let parsed = plenary::parse(text);
    let doc = parsed.tree();
    let labels: Vec<&str> = doc.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["*"], "{:?}", doc.footnotes);
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Report of the Working Group on the Universal Periodic Review")
    );
}

#[test]
fn a_treaty_body_prints_its_treaty_and_committee_above_the_title() {
    // CCPR/C/121/D/2025/2011: the treaty in the organ's place, over two
    // lines; the committee alone above the title; a field of the form
    // under it.
    let text = "CCPR/C/121/D/2025/2011\n\nUnited Nations\n\nInternational Covenant on\nCivil and Political Rights\n\n\
                Distr.: General\n27 December 2017\nOriginal: English\n\nHuman Rights Committee\n\n\
                Decision adopted by the Committee under the Optional\n\
                Protocol, concerning communication No. 2025/2011*, **\n\
                Communication submitted by:\n\nC\n\nAlleged victim:\n\nThe author\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(
        meta.title.as_deref(),
        Some("Decision adopted by the Committee under the Optional Protocol, concerning communication No. 2025/2011")
    );
    assert_eq!(meta.subtitle, None, "a field's label is no subtitle");
    // `-layout` sets the header block's other column between the treaty's
    // two lines, and a field's value in a column beside its label.
    let layout = "United Nations\nCCPR/C/121/D/2025/2011\nInternational Covenant on\nDistr.: General\n\
                  27 December 2017\nCivil and Political Rights\nOriginal: English\n\nHuman Rights Committee\n\n\
                  Decision adopted by the Committee under the Optional\n\
                  Protocol, concerning communication No. 2025/2011*, **\n\
                  Communication submitted by:                  C\nAlleged victim:       The author\n";
    let parsed = plenary::parse(layout);
    let meta = &parsed.tree().metadata;
    assert_eq!(
        meta.title.as_deref(),
        Some("Decision adopted by the Committee under the Optional Protocol, concerning communication No. 2025/2011")
    );
    assert_eq!(meta.subtitle, None, "a field and its value in a column is no subtitle");
    // A committee's name alone is the title where nothing follows it.
    let alone = "CCPR/C/1\n\nUnited Nations\n\nDistr.: General\n27 December 2017\n\nHuman Rights Committee\n";
    let parsed = plenary::parse(alone);
    assert_eq!(parsed.tree().metadata.title.as_deref(), Some("Human Rights Committee"));
}

#[test]
fn a_commission_named_over_two_lines_issues_the_report_under_it() {
    // A regional commission's report cover: its name wrapped in small
    // letters, then the report's title and the session's dates.
    for gap in ["\n\n", "\n"] {
        let text = format!(
            "E/2019/40\nE/ECE/1490\n\nEconomic Commission\nfor Europe\n{gap}\
             Report on the sixty-eighth session\n9-10 April 2019\n\n\
             Economic and Social Council\nOfficial Records: 2019\n\nUnited Nations\n"
        );
        let parsed = plenary::parse(&text);
        let meta = &parsed.tree().metadata;
        assert_eq!(
            meta.title.as_deref(),
            Some("Report on the sixty-eighth session"),
            "{gap:?}"
        );
        assert_eq!(meta.body.as_deref(), Some("Economic Commission for Europe"), "{gap:?}");
        assert_eq!(meta.subtitle, None, "a field and its year is no subtitle ({gap:?})");
        let session = meta.session.as_ref().expect("the dates under the title");
        assert_eq!(session.number, Some(68), "the title names the session");
        assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2019-04-09"));
        assert_eq!(session.end.map(|d| d.to_string()).as_deref(), Some("2019-04-10"));
    }
    // A phrase before the dates is no place: the line stays in the title.
    let text = "A/HRC/1/2\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 June 2012\n\n\
                Communications report of Special Procedures\nCommunications sent, 1 December 2011 to 15 March 2012;\n\
                Replies received, 1 February 2012 to 15 May 2012\n\nSummary\n";
    let parsed = plenary::parse(text);
    assert!(parsed.tree().metadata.session.is_none());
}

#[test]
fn a_conference_gives_its_place_and_dates_under_its_name() {
    let text = "A/CONF.1/2030/L.2\n\nUnited Nations\n\nDistr.: Limited\n9 June 2030\nOriginal: English\n\n\
                2030 United Nations Conference on the\nSustainable Use of Rivers\nLyon, France, 3–7 June 2030\n\
                Agenda item 9\nAdoption of the report of the Conference\n\nDraft report\n\
                Rapporteur-General: A. Name (Country)\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.title.as_deref(), Some("Draft report"));
    assert_eq!(meta.agenda_items, ["9"]);
    assert_eq!(
        meta.body.as_deref(),
        Some("2030 United Nations Conference on the Sustainable Use of Rivers")
    );
    let session = meta.session.as_ref().expect("the place and dates");
    assert_eq!(
        session.place.as_deref(),
        Some("Lyon, France"),
        "a place may hold a comma"
    );
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2030-06-03"));
}

#[test]
fn two_masthead_templates_printed_over_each_other_are_passed_over() {
    // The header fields of two templates overlaid: glued distribution words,
    // a date with a stray digit, a month and year alone.
    for header in [
        "Distr.:Distr.:\nLimited\nGeneral\n9 June6 2030\nFebruary 2030\nOriginal:\nEnglish\n",
        "Distr.:Distr.:\nLimitedGeneral\n9 June6 2030\nFebruary 2030\n\nOriginal: English\nOriginal: English\n",
    ] {
        let text = format!(
            "United Nations\n\nA/CONF.1/2030/L.2\n{header}\n\
             2030 United Nations Conference on the\nSustainable Use of Rivers\nLyon, France, 3–7 June 2030\n\
             Agenda item 9\nAdoption of the report of the Conference\n\nDraft report\n"
        );
        let parsed = plenary::parse(&text);
        let meta = &parsed.tree().metadata;
        assert_eq!(meta.title.as_deref(), Some("Draft report"), "{header:?}");
        assert_eq!(meta.agenda_items, ["9"], "{header:?}");
    }
}

#[test]
fn a_body_named_alone_above_the_title_with_no_blank_line_is_the_body() {
    // CCPR/C/121/D/2025/2011 as `pdftotext -raw` gives it: the masthead's
    // fields come after the text, the committee's name right above the title.
    let text = "GE.17-23427(E)\n\nHuman Rights Committee\n\
                Decision adopted by the Committee under the Optional\n\
                Protocol, concerning communication No. 2025/2011*, **\n\
                Communication submitted by: C\nAlleged victim: The author\n\
                State party: Russian Federation\n\
                At its meeting on 8 November 2017, the Committee, in the light of the fact that,\n\
                since the author’s original communication, there had been no response to any letters,\n\
                decided to discontinue the consideration of communication No. 2025/2011.\n\
                United Nations CCPR/C/121/D/2025/2011\nInternational Covenant on\n\
                Civil and Political Rights\nDistr.: General\n27 December 2017\nOriginal: English\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(
        meta.title.as_deref(),
        Some("Decision adopted by the Committee under the Optional Protocol, concerning communication No. 2025/2011")
    );
    assert_eq!(meta.body.as_deref(), Some("Human Rights Committee"));
}

#[test]
fn a_line_repeating_an_agenda_items_title_opens_the_documents_title() {
    // A/81/6 (Sect. 13)/Part A as `pdftotext -raw` gives it: the titles of
    // items 138 and 139, then the document's title, which repeats the first,
    // with no blank line; the contents follow the subtitle's lines.
    let text = "United Nations A/81/6 (Sect. 13)/Part A*\nGeneral Assembly Distr.: General\n\
                19 February 2026\nOriginal: English\n26-01902 (E) 110326\n*2601902*\n\
                Eighty-first session\nItems 138 and 139 of the preliminary list**\n\
                Proposed programme budget for 2027\nProgramme planning\n\
                Proposed programme budget for 2027\nPart IV\nInternational cooperation for development\n\
                Section 13\nInternational Trade Centre\nSubprogramme 6 of programme 10\nTrade and development\n\
                Contents\nPage\n\
                A. Proposed programme plan for 2027 and programme performance in 2025*** . . . . . . . . . 2\n\
                Overall orientation . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 2\n\
                Programme of work . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 2\n";
    let parsed = plenary::parse(text);
    let doc = parsed.tree();
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Proposed programme budget for 2027")
    );
    assert_eq!(doc.metadata.agenda_items, ["138", "139"]);
    let json = serde_json::to_string(&doc.body).expect("the body serialises");
    assert!(json.contains("__toc_"), "the contents are a table of contents: {json}");
}

#[test]
fn an_organs_name_over_two_lines_with_fields_between() {
    // E/ESCWA/2017/EC.4/9/Report (Arabic), pdftotext: `المجـلس` and
    // `الاقتصـادي والاجتماعي` are one name, the other column's fields set
    // between them.
    let text = "E\n\nالأمم المتحدة\n\nDistr.\nLIMITED\n\nالمجـلس\n\nE/ESCWA/2017/EC.4/9/Report\n\
                24 January 2018\nORIGINAL: ARABIC\n\nالاقتصـادي والاجتماعي\n\
                اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)\n\nتقريـر\n\
                اللجنة التنفيذية عن اجتماعها الرابع\nبيروت  13-14 كانون الأول/ديسمبر 2017\nموجـز\n\
                عقدت اللجنة التنفيذية التابعة للجنة الاقتصادية والاجتماعية لغربي آسيا اجتماعها الرابع.\n";
    assert_eq!(
        title_and_subtitle(text),
        (
            Some("تقريـر".into()),
            Some("اللجنة التنفيذية عن اجتماعها الرابع".into())
        )
    );
}

#[test]
fn arabic_mastheads_of_escwa_meetings() {
    // E/ESCWA/TDD/2017/WG.4/Report (pdftotext, direction marks left out):
    // `Distr.` over `LIMITED` is no organ; `تقريـر` opens the title, not a
    // body's name; the place and dates close the subtitle.
    let head = "E\n\nالأمم المتحدة\n\nDistr.\nLIMITED\n\nالمجـلس\nالاقتصـادي والاجتمـاعي\n\n\
                E/ESCWA/TDD/2017/WG.4/Report\n17 February 2018\nARABIC\nORIGINAL: ENGLISH\n\n\
                اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)\n\n";
    let text = format!(
        "{head}تقريـر\nورشة عمل بشأن تعزيز الابتكار في القطاع العام في البلدان العربية\n\
         القاهرة 31-30 ،تشرين الأول/أكتوبر 2017\nموجـز\nنظمت اللجنة ورشة عمل.\n"
    );
    let parsed = plenary::parse(&text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.title.as_deref(), Some("تقريـر"));
    assert_eq!(
        meta.subtitle.as_deref(),
        Some("ورشة عمل بشأن تعزيز الابتكار في القطاع العام في البلدان العربية")
    );
    assert_eq!(meta.body.as_deref(), Some("المجـلس الاقتصـادي والاجتمـاعي"));
    let session = meta.session.as_ref().expect("the place and dates");
    assert_eq!(session.place.as_deref(), Some("القاهرة"));
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2017-10-30"));
    // E/ESCWA/2017/EC.4/INF.1 and E/ESCWA/30/L.1: a numbered heading (`-1`
    // and its text) and a lettered one (`ألف -…`) under the title are the
    // body's, not a subtitle.
    for (under, title) in [
        ("مذكرة توضيحية\n-1 معلومات أساسية\n", "مذكرة توضيحية"),
        (
            "جدول الأعمال المؤقت والشروح\nألف -اجتماعات كبار المسؤولين\n-1\n\nالافتتاح.\n",
            "جدول الأعمال المؤقت والشروح",
        ),
    ] {
        let parsed = plenary::parse(&format!("{head}{under}أنشئت اللجنة التنفيذية بموجب قرار.\n"));
        let meta = &parsed.tree().metadata;
        assert_eq!(
            (meta.title.as_deref(), meta.subtitle.as_deref()),
            (Some(title), None),
            "{under}"
        );
    }
}

#[test]
fn an_arabic_masthead_as_pymupdf_breaks_it() {
    // E/ESCWA/2017/EC.4/9/Report as PyMuPDF gives it: the series letter glued
    // to the organisation's name, the commission's name with its closing
    // bracket first, and the title cut at its tatweel (`تقري` / `ـر`).
    let text = "18-00040\n \nEالأمم المتحدة \n \nDistr. \nLIMITED \n \nE/ESCWA/2017/EC.4/9/Report \n\
                24 January 2018 \nORIGINAL: ARABIC \n \nالمجـلس \nالاقتصـادي والاجتماعي \n \n \n\
                )اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا \n \nتقري\nـر \n\
                اللجنة التنفيذية عن اجتماعها الرابع \n بيروت13\n-\n14\n \n";
    assert_eq!(
        title_and_subtitle(text),
        (
            Some("تقريـر".into()),
            Some("اللجنة التنفيذية عن اجتماعها الرابع".into())
        )
    );
}

/// The masthead of `text` gives the thirtieth session of ESCWA, at Beirut
/// from 25 to 28 June 2018, and agenda item `item`.
fn beirut_thirtieth_session(text: &str, item: &str) {
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    let session = meta.session.as_ref().expect("the session");
    assert_eq!(session.number, Some(30));
    assert_eq!(session.place.as_deref(), Some("بيروت"));
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2018-06-25"));
    assert_eq!(session.end.map(|d| d.to_string()).as_deref(), Some("2018-06-28"));
    assert_eq!(meta.agenda_items, [item]);
}

#[test]
fn arabic_session_dates_and_agenda_item_as_pymupdf_breaks_them() {
    // E/ESCWA/30/7 as PyMuPDF gives it: the place and days on one line, the
    // month and year on the next past a blank line, numbers glued to the
    // words beside them (`بيروت25-28`, `يونيو2018`, `البند9`).
    let text = "18-00223\n \nE الأمم المتحدة \n \nDistr. \nLIMITED \n \nE/ESCWA/30/7 \n23 May 2018 \n\
                ORIGINAL: ARABIC \n \nالمجـلس \nالاقتصـادي والاجتمـاعي \n \n \n\
                )اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا \n \nالدورة الثلاثون \n ،بيروت25-28\n \n\
                 حزيران/يونيو2018\n \n البند9 من جدول الأعمال المؤقت \n\n\
                الربط بين مسارات تكنولوجيا المعلومات والاتصالات \nومسار التنمية المستدامة \n";
    beirut_thirtieth_session(text, "9");
}

#[test]
fn an_organisations_name_over_two_lines() {
    // E/ESCWA/30/8 as PyMuPDF gives it: `E الأمم` / blank / `المتحدة`, in
    // presentation forms; the masthead reads on to the session and its
    // agenda item.
    let text = "18-00230\n \nE ﺍﻷﻣﻢ\n \nﺍﻟﻤﺘﺤﺪﺓ\n  \n \nDistr. \nLIMITED \n \nE/ESCWA/30/8 \n28 May 2018 \n\
                ARABIC \nORIGINAL: ENGLISH \n  \nﺍﻟﻣﺟـﻠﺱ\n  \nﺍﻻﻗﺗﺻـﺎﺩﻱ ﻭﺍﻻﺟﺗﻣـﺎﻋﻲ\n  \n \n  \n\
                (ﺍﻟﻠﺠﻨﺔ ﺍﻻﻗﺘﺼﺎﺩﻳﺔ ﻭﺍﻻﺟﺘﻤﺎﻋﻴﺔ ﻟﻐﺮﺑﻲ ﺁﺳﻴﺎ )ﺍﻹﺳﻜﻮﺍ\n  \nﺍﻟﺪﻭﺭﺓ ﺍﻟﺜﻼﺛﻮﻥ\n  \n\
                ﺑﻴﺮﻭﺕ، 25-28\n \n ﺣﺰﻳﺮﺍﻥ/ﻳﻮﻧﻴﻮ2018\n  \n ﺍﻟﺒﻨﺪ10\n ﻣﻦ ﺟﺪﻭﻝ ﺍﻷﻋﻤﺎﻝ ﺍﻟﻤﺆﻗﺖ\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_ne!(
        meta.title.as_deref(),
        Some("E الأمم"),
        "the organisation's name is no title"
    );
    assert_eq!(meta.agenda_items, ["10"]);
    let session = meta.session.as_ref().expect("the session");
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2018-06-25"));
}

#[test]
fn an_arabic_title_whose_words_pymupdf_cut_over_lines() {
    // E/ESCWA/30/8 as PyMuPDF gives it: the title's words cut where a letter
    // joins the next (`ﺇﻧﺷ` / `ﺎء`, `ﺗﻐﻳﱡ` / `ﺭ`), its last words past a blank
    // line (`ﻓﻲ ﺍﻹﺳﻛﻭﺍ`), and the summary's heading cut the same way (`ﻣﻭﺟ` /
    // `ﺯـ`).
    let text = "18-00230\n \nE ﺍﻷﻣﻢ\n \nﺍﻟﻤﺘﺤﺪﺓ\n  \n \nDistr. \nLIMITED \n \nE/ESCWA/30/8 \n28 May 2018 \n\
                ARABIC \nORIGINAL: ENGLISH \n  \nﺍﻟﻣﺟـﻠﺱ\n  \nﺍﻻﻗﺗﺻـﺎﺩﻱ ﻭﺍﻻﺟﺗﻣـﺎﻋﻲ\n  \n \n  \n\
                (ﺍﻟﻠﺠﻨﺔ ﺍﻻﻗﺘﺼﺎﺩﻳﺔ ﻭﺍﻻﺟﺘﻤﺎﻋﻴﺔ ﻟﻐﺮﺑﻲ ﺁﺳﻴﺎ )ﺍﻹﺳﻜﻮﺍ\n  \nﺍﻟﺪﻭﺭﺓ ﺍﻟﺜﻼﺛﻮﻥ\n  \n\
                ﺑﻴﺮﻭﺕ، 25-28\n \n ﺣﺰﻳﺮﺍﻥ/ﻳﻮﻧﻴﻮ2018\n  \n ﺍﻟﺒﻨﺪ10\n ﻣﻦ ﺟﺪﻭﻝ ﺍﻷﻋﻤﺎﻝ ﺍﻟﻤﺆﻗﺖ\n  \n\
                ﻣﻘﺗﺭﺡ ﺇﻧﺷ\nﺎء ﺍﻟﻣﺭﻛﺯ ﺍﻟﻌﺭﺑﻲ ﻟﺳﻳﺎﺳﺎﺕ \nﺗﻐﻳﱡ \nﺭ ﺍﻟﻣﻧﺎﺥ\n \nﻓﻲ ﺍﻹﺳﻛﻭﺍ\n  \nﻣﻭﺟ\n  ﺯـ\n\
                ﻭﺍﻓﻘﺕ ﺍﻟﻠﺟﻧﺔ ﺍﻟﺗﻧﻔﻳﺫﻳﺔ، ﻓﻲ \nﺍﺟﺗﻣﺎﻋﻬﺎ\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(
        title.as_deref(),
        Some("مقترح إنشاء المركز العربي لسياسات تغيُّر المناخ في الإسكوا")
    );
    assert_eq!(subtitle, None, "the summary's heading is no subtitle");
}

#[test]
fn an_arabic_session_place_dates_and_agenda_item_pymupdf_cut_over_lines() {
    // E/ESCWA/30/L.2 as PyMuPDF gives it: the session's words cut at lone
    // letters (`ا لدورة` / `الثالثو` / `ن`), the place and dates a piece a
    // line, the days last first (`28` / `-` / `25`), the agenda item's word
    // over its number (`البند` / `3 من جدول الأعمال المؤقت`).
    let text = " \n18-00261\n \nE األمم المتحدة \n \nDistr. \nLIMITED \n \nE/ESCWA/30/L.2 \n11 June 2018 \n\
                ORIGINAL: ARABIC \n \nالمجـلس \nاالقتصـادي واالجتمـاعي \n \n \n\
                )اللجنة االقتصادية واالجتماعية لغربي آسيا (اإلسكوا \nا لدورة\nالثالثو\nن \nبيروت، \n28\n-\n25\n\
                 حزيران/يونيو \n2018\n \nالبند \n3 من جدول األعمال المؤقت \nتنظيم األعمال \n\
                مذكرة من األمانة التنفيذية \n";
    beirut_thirtieth_session(text, "3");
}

#[test]
fn an_agenda_items_title_read_up_to_the_body_is_the_documents() {
    // E/ESCWA/30/L.1 as PyMuPDF gives it: the lines under the agenda item
    // run into the first heading with no blank line; no title follows, so
    // they are the document's (`جدول الأعمال المؤقت` / `والشروح`).
    let text = " \n18-00225\n \nE األمم المتحدة \n \nDistr. \nLIMITED \n \nE/ESCWA/30/L.1 \n24 May 2018 \n\
                ORIGINAL: ARABIC \n \nالمجـلس \nاالقتصـادي واالجتمـاعي \n \n\
                )اللجنة االقتصادية واالجتماعية لغربي آسيا (اإلسكوا \nا لدورة\nالثالث\nون \nبيروت ،\n25-28\n\
                 حزيران/يونيو \n2018\n \n البند3 من جدول األعمال المؤقت \n جدول األعمال المؤقت\nوالشروح \n\
                ألف-  اجتماعات كبار المسؤولين\n";
    let (title, subtitle) = title_and_subtitle(text);
    let both = format!("{} {}", title.unwrap_or_default(), subtitle.unwrap_or_default());
    assert_eq!(both.trim(), "جدول الأعمال المؤقت والشروح");
}

#[test]
fn an_arabic_title_line_pymupdf_cut_after_a_lone_letter() {
    // E/ESCWA/TDD/2017/WG.4/Report as PyMuPDF gives it: the workshop's name
    // cut inside `القطاع` (`… في ا` / `لقطاع العام …`).
    let text = " \n18-00091\n \nE األمم المتحدة \n \nDistr. \nLIMITED \n \nE/ESCWA/TDD/2017/WG.4/Report \n\
                17 February 2018 \nARABIC \nORIGINAL: ENGLISH \n \nالمجـلس \nاالقتصـادي واالجتمـاعي \n \n \n\
                 اللجنة االقتصادية واالجتماعية لغربي آسيا)(اإلسكوا \nتقريـر \nورشة عمل بشأن تعزيز االبتكار في ا\n\
                لقطاع العام في البلدان العربية \n ،القاهرة30\n-\n31\n \n تشرين األول/أكتوبر2017\n \nموجـز \n";
    let (title, subtitle) = title_and_subtitle(text);
    let both = format!("{} {}", title.unwrap_or_default(), subtitle.unwrap_or_default());
    assert_eq!(
        both.trim(),
        "تقريـر ورشة عمل بشأن تعزيز الابتكار في القطاع العام في البلدان العربية"
    );
}

#[test]
fn an_arabic_masthead_whose_words_raw_wrote_in_visual_order() {
    // E/ESCWA/30/8 as `pdftotext -raw` gives it: each Arabic word a run of
    // its own, the runs of a line last first (`ﺇﻧﺷ` / `ﻣﻘﺗﺭﺡ` for `مقترح
    // إنش`), the agenda item over three lines, the summary's heading over
    // three (`ﻣﻭﺟ` / `ـ` / `ﺯ`).
    let text = concat!(
                "18-00230\n",
                "E \u{202B}ﺍﻷﻣﻢ\u{202C}\n",
                "\u{202B}ﺍﻟﻤﺘﺤﺪﺓ\u{202C}\n",
                "Distr.\n",
                "LIMITED\n",
                "E/ESCWA/30/8\n",
                "28 May 2018\n",
                "ARABIC\n",
                "ORIGINAL: ENGLISH\n",
                "\u{202B}ﺍﻟﻣﺟـﻠﺱ\u{202C}\n",
                "\u{202B}ﻭﺍﻻﺟﺗﻣـﺎﻋﻲ\u{202C} \u{202B}ﺍﻻﻗﺗﺻـﺎﺩﻱ\u{202C}\n",
                "(\u{202B})ﺍﻹﺳﻜﻮﺍ\u{202C} \u{202B}ﺁﺳﻴﺎ\u{202C} \u{202B}ﻟﻐﺮﺑﻲ\u{202C} \u{202B}ﻭﺍﻻﺟﺘﻤﺎﻋﻴﺔ\u{202C} \u{202B}ﺍﻻﻗﺘﺼﺎﺩﻳﺔ\u{202C} \u{202B}ﺍﻟﻠﺠﻨﺔ\u{202C}\n",
                "\u{202B}ﺍﻟﺜﻼﺛﻮﻥ\u{202C} \u{202B}ﺍﻟﺪﻭﺭﺓ\u{202C}\n",
                "،\u{202B}ﺑﻴﺮﻭﺕ\u{202C}\n",
                "25-28\n",
                "\u{202B}ﻳﻮﻧﻴﻮ\u{202C}/\u{202B}ﺣﺰﻳﺮﺍﻥ\u{202C}\n",
                "2018\n",
                "\u{202B}ﺍﻟﺒﻨﺪ\u{202C}\n",
                "10\n",
                "\u{202B}ﺍﻟﻤﺆﻗﺖ\u{202C} \u{202B}ﺍﻷﻋﻤﺎﻝ\u{202C} \u{202B}ﺟﺪﻭﻝ\u{202C} \u{202B}ﻣﻦ\u{202C}\n",
                "\u{202B}ﺇﻧﺷ\u{202C} \u{202B}ﻣﻘﺗﺭﺡ\u{202C}\n",
                "\u{202B}ﻟﺳﻳﺎﺳﺎﺕ\u{202C} \u{202B}ﺍﻟﻌﺭﺑﻲ\u{202C} \u{202B}ﺍﻟﻣﺭﻛﺯ\u{202C} \u{202B}ﺎء\u{202C}\n",
                "\u{202B}ﱡ\u{202C}\u{202B}ﻳ\u{202C}\u{202B}ﺗﻐ\u{202C}\n",
                "\u{202B}ﺍﻟﻣﻧﺎﺥ\u{202C} \u{202B}ﺭ\u{202C}\n",
                "\u{202B}ﺍﻹﺳﻛﻭﺍ\u{202C} \u{202B}ﻓﻲ\u{202C}\n",
                "\u{202B}ﻣﻭﺟ\u{202C}\n",
                "\u{202B}ـ\u{202C}\n",
                "\u{202B}ﺯ\u{202C}\n",
    );
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(
        meta.title.as_deref(),
        Some("مقترح إنشاء المركز العربي لسياسات تغيُّر المناخ في الإسكوا")
    );
    assert_eq!(meta.agenda_items, ["10"]);
    assert_eq!(meta.session.as_ref().and_then(|s| s.number), Some(30));
    // The masthead's lines keep their text as the source gives it.
    assert!(parsed
        .tree()
        .furniture
        .iter()
        .all(|f| f.span.and_then(|s| s.slice(text)) == Some(f.text.as_str())));
}

#[test]
fn an_arabic_title_between_the_agenda_item_and_the_subtitle_with_no_blank_line() {
    // E/ESCWA/30/L.2 as PyMuPDF gives it (first 45 lines): the item's line,
    // then the title, then the subtitle and the body's first number, with
    // no blank line between them. The one line after the item is the
    // document's title, not the item's.
    let text = " \n18-00261\n \nE األمم المتحدة \n \nDistr. \nLIMITED \n \nE/ESCWA/30/L.2 \n11 June 2018 \nORIGINAL: ARABIC \n \nالمجـلس \nاالقتصـادي واالجتمـاعي \n \n \n)اللجنة االقتصادية واالجتماعية لغربي آسيا (اإلسكوا \nا لدورة\nالثالثو\nن \nبيروت، \n28\n-\n25\n حزيران/يونيو \n2018\n \nالبند \n3 من جدول األعمال المؤقت \nتنظيم األعمال \nمذكرة من األمانة التنفيذية \n1\n-\n \n أعدت األمانة التنفيذية للجنة األمم المتحدة االقتصادية واالجتماعية لغربي آسيا (اإلسكوا) التنظيم المقترح\n ألعمال الدورة\nالثالثين \n .للجنة بهدف تيسير النظر في بنود جدول األعمال في حدود الوقت المتاح لمناقشة كل بند\n ويُعرض تنظيم األعمال المقترح على اللجنة في إطار هذه الوثيقة لكي تقرّه إما بالصيغة المعروضة عليها أو\nبصيغة معدّلة.\n \n2\n-\n \n وتبدأ اجتماعات كبار المسؤولين بجلسة افتتاحية في الساعة\n";
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.title.as_deref(), Some("تنظيم الأعمال"));
    assert_eq!(meta.subtitle.as_deref(), Some("مذكرة من الأمانة التنفيذية"));
    assert_eq!(meta.agenda_items, ["3"]);
}

#[test]
fn an_arabic_masthead_raw_sets_a_word_or_a_figure_a_line() {
    // E/ESCWA/30/L.2 as `pdftotext -raw` gives it: each line's words last
    // first, the session's words cut in pieces (`ا` / `لدورة`, `الثالثو` /
    // `ن`), the place and dates a piece a line with the month's two names
    // on either side of a slash alone (`حزيران` / `/` / `يونيو`), the agenda
    // item's word, number and rest on three lines.
    let text = "18-00261\nE \u{202b}المتحدة\u{202c} \u{202b}األمم\u{202c}\nDistr.\nLIMITED\nE/ESCWA/30/L.2\n\
                11 June 2018\nORIGINAL: ARABIC\n\u{202b}المجـلس\u{202c}\n\
                \u{202b}واالجتمـاعي\u{202c} \u{202b}االقتصـادي\u{202c}\n\
                )\u{202b}(اإلسكوا\u{202c} \u{202b}آسيا\u{202c} \u{202b}لغربي\u{202c} \u{202b}واالجتماعية\u{202c} \
                \u{202b}االقتصادية\u{202c} \u{202b}اللجنة\u{202c}\n\u{202b}ا\u{202c}\n\u{202b}لدورة\u{202c}\n\
                \u{202b}الثالثو\u{202c}\n\u{202b}ن\u{202c}\n\u{202b}بيروت\u{202c}\n،\n28\n-\n25\n\
                \u{202b}حزيران\u{202c}\n/\n\u{202b}يونيو\u{202c}\n2018\n\u{202b}البند\u{202c}\n3\n\
                \u{202b}المؤقت\u{202c} \u{202b}األعمال\u{202c} \u{202b}جدول\u{202c} \u{202b}من\u{202c}\n\
                \u{202b}األعمال\u{202c} \u{202b}تنظيم\u{202c}\n\
                \u{202b}التنفيذية\u{202c} \u{202b}األمانة\u{202c} \u{202b}من\u{202c} \u{202b}مذكرة\u{202c}\n\
                1\n-\n\u{202b}المقترح\u{202c} \u{202b}التنظيم\u{202c} \u{202b}أعدت\u{202c}\n";
    beirut_thirtieth_session(text, "3");
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(title.as_deref(), Some("تنظيم الأعمال"));
    assert_eq!(subtitle.as_deref(), Some("مذكرة من الأمانة التنفيذية"));
}

#[test]
fn an_arabic_word_raw_cut_at_its_tatweel_is_read_whole() {
    // E/ESCWA/2017/EC.4/9/Report as `-raw` gives it: `تقريـر` over three
    // lines (`تقري` / `ـ` / `ر`), the commission's name above it, the place
    // and dates a piece a line under the subtitle, the summary's heading
    // cut the same way.
    let text = "18-00040\nE \u{202b}المتحدة\u{202c} \u{202b}األمم\u{202c}\nDistr.\nLIMITED\n\
                E/ESCWA/2017/EC.4/9/Report\n24 January 2018\nORIGINAL: ARABIC\n\u{202b}المجـلس\u{202c}\n\
                \u{202b}واالجتماعي\u{202c} \u{202b}االقتصـادي\u{202c}\n\
                )\u{202b}(اإلسكوا\u{202c} \u{202b}آسيا\u{202c} \u{202b}لغربي\u{202c} \u{202b}واالجتماعية\u{202c} \
                \u{202b}االقتصادية\u{202c} \u{202b}اللجنة\u{202c}\n\u{202b}تقري\u{202c}\n\u{202b}ـ\u{202c}\n\
                \u{202b}ر\u{202c}\n\u{202b}الرابع\u{202c} \u{202b}اجتماعها\u{202c} \u{202b}عن\u{202c} \
                \u{202b}التنفيذية\u{202c} \u{202b}اللجنة\u{202c}\n\u{202b}بيروت\u{202c}\n13\n-\n14\n\
                \u{202b}ديسمبر\u{202c}/\u{202b}األول\u{202c} \u{202b}كانون\u{202c}\n2017\n\u{202b}موج\u{202c}\n\
                \u{202b}ـ\u{202c}\n\u{202b}ز\u{202c}\n\u{202b}في\u{202c} \u{202b}الرابع\u{202c} \
                \u{202b}اجتماعها\u{202c} \u{202b}عقدت\u{202c}\n";
    let (title, subtitle) = title_and_subtitle(text);
    assert_eq!(title.as_deref(), Some("تقريـر"));
    assert_eq!(subtitle.as_deref(), Some("اللجنة التنفيذية عن اجتماعها الرابع"));
    let parsed = plenary::parse(text);
    let session = parsed.tree().metadata.session.clone().expect("the session");
    assert_eq!(session.place.as_deref(), Some("بيروت"));
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2017-12-13"));
    assert_eq!(session.end.map(|d| d.to_string()).as_deref(), Some("2017-12-14"));
}

#[test]
fn a_body_named_a_word_a_line_and_a_title_cut_in_words_over_a_summary() {
    // E/ESCWA/2017/EC.4/7 as `-raw` gives it: the executive committee and
    // its meeting a word a line (`اللجنة` / `التنفيذية` / `الاجتماع` /
    // `الرابع`) between the commission and the dates; the title, with no
    // blank line after the agenda item, cut into words (`ال` / `ثالثين`)
    // over the summary's heading. A text layer that reverses its lam-alef
    // pairs (`األمم`) reverses the one after `ل` too (`لإلسكوا`).
    let text = "17-00743\nE \u{202b}المتحدة\u{202c} \u{202b}األمم\u{202c}\nDistr.\nLIMITED\nE/ESCWA/2017/EC.4/7\n\
                4 December 2017\nORIGINAL: ARABIC\n\u{202b}المجـلس\u{202c}\n\
                \u{202b}واالجتمـاعي\u{202c} \u{202b}االقتصـادي\u{202c}\n\
                )\u{202b}(اإلسكوا\u{202c} \u{202b}آسيا\u{202c} \u{202b}لغربي\u{202c} \u{202b}واالجتماعية\u{202c} \
                \u{202b}االقتصادية\u{202c} \u{202b}اللجنة\u{202c}\n\u{202b}اللجنة\u{202c}\n\
                \u{202b}التنفيذية\u{202c}\n\u{202b}االجتماع\u{202c}\n\u{202b}الرابع\u{202c}\n\u{202b}بيروت\u{202c}\n\
                ،\n13\n-\n14\n\u{202b}ديسمبر\u{202c}/\u{202b}األول\u{202c} \u{202b}كانون\u{202c}\n2017\n\
                \u{202b}البند\u{202c}\n8\n\u{202b}المؤقت\u{202c} \u{202b}األعمال\u{202c} \u{202b}جدول\u{202c} \
                \u{202b}من\u{202c}\n\u{202b}للدورة\u{202c} \u{202b}الجارية\u{202c} \u{202b}التحضيرات\u{202c}\n\
                \u{202b}ال\u{202c}\n\u{202b}ثالثين\u{202c}\n\u{202b}لإلسكوا\u{202c}\n\u{202b}موج\u{202c}\n\
                \u{202b}ـ\u{202c}\n\u{202b}ز\u{202c}\n\
                \u{202b}التنفيذية\u{202c} \u{202b}األمانة\u{202c} \u{202b}باشرت\u{202c}\n";
    let (title, subtitle) = title_and_subtitle(text);
    let both = format!("{} {}", title.unwrap_or_default(), subtitle.unwrap_or_default());
    assert_eq!(both.trim(), "التحضيرات الجارية للدورة الثلاثين للإسكوا");
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.agenda_items, ["8"]);
    let session = meta.session.clone().expect("the session");
    assert_eq!(session.place.as_deref(), Some("بيروت"));
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2017-12-13"));
}

#[test]
fn a_body_of_short_ocr_lines_above_the_session_is_passed() {
    // A/L.632 (1971, OCR): a library stamp and the name in one word a line
    // above the session and the agenda item; the draft's title and its
    // sponsors are read under them.
    let text = "UN UBRAR'(\n\nocr i - 1.w ,i·/\nUNITED\n\nGENERAL\nASSEMBLY\n\nDistr.\nLIMITED\nA/L.632\n\
                ~9 September 1971\nORIGINAL:\n\nENGLISH\n\nrrwenty-sixth session\nAgenda item 93\n\
                RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC\nOF CHINA IN THE UNITED NATIONS\n\
                Australia, Colombia, Costa Rica, Dominican Republic,\nEl Salvador, Fiji, Gambia, Guatemala, Haiti, Honduras,\n\
                Japan, Lesotho, Liberia, New Zealand, Nicar~gua,\nPhilippines, Swaziland, Thailand, United States of\n\
                America and Uruguay: draft resolution\nThe General Assembly,\n\
                Recalling the provisions of the Charter of the United Nations,\n\
                Decides that any proposal in the General Assembly which would result in\n\
                depriving the Republic of China of representation in the United Nations is an\n\
                important question under Article 18 of the Charter.\n";
    let (title, _) = title_and_subtitle(text);
    assert_eq!(
        title.as_deref(),
        Some("RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC OF CHINA IN THE UNITED NATIONS")
    );
    let parsed = plenary::parse(text);
    assert_eq!(parsed.tree().metadata.agenda_items, ["93"]);
}

#[test]
fn an_arabic_masthead_pdfminer_wrote_last_letter_first() {
    // E/ESCWA/30/7 as pdfminer gives it: each line's letters left to right
    // as they stand on the page (`ةدحتملا` for `المتحدة`), a blank line after
    // each box, the organisation's name a word a box last first, the
    // session's line between the boxes of its place and dates, and the
    // agenda item's three boxes last first.
    let text = "E \n\nDistr. \nLIMITED \n\nE/ESCWA/30/7 \n23 May 2018 \nORIGINAL: ARABIC \n\n\
                ةدحتملا\n\nمملأا\n\nسلـجملا\nيداـصتقلاا\n\nيعاـمتجلااو\n\n\
                )اوكسلإا( ايسآ يبرغل ةيعامتجلااو ةيداصتقلاا ةنجللا\n\n2018\n\n وينوي/ناريزح\n\n\
                نوثلاثلا ةرودلا\n ،توريب\n25-28\n\nتقؤملا لامعلأا لودج نم\n\n9 \n\n دنبلا\n\n\
                تلااصتلااو تامولعملا ايجولونكت تاراسم نيب طبرلا\nةمادتسملا ةيمنتلا راسمو\n\n\
                ـز \n\nجوم\n\n ةمقلا\nتامولعملا عمتجمل ةيملاعلا ةمقلا تاراسم نيب\n\n\
                )اوكسلإا( ايسآ يبرغل ةيعامتجلااو ةيداصتقلاا\n\n.ةيبرعلا ةقطنملا يف ةمادتسملا ةيمنتلا\n";
    beirut_thirtieth_session(text, "9");
    assert_eq!(
        title_and_subtitle(text),
        (
            Some("الربط بين مسارات تكنولوجيا المعلومات والاتصالات ومسار التنمية المستدامة".into()),
            None
        )
    );
    let parsed = plenary::parse(text);
    assert_eq!(
        parsed.tree().metadata.body.as_deref(),
        Some("اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)")
    );
    let warned = parsed
        .diagnostics()
        .iter()
        .find(|d| d.code == "visual-order-text")
        .expect("the text is said to be in visual order");
    assert!(warned.message.contains("letters last first"), "{}", warned.message);
}

#[test]
fn an_arabic_session_pdfminer_cut_in_boxes_is_read_whole() {
    // E/ESCWA/30/L.2 as pdfminer gives it: the session's line and its place
    // and dates in boxes ordered by their left edges over the two printed
    // lines (`2018` / `يونيو` / `/` / `الثالثو` / `ن` / `، 28-25` / `ا` /
    // `لدورة` / `بيروت` / `حزيران`).
    let text = "E \n\nDistr. \nLIMITED \n\nE/ESCWA/30/L.2 \n11 June 2018 \nORIGINAL: ARABIC \n\n\
                ةدحتملا مملأا\n\nسلـجملا\nيعاـمتجلااو يداـصتقلاا\n\n\
                )اوكسلإا( ايسآ يبرغل ةيعامتجلااو ةيداصتقلاا ةنجللا\n\n2018\n\nوينوي\n\n/\n\n\
                وثلاثلا\nن \n، 28-25 \n\nا\n ةرودل\nتوريب\n\nناريزح\n\nتقؤملا لامعلأا لودج نم\n\n 3 \n\n\
                دنبلا\n\nلامعلأا ميظنت\n\nةيذيفنتلا ةناملأا نم ةركذم\n\n\
                 حرتقملا ميظنتلا )اوكسلإا( ايسآ يبرغل ةيعامتجلااو ةيداصتقلاا ةدحتملا مملأا ةنجلل ةيذيفنتلا ةناملأا تدعأ\n";
    beirut_thirtieth_session(text, "3");
    assert_eq!(
        title_and_subtitle(text),
        (Some("تنظيم الأعمال".into()), Some("مذكرة من الأمانة التنفيذية".into()))
    );
}

#[test]
fn an_arabic_title_pdfminer_wrote_a_box_a_word_last_first() {
    // E/ESCWA/2017/EC.4/7 as pdfminer gives it: under the agenda item, the
    // title's one printed line in four boxes, last first (`للإسكوا` /
    // `ثالثين` / `ال` / `التحضيرات الجارية للدورة`); the boxes of the
    // executive committee's name, its meeting and its dates, mixed, are
    // passed over.
    let text = "E \n\nDistr. \nLIMITED \n\nE/ESCWA/2017/EC.4/7 \n4 December 2017 \nORIGINAL: ARABIC \n\n\
                ةدحتملا مملأا\n\nسلـجملا\nيعاـمتجلااو يداـصتقلاا\n\n\
                )اوكسلإا( ايسآ يبرغل ةيعامتجلااو ةيداصتقلاا ةنجللا\n\n2017\n\n ربمسيد/لولأا نوناك\n\n\
                ةيذيفنتلا\nعبارلا\n ،13-14 \n\n ةنجللا\n عامتجلاا\nتوريب\n\nتقؤملا لامعلأا لودج نم\n\n 8 \n\n\
                دنبلا\n\nاوكسلإل\n\nنيثلاث\nلا\n\n ةرودلل ةيراجلا تاريضحتلا\n\nـز \n\nجوم\n\n )ا\n";
    assert_eq!(
        title_and_subtitle(text),
        (Some("التحضيرات الجارية للدورة الثلاثين للإسكوا".into()), None)
    );
    let parsed = plenary::parse(text);
    let meta = &parsed.tree().metadata;
    assert_eq!(meta.agenda_items, ["8"]);
    assert_eq!(
        meta.body.as_deref(),
        Some("اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)")
    );
}

#[test]
fn a_split_number_under_the_agenda_item_opens_the_body_after_the_title() {
    // PyMuPDF and `-raw` set a paragraph's or item's number `1-` as `1` /
    // `-` with no blank line: the line above it is the document's title,
    // not the rest of the agenda item's (E/ESCWA/2017/EC.4/L.1, `-raw`).
    let text = "E/ESCWA/2031/EC.9/L.1\n\nالأمم المتحدة\n\nDistr.\nLIMITED\n\nORIGINAL: ARABIC\n\
                المجلس الاقتصادي والاجتماعي\n\
                اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)\nاللجنة التنفيذية\nالاجتماع التاسع\n\
                بيروت، 13-14 كانون الأول/ديسمبر 2031\nالبند 2 من جدول الأعمال المؤقت\n\
                جدول الأعمال المؤقت\n1\n-\nافتتاح الاجتماع.\n2\n-\nإقرار جدول الأعمال.\n";
    let (title, _) = title_and_subtitle(text);
    assert_eq!(title.as_deref(), Some("جدول الأعمال المؤقت"));
}

#[test]
fn a_session_line_keeps_its_number_before_its_theme_in_brackets() {
    let english = "E/ESCWA/EDID/2031/IG.2/3\n\nUnited Nations\n\nEconomic and Social Council\n\n\
                   Distr.: Limited\n9 November 2031\nOriginal: English\n\n\
                   Economic and Social Commission for Western Asia (ESCWA)\n\
                   Committee on Financing for Development\nTwelfth session (Financing for Development)\n\
                   Beirut, 4-5 December 2031\nItem 4 of the provisional agenda\n\n\
                   Actions taken in the field of financing for development\n\n\
                   1. The Committee will take up two reports.\n";
    let arabic = "E/ESCWA/EDID/2031/IG.1/4\n\nالأمم المتحدة\n\nDistr.\nLIMITED\n\nORIGINAL: ARABIC\n\
                  المجلس الاقتصادي والاجتماعي\n\
                  اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)\n\
                  اللجنة المعنية بتحرير التجارة الخارجية والعولمة الاقتصادية وتمويل التنمية\n\
                  الدورة الحادية عشرة (تحرير التجارة الخارجية)\n\
                  بيروت، 27-28 تشرين الثاني/نوفمبر 2031\nالبند 5 من جدول الأعمال المؤقت\n\n\
                  دور النقل في تعزيز الاتصال بسلاسل القيمة العالمية\n";
    for (text, number) in [(english, 12), (arabic, 11)] {
        let parsed = plenary::parse(text);
        let meta = &parsed.tree().metadata;
        assert_eq!(meta.session.as_ref().and_then(|s| s.number), Some(number), "{text}");
    }
}

#[test]
fn an_arabic_body_name_pdfminer_set_in_boxes_is_read_whole() {
    // E/ESCWA/2017/EC.4/L.1 as pdfminer gives it: the name's short form in
    // three boxes before the rest of its line (`)` / `الإسكوا` / `(`), the
    // executive committee's name, its meeting and its dates mixed in boxes
    // up to the agenda item.
    let agenda = "E \n\nDistr. \nLIMITED \n\nE/ESCWA/2017/EC.4/L.1 \n29 December 2017 \nORIGINAL: ARABIC \n\nةدحتملا مملأا\n\nسلـجملا\n\nيعاـمتجلااو يداـصتقلاا\n\n) \n\nاوكسلإا\n\n (\n\nايسآ يبرغل ةيعامتجلااو ةيداصتقلاا ةنجللا\n\n2017\n\nربمسيد\n/\n\nلولأا نوناك\n\nةيذيفنتلا\nعبارلا\n، 13-14 \n\n ةنجللا\n عامتجلاا\nتوريب\n\nتقؤملا لامعلأا لودج نم\n\n2 \n\n دنبلا\n\nتقؤملا لامعلأا لودج\n\n.عامتجلاا حاتتفا\n\n.ىرخأ ةيميظنت لئاسمو لامعلأا لودج رارقإ\n\n: \n\nةعباتملا\n\n اياضق\n\n1-\n\n2-\n\n";
    let parsed = plenary::parse(agenda);
    let meta = &parsed.tree().metadata;
    assert_eq!(
        meta.body.as_deref(),
        Some("اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)")
    );
    assert_eq!(meta.title.as_deref(), Some("جدول الأعمال المؤقت"));
    assert_eq!(meta.agenda_items, ["2"]);
    // E/ESCWA/EDID/2016/IG.1/4(Part I)/Rev.1: the name's last words and
    // short form in one box before the rest (`لغربي آسيا (الإسكوا)` /
    // `اللجنة الاقتصادية والاجتماعية`).
    let study = "E \n\nDistr. \nLIMITED \n\nE/ESCWA/EDID/2016/IG.1/4(Part I)/Rev.1 \n3 October 2017 \nARABIC \nORIGINAL: ENGLISH \n\nةدحتملا مملأا \n\nسلـجملا\n\nيعاـمتجلااو يداـصتقلاا\n\n)اوكسلإا( ايسآ يبرغل\n\n ةيعامتجلااو ةيداصتقلاا ةنجللا\n\nةيمنتلا ليومتو ةيداصتقلاا ةملوعلاو ةيجراخلا ةراجتلا ريرحتب ةينعملا ةنجل\nلا\nح\nلا ةرودلا\n)ةيجراخلا ةراجتلا ريرحت( ةرشع ةيدا\n27-28 \n ،توريب\n\n ربمفون/يناثلا نيرشت\n\n2017\n\nتقؤملا لامعلأا لودج نم\n\n5 \n\n دنبلا\n\nةيملاعلا\n\n ةميقلا لسلاسب لاصتلاا\n\n زيزعت\n\n يف لقنلا رود\n\nزـجوم\n\nرطلأا\n\n لسلاس يف اهتكراشم ةدايزل اهنم ةدافتسلاا نكمي ةيفارغميدو ةيفارغج ايازمب ةيبرعلا ةقطنملا مستت\n ةقلعتملا  ةينوناقلا\nُب\nرقف  .ةيملاعلا\n  ةميقلا\n ،ةيبرعلا  جيلخلا  لودل  نواعتلا  سلجمو ،ىربكلا  ةيبرعلا  ةرحلا  ةراجتلا  ةقطنم لثم\nةيداصتقا  تاعومجم\nب\n لقنلل ةيساسأ لكايه\n ،ريداغأ ةيقافتاو\n";
    let parsed = plenary::parse(study);
    let meta = &parsed.tree().metadata;
    assert!(
        meta.body
            .as_deref()
            .is_some_and(|b| b.starts_with("اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)")),
        "{:?}",
        meta.body
    );
    assert_eq!(meta.agenda_items, ["5"]);
}
