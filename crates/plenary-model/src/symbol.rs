//! UN document symbols, job numbers and sales numbers.
//!
//! FIXME(symbols issue): typed components; this is the minimal form the other crates build on.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A UN document symbol in normal form (`CTOC/COP/2012/L.4/Rev.2`).
///
/// ```
/// use plenary_model::Symbol;
/// let s: Symbol = "CTOC/COP/2012/L.4/Rev.2".parse().unwrap();
/// assert_eq!(s.to_string(), "CTOC/COP/2012/L.4/Rev.2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol {
    parts: Vec<String>,
    suffix: Option<String>,
}

/// Why a string is not a symbol in normal form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolError {
    /// What was wrong.
    pub message: String,
}

impl fmt::Display for SymbolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SymbolError {}

impl Symbol {
    /// The components between slashes.
    #[must_use]
    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    /// The parenthesised suffix (`2002` of `S/RES/1440 (2002)`), if any.
    #[must_use]
    pub fn suffix(&self) -> Option<&str> {
        self.suffix.as_deref()
    }

    /// Builds a symbol from its components.
    ///
    /// # Errors
    /// When there is no component or a component is empty or holds a space or a slash.
    pub fn from_parts(parts: Vec<String>, suffix: Option<String>) -> Result<Self, SymbolError> {
        if parts.is_empty() || parts.iter().any(|p| p.is_empty() || p.contains(['/', ' '])) {
            return Err(SymbolError {
                message: format!("`{}` is not a document symbol", parts.join("/")),
            });
        }
        Ok(Self { parts, suffix })
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.parts.join("/"))?;
        if let Some(suffix) = &self.suffix {
            write!(f, " ({suffix})")?;
        }
        Ok(())
    }
}

impl FromStr for Symbol {
    type Err = SymbolError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (body, suffix) = match s.find('(') {
            Some(i) if s.ends_with(')') => (s[..i].trim_end(), Some(s[i + 1..s.len() - 1].to_owned())),
            _ => (s, None),
        };
        Symbol::from_parts(body.split('/').map(str::to_owned).collect(), suffix)
    }
}

impl Serialize for Symbol {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Symbol {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Symbol {
    fn schema_name() -> String {
        "Symbol".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = String::json_schema(gen).into_object();
        schema.metadata().description =
            Some("A UN document symbol in normal form, e.g. `CTOC/COP/2012/L.4/Rev.2`.".to_owned());
        schema.into()
    }
}

/// A job number printed in the page footer (`V.12-57119`, `GE.12-17781`, `18-16895 (E)`).
///
/// ```
/// use plenary_model::JobNumber;
/// let j = JobNumber::new("V.12-57119");
/// assert_eq!(j.to_string(), "V.12-57119");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JobNumber {
    text: String,
}

impl JobNumber {
    /// A job number from its printed form.
    #[must_use]
    pub fn new(text: &str) -> Self {
        Self {
            text: text.trim().to_owned(),
        }
    }

    /// The printed form.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for JobNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for JobNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for JobNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(JobNumber::new(&String::deserialize(deserializer)?))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for JobNumber {
    fn schema_name() -> String {
        "JobNumber".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(gen)
    }
}
