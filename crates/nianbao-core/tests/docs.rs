//! docs/rules.md is generated from the rules' doc comments and must not go stale.
//! Regenerate with: `cargo run -p nianbao-cli -- rules --markdown > docs/rules.md`

/// Fails when `file` (relative to the repository) is not what its generator prints now.
fn assert_current(file: &str, generated: &str, flag: &str) {
    let path = format!("{}/../../{file}", env!("CARGO_MANIFEST_DIR"));
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(on_disk == generated, "{file} is stale: run `cargo run -p nianbao-cli -- rules {flag} > {file}`");
}

#[test]
fn rule_catalogue_page_is_current() {
    assert_current("docs/rules.md", &nianbao_core::rules::catalogue_markdown(), "--markdown");
}

/// web/embed/rules.json (the web UI's rule pages) is generated from the same doc comments.
/// Regenerate with: `cargo run -p nianbao-cli -- rules --json > web/embed/rules.json`
#[test]
fn rule_pages_of_the_web_ui_are_current() {
    assert_current("web/embed/rules.json", &nianbao_core::rules::catalogue_json(), "--json");
}

/// Every rule has its page in Chinese, in Ruff's shape: what, why, example, fix, references.
#[test]
fn every_rule_has_its_page_in_chinese() {
    let expected = ["## 规则说明", "## 为什么是问题", "## 示例", "## 如何修改", "## 依据"];
    for m in nianbao_core::rules::catalogue() {
        let headings: Vec<&str> = m.doc_zh.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings, expected, "{}", m.code);
        for part in m.doc_zh.split("## ").skip(1) {
            assert!(part.lines().skip(1).any(|l| !l.trim().is_empty()), "{}: an empty part {part:?}", m.code);
        }
    }
}
