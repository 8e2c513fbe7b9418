// nianbao embed API: check a government information-disclosure annual report inside any page.
// EMBEDDING.md has the snippets; everything runs in the visitor's browser.
//
//   import { check, mount } from './embed/nianbao.js';
//   const report = await check(text);                        // the report object (docs/report.schema.json)
//   const validator = mount(document.querySelector('#box'), { lang: 'zh', onResult: save });
//   <nianbao-validator lang="zh" compact></nianbao-validator>  // registered by this import
//
// The validator is the one UI of nianbao (ui.js: the Yew app the page shows too) mounted in the
// element's Shadow DOM: the page's CSS cannot reach in (`:host` resets every inherited property
// with `!important`) and its CSS cannot leak out (a constructed stylesheet adopted by the
// shadow root only). No globals are set besides the custom element's name. Checks run in the
// Web Worker of client.js; the UI, the worker and their .wasm are fetched from next to this
// module.

import { mount as mountUi, stylesheet } from './ui.js';

export { check } from './client.js';

const TAG = 'nianbao-validator';

function language(value) {
  return /^en\b/i.test(value ?? '') ? 'en' : 'zh';
}

export class NianbaoValidator extends HTMLElement {
  static observedAttributes = ['lang', 'compact', 'select', 'ignore'];

  #handle = null;
  #ready;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    root.className = 'root';
    root.setAttribute('part', 'root');
    shadow.append(root);
    this.#ready = (async () => {
      shadow.adoptedStyleSheets = [await stylesheet()];
      this.#handle = await mountUi(root, {
        embedded: true,
        host: this,
        lang: language(this.getAttribute('lang')),
        compact: this.hasAttribute('compact'),
        select: this.getAttribute('select') ?? undefined,
        ignore: this.getAttribute('ignore') ?? undefined,
      });
      return this.#handle;
    })();
    // A module that fails to load is said in the element, not thrown at the page.
    this.#ready.catch((error) => {
      root.textContent = `检查工具加载失败：${error?.message ?? error}。请刷新页面重试。`;
      this.dispatchEvent(new CustomEvent('error', { detail: error }));
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#handle) return;
    if (name === 'lang') this.#handle.setLang(language(after));
    else if (name === 'compact') this.#handle.setCompact(after !== null);
    else this.#handle.setSelection(this.getAttribute('select') ?? undefined, this.getAttribute('ignore') ?? undefined);
  }

  /** The last report (docs/report.schema.json), or null before the first check. */
  get report() {
    return this.#handle ? this.#handle.report() : null;
  }

  /** Puts `text` in the box and checks it; resolves to the report. */
  async setText(text) {
    return (await this.#ready).setText(String(text ?? ''));
  }

  /** Checks a File (or Blob): .docx, .pdf, .html, text in any supported encoding. */
  async checkFile(file) {
    return (await this.#ready).checkFile(file);
  }

  /** Empties the box and the results. */
  clear() {
    this.#ready.then((handle) => handle.clear(), () => {});
  }

  /** Unmounts the UI (mount()'s destroy calls it). */
  destroyUi() {
    this.#ready.then((handle) => handle.destroy(), () => {});
  }
}

/**
 * Puts a validator inside `element` (a portal's own container) and returns its handle.
 * @param {Element} element
 * @param {{lang?: 'zh' | 'en', compact?: boolean, select?: string[] | string, ignore?: string[] | string,
 *          text?: string, onResult?: (report: object) => void}} [options]
 */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('nianbao: mount() needs an element to put the validator in');
  const validator = document.createElement(TAG);
  if (options.lang) validator.setAttribute('lang', options.lang);
  if (options.compact) validator.setAttribute('compact', '');
  for (const name of ['select', 'ignore']) {
    const value = options[name];
    if (value !== undefined && value !== null) validator.setAttribute(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const onResult = typeof options.onResult === 'function' ? (event) => options.onResult(event.detail) : null;
  if (onResult) validator.addEventListener('result', onResult);
  element.append(validator);
  if (typeof options.text === 'string' && options.text !== '') validator.setText(options.text).catch(() => {});
  return {
    element: validator,
    /** Puts text in the box and checks it; resolves to the report. */
    setText: (text) => validator.setText(text),
    /** Checks a File or Blob. */
    checkFile: (file) => validator.checkFile(file),
    /** The last report, or null. */
    getReport: () => validator.report,
    /** Removes the validator from the page. */
    destroy: () => {
      if (onResult) validator.removeEventListener('result', onResult);
      validator.destroyUi();
      validator.remove();
    },
  };
}

if (!customElements.get(TAG)) customElements.define(TAG, NianbaoValidator);
