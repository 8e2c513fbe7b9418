//! Every rule shown by its fixtures, as ruff does: `tests/fixtures/rules/<CODE>/` holds a
//! report that raises the rule (`raises.*`) and one that does not (`passes.*`) — for the
//! cross-report rules, folders `raises/` and `passes/` of reports checked together — and the
//! rule's full human output on the first (code frames, related places, expected/found) is a
//! snapshot (`snapshots/rule_fixtures__<CODE>.snap`). An `args` file adds options
//! (`--max-bytes 10`). One test over the whole catalogue: a rule without fixtures fails it.

use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn nianbao(args: &[String]) -> (i32, String) {
    let mut cmd = assert_cmd::Command::cargo_bin("nianbao").expect("the nianbao binary");
    cmd.args(args).current_dir(ROOT);
    let out = cmd.output().expect("nianbao runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The catalogue's codes, from `nianbao rules`.
fn codes() -> Vec<String> {
    let (_, out) = nianbao(&["rules".to_owned()]);
    out.lines().filter_map(|l| l.split_whitespace().next()).filter(|c| c.starts_with("NB")).map(String::from).collect()
}

/// `raises`/`passes` in the rule's folder: a file of that stem, or a folder of files.
fn case(dir: &Path, stem: &str) -> Option<Vec<String>> {
    let relative = |p: &Path| p.strip_prefix(ROOT).unwrap_or(p).to_string_lossy().into_owned();
    let folder = dir.join(stem);
    if folder.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder).ok()?.filter_map(|e| Some(e.ok()?.path())).collect();
        files.sort();
        return Some(files.iter().map(|p| relative(p)).collect());
    }
    let file = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .find(|p| p.is_file() && p.file_stem().is_some_and(|s| s == stem))?;
    Some(vec![relative(&file)])
}

fn run(code: &str, extra: &[String], files: &[String]) -> String {
    let mut args: Vec<String> =
        ["check", "--select", code, "--format", "human", "--color", "never"].map(String::from).into();
    args.extend(extra.iter().cloned());
    args.push("--".into());
    args.extend(files.iter().cloned());
    nianbao(&args).1
}

#[test]
fn every_rule_raises_on_its_fixture_and_not_on_the_other() {
    let root = Path::new(ROOT).join("tests/fixtures/rules");
    let mut missing = Vec::new();
    let mut wrong = Vec::new();
    for code in codes() {
        let dir = root.join(&code);
        let (Some(raises), Some(passes)) = (case(&dir, "raises"), case(&dir, "passes")) else {
            missing.push(code);
            continue;
        };
        let extra: Vec<String> = std::fs::read_to_string(dir.join("args"))
            .map(|a| a.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        let marker = format!("[{code}]");
        let raised = run(&code, &extra, &raises);
        if !raised.contains(&marker) {
            wrong.push(format!("{code}: raises.* does not raise it:\n{raised}"));
        }
        let passed = run(&code, &extra, &passes);
        if passed.contains(&marker) {
            wrong.push(format!("{code}: passes.* raises it:\n{passed}"));
        }
        insta::assert_snapshot!(code.clone(), raised);
    }
    assert!(missing.is_empty(), "rules without fixtures in tests/fixtures/rules/: {missing:?}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
