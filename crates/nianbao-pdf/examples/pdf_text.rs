//! Prints the text the core reads from a PDF (paragraphs as lines, tables as `|` rows), for
//! looking at what a PDF became: `cargo run -p nianbao-pdf --example pdf_text -- FILE.pdf`.

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: pdf_text FILE.pdf");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).expect("a readable file");
    match nianbao_pdf::read(&bytes, &Default::default()) {
        Ok(paged) => {
            print!("{}", paged.text);
            for problem in paged.problems {
                eprintln!("problem: {problem:?}");
            }
        }
        Err(problem) => eprintln!("not read: {problem:?}"),
    }
}
