//! `nianbao`: the command-line front end. Arguments, files and output formats; the checking
//! itself is `nianbao_core::check`.

mod args;
mod inputs;
mod output;
mod run;
mod summary;

use args::Command;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
            // The file kinds are the core's one list.
            println!("{}", usage.replace("{EXTENSIONS}", &nianbao_core::read::file_extensions_listed("/")));
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("nianbao {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Schema => {
            print!("{}", nianbao_report::json_schema());
            ExitCode::SUCCESS
        }
        Command::Rules { markdown, json } => {
            if json {
                print!("{}", nianbao_core::rules::catalogue_json());
            } else if markdown {
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
                // Chinese first, as the web UI shows it; then the doc comment.
                print!("{}\n---\n\n{}", m.doc_zh, nianbao_core::rules::doc_text(m));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("nianbao: no rule {key:?}; `nianbao rules` lists them");
                ExitCode::from(2)
            }
        },
        Command::Check { paths, files_from, globs, selection, options } => {
            run::check(&paths, files_from.as_deref(), &globs, selection, &options)
        }
    }
}
