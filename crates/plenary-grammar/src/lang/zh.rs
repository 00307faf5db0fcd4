//! Chinese (Simplified).

use plenary_model::Distribution;

use super::{Lang, Masthead};

/// Chinese.
pub static ZH: Lang = Lang {
    code: "zh",
    months: [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
    resolution: &["决议"],
    decision: &["决定"],
    annex: &["附件"],
    chapter: &["章"],
    article: &["条"],
    ibid: &["同上"],
    and: &["和", "及"],
    to: &["至"],
    refs: super::RefWords::NONE,
    preambular: &["回顾", "重申", "注意到", "认识到", "欢迎"],
    preambular_endings: &[],
    preambular_not: &[],
    operative: &[],
    agenda: &["议程"],
    ordinal_words: &[],
    tens_prefixes: &[],
    session: &["届会议"],
    place_lead: &["在"],
    part: &[],
    contents: &["目录"],
    masthead: Masthead {
        organization: &["联合国"],
        organs: &["大会", "安全理事会"],
        distribution: &[("一般", Distribution::General)],
        original: &["原文"],
        language_names: &["英文", "法文", "西班牙文", "俄文", "阿拉伯文", "中文"],
        only: &[],
        agenda_item: &["议程项目"],
        subtitle_starts: &["报告", "说明"],
        summary: &["摘要"],
        hyphenated: &[],
        open_ends: &[],
        status: &[],
        roles: &[],
        adopted_by: &["…会议通过"],
        draft: &[
            ("决议草案", plenary_model::DeliberationKind::Resolution),
            ("决定草案", plenary_model::DeliberationKind::Decision),
        ],
        submitted_by: &["提交的"],
        basis: &[],
        amendment: &["修正案"],
        and_names: &[],
    },
    vote: super::VoteWords::NONE,
    notes: &["注"],
    stopwords: &["的", "和", "在"],
};
