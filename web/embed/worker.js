// nianbao embed: the Web Worker that checks reports off the page's main thread, so that a
// 20 MB drop never freezes the portal. Started by nianbao.js; one message per check.
import init, { checkText, checkBytes } from './nianbao_embed.js';

const ready = init({ module_or_path: new URL('./nianbao_embed_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, kind, text, bytes, name, select, ignore } = event.data;
  try {
    await ready;
    const json = kind === 'bytes'
      ? checkBytes(bytes, name, select, ignore)
      : checkText(text, kind === 'html', name, select, ignore);
    self.postMessage({ id, json });
  } catch (error) {
    // A trap in the WebAssembly (a panic) leaves its instance unusable: say so, and let the
    // page start a fresh worker for the next check.
    const fatal = error instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String(error && error.message ? error.message : error), fatal });
  }
};
