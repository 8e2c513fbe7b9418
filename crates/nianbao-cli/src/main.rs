//! `nianbao`: the command-line front end. Arguments, files and output formats; the checking
//! itself is `nianbao_core::check`.

mod args;
mod human;
mod inputs;
mod summary;

use args::{Command, Format, Lang};
use nianbao_core::{CheckOutput, Options, Report, Severity};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
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
        Command::Check { paths, files_from, summary, format, lang, selection } => {
            check(&paths, files_from.as_deref(), summary, format, lang, selection)
        }
    }
}

/// Checks every file, writing each report as it is done (human, jsonl) or all at the end
/// (json, one document). Output is buffered: one write per 64 KB, not per line.
fn check(
    paths: &[PathBuf],
    files_from: Option<&Path>,
    with_summary: bool,
    format: Format,
    lang: Lang,
    selection: nianbao_core::Selection,
) -> ExitCode {
    let files = match inputs::expand(paths, files_from) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("nianbao: {e}");
            return ExitCode::from(2);
        }
    };
    let options = Options { selection, ..Options::default() };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut kept: Vec<Report> = Vec::new();
    let (mut checked, mut with_errors, mut unreadable) = (0usize, 0usize, 0usize);
    let mut written: std::io::Result<()> = Ok(());
    let mut tally = with_summary.then(summary::Summary::default);
    for path in &files {
        // A name that is not UTF-8 (GBK from Windows) is shown with replacement characters.
        let name = path.to_string_lossy();
        let bytes = if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(path)
        };
        let report = match bytes {
            Ok(bytes) => nianbao_core::check(&bytes, &name, &options),
            Err(e) => {
                eprintln!("nianbao: {name}: {e}");
                unreadable += 1;
                continue;
            }
        };
        checked += 1;
        with_errors += usize::from(report.diagnostics.iter().any(|d| d.severity == Severity::Error));
        if let Some(t) = tally.as_mut() {
            t.add(&report);
        }
        written = match format {
            Format::Human => human::write_report(&mut out, &report, lang),
            Format::Jsonl => serde_json::to_writer(&mut out, &report)
                .map_err(std::io::Error::from)
                .and_then(|_| out.write_all(b"\n")),
            Format::Json => {
                kept.push(report);
                Ok(())
            }
        };
        if written.is_err() {
            break;
        }
    }
    if written.is_ok() {
        written = match format {
            Format::Human => human::write_total(&mut out, checked, with_errors, lang),
            Format::Json => serde_json::to_writer_pretty(&mut out, &CheckOutput::new(kept))
                .map_err(std::io::Error::from)
                .and_then(|_| writeln!(out)),
            Format::Jsonl => Ok(()),
        };
    }
    if let (Some(t), true) = (tally.as_mut(), written.is_ok()) {
        // With machine-readable output, the table goes to standard error.
        written = match format {
            Format::Human => t.write(&mut out, lang),
            Format::Json | Format::Jsonl => t.write(&mut std::io::stderr().lock(), lang),
        };
    }
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("nianbao: {e}");
        }
        return ExitCode::from(2);
    }
    if checked == 0 {
        if files.is_empty() {
            eprintln!("nianbao: no report files found");
        }
        return ExitCode::from(2);
    }
    if with_errors > 0 || unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
