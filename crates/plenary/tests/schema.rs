//! `plenary::parse` output of every document in `corpus/` validates against
//! the committed JSON Schema `docs/schema/document.schema.json`.
//!
//! The validator below covers the subset of JSON Schema (draft 7) that
//! schemars emits for the model: `$ref` into `definitions`, `type`,
//! `properties`, `required`, `additionalProperties`, `enum`, `const`, `oneOf`,
//! `anyOf`, `allOf`, `items`, `minimum`, `maximum` and the `date` format. A
//! keyword it does not know makes the test fail rather than pass silently.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load_schema() -> Value {
    let path = root().join("docs/schema/document.schema.json");
    let text = std::fs::read_to_string(&path).expect("docs/schema/document.schema.json should exist");
    serde_json::from_str(&text).expect("the committed schema should be JSON")
}

struct Validator<'s> {
    root: &'s Value,
    errors: Vec<String>,
}

const ANNOTATIONS: [&str; 6] = ["$schema", "title", "description", "definitions", "default", "examples"];

impl<'s> Validator<'s> {
    fn resolve(&self, reference: &str) -> &'s Value {
        let name = reference
            .strip_prefix("#/definitions/")
            .unwrap_or_else(|| panic!("unsupported $ref `{reference}`: only #/definitions/… is handled"));
        self.root
            .get("definitions")
            .and_then(|d| d.get(name))
            .unwrap_or_else(|| panic!("$ref `{reference}` names no definition"))
    }

    /// True when `value` matches `schema`; records why not in `errors` when `record`.
    fn check(&mut self, schema: &'s Value, value: &Value, at: &str, record: bool) -> bool {
        let schema = match schema {
            Value::Bool(true) => return true,
            Value::Bool(false) => return self.fail(record, at, "schema `false` matches nothing"),
            Value::Object(o) => o,
            other => panic!("a schema should be an object or a boolean, found {other}"),
        };
        // Cheap keywords first, so that a `oneOf` option that does not apply
        // (a different `"type"` tag) fails before its properties are walked.
        let cheap = |k: &str| matches!(k, "type" | "enum" | "const" | "required");
        let ordered = schema
            .iter()
            .filter(|(k, _)| cheap(k))
            .chain(schema.iter().filter(|(k, _)| !cheap(k)));
        let mut ok = true;
        for (keyword, rule) in ordered {
            if !ok && !record {
                return false;
            }
            ok &= match keyword.as_str() {
                k if ANNOTATIONS.contains(&k) => true,
                "$ref" => {
                    let target = self.resolve(rule.as_str().expect("$ref is a string"));
                    self.check(target, value, at, record)
                }
                "type" => self.check_type(rule, value, at, record),
                "enum" => {
                    let allowed = rule.as_array().expect("enum is an array");
                    allowed.contains(value) || self.fail(record, at, &format!("{value} is not one of {rule}"))
                }
                "const" => rule == value || self.fail(record, at, &format!("{value} is not {rule}")),
                "properties" => self.check_properties(rule, value, at, record),
                "required" => self.check_required(rule, value, at, record),
                "additionalProperties" => self.check_additional(schema, rule, value, at, record),
                "items" => self.check_items(rule, value, at, record),
                "allOf" => rule
                    .as_array()
                    .expect("allOf is an array")
                    .iter()
                    .all(|s| self.check(s, value, at, record)),
                "anyOf" => {
                    let options = rule.as_array().expect("anyOf is an array");
                    options.iter().any(|s| self.check(s, value, at, false))
                        || self.fail(record, at, "matches none of anyOf")
                }
                "oneOf" => {
                    let options = rule.as_array().expect("oneOf is an array");
                    let matching = options.iter().filter(|s| self.check(s, value, at, false)).count();
                    matching == 1 || self.fail(record, at, &format!("matches {matching} of oneOf, not exactly 1"))
                }
                "minimum" => match (value.as_f64(), rule.as_f64()) {
                    (Some(v), Some(min)) => v >= min || self.fail(record, at, &format!("{v} < minimum {min}")),
                    _ => true,
                },
                "maximum" => match (value.as_f64(), rule.as_f64()) {
                    (Some(v), Some(max)) => v <= max || self.fail(record, at, &format!("{v} > maximum {max}")),
                    _ => true,
                },
                "format" => self.check_format(rule.as_str().expect("format is a string"), value, at, record),
                other => panic!("the validator does not know keyword `{other}`: teach it before trusting the test"),
            };
        }
        ok
    }

    fn fail(&mut self, record: bool, at: &str, why: &str) -> bool {
        if record && self.errors.len() < 20 {
            self.errors.push(format!("{at}: {why}"));
        }
        false
    }

    fn check_type(&mut self, rule: &Value, value: &Value, at: &str, record: bool) -> bool {
        let matches = |name: &str| match name {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            "number" => value.is_number(),
            "integer" => value.is_i64() || value.is_u64(),
            other => panic!("unknown type `{other}`"),
        };
        let ok = match rule {
            Value::String(name) => matches(name),
            Value::Array(names) => names
                .iter()
                .any(|n| matches(n.as_str().expect("type names are strings"))),
            other => panic!("type should be a string or an array, found {other}"),
        };
        ok || self.fail(record, at, &format!("{value} is not of type {rule}"))
    }

    fn check_properties(&mut self, rule: &'s Value, value: &Value, at: &str, record: bool) -> bool {
        let Some(object) = value.as_object() else { return true };
        let properties = rule.as_object().expect("properties is an object");
        // Tags (`"type": {"enum": ["paragraph"]}`) first: they decide a `oneOf` cheaply.
        let is_tag = |schema: &Value| schema.get("enum").is_some() || schema.get("const").is_some();
        let ordered = properties
            .iter()
            .filter(|(_, schema)| is_tag(schema))
            .chain(properties.iter().filter(|(_, schema)| !is_tag(schema)));
        let mut ok = true;
        for (name, schema) in ordered {
            if !ok && !record {
                return false;
            }
            if let Some(v) = object.get(name) {
                ok &= self.check(schema, v, &format!("{at}/{name}"), record);
            }
        }
        ok
    }

    fn check_required(&mut self, rule: &Value, value: &Value, at: &str, record: bool) -> bool {
        let Some(object) = value.as_object() else { return true };
        let mut ok = true;
        for name in rule.as_array().expect("required is an array") {
            let name = name.as_str().expect("required names are strings");
            if !object.contains_key(name) {
                ok = self.fail(record, at, &format!("missing required property `{name}`"));
            }
        }
        ok
    }

    fn check_additional(
        &mut self,
        schema: &'s Map<String, Value>,
        rule: &'s Value,
        value: &Value,
        at: &str,
        record: bool,
    ) -> bool {
        let Some(object) = value.as_object() else { return true };
        let declared = schema.get("properties").and_then(Value::as_object);
        let mut ok = true;
        for (name, v) in object {
            if declared.is_some_and(|d| d.contains_key(name)) {
                continue;
            }
            ok &= match rule {
                Value::Bool(false) => self.fail(record, at, &format!("property `{name}` is not allowed")),
                schema => self.check(schema, v, &format!("{at}/{name}"), record),
            };
        }
        ok
    }

    fn check_items(&mut self, rule: &'s Value, value: &Value, at: &str, record: bool) -> bool {
        let Some(items) = value.as_array() else { return true };
        let mut ok = true;
        match rule {
            Value::Array(tuple) => {
                for (i, (schema, v)) in tuple.iter().zip(items).enumerate() {
                    ok &= self.check(schema, v, &format!("{at}/{i}"), record);
                }
            }
            schema => {
                for (i, v) in items.iter().enumerate() {
                    ok &= self.check(schema, v, &format!("{at}/{i}"), record);
                }
            }
        }
        ok
    }

    fn check_format(&mut self, format: &str, value: &Value, at: &str, record: bool) -> bool {
        let Some(s) = value.as_str() else { return true };
        let ok = match format {
            "date" => chrono_like_date(s),
            // Formats the model does not use are annotations here.
            _ => true,
        };
        ok || self.fail(record, at, &format!("`{s}` is not a {format}"))
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
fn chrono_like_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
            (1..=12).contains(&m) && (1..=31).contains(&d)
        }
        _ => false,
    }
}

fn validate(schema: &Value, value: &Value) -> Vec<String> {
    let mut validator = Validator {
        root: schema,
        errors: Vec::new(),
    };
    validator.check(schema, value, "#", true);
    validator.errors
}

fn corpus() -> Vec<PathBuf> {
    let dir = root().join("corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/ should exist")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn parse_output_of_every_corpus_document_matches_the_schema() {
    let schema = load_schema();
    let files = corpus();
    assert!(
        files.len() >= 10,
        "corpus/ should hold the ten documents, found {}",
        files.len()
    );
    for path in files {
        let bytes = std::fs::read(&path).expect("corpus file is readable");
        let doc = plenary::parse_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{} should be accepted: {e}", name(&path)))
            .into_tree();
        let value = serde_json::to_value(&doc).expect("a document always serialises");
        let errors = validate(&schema, &value);
        assert!(
            errors.is_empty(),
            "parse output of {} should match docs/schema/document.schema.json:\n{}",
            name(&path),
            errors.join("\n")
        );
    }
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let schema = load_schema();
    let doc = serde_json::to_value(plenary::parse("1. Texte.\n").into_tree()).expect("serialises");
    assert!(validate(&schema, &doc).is_empty(), "a parsed document should validate");

    let mut missing = doc.clone();
    missing.as_object_mut().expect("object").remove("body");
    assert!(
        !validate(&schema, &missing).is_empty(),
        "a document without body should not validate"
    );

    let mut wrong_type = doc.clone();
    wrong_type["metadata"]["length"] = Value::String("long".into());
    assert!(
        !validate(&schema, &wrong_type).is_empty(),
        "a string length should not validate"
    );

    let mut bad_block = doc.clone();
    bad_block["body"] = serde_json::json!([{ "type": "no-such-block" }]);
    assert!(
        !validate(&schema, &bad_block).is_empty(),
        "an unknown block type should not validate"
    );

    let mut bad_date = doc;
    bad_date["metadata"]["date"] = Value::String("19 octobre 2012".into());
    assert!(
        !validate(&schema, &bad_date).is_empty(),
        "a date not in ISO 8601 should not validate"
    );
}
