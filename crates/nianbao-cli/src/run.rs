//! `nianbao check`: files checked in parallel (rayon), written in the order given.
//!
//! Files go through the workers in chunks, so memory holds one chunk of reports, never the
//! corpus, and the output streams in every format. When several files are checked and a
//! cross-report rule is selected, a report's findings depend on reports still to come: each
//! rendered report then goes to a spool file (with its small digest kept in memory); once all
//! are checked, the digests are compared (`nianbao_core::check_set`) and the spool is copied to
//! the output, the few reports with cross-report findings checked and rendered again with them.

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
    Checked { report: Box<Report>, piece: Vec<u8>, digest: Option<Box<Digest>> },
    Unreadable { name: String, error: io::Error },
}

/// Rendered reports waiting for the cross-report findings: a temporary file and the length of
/// each piece (`None`: the file could not be read).
struct Spool {
    path: PathBuf,
    writer: BufWriter<std::fs::File>,
    lengths: Vec<Option<usize>>,
}

impl Spool {
    fn create() -> io::Result<Spool> {
        let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let path = std::env::temp_dir().join(format!("nianbao-{}-{stamp}.spool", std::process::id()));
        let file = std::fs::OpenOptions::new().read(true).write(true).create_new(true).open(&path)?;
        Ok(Spool { path, writer: BufWriter::with_capacity(256 * 1024, file), lengths: Vec::new() })
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

pub fn check(
    paths: &[PathBuf],
    files_from: Option<&Path>,
    globs: &[String],
    selection: Selection,
    options: &CheckOptions,
) -> ExitCode {
    match run(paths, files_from, globs, selection, options) {
        Ok(code) => code,
        // What kept the run from starting (or from writing): a usage-level failure.
        Err(message) => {
            eprintln!("nianbao: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(
    paths: &[PathBuf],
    files_from: Option<&Path>,
    globs: &[String],
    selection: Selection,
    options: &CheckOptions,
) -> Result<ExitCode, String> {
    let files = inputs::expand(paths, files_from, &Globs::new(globs)?).map_err(|e| e.to_string())?;
    if files.is_empty() {
        return Err("no report files found".into());
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.jobs).build().map_err(|e| e.to_string())?;
    // Standard input can be read once only.
    let stdin = if files.iter().any(|f| f.as_os_str() == "-") {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(|e| format!("-: {e}"))?;
        Some(buf)
    } else {
        None
    };
    let load = |path: &Path| match &stdin {
        Some(bytes) if path.as_os_str() == "-" => Ok(bytes.clone()),
        _ => std::fs::read(path),
    };
    let mut core_options = Options {
        selection,
        pdf_reader: Some(nianbao_pdf::read),
        limits: options.limits.clone(),
        ..Options::default()
    };
    let progress = progress_bar(files.len(), options.quiet);

    let compare = files.len() > 1 && nianbao_core::rules::cross::any_selected(&core_options.selection);
    core_options.digest = compare;
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
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(64 * 1024, sink);
    let mut pieces = Pieces::default();
    let mut tally = options.summary.then(Summary::default);
    let (mut checked, mut with_errors, mut unreadable) = (0usize, 0usize, 0usize);
    let mut spool = if compare {
        Some(Spool::create().map_err(|e| format!("a temporary file for cross-report checks: {e}"))?)
    } else {
        None
    };
    let mut digests: Vec<(usize, Digest)> = Vec::new();
    let mut had_error: Vec<bool> = Vec::new();
    let mut written = output::begin(&mut out, &style);
    for (n, chunk) in files.chunks(CHUNK).enumerate() {
        if written.is_err() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .par_iter()
                .map(|path| {
                    let outcome = check_one(path, &load, &core_options, Vec::new(), compare, options.no_model, &style);
                    progress.inc(1);
                    outcome
                })
                .collect()
        });
        for (j, outcome) in outcomes.into_iter().enumerate() {
            let index = n * CHUNK + j;
            match outcome {
                Outcome::Checked { report, piece, digest } => {
                    checked += 1;
                    let errors = report.diagnostics.iter().any(|d| d.severity == Severity::Error);
                    with_errors += usize::from(errors);
                    had_error.push(errors);
                    if let Some(t) = tally.as_mut() {
                        t.add(index, &report);
                    }
                    written = match spool.as_mut() {
                        Some(spool) => {
                            spool.lengths.push(Some(piece.len()));
                            spool.writer.write_all(&piece)
                        }
                        None => pieces.write(&mut out, &style, &piece),
                    };
                    if let Some(digest) = digest {
                        digests.push((index, *digest));
                    }
                }
                Outcome::Unreadable { name, error } => {
                    progress.suspend(|| eprintln!("nianbao: {name}: {error}"));
                    unreadable += 1;
                    had_error.push(false);
                    if let Some(spool) = spool.as_mut() {
                        spool.lengths.push(None);
                    }
                }
            }
            if written.is_err() {
                break;
            }
        }
    }
    if let (Some(spool), true) = (spool.as_mut(), written.is_ok()) {
        progress.set_message(if options.lang == crate::args::Lang::Zh { "比对" } else { "comparing" });
        let (indices, digests): (Vec<usize>, Vec<Digest>) = digests.into_iter().unzip();
        let mut cross: HashMap<usize, Vec<Diagnostic>> = HashMap::new();
        for f in nianbao_core::check_set(&digests, &core_options.selection) {
            cross.entry(indices[f.report]).or_default().push(f.diagnostic);
        }
        written = unspool(spool, &mut out, &mut pieces, &style, |chunk_start, chunk_len| {
            // The reports of this chunk with cross-report findings, checked again with them.
            let again: Vec<usize> = (chunk_start..chunk_start + chunk_len).filter(|i| cross.contains_key(i)).collect();
            let rendered: Vec<(usize, Outcome)> = pool.install(|| {
                again
                    .par_iter()
                    .map(|&i| {
                        let found = cross.get(&i).cloned().unwrap_or_default();
                        (i, check_one(&files[i], &load, &core_options, found, false, options.no_model, &style))
                    })
                    .collect()
            });
            let mut pieces = HashMap::new();
            for (i, outcome) in rendered {
                if let Outcome::Checked { report, piece, .. } = outcome {
                    let found = &cross[&i];
                    if let Some(t) = tally.as_mut() {
                        t.add_later(i, &report, found);
                    }
                    if !had_error[i] && report.summary.errors > 0 {
                        with_errors += 1;
                    }
                    pieces.insert(i, piece);
                }
            }
            pieces
        });
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
        // A reader that went away (`| head`) is no failure to report.
        if e.kind() == io::ErrorKind::BrokenPipe {
            return Ok(ExitCode::from(2));
        }
        return Err(e.to_string());
    }
    Ok(if checked == 0 {
        ExitCode::from(2)
    } else if with_errors > 0 || unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// Copies the spooled reports to the output in order; `again(start, len)` gives, for the
/// reports `start..start + len`, those rendered anew (with cross-report findings).
fn unspool(
    spool: &mut Spool,
    out: &mut impl Write,
    pieces: &mut Pieces,
    style: &Style,
    mut again: impl FnMut(usize, usize) -> HashMap<usize, Vec<u8>>,
) -> io::Result<()> {
    use std::io::{Seek, SeekFrom};
    spool.writer.flush()?;
    let file = spool.writer.get_mut();
    file.seek(SeekFrom::Start(0))?;
    let mut reader = io::BufReader::with_capacity(256 * 1024, &*file);
    let mut buf = Vec::new();
    for start in (0..spool.lengths.len()).step_by(CHUNK) {
        let len = CHUNK.min(spool.lengths.len() - start);
        let mut renewed = again(start, len);
        for i in start..start + len {
            let Some(piece_len) = spool.lengths[i] else { continue };
            buf.resize(piece_len, 0);
            reader.read_exact(&mut buf)?;
            match renewed.remove(&i) {
                Some(piece) => pieces.write(out, style, &piece)?,
                None => pieces.write(out, style, &buf)?,
            }
        }
    }
    Ok(())
}

/// One file: read, checked, cross-report findings (if any yet) added, rendered.
fn check_one(
    path: &Path,
    load: &impl Fn(&Path) -> io::Result<Vec<u8>>,
    options: &Options,
    cross: Vec<Diagnostic>,
    keep_digest: bool,
    no_model: bool,
    style: &Style,
) -> Outcome {
    // A name that is not UTF-8 (GBK from Windows) is shown with replacement characters.
    let name = path.to_string_lossy();
    let bytes = match load(path) {
        Ok(bytes) => bytes,
        Err(error) => return Outcome::Unreadable { name: name.into_owned(), error },
    };
    let nianbao_core::Checked { mut report, text, digest, .. } =
        nianbao_core::check(nianbao_core::Input::Bytes(&bytes), &name, options);
    if !cross.is_empty() {
        report.add_findings(cross);
    }
    if no_model {
        report = report.without_model();
    }
    let piece = output::render(&report, &text, style);
    Outcome::Checked { report: Box::new(report), piece, digest: digest.filter(|_| keep_digest).map(Box::new) }
}
