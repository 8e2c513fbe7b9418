//! Which files a run checks: the paths given, directories walked (recursively, in name order,
//! so output order is stable; `--glob` filters what they hold), and `--files-from` lists for
//! very large sets.

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

/// File kinds looked for inside directories (a file named on the command line is always read).
use nianbao_core::read::FILE_EXTENSIONS as EXTENSIONS;

/// `--glob` patterns: a file found in a directory is checked when it matches some pattern
/// (or there is none) and no `!pattern`.
pub struct Globs {
    include: Option<globset::GlobSet>,
    exclude: globset::GlobSet,
}

impl Globs {
    pub fn new(patterns: &[String]) -> Result<Globs, String> {
        let (mut include, mut exclude) = (globset::GlobSetBuilder::new(), globset::GlobSetBuilder::new());
        let mut any_include = false;
        for pattern in patterns {
            let (set, p) = match pattern.strip_prefix('!') {
                Some(p) => (&mut exclude, p),
                None => {
                    any_include = true;
                    (&mut include, pattern.as_str())
                }
            };
            set.add(globset::Glob::new(p).map_err(|e| format!("--glob {pattern:?}: {e}"))?);
        }
        let build = |b: globset::GlobSetBuilder| b.build().map_err(|e| format!("--glob: {e}"));
        Ok(Globs { include: if any_include { Some(build(include)?) } else { None }, exclude: build(exclude)? })
    }

    fn admits(&self, path: &Path) -> bool {
        self.include.as_ref().is_none_or(|set| set.is_match(path)) && !self.exclude.is_match(path)
    }
}

/// The files to check, in order. `-` (standard input) stays as it is; a file named on the
/// command line or in the list is checked whatever the globs say.
pub fn expand(paths: &[PathBuf], files_from: Option<&Path>, globs: &Globs) -> io::Result<Vec<PathBuf>> {
    let mut listed: Vec<PathBuf> = paths.to_vec();
    if let Some(list) = files_from {
        let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            Box::new(io::BufReader::new(std::fs::File::open(list)?))
        };
        for line in reader.split(b'\n') {
            let line = line?;
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            if !line.is_empty() {
                listed.push(path_from_bytes(line));
            }
        }
    }
    let mut files = Vec::with_capacity(listed.len());
    for path in listed {
        if path.is_dir() {
            walk(&path, globs, &mut files)?;
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

/// The report files under `dir`, depth first, each directory's entries in name order; hidden
/// entries (`.git`) are skipped.
fn walk(dir: &Path, globs: &Globs, files: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        let mut subdirs = Vec::new();
        for path in entries {
            let hidden = path.file_name().is_some_and(|n| n.as_encoded_bytes().starts_with(b"."));
            if hidden {
                continue;
            }
            if path.is_dir() {
                subdirs.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
                && globs.admits(&path)
            {
                files.push(path);
            }
        }
        // Depth first in name order: push the last first.
        stack.extend(subdirs.into_iter().rev());
    }
    Ok(())
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}
