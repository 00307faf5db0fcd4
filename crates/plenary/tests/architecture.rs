//! The direction of dependencies (docs/architecture.md): grammar, resolver
//! and render depend on the model only, never on each other, and the model
//! on no plenary crate. Read from each crate's `Cargo.toml`.

use std::path::PathBuf;

const INTERNAL: [&str; 6] = [
    "plenary-model",
    "plenary-grammar",
    "plenary-resolver",
    "plenary-render",
    "plenary",
    "plenary-cli",
];

/// The plenary crates named in the `[dependencies]` table of `crate_dir`.
fn internal_dependencies(crate_dir: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(crate_dir)
        .join("Cargo.toml");
    let manifest = std::fs::read_to_string(&path).expect("every crate has a Cargo.toml");
    let mut in_dependencies = false;
    let mut found = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]";
            continue;
        }
        if !in_dependencies {
            continue;
        }
        let name = line.split(['=', '.', ' ']).next().unwrap_or("").trim();
        if INTERNAL.contains(&name) {
            found.push(name.to_owned());
        }
    }
    found
}

#[test]
fn the_model_depends_on_no_plenary_crate() {
    assert_eq!(
        internal_dependencies("plenary-model"),
        Vec::<String>::new(),
        "plenary-model should depend on no other plenary crate"
    );
}

#[test]
fn grammar_resolver_and_render_depend_on_the_model_only() {
    for krate in ["plenary-grammar", "plenary-resolver", "plenary-render"] {
        assert_eq!(
            internal_dependencies(krate),
            ["plenary-model"],
            "{krate} should depend on plenary-model and on no other plenary crate"
        );
    }
}

#[test]
fn the_facade_joins_the_four_and_the_cli_uses_the_facade() {
    let mut facade = internal_dependencies("plenary");
    facade.sort();
    assert_eq!(
        facade,
        ["plenary-grammar", "plenary-model", "plenary-render", "plenary-resolver"],
        "plenary should depend on the four library crates"
    );
    assert_eq!(
        internal_dependencies("plenary-cli"),
        ["plenary"],
        "plenary-cli should reach the library through the facade only"
    );
}
