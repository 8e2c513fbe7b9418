//! docs/rules.md is generated from the rules' doc comments and must not go stale.
//! Regenerate with: `cargo run -p nianbao-cli -- rules --markdown > docs/rules.md`

#[test]
fn rule_catalogue_page_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/rules.md");
    let generated = nianbao_core::rules::catalogue_markdown();
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/rules.md is stale: run `cargo run -p nianbao-cli -- rules --markdown > docs/rules.md`"
    );
}
