//! Prints what the PDF reader sees on each page — text blocks with their lines and boxes,
//! tables with their cells — and then the text nianbao reads. For working on the layout rules.
//!
//! Run: `cargo run -p nianbao-pdf --example pdf_blocks -- FILE.pdf`

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: pdf_blocks FILE.pdf");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).expect("a readable file");
    let options = nianbao_pdf::reader_options(&Default::default());
    match pdfni::extract_content_from_bytes(&bytes, None, &options) {
        Err(e) => println!("reader error: {e}"),
        Ok(content) => {
            for page in &content.pages {
                println!("=== page {} ({:.0} × {:.0} pt)", page.index + 1, page.width, page.height);
                for block in &page.blocks {
                    match block {
                        pdfni::ContentBlock::Text(t) => {
                            println!("-- text {:?} {:?}", t.kind, t.role);
                            for l in &t.lines {
                                println!("   [{:.0} {:.0} {:.0} {:.0}] {}", l.left, l.top, l.right, l.bottom, l.text);
                            }
                        }
                        pdfni::ContentBlock::Table(t) => {
                            println!("-- table {}×{} ({})", t.n_rows, t.n_cols, t.extraction_method);
                            for row in &t.data {
                                let cells: Vec<String> = row
                                    .iter()
                                    .map(|c| if c.bbox.x1 == 0.0 { "·".into() } else { c.text.replace('\n', "⏎") })
                                    .collect();
                                println!("   | {}", cells.join(" | "));
                            }
                        }
                    }
                }
            }
        }
    }
    println!("=== as read");
    match nianbao_pdf::read(&bytes, &Default::default()) {
        Ok(paged) => print!("{}", paged.text),
        Err(problem) => println!("{problem:?}"),
    }
}
