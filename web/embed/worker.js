// nianbao embed: the Web Worker that checks reports off the page's main thread, so that a
// 20 MB drop never freezes the portal. Started by nianbao.js; one message per check.
import init, { checkText, checkBytes, checkPaged, isPdf } from './nianbao_embed.js';

let loaded = false;
const ready = init({ module_or_path: new URL('./nianbao_embed_bg.wasm', import.meta.url) }).then(() => {
  loaded = true;
});

// The PDF reader (pdf/, a module of its own) is fetched only when a PDF arrives.
let pdfReader = null;
function readPdf(bytes) {
  pdfReader ??= import('./pdf/nianbao_pdf.js').then(async (pdf) => {
    await pdf.default({ module_or_path: new URL('./pdf/nianbao_pdf_bg.wasm', import.meta.url) });
    return pdf;
  });
  return pdfReader.then((pdf) => pdf.readPdf(bytes));
}

self.onmessage = async (event) => {
  const { id, kind, text, bytes, name, select, ignore } = event.data;
  try {
    await ready;
    let json;
    if (kind === 'bytes' && isPdf(bytes)) {
      self.postMessage({ id, stage: 'pdf' });
      let paged;
      try {
        paged = await readPdf(bytes);
      } catch (error) {
        // The reader could not load or stopped: a finding (NB009) says so, and the next PDF
        // loads it afresh.
        pdfReader = null;
        paged = JSON.stringify({ Err: { problem: 'reader-failed', reason: String(error && error.message ? error.message : error) } });
      }
      self.postMessage({ id, stage: 'check' });
      json = checkPaged(paged, bytes.length, name, select, ignore);
    } else {
      self.postMessage({ id, stage: 'check' });
      json = kind === 'bytes'
        ? checkBytes(bytes, name, select, ignore)
        : checkText(text, kind === 'html', name, select, ignore);
    }
    self.postMessage({ id, json });
  } catch (error) {
    // A trap in the WebAssembly (a panic) leaves its instance unusable, and a checker that
    // failed to load stays failed: say so, and let the page start a fresh worker next time.
    const fatal = error instanceof WebAssembly.RuntimeError || !loaded;
    self.postMessage({ id, error: String(error && error.message ? error.message : error), fatal });
  }
};
