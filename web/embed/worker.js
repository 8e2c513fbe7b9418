// nianbao's checker, in a Web Worker: every check of the page, the portal element, the iframe
// and check() runs here (crate nianbao-worker as WebAssembly), so that a 20 MB drop never
// freezes a page. Started by client.js; one message per job, answered with a JS object.
import init, { checkText, checkBytes, checkPaged, isPdf, compare } from './nianbao_worker.js';

let loaded = false;
const ready = init({ module_or_path: new URL('./nianbao_worker_bg.wasm', import.meta.url) }).then(() => {
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

// The rule pages (rules.json, generated from the rules' doc comments), fetched when the first
// page is opened.
let catalogue = null;
async function rulePage(code) {
  catalogue ??= fetch(new URL('./rules.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`rules.json: ${response.status}`);
    return response.json();
  });
  try {
    return (await catalogue).find((rule) => rule.code === code) ?? null;
  } catch (error) {
    catalogue = null;
    throw error;
  }
}

async function job({ id, kind, text, bytes, request, digests, code }) {
  if (kind === 'rule') return rulePage(code);
  await ready;
  if (kind === 'compare') return compare(digests, request);
  if (kind === 'bytes' && isPdf(bytes)) {
    self.postMessage({ id, stage: 'pdf' });
    let paged;
    try {
      paged = await readPdf(bytes);
    } catch (error) {
      // The reader could not load or stopped: a finding (NB009) says so, and the next PDF
      // loads it afresh.
      pdfReader = null;
      paged = { Err: { problem: 'reader-failed', reason: String(error && error.message ? error.message : error) } };
    }
    self.postMessage({ id, stage: 'check' });
    return checkPaged(paged, bytes.length, request);
  }
  self.postMessage({ id, stage: 'check' });
  return kind === 'bytes' ? checkBytes(bytes, request) : checkText(text, kind === 'html', request);
}

// A report's findings cross to the page a slice per message: the page takes each message as a
// task of its own, so that 80 000 findings never hold it for one long stretch.
const FINDINGS_PER_MESSAGE = 2000;

function answer(id, result) {
  const findings = result?.report?.diagnostics;
  if (Array.isArray(findings) && findings.length > FINDINGS_PER_MESSAGE) {
    for (let from = 0; from < findings.length; from += FINDINGS_PER_MESSAGE) {
      self.postMessage({ id, findings: findings.slice(from, from + FINDINGS_PER_MESSAGE) });
    }
    result.report.diagnostics = [];
  }
  self.postMessage({ id, result });
}

self.onmessage = async (event) => {
  const { id } = event.data;
  try {
    answer(id, await job(event.data));
  } catch (error) {
    // A trap in the WebAssembly (a panic) leaves its instance unusable, and a checker that
    // failed to load stays failed: say so, and let the page start a fresh worker next time.
    const fatal = error instanceof WebAssembly.RuntimeError || (!loaded && event.data.kind !== 'rule');
    self.postMessage({ id, error: String(error && error.message ? error.message : error), fatal });
  }
};
