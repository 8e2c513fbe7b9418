// nianbao embed API: check a government information-disclosure annual report inside any page.
//
//   import { check } from './embed/nianbao.js';
//   const report = await check(text);                 // plain text
//   const report = await check({ html: markup });     // HTML (a saved page, a rich paste)
//   const report = await check(file);                 // a File or Uint8Array: .docx, GBK text, HTML
//   const report = await check(text, { select: ['NB3'], ignore: ['NB702'] });
//
// The result is the report object of report.schema.json (what `nianbao check --format json`
// prints for one file). Everything runs in this page: the only requests are for this module's
// own files (the glue and the .wasm next to it), loaded on the first call. No globals are set.

import init, { checkText, checkBytes } from './nianbao_embed.js';

let ready = null;

/** Loads the WebAssembly module once (on the first check). */
function load() {
  ready ??= init({ module_or_path: new URL('./nianbao_embed_bg.wasm', import.meta.url) });
  return ready;
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
 * @param {{select?: string[] | string, ignore?: string[] | string, name?: string}} [options]
 * @returns {Promise<object>} the report (report.schema.json)
 */
export async function check(input, options = {}) {
  await load();
  const select = list(options.select, 'select');
  const ignore = list(options.ignore, 'ignore');
  let json;
  if (typeof input === 'string') {
    json = checkText(input, false, options.name ?? '粘贴文本', select, ignore);
  } else if (input && typeof input.html === 'string') {
    json = checkText(input.html, true, input.name ?? options.name ?? 'page.html', select, ignore);
  } else if (input instanceof Uint8Array) {
    json = checkBytes(input, options.name ?? 'report', select, ignore);
  } else if (input instanceof ArrayBuffer) {
    json = checkBytes(new Uint8Array(input), options.name ?? 'report', select, ignore);
  } else if (typeof Blob !== 'undefined' && input instanceof Blob) {
    const bytes = new Uint8Array(await input.arrayBuffer());
    json = checkBytes(bytes, options.name ?? input.name ?? 'report', select, ignore);
  } else {
    throw new TypeError('nianbao: check() takes a string, {html}, a Uint8Array, an ArrayBuffer or a File');
  }
  return JSON.parse(json);
}
