// The iframe side of the postMessage API (EMBEDDING.md). Messages from origins not listed in
// the page's ?origins= are ignored (and said so in the console); answers go to the sender's
// origin only.
import { check } from './check.js';

const params = new URLSearchParams(location.search);
const allowed = (params.get('origins') ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
const status = document.getElementById('status');
const last = document.getElementById('last');

function show(text) {
  status.textContent = text;
}

async function answer(event) {
  const message = event.data ?? {};
  if (message.type !== 'nianbao:check') return;
  const { id } = message;
  const reply = (data) => event.source?.postMessage({ id, ...data }, event.origin);
  try {
    const options = { select: message.select, ignore: message.ignore, name: message.name };
    let input;
    if (typeof message.text === 'string') input = message.text;
    else if (typeof message.html === 'string') input = { html: message.html };
    else if (message.file instanceof Blob || message.bytes instanceof Uint8Array || message.bytes instanceof ArrayBuffer) input = message.file ?? message.bytes;
    else throw new TypeError('nianbao: a check message needs text, html, bytes or file');
    show('正在检查……');
    const report = await check(input, options);
    const s = report.summary;
    show('检查工具已就绪');
    last.hidden = false;
    last.textContent = `${report.source}：${s.errors} 个错误、${s.warnings} 个警告、${s.infos} 个提示`;
    reply({ type: 'nianbao:report', report });
  } catch (error) {
    show('检查工具已就绪');
    reply({ type: 'nianbao:error', error: String(error && error.message ? error.message : error) });
  }
}

window.addEventListener('message', (event) => {
  if (!allowed.includes(event.origin)) {
    console.warn(`nianbao: ignored a message from ${event.origin} (not in ?origins=)`);
    return;
  }
  answer(event);
});

if (allowed.length === 0) {
  show('未配置允许的来源（?origins=），不接受任何消息。');
} else {
  show('检查工具已就绪');
  // Tell the host page it can send, when the page is at an allowed origin (its origin from
  // ancestorOrigins, or the referrer where that is missing).
  const parentOrigin = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : null);
  if (window.parent !== window && allowed.includes(parentOrigin)) {
    window.parent.postMessage({ type: 'nianbao:ready' }, parentOrigin);
  }
}
