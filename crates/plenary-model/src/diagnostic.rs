//! Diagnostics: what the parser or resolver noticed, with where and what to do.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Something worth knowing; the model is complete.
    Info,
    /// Text was kept but not understood, or a reference was not resolved.
    Warning,
    /// Input was refused or damaged (for example replaced bytes).
    Error,
}

/// One finding about the input.
///
/// `code` is a stable kebab-case name (listed in `docs/diagnostics.md`);
/// `message` is lower-case without a final period; `help`, when present, is
/// a full sentence saying what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// Stable code, for example `unrecognized-text`.
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// What was wrong, lower-case, no final period.
    pub message: String,
    /// Where, in bytes of the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// What to do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with no help text.
    #[must_use]
    pub fn new(code: &str, severity: Severity, message: impl Into<String>, span: Option<Span>) -> Self {
        Self {
            code: code.to_owned(),
            severity,
            message: message.into(),
            span,
            help: None,
        }
    }

    /// Adds a help sentence.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}
