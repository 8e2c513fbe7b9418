//! Command-line arguments, parsed by hand: the grammar is small and a parser crate would
//! cost more build time than it saves. Arguments are `OsString`s and paths stay `PathBuf`s, so
//! a file name that is not UTF-8 (GBK, copied from Windows) is a path like any other.

use nianbao_core::Selection;
use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "\
nianbao — 政府信息公开工作年度报告检查工具 / checker for government information-disclosure annual reports

用法 Usage:
  nianbao check [--format human|concise|json|jsonl|csv|sarif] [--output FILE] [--lang zh|en]
                [--select CODES] [--ignore CODES] [--glob PATTERN] [--files-from LIST]
                [--jobs N] [--max-bytes N] [--summary] [--no-model] [--color auto|always|never] [--quiet]
                [--] PATH... | -
  nianbao rules [--markdown|--json] 列出全部规则 / list the rule catalogue
  nianbao rule CODE                 显示规则说明 / print a rule's documentation
  nianbao schema                    输出报告的 JSON Schema / print the JSON schema of --format json
  nianbao --version | --help

CODES: comma-separated codes, code prefixes, rule names or categories, e.g. NB3,cell,section-missing
Exit status: 0 no error finding; 1 some report has an error; 2 usage error or nothing readable.
`nianbao COMMAND --help` describes one command.";

pub const CHECK_USAGE: &str = "\
nianbao check — 检查年度报告 / check reports

用法 Usage: nianbao check [OPTIONS] [--] PATH... | -
  PATH                  文件或目录（递归，{EXTENSIONS}）/ a file or a directory (recursive)
  --format FORMAT       输出格式 / output format:
                          human   代码框：源文本行与标记 / code frames: the source line, a caret (default)
                          concise 每条一行 / one line per finding
                          json    一个文档（report.schema.json）/ one document
                          jsonl   每行一份报告，流式输出 / one report a line, streamed
                          csv     每行一条问题 / one row per finding
                          sarif   SARIF 2.1.0，供代码扫描工具 / for code-scanning tools
  --output FILE         写入文件而非标准输出 / write to FILE instead of standard output
  --no-model            json/jsonl 不含章节和表格 / json, jsonl: leave out sections and tables
  --glob PATTERN        目录中只检查匹配的文件（可多次；!PATTERN 排除）/ in directories, only
                        files matching PATTERN (repeatable; !PATTERN excludes), e.g. '**/2023/*.html'
  --files-from LIST     从文件逐行读取路径（- 为标准输入）/ paths one a line from LIST (- = stdin)
  --jobs N              并行数（默认为 CPU 数）/ files checked in parallel (default: CPUs)
  --max-bytes N         超过 N 字节的文件不读取（默认 32 MiB）/ files over N bytes are not read
  --max-docx-bytes N    Word 文档正文解压后的上限（默认 64 MiB）/ most bytes a .docx may expand to
  --summary             最后按规则、类别汇总，并列出错误最多的机关 / a closing summary table
                        (on standard error with machine-readable formats)
  --color auto|always|never
                        颜色（auto：仅终端）/ colours (auto: only on a terminal, not with NO_COLOR)
  --quiet, -q           不显示进度条和汇总行 / no progress bar, no closing line
  --lang zh|en          消息语言 / message language (default zh)
  --select CODES        只运行这些规则 / run only these rules
  --ignore CODES        不运行这些规则 / skip these rules (--ignore NB8: no cross-report checks)
  --                    其后均为文件 / everything after is a path
  -                     读取标准输入 / read standard input

同时检查同一机关相邻两年的报告时，还会核对上年结转、现行有效件数、照搬上年文字和重复报送（NB8xx）。
Reports of one body for consecutive years checked together are also compared (NB8xx).";

pub const RULES_USAGE: &str = "\
nianbao rules [--markdown|--json] — 列出全部规则 / list the rule catalogue
nianbao rule CODE — 显示规则说明 / print a rule's documentation (CODE, prefix or name)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Code frames.
    Human,
    /// One line per finding.
    Concise,
    Json,
    /// One report per line, streamed.
    Jsonl,
    /// One row per finding.
    Csv,
    /// SARIF 2.1.0.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// How `check` runs and writes (everything but which files and rules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckOptions {
    pub format: Format,
    pub lang: Lang,
    /// `--output`: a file instead of standard output.
    pub output: Option<PathBuf>,
    /// `--summary`: counts by rule and category and the bodies with most errors, at the end.
    pub summary: bool,
    /// `--no-model`: reports without sections and tables.
    pub no_model: bool,
    pub color: Color,
    pub quiet: bool,
    /// `--jobs`: 0 = as many as CPUs.
    pub jobs: usize,
    /// `--max-bytes`, `--max-docx-bytes`: the reader's limits, lowered (or raised) by hand.
    pub limits: nianbao_core::Limits,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check {
        paths: Vec<PathBuf>,
        /// `--files-from`: a file listing paths, one a line (`-`: standard input).
        files_from: Option<PathBuf>,
        /// `--glob`: patterns files found in directories must match (`!` excludes).
        globs: Vec<String>,
        selection: Selection,
        options: CheckOptions,
    },
    Rules {
        markdown: bool,
        json: bool,
    },
    Rule {
        key: String,
    },
    /// The JSON schema of `--format json` (docs/report.schema.json).
    Schema,
    /// Usage text to print (the general one or a command's).
    Help(&'static str),
    Version,
}

/// An argument as text, for options and codes (which are ASCII).
fn text(arg: OsString) -> Result<String, String> {
    arg.into_string().map_err(|a| format!("argument {:?} is not valid text", a.to_string_lossy()))
}

pub fn parse(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let Some(sub) = args.next() else {
        return Ok(Command::Help(USAGE));
    };
    match text(sub)?.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help(USAGE)),
        "-V" | "--version" => Ok(Command::Version),
        "rules" => {
            let (markdown, json) = match args.next().map(text).transpose()?.as_deref() {
                None => (false, false),
                Some("--markdown") => (true, false),
                Some("--json") => (false, true),
                Some("-h" | "--help") => return Ok(Command::Help(RULES_USAGE)),
                Some(other) => return Err(format!("unexpected argument {other:?}")),
            };
            Ok(Command::Rules { markdown, json })
        }
        "rule" => {
            let key = args.next().map(text).transpose()?.ok_or("rule needs a code, e.g. `nianbao rule NB101`")?;
            if key == "-h" || key == "--help" {
                return Ok(Command::Help(RULES_USAGE));
            }
            Ok(Command::Rule { key })
        }
        "schema" => match args.next().map(text).transpose()?.as_deref() {
            None => Ok(Command::Schema),
            Some(other) => Err(format!("unexpected argument {other:?}")),
        },
        "check" => parse_check(args),
        other => Err(format!("unknown command {other:?}")),
    }
}

fn parse_check(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut paths = Vec::new();
    let mut selection = Selection::default();
    let mut files_from = None;
    let mut globs = Vec::new();
    let mut options = CheckOptions {
        format: Format::Human,
        lang: Lang::Zh,
        output: None,
        summary: false,
        no_model: false,
        color: Color::Auto,
        quiet: false,
        jobs: 0,
        limits: nianbao_core::Limits::default(),
    };
    let list = |v: String| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect::<Vec<_>>();
    while let Some(arg) = args.next() {
        // Anything that is not an option (by its first byte) is a path, whatever its encoding.
        let is_option = arg.as_encoded_bytes().first() == Some(&b'-') && arg.len() > 1;
        if !is_option {
            paths.push(PathBuf::from(arg));
            continue;
        }
        let arg = text(arg)?;
        if arg == "--" {
            paths.extend(args.by_ref().map(PathBuf::from));
            break;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = || match inline.clone() {
            Some(v) => Ok(v),
            None => args.next().map(text).transpose()?.ok_or(format!("{flag} needs a value")),
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help(CHECK_USAGE)),
            "--format" | "-f" => {
                options.format = match value()?.as_str() {
                    "human" | "full" | "text" => Format::Human,
                    "concise" => Format::Concise,
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    "sarif" => Format::Sarif,
                    other => return Err(format!("unknown format {other:?} (human, concise, json, jsonl, csv, sarif)")),
                }
            }
            "--color" | "--colour" => {
                options.color = match value()?.as_str() {
                    "auto" => Color::Auto,
                    "always" => Color::Always,
                    "never" => Color::Never,
                    other => return Err(format!("unknown --color {other:?} (auto, always, never)")),
                }
            }
            "--jobs" | "-j" => {
                let v = value()?;
                options.jobs = v.parse().map_err(|_| format!("--jobs needs a number, not {v:?}"))?;
            }
            "--max-bytes" => {
                let v = value()?;
                options.limits.max_input_bytes =
                    v.parse().map_err(|_| format!("--max-bytes needs a number of bytes, not {v:?}"))?;
            }
            "--max-docx-bytes" => {
                let v = value()?;
                options.limits.max_docx_xml_bytes =
                    v.parse().map_err(|_| format!("--max-docx-bytes needs a number of bytes, not {v:?}"))?;
            }
            "--output" | "-o" => {
                let file = match inline.clone() {
                    Some(v) => OsString::from(v),
                    None => args.next().ok_or("--output needs a file")?,
                };
                options.output = Some(PathBuf::from(file));
            }
            "--glob" | "-g" => globs.push(value()?),
            "--no-model" => options.no_model = true,
            "--quiet" | "-q" => options.quiet = true,
            "--lang" => {
                options.lang = match value()?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => return Err(format!("unknown language {other:?} (zh, en)")),
                }
            }
            "--files-from" => {
                let list = match inline.clone() {
                    Some(v) => OsString::from(v),
                    None => args.next().ok_or("--files-from needs a file (or - for standard input)")?,
                };
                files_from = Some(PathBuf::from(list));
            }
            "--summary" => options.summary = true,
            "--select" => selection.select.extend(list(value()?)),
            "--ignore" => selection.ignore.extend(list(value()?)),
            f => return Err(format!("unknown option {f:?}")),
        }
    }
    if paths.is_empty() && files_from.is_none() {
        return Err("check needs at least one PATH (or - for standard input, or --files-from LIST)".into());
    }
    let unknown = selection.unknown_entries();
    if !unknown.is_empty() {
        return Err(format!("--select/--ignore: no rule matches {}", unknown.join(", ")));
    }
    Ok(Command::Check { paths, files_from, globs, selection, options })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Command, String> {
        parse(s.split_whitespace().map(OsString::from))
    }

    #[test]
    fn check_options() {
        let Ok(Command::Check { paths, selection, options, globs, .. }) = parse_str(
            "check --format=json --lang en --select NB1,structure --ignore NB104 -j 3 -o out.json -g *.txt a.txt -",
        ) else {
            panic!()
        };
        assert_eq!(paths, [PathBuf::from("a.txt"), PathBuf::from("-")]);
        assert_eq!((options.format, options.lang, options.jobs), (Format::Json, Lang::En, 3));
        assert_eq!(options.output, Some(PathBuf::from("out.json")));
        assert_eq!(globs, ["*.txt"]);
        assert_eq!(selection.select, ["NB1", "structure"]);
        assert_eq!(selection.ignore, ["NB104"]);
    }

    #[test]
    fn usage_errors() {
        assert!(parse_str("check").is_err());
        assert!(parse_str("check --format xml a").is_err());
        assert!(parse_str("check --jobs many a").is_err());
        assert!(parse_str("check --color sometimes a").is_err());
        assert!(parse_str("check --select NB999 a").is_err());
        assert!(parse_str("frobnicate").is_err());
    }

    #[test]
    fn double_dash_and_command_help() {
        let Ok(Command::Check { paths, .. }) = parse_str("check -- --format a.txt") else { panic!() };
        assert_eq!(paths, [PathBuf::from("--format"), PathBuf::from("a.txt")]);
        assert_eq!(parse_str("check --help"), Ok(Command::Help(CHECK_USAGE)));
        assert_eq!(parse_str("rules --help"), Ok(Command::Help(RULES_USAGE)));
    }

    #[cfg(unix)]
    #[test]
    fn a_gbk_file_name_is_a_path() {
        use std::os::unix::ffi::OsStringExt;
        // 年报.txt in GBK: not UTF-8.
        let name = OsString::from_vec(vec![0xC4, 0xEA, 0xB1, 0xA8, b'.', b't', b'x', b't']);
        let args = [OsString::from("check"), name.clone()];
        let Ok(Command::Check { paths, .. }) = parse(args.into_iter()) else { panic!() };
        assert_eq!(paths, [PathBuf::from(name)]);
    }
}
