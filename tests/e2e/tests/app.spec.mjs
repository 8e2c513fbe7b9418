// The web app as a clerk uses it: paste, drop files, read findings, click, export, reload.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const seed = (prefix) => readFileSync(join(FIXTURES, readdirSync(FIXTURES).find((f) => f.startsWith(prefix))), 'utf8');

/** Fails the test on any request that leaves the page's own origin, and on page errors. */
function guard(page, baseURL) {
  const foreign = [];
  const errors = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { foreign, errors };
}

async function open(page) {
  await page.goto('/');
  await expect(page.locator('#report-input')).toBeVisible();
}

async function paste(page, text) {
  await page.locator('#report-input').fill(text);
  await expect(page.locator('#summary')).toBeVisible();
}

/** Picks the .docx sample and the GBK text file together; returns the report list's rows. */
async function pickTwoFiles(page) {
  await page.locator('#file-input').setInputFiles([
    join(FIXTURES, 'inputs', 'sample-2023.docx'),
    join(FIXTURES, 'inputs', '002-gbk.txt'),
  ]);
  const rows = page.locator('#documents tbody tr');
  await expect(rows).toHaveCount(2);
  return rows;
}

async function shot(page, testInfo, name) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

const SEEDS = [
  ['000', '2021', '2019', ['NB201', 'NB303', 'NB602'], 3],
  ['001', 'legacy', '2013', ['NB701', 'NB113'], 3],
  ['002', '2021', '2023', ['NB203', 'NB702'], 0],
  ['003', '2019', '2019', ['NB401', 'NB204'], 0],
  ['004', '2019', '2020', ['NB306', 'NB408'], 0],
];

for (const [name, template, year, codes, errors] of SEEDS) {
  test(`paste seed ${name}: template, year and findings`, async ({ page, baseURL }, testInfo) => {
    const g = guard(page, baseURL);
    await open(page);
    await paste(page, seed(name));
    await expect(page.locator('[data-template]')).toHaveAttribute('data-template', template);
    await expect(page.locator('[data-year]')).toHaveAttribute('data-year', year);
    for (const code of codes) {
      await expect(page.locator(`li[data-code="${code}"]`).first()).toBeVisible();
    }
    await expect(page.locator('#count-errors')).toHaveAttribute('data-count', String(errors));
    await expect(page.locator('li[data-severity="error"]')).toHaveCount(errors);
    if (template === 'legacy') {
      // The legacy 附表 are shown as read.
      await expect(page.locator('#table-other-0 caption')).toHaveText('附表一 主动公开情况统计');
      await expect(page.locator('#table-other-0 td[data-cell="o0.1:2"]')).toHaveText('635');
    }
    await shot(page, testInfo, `seed-${name}`);
    expect(g.foreign).toEqual([]);
    expect(g.errors).toEqual([]);
  });
}

test('seed 000: the faulty cells are marked; a click selects the finding in the box being edited', async ({ page }, testInfo) => {
  await open(page);
  const text = seed('000');
  await paste(page, text);
  const total = page.locator('td[data-cell="3.7:0"]');
  await expect(total).toHaveAttribute('data-faulty', 'true');
  await expect(total).toHaveAttribute('title', /0/);
  await expect(page.locator('td[data-cell="3.1:0"]')).toHaveAttribute('data-faulty', 'false');
  // Clicking the faulty cell selects its finding, and its text in the box.
  await total.click();
  await expect(page.locator('li.finding.selected')).toHaveAttribute('data-code', 'NB303');
  const selected = () => page.evaluate(() => {
    const box = document.querySelector('#report-input');
    return { text: box.value.slice(box.selectionStart, box.selectionEnd), boxTop: box.scrollTop, pageTop: Math.round(window.scrollY) };
  });
  expect((await selected()).text).toBe('1');
  // From the list (the click and Enter alike): the box scrolls to the text, the page and the
  // list stay where they were.
  await page.locator('#report-input').evaluate((box) => { box.scrollTop = 0; });
  const finding = page.locator('li[data-code="NB303"]').first();
  await finding.focus();
  const listBefore = await finding.boundingBox();
  const pageBefore = (await selected()).pageTop;
  await page.keyboard.press('Enter');
  await expect(finding).toHaveClass(/selected/);
  const after = await selected();
  expect(after.text).toBe('1');
  expect(after.boxTop).toBeGreaterThan(0);
  expect(after.pageTop).toBe(pageBefore);
  expect(await finding.boundingBox()).toEqual(listBefore);
  // A paste has no second, read-only copy of itself.
  await expect(page.locator('#source-view')).toHaveCount(0);
  // The rule's page opens from the finding, rendered, in Chinese; Esc closes it and focus
  // returns to the finding.
  await page.locator('li[data-code="NB303"] a.rule-link').first().click();
  await expect(page.locator('#rule-doc h3').first()).toHaveText('规则说明');
  await expect(page.locator('#rule-doc')).toContainText('检查表三每一列的“（七）总计”是否等于全部办理结果之和');
  await expect(page.locator('#rule-doc')).toContainText('国办公开办函〔2021〕30号');
  await expect(page.locator('#rule-doc')).not.toContainText('##');
  await expect(page.locator('#rule-doc .rule-doc-box')).toBeFocused();
  await shot(page, testInfo, 'rule-page');
  await page.keyboard.press('Escape');
  await expect(page.locator('#rule-doc')).toHaveCount(0);
  // The backdrop closes it too.
  await page.locator('li[data-code="NB303"] a.rule-link').first().click();
  await expect(page.locator('#rule-doc h3').first()).toBeVisible();
  await page.locator('#rule-doc').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('#rule-doc')).toHaveCount(0);
  await shot(page, testInfo, 'seed-000-located');
});

test('a rich paste is read as HTML with merged cells, and never inserted into the page', async ({ page, baseURL }, testInfo) => {
  const g = guard(page, baseURL);
  await open(page);
  await page.evaluate(() => { window.__xss = 0; });
  const html = `<p>示例局2023年政府信息公开工作年度报告</p>
    <p>本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。</p>
    <p>三、收到和处理政府信息公开申请情况</p>
    <table><tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
    <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
    <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
    <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
    <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
    <tr><td colspan="2">（二）部分公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>
    <img src="x" onerror="window.__xss = 1"><script>window.__xss = 2</script>`;
  // What the clipboard's plain text of that page is (a browser's copy: cells by tabs).
  const plain = ['示例局2023年政府信息公开工作年度报告', '本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计',
    '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他', '一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t6',
    '三、本年度办理结果\t（一）予以公开\t4\t1\t0\t0\t0\t0\t5', '（二）部分公开\t0\t0\t0\t0\t0\t0\t0'].join('\n');
  await page.locator('#report-input').focus();
  await page.evaluate(([h, p]) => {
    const dt = new DataTransfer();
    dt.setData('text/html', h);
    dt.setData('text/plain', p);
    document.querySelector('#report-input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [html, plain]);
  await expect(page.locator('#html-paste-note')).toBeVisible();
  await expect(page.locator('td[data-cell="1:0"]')).toHaveText('4');
  await expect(page.locator('td[data-cell="3.1:6"]')).toHaveText('5');
  await expect(page.locator('td[data-cell="3.2:6"]')).toHaveText('0');
  await expect(page.locator('#report-input')).toHaveValue(plain);
  // The findings point at what the box holds: 第 7 行 is the row whose 总计 is wrong, and a
  // click selects that 6 in the box.
  const rowTotal = page.locator('li[data-code="NB301"]');
  await expect(rowTotal.locator('.location')).toHaveText('第 7 行');
  await rowTotal.click();
  expect(await page.locator('#report-input').evaluate((box) => box.value.slice(box.selectionStart, box.selectionEnd))).toBe('6');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__xss)).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // Nothing shows the HTML's markup: the box holds the plain text, and there is no copy of the
  // HTML source.
  await expect(page.locator('#source-view')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toContain('<td');
  await shot(page, testInfo, 'rich-paste');
  // An edit checks the box's plain text from then on, and says so once.
  await page.locator('#report-input').evaluate((box) => { box.focus(); box.setSelectionRange(box.value.length, box.value.length); });
  await page.locator('#report-input').pressSequentially('。');
  await expect(page.locator('#switched-to-text-note')).toBeVisible();
  await expect(page.locator('#html-paste-note')).toHaveCount(0);
  await page.locator('#report-input').pressSequentially('。');
  await expect(page.locator('#check-ms')).toBeVisible();
  await expect(page.locator('#switched-to-text-note')).toHaveCount(0);
  // The text of a rich paste survives a reload, as plain text.
  await page.waitForTimeout(200);
  await page.reload();
  await expect(page.locator('#report-input')).toHaveValue(plain + '。。');
  expect(g.foreign).toEqual([]);
});

test('files: a .docx and a GBK text file, picked together', async ({ page, baseURL }, testInfo) => {
  const g = guard(page, baseURL);
  await open(page);
  const rows = await pickTwoFiles(page);
  await expect(rows.nth(0).locator('.doc-template')).toHaveAttribute('data-format', '2021');
  await expect(rows.nth(0).locator('.doc-template')).toHaveText('2021年版格式');
  await expect(rows.nth(0).locator('.doc-year')).toHaveText('2023');
  await expect(rows.nth(1).locator('.doc-year')).toHaveText('2023');
  await expect(rows.nth(1).locator('.doc-errors')).toHaveText('0');
  await rows.nth(1).click();
  await expect(page.locator('[data-agency]')).toHaveText('莆田市涵江区人力资源和社会保障局');
  await rows.nth(0).click();
  await expect(page.locator('td[data-cell="3.1:0"]')).toHaveText('2');
  await shot(page, testInfo, 'files');
  expect(g.foreign).toEqual([]);
});

test('a file dropped on the page is checked', async ({ page }) => {
  await open(page);
  const bytes = [...readFileSync(join(FIXTURES, 'inputs', 'sample-2023.docx'))];
  await page.evaluate((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'dropped.docx'));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.locator('#documents tbody tr[data-source="dropped.docx"]')).toHaveCount(1);
});

test('the text survives a reload, and clear empties it', async ({ page }) => {
  await open(page);
  await paste(page, seed('003'));
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.locator('#report-input')).toHaveValue(seed('003'));
  await expect(page.locator('[data-year]')).toHaveAttribute('data-year', '2019');
  await page.locator('#clear-button').click();
  await expect(page.locator('#report-input')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#report-input')).toHaveValue('');
});

test('exports: JSON of the schema and CSV', async ({ page }) => {
  await open(page);
  await paste(page, seed('000'));
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  expect(json.suggestedFilename()).toMatch(/^年报检查_\d{4}-\d\d-\d\d_1份\.json$/);
  const output = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(output.tool).toBe('nianbao');
  expect(output.reports[0].template).toBe('2021');
  expect(output.reports[0].diagnostics.length).toBeGreaterThan(3);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const lines = readFileSync(await csv.path(), 'utf8').trim().split('\n');
  // Headers and names in the UI's language.
  expect(lines[0]).toContain('规则,规则名,严重程度,类别');
  expect(lines[1]).toMatch(/,(错误|警告|提示),/);
  expect(lines.length).toBe(output.reports[0].diagnostics.length + 1);
});

test('English on request, and usable on a narrow window', async ({ page }, testInfo) => {
  await open(page);
  await paste(page, seed('000'));
  await page.locator('#lang-toggle').click();
  await expect(page.locator('h1')).toHaveText('nianbao annual report checker');
  // English all through: the document's language, the list, the names of format and severity.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect(page.locator('#documents tbody tr').first().locator('.doc-template')).toHaveText('the 2021 format');
  await expect(page.locator('.severity-group.error h3')).toContainText('error');
  await expect(page.locator('li[data-code="NB201"] .message')).toContainText('2019');
  await expect(page.locator('li[data-code="NB201"] .message')).not.toContainText('这是');
  await page.locator('#lang-toggle').click();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await page.locator('#lang-toggle').click();
  // Phone width: the page does not scroll sideways; table 3 scrolls inside its box, its label
  // column stays in view, and a faulty cell can be scrolled to and seen.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.locator('#report-input')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
  const label = page.locator('#table-3 tr[data-row="3.7"] th');
  const faulty = page.locator('td[data-cell="3.7:6"]');
  await faulty.scrollIntoViewIfNeeded();
  await expect(faulty).toBeInViewport();
  await expect(faulty).toHaveAttribute('data-faulty', 'true');
  const [cell, head] = [await faulty.boundingBox(), await label.boundingBox()];
  expect(head.x).toBeGreaterThanOrEqual(0);
  expect(cell.x).toBeGreaterThan(head.x + head.width - 1);
  await shot(page, testInfo, 'narrow-english');
});

test('live checking of a 100 KB report: time per check is recorded', async ({ page }, testInfo) => {
  await open(page);
  let big = '';
  while (big.length < 100_000 / 3) big += seed('003');
  await paste(page, big);
  await page.locator('#report-input').press('End');
  // Several keystrokes, each followed by its (debounced) check; the first runs before the
  // engine has optimised the code, so the figure reported is the median.
  const times = [];
  for (let i = 0; i < 5; i++) {
    const before = await page.locator('#check-ms').getAttribute('data-seq');
    await page.locator('#report-input').pressSequentially('。');
    await expect(page.locator('#check-ms')).not.toHaveAttribute('data-seq', before ?? '');
    times.push(Number(await page.locator('#check-ms').getAttribute('data-ms')));
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  testInfo.annotations.push({ type: 'check-ms-100KB', description: String(median) });
  console.log(`check of ${Buffer.byteLength(big)} bytes in the page: median ${median} ms (all: ${times.join(', ')})`);
});

/** One report of at least `bytes` bytes: its longest paragraph repeated in place. */
function growWithin(text, bytes) {
  const lines = text.split('\n');
  const longest = lines.reduce((a, l, i) => (!l.includes('|') && l.length > lines[a].length ? i : a), 0);
  const perChar = Buffer.byteLength(text) / text.length;
  const copies = Math.ceil((bytes / perChar - text.length) / (lines[longest].length + 1)) + 1;
  lines[longest] = Array(copies).fill(lines[longest]).join('\n');
  return lines.join('\n');
}

test('a 20 MB paste: the page keeps drawing during the check, then the first 200 findings', async ({ page }, testInfo) => {
  await open(page);
  const big = growWithin(seed('003'), 20 * 1024 * 1024);
  // The box gets the text as a paste gives it. Chromium lays out 20 MB in a text box in about
  // 4 s whatever the page does (measured on a bare <textarea>): frames are counted from when the
  // box shows the text, through the check, to the findings on screen.
  await page.evaluate(async (text) => {
    const box = document.querySelector('#report-input');
    box.value = text;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const gaps = [];
    let last = performance.now();
    window.__frames = { gaps, running: true };
    const beat = (t) => { gaps.push(t - last); last = t; if (window.__frames.running) requestAnimationFrame(beat); };
    requestAnimationFrame(beat);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, big);
  const started = Date.now();
  await expect(page.locator('#check-status')).toContainText('正在', { timeout: 10_000 });
  // While the worker checks, the page says what it does. (The waits below poll inside the page:
  // Playwright's locators measure elements, and a layout of the 20 MB box would be the
  // test's own stall. Editing that box costs Chromium a layout of it per keystroke, seconds
  // each, whatever the page does: the text box's own limit, measured on a bare <textarea>.)
  await page.waitForFunction(() => (document.querySelector('#check-status')?.textContent ?? '').includes('正在'), null, { polling: 50 });
  await page.waitForFunction(() => (document.querySelector('#check-status')?.textContent ?? '').includes('检查完成'), null, { polling: 100, timeout: 60_000 });
  const frames = await page.evaluate(() => {
    window.__frames.running = false;
    return { count: window.__frames.gaps.length, longest: Math.max(...window.__frames.gaps.slice(1)) };
  });
  console.log(`20 MB paste in the page: ${Date.now() - started} ms to the findings, ${frames.count} frames, longest gap ${Math.round(frames.longest)} ms`);
  testInfo.annotations.push({ type: 'paste-20MB-longest-frame-gap-ms', description: String(Math.round(frames.longest)) });
  // Measured here (2 cores): about 150 ms at worst, when the 20 MB go to the worker and when
  // the findings are drawn. The aim is 100 ms (issue 21); this guards against a page that
  // stops drawing for the length of the check.
  expect(frames.longest).toBeLessThanOrEqual(250);
  // Tens of thousands of findings: the first 200, the rest a click away; the box stays quick.
  await expect(page.locator('li.finding')).toHaveCount(200);
  await expect(page.locator('#show-more')).toContainText('显示更多');
  await page.locator('#show-more').click();
  await expect(page.locator('li.finding')).toHaveCount(400);
});

test('typing in a 100 KB report: every keystroke lands and the findings follow', async ({ page }) => {
  await open(page);
  let big = '';
  while (big.length < 100_000 / 3) big += seed('003');
  await paste(page, big);
  await page.locator('#report-input').evaluate((box) => box.setSelectionRange(box.value.length, box.value.length));
  await page.locator('#report-input').focus();
  const typed = '本机关于二〇二三年度共办理申请若干件。';
  await page.locator('#report-input').pressSequentially(typed, { delay: 20 });
  expect(await page.locator('#report-input').evaluate((box, t) => box.value.endsWith(t), typed)).toBe(true);
  await expect(page.locator('#check-status')).toContainText('检查完成');
});

test('after the first visit the app works with no network', async ({ page, context }) => {
  await open(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.locator('#report-input')).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await paste(page, seed('004'));
  await expect(page.locator('[data-year]')).toHaveAttribute('data-year', '2020');
  // The PDF module was cached with the rest: a PDF dropped offline is read.
  const pdf = [...readFileSync(join(FIXTURES, 'pdf', 'huaian_szf_2024.pdf'))];
  await page.evaluate((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'offline.pdf', { type: 'application/pdf' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, pdf);
  const row = page.locator('#documents tbody tr[data-source="offline.pdf"]');
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await row.click();
  await expect(page.locator('[data-agency]')).toHaveText('淮安市人民政府');
  await context.setOffline(false);
});

test('crawler text: a report flattened to one line is read, tables and all', async ({ page }, testInfo) => {
  await open(page);
  // A page's textContent: no separators, no line breaks.
  const flat = seed('002').replace(/[|\r\n\t]/g, '');
  await paste(page, flat);
  await expect(page.locator('[data-template]')).toHaveAttribute('data-template', '2021');
  await expect(page.locator('[data-year]')).toHaveAttribute('data-year', '2023');
  await expect(page.locator('td[data-cell="1:6"]')).toHaveText('0');
  await expect(page.locator('td[data-cell="t4:14"]')).toHaveText('0');
  await expect(page.locator('li[data-code="NB101"]')).toHaveCount(0);
  await shot(page, testInfo, 'crawler-text');
});

test('keyboard: a skip link to the findings, one Tab stop per finding, Enter or Space selects', async ({ page }) => {
  await open(page);
  await paste(page, seed('000'));
  // From the top of the page (reloaded: the text comes back and is checked), the first Tab
  // reaches the skip link, which moves focus to the findings.
  await page.waitForTimeout(200);
  await page.reload();
  await expect(page.locator('#summary')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#findings')).toBeFocused();
  // From one finding the next Tab is the next finding (its rule link is no second stop).
  const findings = page.locator('li.finding');
  await findings.nth(0).focus();
  await page.keyboard.press('Tab');
  await expect(findings.nth(1)).toBeFocused();
  // → reaches the finding's rule link, Enter opens the page, Esc brings focus back.
  await page.keyboard.press('ArrowRight');
  await expect(findings.nth(1).locator('a.rule-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#rule-doc h3').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(findings.nth(1).locator('a.rule-link')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(findings.nth(1)).toBeFocused();
  // Space selects it (and its text in the box, which gets the focus to be edited).
  await page.keyboard.press(' ');
  await expect(findings.nth(1)).toHaveClass(/selected/);
});

test('keyboard: Enter or Space selects a report, Tab only moves on', async ({ page }) => {
  await open(page);
  const rows = await pickTwoFiles(page);
  await rows.nth(1).click();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await rows.nth(0).focus();
  await page.keyboard.press('Tab');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'false');
  await rows.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await rows.nth(1).focus();
  await page.keyboard.press(' ');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('two years of one body picked together: the carry-over is compared across the reports', async ({ page }, testInfo) => {
  await open(page);
  const thisYear = seed('002');
  // Last year's report: every year one less, and 2 applications carried over.
  const lastYear = thisYear
    .replace(/20\d\d/g, (y) => String(Number(y) - 1))
    .replace('| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |');
  await page.locator('#file-input').setInputFiles([
    { name: '2023.txt', mimeType: 'text/plain', buffer: Buffer.from(thisYear) },
    { name: '2022.txt', mimeType: 'text/plain', buffer: Buffer.from(lastYear) },
  ]);
  const rows = page.locator('#documents tbody tr');
  await expect(rows).toHaveCount(2);
  await rows.nth(0).click();
  const carry = page.locator('.finding[data-code="NB801"]');
  await expect(carry).toHaveCount(2);
  await expect(carry.first().locator('.compare')).toHaveAttribute('data-related-source', '2022.txt');
  await expect(carry.first().locator('.compare')).toContainText('2022.txt 第 57 行');
  await expect(page.locator('.finding[data-code="NB803"]')).toHaveCount(3);
  await shot(page, testInfo, 'cross-year');
  // The earlier report carries no cross-report finding.
  await rows.nth(1).click();
  await expect(page.locator('.finding[data-code^="NB80"]')).toHaveCount(0);
});

test('real-report defects of round 3: places foreign to the body, and a legacy table run together', async ({ page }, testInfo) => {
  await open(page);
  // A county's report with another city's district and newspaper left in (GB/T 2260 in the wasm).
  const copied = readFileSync(join(FIXTURES, 'rules', 'NB712', 'raises.txt'), 'utf8');
  await paste(page, copied);
  const foreign = page.locator('li[data-code="NB712"]');
  await expect(foreign).toHaveCount(2);
  await expect(foreign.first().locator('.message')).toContainText('洪泽区');
  await shot(page, testInfo, 'place-foreign');
  // A 2015 report's 附表 as crawler text: read under its header, 本年 | 历年累计 split by the
  // breakdown, shown as a table.
  const legacy = '白城市民政局2015年政府信息公开工作年度报告\n' +
    '本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。一、概述 本年度主动公开政府信息120条。' +
    '附表 政府信息公开情况统计表 统计指标单位本年历年累计主动公开信息数条120650其中：1.政务动态信息条803902.其他信息条40260\n';
  await paste(page, legacy);
  await expect(page.locator('[data-template]')).toHaveAttribute('data-template', 'legacy');
  await expect(page.locator('#table-other-0 td[data-cell="o0.1:2"]')).toHaveText('120');
  await expect(page.locator('#table-other-0 td[data-cell="o0.1:3"]')).toHaveText('650');
  await expect(page.locator('li[data-code="NB107"]')).toHaveCount(0);
  await shot(page, testInfo, 'legacy-fused-table');
});
