// The checker's client: every check of nianbao — the Yew UI's (page, portal element, iframe)
// and the portal script's check() — goes through here to one Web Worker (worker.js), so that
// no check runs on the page's main thread. The portal imports check() from nianbao.js:
//
//   import { check } from './embed/nianbao.js';
//   const report = await check(text);                 // plain text
//   const report = await check({ html: markup });     // HTML (a saved page, a rich paste)
//   const report = await check(file);                 // a File or Uint8Array: .docx, .pdf, GBK text, HTML
//   const report = await check(text, { select: ['NB3'], ignore: ['NB702'] });
//   const report = await check(file, { onProgress: (stage) => show(stage) });
//
// The result is the report object of docs/report.schema.json (what `nianbao check --format
// json` prints for one file), built by the worker's WebAssembly as a JS object. The only
// requests are for this module's own files (worker.js, the checker's glue and .wasm, pdf/ when
// a PDF arrives, rules.json when a rule page opens). No globals are set.

let worker = null;
let nextId = 1;
const pending = new Map();

/** Settles every pending check with `error` and drops the worker (the next check starts one). */
function abandon(error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  if (worker) worker.terminate();
  worker = null;
}

function startWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'nianbao' });
  worker.onmessage = (event) => {
    const { id, result, error, fatal, stage, findings } = event.data;
    const job = pending.get(id);
    if (!job) return;
    if (stage !== undefined) {
      job.progress?.(stage);
      return;
    }
    if (findings !== undefined) {
      // A big report's findings come ahead of it, a slice per message (worker.js).
      (job.findings ??= []).push(...findings);
      return;
    }
    if (job.findings && result?.report) result.report.diagnostics = job.findings;
    pending.delete(id);
    if (error !== undefined) {
      job.reject(new Error(`nianbao: ${error}`));
      if (fatal) abandon(new Error('nianbao: the checker stopped; try again'));
    } else {
      job.resolve(result);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    abandon(new Error(`nianbao: the checker could not start (${event.message || 'worker error'})`));
  };
  return worker;
}

/** Calls `onProgress` (if given) without letting a throwing callback stop the check. */
function reporter(onProgress) {
  if (typeof onProgress !== 'function') return undefined;
  return (stage) => {
    try {
      onProgress(stage);
    } catch (error) {
      console.error(error);
    }
  };
}

/** Sends one job to the worker; `transfer` lists buffers handed over (copies, never the
 * caller's). The promise settles with the worker's answer. */
function run(message, onProgress, transfer = []) {
  const id = nextId++;
  const progress = reporter(onProgress);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, progress });
    startWorker().postMessage({ id, ...message }, transfer);
  });
}

/** Starts the worker (and so the checker's download) ahead of the first check. */
export function warmUp() {
  startWorker();
}

// --- What the Yew UI calls (crates/nianbao-web/src/worker.rs) ------------------------------

/** Checks text (`html`: HTML markup). `request`: {name, select, ignore, keep}. */
export function checkText(text, html, request, onProgress) {
  return run({ kind: html ? 'html' : 'text', text, request }, onProgress);
}

/** Checks a File or Blob (read here, then handed to the worker). */
export async function checkFile(file, request, onProgress) {
  reporter(onProgress)?.('read');
  const bytes = new Uint8Array(await file.arrayBuffer());
  return run({ kind: 'bytes', bytes, request }, onProgress, [bytes.buffer]);
}

/** The cross-report findings over the digests of the reports open in the UI (`request`'s
 * select/ignore apply). */
export function compare(digests, request) {
  return run({ kind: 'compare', digests, request });
}

/** A rule's page from the catalogue (rules.json, fetched by the worker the first time). */
export function rulePage(code) {
  return run({ kind: 'rule', code });
}

// --- The portal's check() --------------------------------------------------------------------

function list(value, option) {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? value.split(',') : Array.from(value);
  if (!items.every((x) => typeof x === 'string')) throw new TypeError(`nianbao: ${option} must be rule codes, names or categories`);
  return items.map((x) => x.trim()).filter((x) => x !== '');
}

/**
 * Checks one report.
 * @param {string | {html: string, name?: string} | Uint8Array | ArrayBuffer | Blob} input
 * @param {{lang?: 'zh' | 'en', select?: string[] | string, ignore?: string[] | string, name?: string,
 *          onProgress?: (stage: 'start' | 'read' | 'pdf' | 'check') => void}} [options]
 *   Every finding's message comes in both languages (`message.zh`, `message.en`), as the schema
 *   says; `lang` is the language of what nianbao names itself (a paste's `source`).
 *   `onProgress` hears each stage as it begins: `start` (the checker loads, the first time),
 *   `read` (a file's bytes are read), `pdf` (the PDF module reads a PDF), `check`.
 * @returns {Promise<object>} the report (docs/report.schema.json)
 */
export async function check(input, options = {}) {
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new TypeError("nianbao: lang must be 'zh' or 'en'");
  const request = { select: list(options.select, 'select'), ignore: list(options.ignore, 'ignore'), keep: false };
  const progress = reporter(options.onProgress);
  progress?.('start');
  if (typeof input === 'string') {
    request.name = options.name ?? (lang === 'en' ? 'pasted text' : '粘贴文本');
    return (await run({ kind: 'text', text: input, request }, progress)).report;
  }
  if (input && typeof input.html === 'string') {
    request.name = input.name ?? options.name ?? 'page.html';
    return (await run({ kind: 'html', text: input.html, request }, progress)).report;
  }
  let bytes;
  request.name = options.name ?? 'report';
  if (input instanceof Uint8Array) {
    bytes = input.slice();
  } else if (input instanceof ArrayBuffer) {
    bytes = new Uint8Array(input.slice(0));
  } else if (typeof Blob !== 'undefined' && input instanceof Blob) {
    progress?.('read');
    bytes = new Uint8Array(await input.arrayBuffer());
    request.name = options.name ?? input.name ?? request.name;
  } else {
    throw new TypeError('nianbao: check() takes a string, {html}, a Uint8Array, an ArrayBuffer or a File');
  }
  return (await run({ kind: 'bytes', bytes, request }, progress, [bytes.buffer])).report;
}
