// Loads the one UI — crate nianbao-web as WebAssembly, the Yew app — once per page, for every
// front door: the page (app.js), the portal's <nianbao-validator> and mount() (nianbao.js), and
// the iframe (frame.js). Its stylesheet (web/ui.css, compiled into the module) is one
// constructed sheet, adopted by the page or by each element's shadow root.
import init, { mount as mountUi, uiCss } from './nianbao_web.js';

let ready = null;
let sheet = null;

/** The UI's module, fetched and compiled the first time. */
export function loadUi() {
  ready ??= init({ module_or_path: new URL('./nianbao_web_bg.wasm', import.meta.url) });
  return ready;
}

/** The UI's stylesheet (one for the whole page, shared by every element). */
export async function stylesheet() {
  await loadUi();
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(uiCss());
  }
  return sheet;
}

/**
 * Mounts the UI into `root` and returns its handle (setText, checkFile, report, setLang,
 * setCompact, setSelection, clear, destroy).
 * @param {Element} root
 * @param {{embedded?: boolean, host?: Element, lang?: string, compact?: boolean,
 *          select?: string[] | string, ignore?: string[] | string}} options
 */
export async function mount(root, options) {
  await loadUi();
  return mountUi(root, options);
}
