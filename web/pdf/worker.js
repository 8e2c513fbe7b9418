// The PDF reader's Web Worker: one message per PDF, answered with the JSON the reader returns.
import init, { readPdf } from './nianbao_pdf.js';

const ready = init({ module_or_path: new URL('./nianbao_pdf_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, bytes } = event.data;
  try {
    await ready;
    self.postMessage({ id, json: readPdf(bytes) });
  } catch (error) {
    // A trap (a panic) leaves this instance unusable: the page starts another worker.
    const fatal = error instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String(error && error.message ? error.message : error), fatal });
  }
};
