//! The committed JSON Schema `docs/schema/document.schema.json` must be the one
//! the model types generate. After changing a model type, regenerate it with
//! `UPDATE_SCHEMA=1 cargo test -p plenary-model --test schema` and commit it.

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema/document.schema.json")
}

fn generated() -> String {
    let schema = schemars::schema_for!(plenary_model::Document);
    let mut json = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    json.push('\n');
    json
}

#[test]
fn committed_schema_matches_the_model() {
    let path = committed_path();
    let generated = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("should write docs/schema/document.schema.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/schema/document.schema.json is stale (or missing): the model types changed. \
         Run `UPDATE_SCHEMA=1 cargo test -p plenary-model --test schema` and commit the result."
    );
}

#[test]
fn schema_describes_a_tagged_block() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).expect("generated schema is JSON");
    let block = &schema["definitions"]["Block"];
    let text = block.to_string();
    assert!(
        text.contains("\"paragraph\"") && text.contains("\"type\""),
        "Block should be an enum tagged by \"type\" with a \"paragraph\" variant: {text}"
    );
    assert!(
        schema["required"]
            .as_array()
            .is_some_and(|r| r.iter().any(|k| k == "body")),
        "Document should require its body (lists are never optional)"
    );
}
