//! The `nianbao` binary end to end: exit codes, JSON that follows docs/report.schema.json (and
//! the hand-written schema it replaced: the contract only grows), human output, rule docs.

use serde_json::Value;
use std::process::Command;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

fn nianbao(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    run_in(FIXTURES, args, stdin)
}

/// Runs the binary (assert_cmd) in `dir`: exit code, standard output, standard error.
fn run_in(dir: impl AsRef<std::path::Path>, args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut cmd = assert_cmd::Command::cargo_bin("nianbao").expect("the nianbao binary");
    cmd.args(args).current_dir(dir).write_stdin(stdin.unwrap_or_default());
    let out = cmd.output().expect("nianbao runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn seeds() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

/// Errors of `value` against a JSON Schema in tests/fixtures (the jsonschema crate).
fn schema_errors_in(path: &str, value: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    validator.iter_errors(value).map(|e| format!("{path}{}: {e}", e.instance_path)).collect()
}

const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/report.schema.json");

/// Errors of `--format json` output against the report schema: the one generated from the
/// contract crate (docs/report.schema.json) and the hand-written one it replaced (additions
/// only, so a consumer of the old shape still reads every report).
fn schema_errors(schema_file: &str, value: &Value) -> Vec<String> {
    if schema_file != "report.schema.json" {
        return schema_errors_in(&format!("{FIXTURES}/{schema_file}"), value);
    }
    let mut errors = schema_errors_in(SCHEMA, value);
    errors.extend(schema_errors_in(&format!("{FIXTURES}/report.schema.hand-written.json"), value));
    errors
}

/// docs/report.schema.json is generated from the contract crate and must not go stale.
/// Regenerate with: `cargo run -p nianbao-cli -- schema > docs/report.schema.json`
#[test]
fn the_schema_in_docs_is_the_contracts() {
    let (code, generated, _) = nianbao(&["schema"], None);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(SCHEMA).unwrap();
    assert!(
        generated == committed,
        "docs/report.schema.json is stale: cargo run -p nianbao-cli -- schema > docs/report.schema.json"
    );
}

#[test]
fn json_output_follows_the_schema() {
    let seeds = seeds();
    let mut args = vec!["check", "--format", "json"];
    args.extend(seeds.iter().map(String::as_str));
    let (code, stdout, stderr) = nianbao(&args, None);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
    let output: Value = serde_json::from_str(&stdout).expect("one JSON document");
    let errors = schema_errors("report.schema.json", &output);
    assert!(errors.is_empty(), "{errors:#?}");
    let sources: Vec<&str> =
        output["reports"].as_array().unwrap().iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, seeds, "reports in input order, source as given");
    assert_eq!(output["reports"][3]["tables"]["applications"]["rows"][0]["values"][6], 3);
}

#[test]
fn stdin_and_exit_codes() {
    let (code, stdout, _) = nianbao(&["check", "--format", "json", "-"], Some("%PDF-1.4 binary".as_bytes()));
    assert_eq!(code, 1, "an unreadable input is an error finding");
    let output: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(output["reports"][0]["source"], "-");
    assert_eq!(output["reports"][0]["template"], "unknown");
    assert_eq!(output["reports"][0]["input"]["kind"], "unsupported");
    assert_eq!(output["reports"][0]["diagnostics"][0]["code"], "NB009", "a damaged PDF");
    let (code, stdout, _) = nianbao(&["check", "--format", "json", "-"], Some(b"\x89PNG\r\n\x1a\n binary"));
    assert_eq!(code, 1);
    let output: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(output["reports"][0]["diagnostics"][0]["code"], "NB001", "an image");

    assert_eq!(nianbao(&["check", "no-such-file.txt"], None).0, 2, "nothing readable");
    assert_eq!(nianbao(&["check"], None).0, 2, "usage error");
    assert_eq!(nianbao(&["check", "--format", "xml", "a"], None).0, 2, "usage error");
}

#[test]
fn human_output_in_both_languages() {
    let (_, zh, _) = nianbao(&["check", "003_ee48f4fde292f35b.txt"], None);
    assert!(zh.contains("模板 2019 · 年度 2019 · 机关 靖宇县"), "{zh}");
    let (_, en, _) = nianbao(&["check", "--lang", "en", "003_ee48f4fde292f35b.txt"], None);
    assert!(en.contains("template 2019 · year 2019"), "{en}");
}

#[test]
fn rules_and_rule_docs() {
    let (code, list, _) = nianbao(&["rules"], None);
    assert_eq!(code, 0);
    assert!(list.contains("NB101") && list.contains("section-missing"));
    let (code, doc, _) = nianbao(&["rule", "NB101"], None);
    assert_eq!(code, 0);
    assert!(doc.contains("## What it does") && doc.contains("## How to fix"), "{doc}");
    assert_eq!(nianbao(&["rule", "NB999"], None).0, 2);
}

/// Issue 13: a file whose name is GBK (copied from Windows) is checked, not a panic.
#[cfg(unix)]
#[test]
fn a_gbk_file_name_is_checked() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir().join(format!("nianbao-gbk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // 年报.txt in GBK.
    let path = dir.join(std::ffi::OsStr::from_bytes(&[0xC4, 0xEA, 0xB1, 0xA8, b'.', b't', b'x', b't']));
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/002_f5a9199cbe66440d.txt"), &path)
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nianbao")).arg("check").arg("--").arg(&path).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

/// What a user sees for each seed: the whole human output of `nianbao check`, pinned.
#[test]
fn human_output_of_each_seed() {
    for seed in seeds() {
        let (code, out, _) = nianbao(&["check", &seed], None);
        let name = seed.split('_').next().unwrap_or(&seed).to_owned();
        insta::assert_snapshot!(format!("check_{name}"), format!("exit {code}\n{out}"));
    }
}

/// Batch use: a directory walked recursively in name order, `--files-from`, and `jsonl` with one
/// report a line whose lines together follow the schema.
#[test]
fn directories_files_from_and_jsonl() {
    // The PDFs have tests of their own (crate nianbao-pdf), the rules' fixtures theirs.
    let (code, stdout, stderr) =
        nianbao(&["check", "--format", "jsonl", "--glob", "!**/pdf/**", "--glob", "!**/rules/**", "."], None);
    assert_eq!(code, 1, "seed 000 has errors: {stderr}");
    let reports: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON report a line")).collect();
    let sources: Vec<&str> = reports.iter().map(|r| r["source"].as_str().unwrap()).collect();
    // The seeds, then inputs/ and templates/ (name order, depth first); the schema is no report.
    let mut expected: Vec<String> = seeds().iter().map(|s| format!("./{s}")).collect();
    expected.extend(["./inputs/002-gbk.txt", "./inputs/sample-2023.docx"].map(String::from));
    expected.extend(["./templates/TEMPLATE-2019.txt", "./templates/TEMPLATE-2021.txt"].map(String::from));
    assert_eq!(sources, expected);
    let document = serde_json::json!({ "tool": "nianbao", "version": env!("CARGO_PKG_VERSION"), "reports": reports });
    let errors = schema_errors("report.schema.json", &document);
    assert!(errors.is_empty(), "{errors:#?}");

    // The same files listed one a line, from standard input.
    let list: String = expected.iter().map(|p| format!("{p}\n")).collect();
    let (code, listed, _) = nianbao(&["check", "--format", "jsonl", "--files-from", "-"], Some(list.as_bytes()));
    assert_eq!(code, 1);
    assert_eq!(listed, stdout, "the same reports in the same order");

    // An empty directory is nothing to check.
    let empty = std::env::temp_dir().join(format!("nianbao-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    assert_eq!(nianbao(&["check", empty.to_str().unwrap()], None).0, 2);
    std::fs::remove_dir_all(&empty).ok();
}

#[test]
fn summary_counts_rules_and_ranks_bodies() {
    let (_, out, _) = nianbao(&["check", "--summary", "000_31a5ee1a3838ca0a.txt", "001_5572e4fa0af39e90.txt"], None);
    let table = &out[out.find("汇总：各规则").expect("the summary table")..];
    let spam = table.lines().find(|l| l.trim_start().starts_with("NB701")).expect("NB701 row");
    let counts: Vec<&str> = spam.split_whitespace().rev().take(2).collect();
    assert_eq!(counts, ["1", "3"], "3 findings in 1 report: {spam}");
    assert!(table.contains("错误最多的机关"), "{table}");
    // With jsonl the table goes to standard error, keeping standard output one report a line.
    let (_, stdout, stderr) = nianbao(&["check", "--summary", "--format", "jsonl", "001_5572e4fa0af39e90.txt"], None);
    assert_eq!(stdout.lines().count(), 1);
    assert!(stderr.contains("NB701"));
}

/// Every format on the same reports: concise and csv pinned as snapshots, sarif valid against
/// the SARIF 2.1.0 schema, json with `--no-model` still valid against report.schema.json.
#[test]
fn every_format() {
    let files = ["002_f5a9199cbe66440d.txt", "004_eb12dee647644d74.txt"];
    for format in ["concise", "csv"] {
        let (code, out, stderr) = nianbao(&[&["check", "--format", format][..], &files].concat(), None);
        insta::assert_snapshot!(format!("format_{format}"), format!("exit {code}\n{out}{stderr}"));
    }
    let (_, sarif, _) = nianbao(&[&["check", "--format", "sarif"][..], &files].concat(), None);
    let sarif: Value = serde_json::from_str(&sarif).expect("one SARIF document");
    let errors = schema_errors("sarif-schema-2.1.0.json", &sarif);
    assert!(errors.is_empty(), "{errors:#?}");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    assert!(results.iter().all(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64() > Some(0)));

    let (_, json, _) = nianbao(&[&["check", "--format", "json", "--no-model"][..], &files].concat(), None);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert!(schema_errors("report.schema.json", &json).is_empty());
    assert_eq!(json["reports"][0]["sections"], serde_json::json!([]));
    assert_eq!(json["reports"][0]["tables"], serde_json::json!({}));

    // Code frames: the source line and a caret; colours only when asked.
    let (_, plain, _) = nianbao(&["check", "--color", "never", files[0]], None);
    assert!(plain.contains("14 | | 规范性文件 | 0 | 0 | 1 |") && plain.contains("^^^"), "{plain}");
    assert!(!plain.contains('\x1b'));
    let (_, coloured, _) = nianbao(&["check", "--color", "always", files[0]], None);
    assert!(coloured.contains('\x1b'));
}

/// `--output`, `--glob`, `--jobs`: the same reports in the same order on any number of threads.
#[test]
fn output_file_globs_and_jobs() {
    let (_, one, _) = nianbao(&["check", "--format", "jsonl", "--jobs", "1", "."], None);
    let (_, four, _) = nianbao(&["check", "--format", "jsonl", "--jobs", "4", "."], None);
    assert_eq!(one, four);
    let (_, globbed, _) =
        nianbao(&["check", "--format", "jsonl", "--glob", "**/TEMPLATE-*", "--glob", "!*2019*", "."], None);
    let sources: Vec<String> = globbed
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["source"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(sources, ["./templates/TEMPLATE-2021.txt"]);
    let out = std::env::temp_dir().join(format!("nianbao-out-{}.csv", std::process::id()));
    let (code, stdout, _) =
        nianbao(&["check", "--format", "csv", "--output", out.to_str().unwrap(), "000_31a5ee1a3838ca0a.txt"], None);
    assert_eq!((code, stdout.as_str()), (1, ""));
    let csv = std::fs::read_to_string(&out).unwrap();
    std::fs::remove_file(&out).ok();
    assert!(csv.starts_with("file,agency,year,template,code,") && csv.contains(",NB303,"), "{csv}");
}

/// Seed 002 (2023) moved to another year: every four-digit year shifted by `by`.
fn shifted(text: &str, by: i32) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    for c in text.chars().chain(['\0']) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        match digits.parse::<i32>() {
            Ok(y) if digits.len() == 4 && (2000..2100).contains(&y) => out.push_str(&(y + by).to_string()),
            _ => out.push_str(&digits),
        }
        digits.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

/// Three consecutive years of one body (a chain), one carry-over broken between the second
/// and the third; and the same report filed twice.
#[test]
fn cross_year_chain_and_duplicate() {
    let seed = std::fs::read_to_string(format!("{FIXTURES}/002_f5a9199cbe66440d.txt")).unwrap();
    let dir = std::env::temp_dir().join(format!("nianbao-chain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let row4 = "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
    let y2021 = shifted(&seed, -2);
    let y2022 = shifted(&seed, -1).replace(row4, "| 四、结转下年度继续办理 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |");
    // Files named so that the later year comes first: pairing is by body and year, not order.
    for (name, text) in [("a-2023.txt", seed.as_str()), ("b-2022.txt", &y2022), ("c-2021.txt", &y2021)] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (code, out, stderr) = run_in(&dir, &["check", "--format", "jsonl", "--select", "NB801,NB804", "."], None);
    let reports: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(code, 1, "{stderr}");
    let codes = |r: &Value| -> Vec<String> {
        r["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(codes(&reports[0]), ["NB801", "NB801"], "2023 carries in 0 where 2022 carried over 1 (商业企业, 总计)");
    assert!(codes(&reports[1]).is_empty(), "2021 → 2022 is consistent");
    assert!(codes(&reports[2]).is_empty());
    let d = &reports[0]["diagnostics"][0];
    assert_eq!(d["related_source"], "./b-2022.txt");
    assert_eq!((d["expected"].as_str(), d["found"].as_str()), (Some("1"), Some("0")));
    let document = serde_json::json!({ "tool": "nianbao", "version": env!("CARGO_PKG_VERSION"), "reports": reports });
    assert!(schema_errors("report.schema.json", &document).is_empty());

    // Human output points at last year's cell.
    let (_, human, _) = run_in(&dir, &["check", "--select", "NB801", "a-2023.txt", "b-2022.txt"], None);
    assert!(human.contains("b-2022.txt:57:"), "{human}");
    // Checked alone, a report has no cross-report finding; --ignore NB8 turns them off.
    assert_eq!(run_in(&dir, &["check", "--select", "NB8", "a-2023.txt"], None).0, 0);
    let (_, ignored, _) = run_in(&dir, &["check", "--format", "concise", "--ignore", "NB8", "."], None);
    assert!(!ignored.contains("NB80"), "{ignored}");

    // The same report filed twice.
    std::fs::write(dir.join("d-copy.txt"), &seed).unwrap();
    let (_, out, _) = run_in(&dir, &["check", "--format", "jsonl", "--select", "NB804", "."], None);
    let reports: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(codes(&reports[3]), ["NB804"]);
    assert_eq!(reports[3]["diagnostics"][0]["related_source"], "./a-2023.txt");
    std::fs::remove_dir_all(&dir).ok();
}

/// The machine-readable formats of one seed, pinned: jsonl without the model, and the SARIF
/// results (the rule catalogue of the driver is left out: it is the catalogue).
#[test]
fn machine_formats_of_a_seed() {
    let (code, jsonl, _) = nianbao(&["check", "--format", "jsonl", "--no-model", "004_eb12dee647644d74.txt"], None);
    let report: Value = serde_json::from_str(&jsonl).unwrap();
    insta::assert_snapshot!(
        "format_jsonl_no_model",
        format!("exit {code}\n{}", serde_json::to_string_pretty(&report).unwrap())
    );
    let (_, sarif, _) = nianbao(&["check", "--format", "sarif", "004_eb12dee647644d74.txt"], None);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let results = serde_json::to_string_pretty(&sarif["runs"][0]["results"]).unwrap();
    insta::assert_snapshot!("format_sarif_results", results);
}

/// The file kinds read are one list (`nianbao_core::read::FILE_EXTENSIONS`): the help names
/// them all, and so does README's "What it reads".
#[test]
fn the_file_kinds_read_are_named_by_the_help_and_the_readme() {
    let (_, help, _) = nianbao(&["check", "--help"], None);
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let reads = readme.split("## What it reads").nth(1).and_then(|s| s.split("\n## ").next()).unwrap_or("");
    for ext in nianbao_core::read::FILE_EXTENSIONS {
        assert!(help.contains(&format!(".{ext}")), "help lacks .{ext}");
        assert!(reads.contains(&format!("`.{ext}`")), "README's What it reads lacks `.{ext}`");
    }
}
