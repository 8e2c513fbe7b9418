// PDFs in the web app: the reader module is fetched only when a PDF arrives, reads the text
// layer in a worker, and the findings point at pages.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const PDFS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'pdf');

function watch(page, baseURL) {
  const requests = [];
  const foreign = [];
  const errors = [];
  page.on('request', (r) => {
    const url = r.url();
    requests.push(url);
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { requests, foreign, errors };
}

async function drop(page, name, bytes) {
  await page.evaluate(([n, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], n, { type: 'application/pdf' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, [...bytes]]);
}

test('a published PDF dropped on the page is read and checked; the reader loads only then', async ({ page, baseURL }, testInfo) => {
  const w = watch(page, baseURL);
  await page.goto('/');
  await expect(page.locator('#report-input')).toBeVisible();
  expect(w.requests.filter((u) => u.includes('/pdf/'))).toEqual([]);

  await drop(page, 'huaian_szf_2024.pdf', readFileSync(join(PDFS, 'huaian_szf_2024.pdf')));
  const row = page.locator('#documents tbody tr[data-source="huaian_szf_2024.pdf"]');
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await row.click();
  await expect(page.locator('[data-template]')).toHaveAttribute('data-template', '2021');
  await expect(page.locator('[data-year]')).toHaveAttribute('data-year', '2024');
  await expect(page.locator('[data-agency]')).toHaveText('淮安市人民政府');
  await expect(page.locator('td[data-cell="3.7:6"]')).toHaveText('3050');
  await expect(page.locator('td[data-cell="t4:4"]')).toHaveText('351');
  await expect(page.locator('.finding[data-severity="error"]')).toHaveCount(0);
  // The source view shows the pages' text, each page's start marked.
  await expect(page.locator('#source-view .page-mark')).toHaveCount(6);
  expect(w.requests.some((u) => u.endsWith('/pdf/nianbao_pdf_bg.wasm'))).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('pdf-sample.png'), fullPage: true });
  expect(w.foreign).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('a finding in a PDF names its page and is highlighted in that page\'s text', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.locator('#file-input').setInputFiles(join(PDFS, 'faulty-2021.pdf'));
  const finding = page.locator('.finding[data-code="NB300"]');
  await expect(finding).toHaveCount(1, { timeout: 30_000 });
  await expect(finding.locator('.location')).toHaveAttribute('data-page', /^[0-9]+$/);
  await expect(finding.locator('.location')).toContainText('页');
  await expect(page.locator('td[data-cell="1:0"][data-faulty="true"]')).toHaveText('279');
  await finding.click();
  await expect(page.locator('#highlight')).toHaveText('279');
  await page.screenshot({ path: testInfo.outputPath('pdf-finding.png'), fullPage: true });
});

test('a damaged PDF gets a clear finding and the app goes on', async ({ page }) => {
  const w = watch(page, 'http://127.0.0.1');
  await page.goto('/');
  await expect(page.locator('#report-input')).toBeVisible();
  await drop(page, 'broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n%%EOF'));
  const row = page.locator('#documents tbody tr[data-source="broken.pdf"]');
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await row.click();
  await expect(page.locator('.finding[data-code="NB009"]')).toHaveCount(1);
  await expect(page.locator('.finding[data-code="NB009"] .message')).toContainText('PDF');
  // Still checking: a paste right after works.
  await page.locator('#report-input').fill('一、总体情况\n');
  await expect(page.locator('#summary')).toBeVisible();
  expect(w.errors).toEqual([]);
});
