//! `nianbao`: the command-line front end. Arguments, files and output formats; the checking
//! itself is `nianbao_core::check`.

mod args;
mod human;

use args::{Command, Format, Lang};
use nianbao_core::{CheckOutput, Options, Report, Severity};
use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("nianbao: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help(usage) => {
            println!("{usage}");
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("nianbao {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Rules { markdown } => {
            if markdown {
                print!("{}", nianbao_core::rules::catalogue_markdown());
            } else {
                for m in nianbao_core::rules::catalogue() {
                    println!(
                        "{}  {:<28} {:<10} {:<7} {}",
                        m.code,
                        m.name,
                        m.category.as_str(),
                        m.severity.as_str(),
                        m.summary_zh
                    );
                }
            }
            ExitCode::SUCCESS
        }
        Command::Rule { key } => match nianbao_core::rules::find(&key) {
            Some(m) => {
                println!(
                    "# {} ({})\n\n{} · {}\n\n{}\n{}\n",
                    m.code,
                    m.name,
                    m.category.as_str(),
                    m.severity.as_str(),
                    m.summary_zh,
                    m.summary_en
                );
                print!("{}", nianbao_core::rules::doc_text(m));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("nianbao: no rule {key:?}; `nianbao rules` lists them");
                ExitCode::from(2)
            }
        },
        Command::Check { paths, format, lang, selection } => check(&paths, format, lang, selection),
    }
}

fn check(paths: &[std::path::PathBuf], format: Format, lang: Lang, selection: nianbao_core::Selection) -> ExitCode {
    let options = Options { selection, ..Options::default() };
    let mut reports: Vec<Report> = Vec::with_capacity(paths.len());
    let mut unreadable = 0;
    for path in paths {
        // A name that is not UTF-8 (GBK from Windows) is shown with replacement characters.
        let name = path.to_string_lossy();
        let bytes = if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(path)
        };
        match bytes {
            Ok(bytes) => reports.push(nianbao_core::check(&bytes, &name, &options)),
            Err(e) => {
                eprintln!("nianbao: {name}: {e}");
                unreadable += 1;
            }
        }
    }
    let output = CheckOutput::new(reports);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &output).map_err(std::io::Error::from).and_then(|_| writeln!(out))
        }
        Format::Human => human::write(&mut out, &output, lang),
    };
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("nianbao: {e}");
        }
        return ExitCode::from(2);
    }
    if output.reports.is_empty() || unreadable == paths.len() {
        return ExitCode::from(2);
    }
    let any_error = output.reports.iter().any(|r| r.diagnostics.iter().any(|d| d.severity == Severity::Error));
    if any_error || unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
