// The iframe side of the postMessage API (EMBEDDING.md). Messages from origins not listed in
// the page's ?origins= are ignored (and said so in the console); answers go to the sender's
// origin only. With ?ui=full the frame shows the full validator: what the host sends is shown
// in it, and what the visitor checks there is sent to the host too.
import { check } from './client.js';

const params = new URLSearchParams(location.search);
const allowed = (params.get('origins') ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
const status = document.getElementById('status');
const last = document.getElementById('last');
// The host page's origin, when it is an allowed one (from ancestorOrigins, or the referrer
// where that is missing).
const parentOrigin = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : null);
const hostOrigin = window.parent !== window && allowed.includes(parentOrigin) ? parentOrigin : null;

let validator = null;
/** Set while a check the host asked for runs in the validator (its result is the answer). */
let hostCheck = false;
if (params.get('ui') === 'full') {
  const { mount } = await import('./nianbao.js');
  status.hidden = allowed.length > 0;
  validator = mount(document.getElementById('validator'), {
    lang: params.get('lang') ?? 'zh',
    compact: params.has('compact'),
    select: params.get('select') ?? undefined,
    ignore: params.get('ignore') ?? undefined,
  });
  validator.element.addEventListener('result', (event) => {
    if (!hostCheck && hostOrigin) window.parent.postMessage({ type: 'nianbao:report', id: null, report: event.detail }, hostOrigin);
  });
}

/** A host's check shown in the validator (a message with its own select/ignore is checked
 * apart, with those rules). */
async function showInValidator(message, input) {
  hostCheck = true;
  try {
    // Blank text empties the validator; the host still gets the report of an empty input.
    if (typeof input === 'string') return (await validator.setText(input)) ?? (await check(input));
    if (input.html !== undefined) return await validator.checkFile(new File([input.html], message.name ?? 'page.html', { type: 'text/html' }));
    const file = input instanceof Blob ? input : new File([input], message.name ?? 'report');
    return await validator.checkFile(file);
  } finally {
    hostCheck = false;
  }
}

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
    const own = message.select !== undefined || message.ignore !== undefined;
    const report = validator && !own ? await showInValidator(message, input) : await check(input, options);
    const s = report.summary;
    show('检查工具已就绪');
    last.hidden = validator !== null;
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
  // Tell the host page it can send.
  if (hostOrigin) window.parent.postMessage({ type: 'nianbao:ready' }, hostOrigin);
}
