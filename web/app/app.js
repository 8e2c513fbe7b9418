// The page's front door: the one UI (embed/ui.js, the Yew app) mounted on the whole page, its
// stylesheet adopted by the document, and the service worker that keeps the page working
// offline after the first visit. Checks run in the checker worker like everywhere else.
import { mount, stylesheet } from './embed/ui.js';

try {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, await stylesheet()];
  await mount(document.getElementById('nianbao-app') ?? document.body, {
    embedded: false,
    lang: new URLSearchParams(location.search).get('lang') ?? 'zh',
  });
} catch (error) {
  // The UI's module could not load (an old browser, a broken download): say so in Chinese,
  // with advice that works.
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.textContent = `年报检查工具未能加载（${error?.message ?? error}）。请使用新版 Chrome、Edge、Firefox 或 360 浏览器极速模式，刷新页面后重试。`;
  document.body.append(note);
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  // A page without sw.js (served elsewhere) just runs online.
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
