// nianbao embed API: check a government information-disclosure annual report inside any page.
// EMBEDDING.md has the snippets; everything runs in the visitor's browser.
//
//   import { check, mount } from './embed/nianbao.js';
//   const report = await check(text);                        // the report object (report.schema.json)
//   const validator = mount(document.querySelector('#box'), { lang: 'zh', onResult: save });
//   <nianbao-validator lang="zh" compact></nianbao-validator>  // registered by this import
//
// No globals are set besides the custom element's name; the page's styles are not touched (the
// validator lives in a Shadow DOM). The worker, the glue and the .wasm are fetched from next to
// this module on the first check.

export { check } from './check.js';
export { mount } from './widget.js';
