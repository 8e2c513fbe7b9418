// The embed API (dist/embed/nianbao.js) from a portal's own page: check() returns the report
// object for text, HTML and file bytes, and nothing is requested outside the page's origin.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const seed = (prefix) => readFileSync(join(FIXTURES, readdirSync(FIXTURES).find((f) => f.startsWith(prefix))), 'utf8');

/** Opens the mock portal page (tests/e2e/portal/, served at the app's origin, under a strict CSP) and
 * waits for check(). */
async function openPortal(page, baseURL) {
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseURL)) foreign.push(r.url()); });
  for (const file of ['embed-example.html', 'embed-example.js', 'embed-example.css']) {
    await page.route(`**/${file}`, (route) => route.fulfill({ path: join(ROOT, 'tests', 'e2e', 'portal', file) }));
  }
  const blocked = [];
  page.on('console', (m) => { if (m.text().includes('Content Security Policy')) blocked.push(m.text()); });
  // The tests' own helpers in the page (present before and after nianbao loads).
  await page.addInitScript(() => {
    window.testkit = {
      /** `text` repeated to at least `bytes` bytes of UTF-8. */
      grow(text, bytes) {
        const perChar = new TextEncoder().encode(text).length / text.length;
        let big = text;
        while (big.length * perChar < bytes) big += text;
        return big;
      },
      /** One report of at least `bytes` bytes: its longest paragraph repeated in place (the
       * whole text repeated would be several reports, which the checker says in one finding). */
      growWithin(text, bytes) {
        const lines = text.split('\n');
        const longest = lines.reduce((a, l, i) => (!l.includes('|') && l.length > lines[a].length ? i : a), 0);
        const perChar = new TextEncoder().encode(text).length / text.length;
        const copies = Math.ceil((bytes / perChar - text.length) / (lines[longest].length + 1)) + 1;
        lines[longest] = Array(copies).fill(lines[longest]).join('\n');
        return lines.join('\n');
      },
      /** Counts animation frames until `stop()`, which gives their number and the longest gap. */
      watchFrames() {
        const gaps = [];
        let last = performance.now();
        let running = true;
        const beat = (t) => { gaps.push(t - last); last = t; if (running) requestAnimationFrame(beat); };
        requestAnimationFrame(beat);
        return { stop: () => { running = false; return { frames: gaps.length, maxGap: Math.max(...gaps) }; } };
      },
    };
  });
  await page.goto('/embed-example.html');
  await expect(page.locator('#portal-status')).toHaveText('检查工具已就绪');
  // `foreign`: requests that left the origin; `blocked`: anything the page's strict CSP refused.
  return { foreign, blocked };
}

const SEEDS = [
  ['000', '2021', 2019, ['NB201', 'NB303', 'NB602']],
  ['001', 'legacy', 2013, ['NB701', 'NB113']],
  ['002', '2021', 2023, ['NB203', 'NB702']],
  ['003', '2019', 2019, ['NB401', 'NB204']],
  ['004', '2019', 2020, ['NB306', 'NB408']],
];

test('check() on each seed: template, year and findings, as the CLI reports them', async ({ page, baseURL }) => {
  const guard = await openPortal(page, baseURL);
  for (const [name, template, year, codes] of SEEDS) {
    const report = await page.evaluate((text) => window.portal.check(text), seed(name));
    expect(report.template, name).toBe(template);
    expect(report.year, name).toBe(year);
    const found = report.diagnostics.map((d) => d.code);
    for (const code of codes) expect(found, name).toContain(code);
  }
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('check() reads a PDF with the PDF module it loads only then, under the portal\'s strict CSP', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const guard = await openPortal(page, baseURL);
  await page.evaluate(() => window.portal.check('一、总体情况\n'));
  expect(requests.filter((u) => u.includes('/pdf/'))).toEqual([]);
  const pdf = [...readFileSync(join(FIXTURES, 'pdf', 'huaian_szf_2024.pdf'))];
  const report = await page.evaluate((b) => window.portal.check(new File([new Uint8Array(b)], 'huaian.pdf')), pdf);
  expect(report.input.kind).toBe('pdf');
  expect([report.template, report.year, report.agency]).toEqual(['2021', 2024, '淮安市人民政府']);
  const total = report.tables.applications.rows.find((r) => r.id === '3.7');
  expect(total.values[6]).toBe(3050);
  expect(total.span.page).toBe(5);
  expect(report.summary.errors).toBe(0);
  expect(requests.some((u) => u.endsWith('/embed/pdf/nianbao_pdf_bg.wasm'))).toBe(true);
  const broken = await page.evaluate(() => window.portal.check(new TextEncoder().encode('%PDF-1.7\n%%EOF')));
  expect(broken.diagnostics.map((d) => d.code)).toContain('NB009');
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('check() takes HTML, file bytes (a .docx, GBK text) and rule selections', async ({ page, baseURL }) => {
  const guard = await openPortal(page, baseURL);
  const html = await page.evaluate(() => window.portal.check({
    html: '<table><tr><td rowspan="2">一、本年新收政府信息公开申请数量</td><td>1</td></tr></table>',
  }));
  expect(html.input.kind).toBe('html');
  const docx = [...readFileSync(join(FIXTURES, 'inputs', 'sample-2023.docx'))];
  const fromDocx = await page.evaluate((b) => window.portal.check(new File([new Uint8Array(b)], 'sample.docx')), docx);
  expect(fromDocx.source).toBe('sample.docx');
  expect(fromDocx.input.kind).toBe('docx');
  expect(fromDocx.year).toBe(2023);
  const gbk = [...readFileSync(join(FIXTURES, 'inputs', '002-gbk.txt'))];
  const fromGbk = await page.evaluate((b) => window.portal.check(new Uint8Array(b), { name: '002-gbk.txt' }), gbk);
  expect(fromGbk.input.encoding.toUpperCase()).toBe('GB18030');
  expect(fromGbk.agency).toBe('莆田市涵江区人力资源和社会保障局');
  const english = await page.evaluate((t) => window.portal.check(t, { lang: 'en' }), seed('002'));
  expect(english.source).toBe('pasted text');
  expect(english.diagnostics[0].message.en).toBeTruthy();
  const badLang = await page.evaluate(() => window.portal.check('x', { lang: 'fr' }).then(() => 'ok', (e) => String(e)));
  expect(badLang).toContain('lang');
  const selected = await page.evaluate((t) => window.portal.check(t, { select: ['NB702'] }), seed('002'));
  expect(selected.diagnostics.map((d) => d.code)).toEqual(['NB702']);
  const unknown = await page.evaluate((t) => window.portal.check(t, { select: 'NB999' }).then(() => 'ok', (e) => String(e)), seed('002'));
  expect(unknown).toContain('NB999');
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('a 20 MB report is checked off the main thread: the page keeps drawing frames', async ({ page, baseURL }) => {
  const guard = await openPortal(page, baseURL);
  const result = await page.evaluate(async (text) => {
    const big = window.testkit.grow(text, 20 * 1024 * 1024);
    const frames = window.testkit.watchFrames();
    const start = performance.now();
    const report = await window.portal.check(big);
    const took = performance.now() - start;
    return { took, ...frames.stop(), bytes: report.input.bytes, template: report.template };
  }, seed('003'));
  console.log(`20 MB check: ${Math.round(result.took)} ms, ${result.frames} frames, longest gap ${Math.round(result.maxGap)} ms`);
  expect(result.bytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  expect(result.template).toBe('2019');
  // The check takes seconds; frames keep coming all along (a blocked page would show one gap
  // as long as the check).
  expect(result.frames).toBeGreaterThan(5);
  expect(result.maxGap).toBeLessThan(Math.max(250, result.took / 4));
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

/** The validator's shadow root content, found through the page (open shadow roots). */
const inside = (page, host) => page.locator(host);

test('the validator by mount() and as <nianbao-validator> works inside the hostile portal page', async ({ page, baseURL }, testInfo) => {
  const guard = await openPortal(page, baseURL);
  // mount(): the portal's script put it in its own container; setText checks and calls onResult.
  const report = await page.evaluate((t) => window.portal.validator.setText(t).then((r) => ({ template: r.template, year: r.year })), seed('000'));
  expect(report).toEqual({ template: '2021', year: 2019 });
  const mounted = page.locator('#mount-here nianbao-validator');
  await expect(mounted.locator('.verdict')).toHaveText('3 个错误 · 1 个警告 · 6 个提示');
  await expect(mounted.locator('.status')).toHaveText(/^检查完成，用时 \d+\.\d 秒$/);
  await expect(mounted.locator('.finding[data-code="NB201"]')).toBeVisible();
  expect(await page.evaluate(() => [window.portal.results.length, window.portal.validator.getReport().year])).toEqual([1, 2019]);
  // The faulty cell is marked in the rebuilt table, and a click on it selects its finding.
  const faulty = mounted.locator('td[data-faulty="true"]').first();
  await expect(faulty).toBeVisible();
  await faulty.click();
  await expect(mounted.locator('.finding.selected')).toHaveCount(1);

  // The custom element in the sidebar: typing is checked (after a pause), compact, its own look.
  const sidebar = page.locator('#sidebar');
  const results = page.evaluate(() => new Promise((resolve) => {
    document.getElementById('sidebar').addEventListener('result', (e) => resolve(e.detail.year), { once: true });
  }));
  await sidebar.locator('textarea').fill(seed('002'));
  expect(await results).toBe(2023);
  await expect(sidebar.locator('.verdict')).toHaveText('0 个错误 · 0 个警告 · 2 个提示');
  await expect(sidebar.locator('details.tables')).not.toHaveAttribute('open', '');

  // The portal's CSS did not reach in: the widget keeps its own font size, tables show.
  const styles = await page.evaluate(() => {
    const shadow = document.querySelector('#mount-here nianbao-validator').shadowRoot;
    const style = (el, p) => getComputedStyle(el)[p];
    return {
      area: style(shadow.querySelector('textarea'), 'fontSize'),
      table: style(shadow.querySelector('table'), 'display'),
      root: style(shadow.querySelector('.root'), 'float'),
      host: style(document.querySelector('#mount-here nianbao-validator'), 'float'),
    };
  });
  expect(styles).toEqual({ area: '14px', table: 'table', root: 'none', host: 'none' });
  // … and nianbao did not reach out: no globals, no stylesheet, the portal's boxes and styles as before.
  await page.evaluate(() => window.scrollTo(0, 0));
  const [before, after] = await page.evaluate(() => [window.portal.before, window.portal.snapshot()]);
  expect(after).toEqual(before);
  expect(before.headingFont).toBe('30px');
  expect(before.tableDisplay).toBe('none');

  // Themable: CSS custom properties set by the portal on the element.
  await page.evaluate(() => document.getElementById('sidebar').style.setProperty('--nianbao-accent', 'rgb(0, 128, 0)'));
  const accent = await page.evaluate(() => getComputedStyle(document.getElementById('sidebar').shadowRoot.querySelector('button')).backgroundColor);
  expect(accent).toBe('rgb(0, 128, 0)');
  // English on request.
  await page.evaluate(() => document.getElementById('sidebar').setAttribute('lang', 'en'));
  await expect(sidebar.locator('h2.title')).toHaveText('Disclosure annual report check');
  await expect(sidebar.locator('.verdict')).toHaveText('0 errors · 0 warnings · 2 notes');

  // The iframe in the same page answers the portal.
  const frame = page.frameLocator('#nianbao-frame');
  await expect(frame.locator('#status')).toHaveText('检查工具已就绪');
  await page.screenshot({ path: testInfo.outputPath('hostile-portal.png'), fullPage: true });
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('the validator checks a picked or dropped file (a .docx, a PDF) and shows each stage', async ({ page, baseURL }) => {
  const guard = await openPortal(page, baseURL);
  const sidebar = page.locator('#sidebar');
  await sidebar.locator('input[type=file]').setInputFiles(join(FIXTURES, 'inputs', 'sample-2023.docx'));
  await expect(sidebar.locator('.meta')).toContainText('sample-2023.docx');
  await expect(sidebar.locator('.meta')).toContainText('2023 年度');
  const stages = await page.evaluate(async (bytes) => {
    const host = document.getElementById('sidebar');
    const status = host.shadowRoot.querySelector('.status');
    const seen = new Set();
    const observer = new MutationObserver(() => seen.add(status.textContent.replace(/…….*/, '')));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    const done = new Promise((resolve) => host.addEventListener('result', (e) => resolve(e.detail), { once: true }));
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'huaian.pdf', { type: 'application/pdf' }));
    host.shadowRoot.querySelector('.nianbao').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    const report = await done;
    observer.disconnect();
    return { seen: [...seen], kind: report.input.kind, agency: report.agency };
  }, [...readFileSync(join(FIXTURES, 'pdf', 'huaian_szf_2024.pdf'))]);
  expect(stages.kind).toBe('pdf');
  expect(stages.agency).toBe('淮安市人民政府');
  expect(stages.seen).toEqual(expect.arrayContaining(['正在读取文件', '正在读取 PDF', '正在检查']));
  await expect(sidebar.locator('.where').first()).toContainText('第');
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('a 20 MB file dropped on the validator: progress shows, the page keeps drawing and typing, then the findings', async ({ page, baseURL }) => {
  const guard = await openPortal(page, baseURL);
  const started = page.evaluate(async (text) => {
    const big = window.testkit.growWithin(text, 20 * 1024 * 1024);
    const host = document.querySelector('#mount-here nianbao-validator');
    const done = new Promise((resolve) => host.addEventListener('result', (e) => resolve(e.detail), { once: true }));
    const frames = window.testkit.watchFrames();
    const start = performance.now();
    const data = new DataTransfer();
    data.items.add(new File([big], 'big.txt', { type: 'text/plain' }));
    host.shadowRoot.querySelector('.nianbao').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    const report = await done;
    // The findings are on screen before the clock stops.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { took: performance.now() - start, ...frames.stop(), bytes: report.input.bytes, findings: report.diagnostics.length };
  }, seed('003'));
  const mounted = page.locator('#mount-here nianbao-validator');
  await expect(mounted).toHaveAttribute('aria-busy', 'true');
  await expect(mounted.locator('.status')).toContainText(/正在(读取文件|检查)/);
  await expect(mounted.locator('.status')).toContainText('big.txt');
  // The portal's own field takes typing while the check runs.
  await page.locator('#portal-note').pressSequentially('已核对');
  expect(await mounted.getAttribute('aria-busy')).toBe('true');
  await expect(page.locator('#portal-note')).toHaveValue('已核对');
  const result = await started;
  console.log(`20 MB dropped on the validator: ${Math.round(result.took)} ms, ${result.frames} frames, longest gap ${Math.round(result.maxGap)} ms, ${result.findings} findings`);
  expect(result.bytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  expect(result.maxGap).toBeLessThan(Math.max(250, result.took / 4));
  await expect(mounted).not.toHaveAttribute('aria-busy', 'true');
  // Tens of thousands of findings: the first 200 shown, the rest a click away.
  await expect(mounted.locator('.finding')).toHaveCount(200);
  await expect(mounted.locator('button.more')).toContainText(`共 ${result.findings} 条`);
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('the validator in full mode has what the page has: exports, the file list, a file\'s text with the finding marked', async ({ page, baseURL }) => {
  const guard = await openPortal(page, baseURL);
  const mounted = page.locator('#mount-here nianbao-validator');
  const docx = [...readFileSync(join(FIXTURES, 'inputs', 'sample-2023.docx'))];
  await page.evaluate(async (b) => {
    await window.portal.validator.checkFile(new File([new Uint8Array(b)], 'sample-2023.docx'));
    await window.portal.validator.checkFile(new File([window.testkit.grow('一、总体情况\n', 10)], 'short.txt'));
  }, docx);
  await expect(mounted.locator('#export-json')).toBeVisible();
  await expect(mounted.locator('#export-csv')).toBeVisible();
  await expect(mounted.locator('#documents tbody tr')).toHaveCount(2);
  await mounted.locator('#documents tbody tr[data-source="sample-2023.docx"]').click();
  await expect(mounted.locator('#source-view')).toBeVisible();
  await mounted.locator('li.finding').first().click();
  await expect(mounted.locator('#source-view mark.primary')).toHaveCount(1);
  // A new rule selection checks the last file again, in its place, cross-report rules too.
  await page.evaluate(() => document.querySelector('#mount-here nianbao-validator').setAttribute('select', 'NB101'));
  await expect(mounted.locator('#documents tbody tr')).toHaveCount(2);
  await expect(mounted.locator('#documents tbody tr.selected')).toHaveAttribute('data-source', 'short.txt');
  await expect(mounted.locator('li.finding[data-code="NB101"]').first()).toBeVisible();
  await expect(mounted.locator('li.finding:not([data-code="NB101"])')).toHaveCount(0);
  // The compact element groups its findings by severity as the page does.
  const sidebar = page.locator('#sidebar');
  await sidebar.locator('textarea').fill(seed('000'));
  await expect(sidebar.locator('.severity-group.error h3')).toContainText('错误');
  await expect(sidebar.locator('#source-view')).toHaveCount(0);
  await expect(sidebar.locator('#export-json')).toHaveCount(0);
  expect(guard.foreign).toEqual([]);
  expect(guard.blocked).toEqual([]);
});

test('a checker that fails shows an error banner and keeps the draft; the next check works', async ({ page, baseURL }) => {
  await page.route('**/embed/nianbao_worker_bg.wasm', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await openPortal(page, baseURL);
  const sidebar = page.locator('#sidebar');
  await sidebar.locator('textarea').fill(seed('002'));
  await expect(sidebar.locator('.banner')).toContainText('检查工具出错');
  await expect(sidebar.locator('textarea')).toHaveValue(seed('002'));
  await page.unroute('**/embed/nianbao_worker_bg.wasm');
  await sidebar.locator('textarea').press('End');
  await sidebar.locator('textarea').pressSequentially('\n');
  await expect(sidebar.locator('.verdict')).toBeVisible();
  await expect(sidebar.locator('.banner')).toBeHidden();
});

test('mount() returns a handle: setText, getReport, onResult, destroy', async ({ page, baseURL }) => {
  await openPortal(page, baseURL);
  const result = await page.evaluate(async (text) => {
    const box = document.createElement('div');
    document.body.append(box);
    const seen = [];
    const handle = window.portal.mount(box, { lang: 'en', compact: true, select: ['NB702'], onResult: (r) => seen.push(r.year) });
    const report = await handle.setText(text);
    const codes = report.diagnostics.map((d) => d.code);
    const title = handle.element.shadowRoot.querySelector('h2').textContent;
    const same = handle.getReport() === report;
    handle.destroy();
    return { codes, title, same, seen, left: box.children.length };
  }, seed('002'));
  expect(result).toEqual({ codes: ['NB702'], title: 'Disclosure annual report check', same: true, seen: [2023], left: 0 });
});

// The framed portal page is fulfilled by the test (it has no address), which Chromium's
// local-network checks treat as public and so refuse its loopback iframe. A real portal and a
// real nianbao host are both public; the check is turned off for these tests only.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-features=LocalNetworkAccessChecks'],
  },
});

/** The portal's origin: another origin than nianbao's (localhost, not 127.0.0.1), both local
 * so that Chromium's local-network rules allow the iframe. */
const portalOrigin = (baseURL) => `http://localhost:${new URL(baseURL).port}`;

/** A portal at another origin (its page served by the test itself) with nianbao's frame page
 * in an iframe. */
async function openFramedPortal(page, baseURL, origins, extra = '') {
  const portal = portalOrigin(baseURL);
  const frameUrl = `${baseURL}embed/frame.html?origins=${encodeURIComponent(origins.join(','))}${extra}`;
  await page.route(`${portal}/portal.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html><head><meta charset="utf-8"><style>* { font-size: 30px !important } iframe { border: 0 }</style></head>
           <body><h1>门户</h1><iframe id="nianbao" src="${frameUrl}" width="900" height="${extra ? 700 : 120}"></iframe></body></html>`,
  }));
  await page.goto(`${portal}/portal.html`);
  const frame = page.frameLocator('#nianbao');
  await expect(frame.locator('#status')).toHaveText(/检查工具已就绪|未配置/);
  if (extra.includes('ui=full')) await expect(frame.locator('nianbao-validator h2')).toBeVisible();
  return frame;
}

/** Posts one check message to the iframe from the portal page and waits for the answer. */
function postCheck(page, message) {
  return page.evaluate((m) => new Promise((resolve) => {
    const target = document.getElementById('nianbao').contentWindow;
    window.addEventListener('message', function on(event) {
      if (event.data?.id !== m.id) return;
      window.removeEventListener('message', on);
      resolve({ origin: event.origin, data: event.data });
    });
    const message = m.bytes ? { ...m, bytes: new Uint8Array(m.bytes) } : m;
    target.postMessage(message, '*');
  }), message);
}

test('iframe: postMessage round-trips text and file bytes, answering allowed origins only', async ({ page, baseURL }, testInfo) => {
  const frame = await openFramedPortal(page, baseURL, [portalOrigin(baseURL)]);
  const text = await postCheck(page, { type: 'nianbao:check', id: 1, text: seed('002'), name: '002.txt' });
  expect(text.origin).toBe(new URL(baseURL).origin);
  expect(text.data.type).toBe('nianbao:report');
  expect([text.data.report.template, text.data.report.year]).toEqual(['2021', 2023]);
  const docx = [...readFileSync(join(FIXTURES, 'inputs', 'sample-2023.docx'))];
  const file = await postCheck(page, { type: 'nianbao:check', id: 2, bytes: docx, name: 'sample.docx' });
  expect(file.data.report.input.kind).toBe('docx');
  const bad = await postCheck(page, { type: 'nianbao:check', id: 3 });
  expect(bad.data.type).toBe('nianbao:error');
  await expect(frame.locator('#last')).toContainText('sample.docx');
  await page.screenshot({ path: testInfo.outputPath('iframe.png') });
});

test('iframe: a message from an origin not in the allow-list is ignored', async ({ page, baseURL }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await openFramedPortal(page, baseURL, ['https://other.gov.cn']);
  await page.evaluate((t) => document.getElementById('nianbao').contentWindow.postMessage({ type: 'nianbao:check', id: 9, text: t }, '*'), seed('002'));
  await expect.poll(() => warnings.join('\n')).toContain(`ignored a message from ${portalOrigin(baseURL)}`);
});

test('iframe with ?ui=full: the host\'s report is shown in the frame, and the visitor\'s checks reach the host', async ({ page, baseURL }, testInfo) => {
  const frame = await openFramedPortal(page, baseURL, [portalOrigin(baseURL)], '&ui=full&lang=zh');
  const text = await postCheck(page, { type: 'nianbao:check', id: 1, text: seed('000') });
  expect([text.data.type, text.data.report.year]).toEqual(['nianbao:report', 2019]);
  await expect(frame.locator('nianbao-validator .verdict')).toHaveText('3 个错误 · 1 个警告 · 6 个提示');
  await expect(frame.locator('nianbao-validator td[data-faulty="true"]').first()).toBeVisible();
  // What the visitor pastes in the frame is checked there and sent to the host (id null).
  const fromVisitor = page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', function on(event) {
      if (event.data?.type !== 'nianbao:report' || event.data.id !== null) return;
      window.removeEventListener('message', on);
      resolve(event.data.report.year);
    });
  }));
  await frame.locator('nianbao-validator textarea').fill(seed('002'));
  expect(await fromVisitor).toBe(2023);
  // A message with its own rule selection is answered apart, the frame's view unchanged.
  const selected = await postCheck(page, { type: 'nianbao:check', id: 2, text: seed('002'), select: ['NB702'] });
  expect(selected.data.report.diagnostics.map((d) => d.code)).toEqual(['NB702']);
  await expect(frame.locator('nianbao-validator .verdict')).toHaveText('0 个错误 · 0 个警告 · 2 个提示');
  await page.screenshot({ path: testInfo.outputPath('iframe-full.png') });
});
