// check(): a government information-disclosure annual report checked in a Web Worker. The
// portal imports it from nianbao.js (which also registers <nianbao-validator>):
//
//   import { check } from './embed/nianbao.js';
//   const report = await check(text);                 // plain text
//   const report = await check({ html: markup });     // HTML (a saved page, a rich paste)
//   const report = await check(file);                 // a File or Uint8Array: .docx, GBK text, HTML
//   const report = await check(text, { select: ['NB3'], ignore: ['NB702'] });
//   const report = await check(file, { onProgress: (stage) => show(stage) });
//
// The result is the report object of report.schema.json (what `nianbao check --format json`
// prints for one file). Everything runs in this page, in a Web Worker (so a large file never
// blocks the page): the only requests are for this module's own files (worker.js, the glue and
// the .wasm next to it), loaded on the first call. No globals are set.

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
    const { id, json, error, fatal, stage } = event.data;
    const job = pending.get(id);
    if (!job) return;
    if (stage !== undefined) {
      job.progress?.(stage);
      return;
    }
    pending.delete(id);
    if (error !== undefined) {
      job.reject(new Error(`nianbao: ${error}`));
      if (fatal) abandon(new Error('nianbao: the checker stopped; try again'));
    } else {
      job.resolve(JSON.parse(json));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    abandon(new Error(`nianbao: the checker could not start (${event.message || 'worker error'})`));
  };
  return worker;
}

/** Sends one check to the worker; `transfer` lists buffers handed over (copies, never the
 * caller's). `progress` hears the worker's stages. */
function run(message, progress, transfer = []) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, progress });
    startWorker().postMessage({ id, ...message }, transfer);
  });
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
 * @returns {Promise<object>} the report (report.schema.json)
 */
export async function check(input, options = {}) {
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new TypeError("nianbao: lang must be 'zh' or 'en'");
  const select = list(options.select, 'select');
  const ignore = list(options.ignore, 'ignore');
  const progress = reporter(options.onProgress);
  progress?.('start');
  if (typeof input === 'string') {
    return run({ kind: 'text', text: input, name: options.name ?? (lang === 'en' ? 'pasted text' : '粘贴文本'), select, ignore }, progress);
  }
  if (input && typeof input.html === 'string') {
    return run({ kind: 'html', text: input.html, name: input.name ?? options.name ?? 'page.html', select, ignore }, progress);
  }
  let bytes;
  let name = options.name ?? 'report';
  if (input instanceof Uint8Array) {
    bytes = input.slice();
  } else if (input instanceof ArrayBuffer) {
    bytes = new Uint8Array(input.slice(0));
  } else if (typeof Blob !== 'undefined' && input instanceof Blob) {
    progress?.('read');
    bytes = new Uint8Array(await input.arrayBuffer());
    name = options.name ?? input.name ?? name;
  } else {
    throw new TypeError('nianbao: check() takes a string, {html}, a Uint8Array, an ArrayBuffer or a File');
  }
  return run({ kind: 'bytes', bytes, name, select, ignore }, progress, [bytes.buffer]);
}
