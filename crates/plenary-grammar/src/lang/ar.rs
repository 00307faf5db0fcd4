//! Arabic.

use super::Lang;

/// Arabic.
pub static AR: Lang = Lang {
    code: "ar",
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيه",
        "يوليه",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    resolution: &["القرار", "قرار"],
    decision: &["المقرر", "مقرر"],
    annex: &["المرفق", "مرفق"],
    chapter: &["الفصل"],
    article: &["المادة"],
    ibid: &["المرجع نفسه"],
    and: &["و"],
    to: &["إلى"],
    refs: super::RefWords::NONE,
    preambular: &["إذ", "وإذ"],
    agenda: &["جدول الأعمال"],
    ordinals: &[],
    session: &["الدورة"],
    place_lead: &["في"],
    part: &[],
    contents: &["المحتويات"],
    stopwords: &["في", "من", "على", "إلى", "أن"],
};
