//! The `nianbao` binary end to end: exit codes, JSON that follows report.schema.json, human
//! output, rule docs.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");

fn nianbao(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(args)
        .current_dir(FIXTURES)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nianbao runs");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("nianbao finishes");
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

/// Validates `value` against the subset of JSON Schema that report.schema.json uses.
fn validate(schema: &Value, root: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let target = r.trim_start_matches("#/").split('/').fold(root, |s, k| &s[k]);
        return validate(target, root, value, path, errors);
    }
    if let Some(c) = schema.get("const") {
        if c != value {
            errors.push(format!("{path}: {value} is not {c}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(value) {
            errors.push(format!("{path}: {value} not in {e:?}"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "null" => value.is_null(),
            "boolean" => value.is_boolean(),
            _ => false,
        });
        if !ok {
            errors.push(format!("{path}: {value} is not {types:?}"));
            return;
        }
    }
    if let (Some(req), Some(obj)) = (schema.get("required").and_then(Value::as_array), value.as_object()) {
        for key in req.iter().filter_map(Value::as_str) {
            if !obj.contains_key(key) {
                errors.push(format!("{path}: missing {key}"));
            }
        }
    }
    if let (Some(props), Some(obj)) = (schema.get("properties").and_then(Value::as_object), value.as_object()) {
        for (key, sub) in props {
            if let Some(v) = obj.get(key) {
                validate(sub, root, v, &format!("{path}.{key}"), errors);
            }
        }
    }
    if let Some(arr) = value.as_array() {
        let len = arr.len() as u64;
        if schema.get("minItems").and_then(Value::as_u64).is_some_and(|m| len < m)
            || schema.get("maxItems").and_then(Value::as_u64).is_some_and(|m| len > m)
        {
            errors.push(format!("{path}: {len} items"));
        }
        if let Some(items) = schema.get("items") {
            for (i, v) in arr.iter().enumerate() {
                validate(items, root, v, &format!("{path}[{i}]"), errors);
            }
        }
    }
}

#[test]
fn json_output_follows_the_schema() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURES}/report.schema.json")).unwrap()).unwrap();
    let seeds = seeds();
    let mut args = vec!["check", "--format", "json"];
    args.extend(seeds.iter().map(String::as_str));
    let (code, stdout, stderr) = nianbao(&args, None);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
    let output: Value = serde_json::from_str(&stdout).expect("one JSON document");
    let mut errors = Vec::new();
    validate(&schema, &schema, &output, "$", &mut errors);
    assert!(errors.is_empty(), "{errors:#?}");
    let sources: Vec<&str> =
        output["reports"].as_array().unwrap().iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, seeds, "reports in input order, source as given");
    assert_eq!(output["reports"][3]["tables"]["applications"]["rows"][0]["values"][6], 3);
}

#[test]
fn stdin_and_exit_codes() {
    let (code, stdout, _) = nianbao(&["check", "--format", "json", "-"], Some("%PDF-1.4 binary".as_bytes()));
    assert_eq!(code, 1, "an unsupported input is an error finding");
    let output: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(output["reports"][0]["source"], "-");
    assert_eq!(output["reports"][0]["template"], "unknown");
    assert_eq!(output["reports"][0]["input"]["kind"], "unsupported");
    assert_eq!(output["reports"][0]["diagnostics"][0]["code"], "NB001");

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
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURES}/report.schema.json")).unwrap()).unwrap();
    let (code, stdout, stderr) = nianbao(&["check", "--format", "jsonl", "."], None);
    assert_eq!(code, 1, "seed 000 has errors: {stderr}");
    let reports: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON report a line")).collect();
    let sources: Vec<&str> = reports.iter().map(|r| r["source"].as_str().unwrap()).collect();
    // The seeds, then inputs/ and templates/ (name order, depth first); the schema is no report.
    let mut expected: Vec<String> = seeds().iter().map(|s| format!("./{s}")).collect();
    expected.extend(["./inputs/002-gbk.txt", "./inputs/sample-2023.docx"].map(String::from));
    expected.extend(["./templates/TEMPLATE-2019.txt", "./templates/TEMPLATE-2021.txt"].map(String::from));
    assert_eq!(sources, expected);
    let document = serde_json::json!({ "tool": "nianbao", "version": env!("CARGO_PKG_VERSION"), "reports": reports });
    let mut errors = Vec::new();
    validate(&schema, &schema, &document, "$", &mut errors);
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
