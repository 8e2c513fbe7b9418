//! Command-line arguments, parsed by hand: the grammar is small and a parser crate would
//! cost more build time than it saves.

use nianbao_core::Selection;

pub const USAGE: &str = "\
nianbao — 政府信息公开工作年度报告检查工具 / checker for government information-disclosure annual reports

用法 Usage:
  nianbao check [--format human|json] [--lang zh|en] [--select CODES] [--ignore CODES] PATH... | -
  nianbao rules [--markdown]        列出全部规则 / list the rule catalogue
  nianbao rule CODE                 显示规则说明 / print a rule's documentation
  nianbao --version | --help

CODES: comma-separated codes, code prefixes, rule names or categories, e.g. NB3,cell,section-missing
Exit status: 0 no error finding; 1 some report has an error; 2 usage error or nothing readable.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check { paths: Vec<String>, format: Format, lang: Lang, selection: Selection },
    Rules { markdown: bool },
    Rule { key: String },
    Help,
    Version,
}

pub fn parse(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let Some(sub) = args.next() else {
        return Ok(Command::Help);
    };
    match sub.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "rules" => {
            let markdown = match args.next().as_deref() {
                None => false,
                Some("--markdown") => true,
                Some(other) => return Err(format!("unexpected argument {other:?}")),
            };
            Ok(Command::Rules { markdown })
        }
        "rule" => {
            let key = args.next().ok_or("rule needs a code, e.g. `nianbao rule NB101`")?;
            Ok(Command::Rule { key })
        }
        "check" => parse_check(args),
        other => Err(format!("unknown command {other:?}")),
    }
}

fn parse_check(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut paths = Vec::new();
    let mut format = Format::Human;
    let mut lang = Lang::Zh;
    let mut selection = Selection::default();
    let list = |v: String| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect::<Vec<_>>();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = || inline.clone().or_else(|| args.next()).ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--format" | "-f" => {
                format = match value()?.as_str() {
                    "json" => Format::Json,
                    "human" | "text" => Format::Human,
                    other => return Err(format!("unknown format {other:?} (human, json)")),
                }
            }
            "--lang" => {
                lang = match value()?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => return Err(format!("unknown language {other:?} (zh, en)")),
                }
            }
            "--select" => selection.select.extend(list(value()?)),
            "--ignore" => selection.ignore.extend(list(value()?)),
            "-" => paths.push(arg),
            f if f.starts_with('-') => return Err(format!("unknown option {f:?}")),
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        return Err("check needs at least one PATH (or - for standard input)".into());
    }
    let unknown = selection.unknown_entries();
    if !unknown.is_empty() {
        return Err(format!("--select/--ignore: no rule matches {}", unknown.join(", ")));
    }
    Ok(Command::Check { paths, format, lang, selection })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Command, String> {
        parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn check_options() {
        let Ok(Command::Check { paths, format, lang, selection }) =
            parse_str("check --format=json --lang en --select NB1,structure --ignore NB104 a.txt -")
        else {
            panic!()
        };
        assert_eq!(paths, ["a.txt", "-"]);
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
}
