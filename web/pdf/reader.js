// nianbao's PDF reader, loaded by the app (and the embed worker) only when a PDF arrives, so
// that the first load stays small. readPdf(bytes) resolves to the JSON of
// Result<PagedText, PdfProblem> (crate nianbao-pdf). The reading runs in a Web Worker: a big
// PDF never freezes the page, and a trap in the reader ends that worker only (the next PDF
// starts a fresh one).
let worker = null;
let nextId = 0;
const waiting = new Map();

function fail(error) {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
  if (worker) worker.terminate();
  worker = null;
}

function start() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => {
    const { id, json, error, fatal } = event.data;
    const pending = waiting.get(id);
    waiting.delete(id);
    if (fatal) fail(new Error(error));
    if (!pending) return;
    if (error) pending.reject(new Error(error));
    else pending.resolve(json);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'the PDF reader could not start'));
  };
}

export function readPdf(bytes) {
  if (!worker) start();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, bytes });
  });
}
