//! Command-line arguments, parsed by hand: the grammar is small and a parser crate would
//! cost more build time than it saves. Arguments are `OsString`s and paths stay `PathBuf`s, so
//! a file name that is not UTF-8 (GBK, copied from Windows) is a path like any other.

use nianbao_core::Selection;
use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "\
nianbao — 政府信息公开工作年度报告检查工具 / checker for government information-disclosure annual reports

用法 Usage:
  nianbao check [--format human|json|jsonl] [--lang zh|en] [--select CODES] [--ignore CODES]
                [--files-from LIST] [--summary] [--] PATH... | -
  nianbao rules [--markdown]        列出全部规则 / list the rule catalogue
  nianbao rule CODE                 显示规则说明 / print a rule's documentation
  nianbao --version | --help

CODES: comma-separated codes, code prefixes, rule names or categories, e.g. NB3,cell,section-missing
Exit status: 0 no error finding; 1 some report has an error; 2 usage error or nothing readable.
`nianbao COMMAND --help` describes one command.";

pub const CHECK_USAGE: &str = "\
nianbao check — 检查年度报告 / check reports

用法 Usage: nianbao check [OPTIONS] [--] PATH... | -
  PATH                  文件或目录（递归，.txt/.html/.docx/.md）/ a file or a directory (recursive)
  --format human|json|jsonl
                        输出格式 / output format (default human; jsonl: one report a line, streamed)
  --files-from LIST     从文件逐行读取路径（- 为标准输入）/ paths one a line from LIST (- = stdin)
  --summary             最后按规则、类别汇总，并列出错误最多的机关 / a closing summary table
                        (on standard error with json/jsonl)
  --lang zh|en          消息语言 / message language (default zh)
  --select CODES        只运行这些规则 / run only these rules
  --ignore CODES        不运行这些规则 / skip these rules
  --                    其后均为文件 / everything after is a path
  -                     读取标准输入 / read standard input";

pub const RULES_USAGE: &str = "\
nianbao rules [--markdown] — 列出全部规则 / list the rule catalogue
nianbao rule CODE — 显示规则说明 / print a rule's documentation (CODE, prefix or name)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    /// One report per line, streamed.
    Jsonl,
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
        /// `--summary`: counts by rule and category and the bodies with most errors, at the end.
        summary: bool,
        format: Format,
        lang: Lang,
        selection: Selection,
    },
    Rules {
        markdown: bool,
    },
    Rule {
        key: String,
    },
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
            let markdown = match args.next().map(text).transpose()?.as_deref() {
                None => false,
                Some("--markdown") => true,
                Some("-h" | "--help") => return Ok(Command::Help(RULES_USAGE)),
                Some(other) => return Err(format!("unexpected argument {other:?}")),
            };
            Ok(Command::Rules { markdown })
        }
        "rule" => {
            let key = args.next().map(text).transpose()?.ok_or("rule needs a code, e.g. `nianbao rule NB101`")?;
            if key == "-h" || key == "--help" {
                return Ok(Command::Help(RULES_USAGE));
            }
            Ok(Command::Rule { key })
        }
        "check" => parse_check(args),
        other => Err(format!("unknown command {other:?}")),
    }
}

fn parse_check(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut paths = Vec::new();
    let mut format = Format::Human;
    let mut lang = Lang::Zh;
    let mut selection = Selection::default();
    let mut files_from = None;
    let mut summary = false;
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
                format = match value()?.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "human" | "text" => Format::Human,
                    other => return Err(format!("unknown format {other:?} (human, json, jsonl)")),
                }
            }
            "--lang" => {
                lang = match value()?.as_str() {
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
            "--summary" => summary = true,
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
    Ok(Command::Check { paths, files_from, summary, format, lang, selection })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Command, String> {
        parse(s.split_whitespace().map(OsString::from))
    }

    #[test]
    fn check_options() {
        let Ok(Command::Check { paths, format, lang, selection, .. }) =
            parse_str("check --format=json --lang en --select NB1,structure --ignore NB104 a.txt -")
        else {
            panic!()
        };
        assert_eq!(paths, [PathBuf::from("a.txt"), PathBuf::from("-")]);
        assert_eq!((format, lang), (Format::Json, Lang::En));
        assert_eq!(selection.select, ["NB1", "structure"]);
        assert_eq!(selection.ignore, ["NB104"]);
    }

    #[test]
    fn usage_errors() {
        assert!(parse_str("check").is_err());
        assert!(parse_str("check --format xml a").is_err());
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
