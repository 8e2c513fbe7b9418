//! `nianbao check`: files checked in parallel (rayon), written in the order given.
//!
//! When several files are checked and a cross-report rule is selected, a first pass reads
//! every file into a small digest (in parallel, nothing kept but the digests) and compares
//! them (`nianbao_core::check_set`); the second pass checks each file, adds its cross-report
//! findings and writes it. Files go through the workers in chunks, so memory holds one chunk
//! of reports, never the corpus; the output streams in every format.

use crate::args::{CheckOptions, Color, Format};
use crate::inputs::{self, Globs};
use crate::output::{self, Pieces, Style};
use crate::summary::Summary;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use nianbao_core::{Diagnostic, Digest, Options, Report, Selection, Severity};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Files handed to the workers at a time: enough to keep every core busy, few enough that
/// their reports fit in memory whatever the corpus.
const CHUNK: usize = 512;

/// A progress bar is drawn for runs of at least this many files.
const PROGRESS_FROM: usize = 20;

/// What a worker hands back for one file.
enum Outcome {
    Checked { report: Box<Report>, piece: Vec<u8> },
    Unreadable { name: String, error: io::Error },
}

pub fn check(
    paths: &[PathBuf],
    files_from: Option<&Path>,
    globs: &[String],
    selection: Selection,
    options: &CheckOptions,
) -> ExitCode {
    let files = match Globs::new(globs).and_then(|g| inputs::expand(paths, files_from, &g).map_err(|e| e.to_string())) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("nianbao: {e}");
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        eprintln!("nianbao: no report files found");
        return ExitCode::from(2);
    }
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(options.jobs).build() {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("nianbao: {e}");
            return ExitCode::from(2);
        }
    };
    // Standard input can be read once only.
    let stdin = if files.iter().any(|f| f.as_os_str() == "-") {
        let mut buf = Vec::new();
        match io::stdin().read_to_end(&mut buf) {
            Ok(_) => Some(buf),
            Err(e) => {
                eprintln!("nianbao: -: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        None
    };
    let load = |path: &Path| match &stdin {
        Some(bytes) if path.as_os_str() == "-" => Ok(bytes.clone()),
        _ => std::fs::read(path),
    };
    let core_options = Options { selection, ..Options::default() };
    let progress = progress_bar(files.len(), options.quiet);

    let mut cross = if files.len() > 1 && nianbao_core::rules::cross::any_selected(&core_options.selection) {
        progress.set_message(if options.lang == crate::args::Lang::Zh { "比对" } else { "comparing" });
        let found = pool.install(|| cross_findings(&files, &load, &core_options, &progress));
        progress.set_position(0);
        found
    } else {
        HashMap::new()
    };
    progress.set_message(if options.lang == crate::args::Lang::Zh { "检查" } else { "checking" });

    let style = Style {
        format: options.format,
        lang: options.lang,
        color: match options.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                options.output.is_none() && io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        },
    };
    let sink: Box<dyn Write> = match &options.output {
        Some(path) => match std::fs::File::create(path) {
            Ok(file) => Box::new(file),
            Err(e) => {
                eprintln!("nianbao: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(64 * 1024, sink);
    let mut pieces = Pieces::default();
    let mut tally = options.summary.then(Summary::default);
    let (mut checked, mut with_errors, mut unreadable) = (0usize, 0usize, 0usize);
    let mut written = output::begin(&mut out, &style);
    for (n, chunk) in files.chunks(CHUNK).enumerate() {
        if written.is_err() {
            break;
        }
        let base = n * CHUNK;
        let extra: Vec<Vec<Diagnostic>> =
            (base..base + chunk.len()).map(|i| cross.remove(&i).unwrap_or_default()).collect();
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .par_iter()
                .zip(extra)
                .map(|(path, extra)| {
                    let outcome = check_one(path, &load, &core_options, extra, options.no_model, &style);
                    progress.inc(1);
                    outcome
                })
                .collect()
        });
        for outcome in outcomes {
            match outcome {
                Outcome::Checked { report, piece } => {
                    checked += 1;
                    with_errors += usize::from(report.diagnostics.iter().any(|d| d.severity == Severity::Error));
                    if let Some(t) = tally.as_mut() {
                        t.add(&report);
                    }
                    written = pieces.write(&mut out, &style, &piece);
                }
                Outcome::Unreadable { name, error } => {
                    progress.suspend(|| eprintln!("nianbao: {name}: {error}"));
                    unreadable += 1;
                }
            }
            if written.is_err() {
                break;
            }
        }
    }
    progress.finish_and_clear();
    if written.is_ok() {
        written = output::end(&mut out, &style, checked, with_errors, options.quiet);
    }
    if let (Some(t), true) = (tally.as_mut(), written.is_ok()) {
        // With machine-readable output, the table goes to standard error.
        written = match style.format {
            Format::Human | Format::Concise => t.write(&mut out, options.lang),
            Format::Json | Format::Jsonl | Format::Csv | Format::Sarif => {
                t.write(&mut io::stderr().lock(), options.lang)
            }
        };
    }
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("nianbao: {e}");
        }
        return ExitCode::from(2);
    }
    if checked == 0 {
        return ExitCode::from(2);
    }
    if with_errors > 0 || unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn progress_bar(files: usize, quiet: bool) -> ProgressBar {
    if quiet || files < PROGRESS_FROM || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} {per_sec} {eta}") {
        bar.set_style(style);
    }
    bar
}

/// Pass 1: every file's digest, compared; the findings by file index.
fn cross_findings(
    files: &[PathBuf],
    load: &(impl Fn(&Path) -> io::Result<Vec<u8>> + Sync),
    options: &Options,
    progress: &ProgressBar,
) -> HashMap<usize, Vec<Diagnostic>> {
    let digests: Vec<(usize, Digest)> = files
        .par_iter()
        .enumerate()
        .filter_map(|(i, path)| {
            let digest = load(path).ok().map(|bytes| {
                let name = path.to_string_lossy();
                Digest::of(&name, &nianbao_core::read(&bytes, &name, options))
            });
            progress.inc(1);
            digest.map(|d| (i, d))
        })
        .collect();
    let (indices, digests): (Vec<usize>, Vec<Digest>) = digests.into_iter().unzip();
    let mut by_file: HashMap<usize, Vec<Diagnostic>> = HashMap::new();
    for f in nianbao_core::check_set(&digests, &options.selection) {
        by_file.entry(indices[f.report]).or_default().push(f.diagnostic);
    }
    by_file
}

/// Pass 2, one file: read, checked, cross-report findings added, rendered.
fn check_one(
    path: &Path,
    load: &impl Fn(&Path) -> io::Result<Vec<u8>>,
    options: &Options,
    cross: Vec<Diagnostic>,
    no_model: bool,
    style: &Style,
) -> Outcome {
    // A name that is not UTF-8 (GBK from Windows) is shown with replacement characters.
    let name = path.to_string_lossy();
    let bytes = match load(path) {
        Ok(bytes) => bytes,
        Err(error) => return Outcome::Unreadable { name: name.into_owned(), error },
    };
    let nianbao_core::Checked { mut report, text, .. } = nianbao_core::check_with_text(&bytes, &name, options);
    if !cross.is_empty() {
        report.add_findings(cross);
    }
    if no_model {
        report = report.without_model();
    }
    let piece = output::render(&report, &text, style);
    Outcome::Checked { report: Box::new(report), piece }
}
