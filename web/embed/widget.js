// The full validator for portal pages: <nianbao-validator> (registered when nianbao.js is
// imported) and mount(element, options), which puts one inside a portal's element.
//
// Everything lives in the element's Shadow DOM: the portal's CSS cannot reach in (`:host` resets
// every inherited property with `!important`, which beats the page's own `!important` rules) and
// the widget's CSS cannot leak out (a constructed stylesheet adopted by the shadow root only,
// which a strict `style-src 'self'` also allows). Pasted HTML is never inserted anywhere: the
// text area gets the plain text and every report string is set as textContent. Checking runs in
// check.js's Web Worker, so the page keeps responding while a large file is read.

import { check } from './check.js';

const TAG = 'nianbao-validator';
const DEBOUNCE_MS = 400;
/** Findings shown at first and added by each「显示更多」: a 20 MB file can have 80 000. */
const FINDINGS_PAGE = 200;
const ACCEPT = '.txt,.htm,.html,.docx,.pdf,text/plain,text/html,application/pdf,'
  + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TEXTS = {
  zh: {
    title: '政府信息公开年报检查',
    pasted: '粘贴内容',
    placeholder: '把年报全文粘贴到这里（从网页或 Word 复制），或把文件拖到这里：.docx、.pdf、.html、.txt',
    pick: '选择文件',
    clear: '清空',
    idle: '粘贴或拖入年报即可检查。检查在本机浏览器中完成，不上传任何内容。',
    drop: '松开鼠标即可检查此文件',
    stages: { start: '正在加载检查工具', read: '正在读取文件', pdf: '正在读取 PDF', check: '正在检查' },
    seconds: (s) => `${s} 秒`,
    done: (s) => `检查完成，用时 ${s} 秒`,
    file: (name, size) => `${name}（${size}）`,
    summary: (e, w, i) => `${e} 个错误 · ${w} 个警告 · ${i} 个提示`,
    clean: '未发现问题',
    template: { 2021: '2021 版表格', 2019: '2019 版表格', legacy: '旧版表格', unknown: '未识别出表格版本' },
    year: (y) => `${y} 年度`,
    findings: '检查结果',
    tables: (n) => (n > 0 ? `表格（标出 ${n} 处）` : '表格'),
    noTables: '没有读出标准表格。',
    severity: { error: '错误', warning: '警告', info: '提示' },
    line: (l) => `第 ${l} 行`,
    page: (p) => `第 ${p} 页`,
    expected: (e, f) => (f == null ? `应为 ${e}` : `应为 ${e}，实为 ${f}`),
    failed: (m) => `检查工具出错：${m}。已输入的内容仍在输入框中，可以再试一次。`,
    more: (shown, total) => `显示更多（已显示 ${shown} 条，共 ${total} 条）`,
  },
  en: {
    title: 'Disclosure annual report check',
    pasted: 'pasted content',
    placeholder: 'Paste the whole report here (copied from a web page or Word), or drop a file: .docx, .pdf, .html, .txt',
    pick: 'Choose a file',
    clear: 'Clear',
    idle: 'Paste or drop a report to check it. Checking happens in this browser; nothing is uploaded.',
    drop: 'Release to check this file',
    stages: { start: 'Loading the checker', read: 'Reading the file', pdf: 'Reading the PDF', check: 'Checking' },
    seconds: (s) => `${s} s`,
    done: (s) => `Checked in ${s} s`,
    file: (name, size) => `${name} (${size})`,
    summary: (e, w, i) => `${e} errors · ${w} warnings · ${i} notes`,
    clean: 'No problems found',
    template: { 2021: '2021 tables', 2019: '2019 tables', legacy: 'pre-2019 tables', unknown: 'table format not recognised' },
    year: (y) => `report year ${y}`,
    findings: 'Findings',
    tables: (n) => (n > 0 ? `Tables (${n} marked)` : 'Tables'),
    noTables: 'No standard table was read.',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    line: (l) => `line ${l}`,
    page: (p) => `page ${p}`,
    expected: (e, f) => (f == null ? `expected ${e}` : `expected ${e}, found ${f}`),
    failed: (m) => `The checker failed: ${m}. What you entered is still in the box; try again.`,
    more: (shown, total) => `Show more (${shown} of ${total} shown)`,
  },
};

const CSS = `
:host {
  all: initial !important;
  display: block !important;
  contain: content;
  --nb-accent: var(--nianbao-accent, #1d4ed8);
  --nb-error: var(--nianbao-error, #b91c1c);
  --nb-warning: var(--nianbao-warning, #b45309);
  --nb-info: var(--nianbao-info, #52606d);
  --nb-border: var(--nianbao-border, #cbd2d9);
  --nb-muted: var(--nianbao-muted, #f5f7fa);
  --nb-radius: var(--nianbao-radius, 6px);
}
:host([hidden]) { display: none !important; }
.root {
  font-family: var(--nianbao-font, system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
  font-size: var(--nianbao-font-size, 14px);
  line-height: 1.5;
  color: var(--nianbao-color, #1f2933);
  background: var(--nianbao-background, #fff);
  border: 1px solid var(--nb-border);
  border-radius: var(--nb-radius);
  padding: .75em;
  min-width: 16em;
  text-align: start;
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }
h2 { font-size: 1.15em; margin: 0 0 .5em; font-weight: 600; }
.input { position: relative; }
textarea {
  display: block; width: 100%; min-height: 10em; resize: vertical; margin: 0;
  font: inherit; color: inherit; background: inherit;
  border: 1px solid var(--nb-border); border-radius: var(--nb-radius); padding: .5em;
}
textarea:focus-visible, button:focus-visible, .finding:focus-visible, td[tabindex]:focus-visible {
  outline: 2px solid var(--nb-accent); outline-offset: 1px;
}
.dragging textarea { border: 2px dashed var(--nb-accent); background: var(--nb-muted); }
.actions { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; margin: .5em 0; }
button {
  font: inherit; cursor: pointer; padding: .3em .9em; border-radius: var(--nb-radius);
  border: 1px solid var(--nb-accent); background: var(--nb-accent); color: #fff;
}
button.secondary { background: transparent; color: var(--nb-accent); }
input[type=file] { display: none; }
.status { color: var(--nb-info); flex: 1 1 12em; min-width: 0; overflow-wrap: anywhere; }
.bar { height: 4px; border-radius: 2px; background: var(--nb-muted); overflow: hidden; margin: .25em 0 .5em; }
.bar::after {
  content: ""; display: block; height: 100%; width: 35%; background: var(--nb-accent);
  animation: slide 1.2s ease-in-out infinite;
}
@keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(290%); } }
@media (prefers-reduced-motion: reduce) { .bar::after { animation: none; width: 100%; opacity: .5; } }
.banner {
  border: 1px solid var(--nb-error); color: var(--nb-error); background: #fef2f2;
  border-radius: var(--nb-radius); padding: .5em .75em; margin: .5em 0;
}
.verdict { font-weight: 600; margin: .25em 0; }
.verdict.has-errors { color: var(--nb-error); }
.verdict.has-warnings { color: var(--nb-warning); }
.verdict.clean { color: #047857; }
.meta { color: var(--nb-info); margin: 0 0 .5em; overflow-wrap: anywhere; }
h3 { font-size: 1em; margin: .75em 0 .25em; }
ol { list-style: none; margin: 0; padding: 0; }
.finding {
  border-left: 3px solid var(--nb-info); padding: .35em .6em; margin: .3em 0;
  background: var(--nb-muted); border-radius: 0 var(--nb-radius) var(--nb-radius) 0; cursor: pointer;
}
.finding.error { border-left-color: var(--nb-error); }
.finding.warning { border-left-color: var(--nb-warning); }
.finding.selected { outline: 2px solid var(--nb-accent); }
.sev { font-weight: 600; margin-inline-end: .4em; }
.error .sev { color: var(--nb-error); }
.warning .sev { color: var(--nb-warning); }
.info .sev { color: var(--nb-info); }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: .9em; margin-inline-end: .4em; }
.where, .expected { color: var(--nb-info); font-size: .9em; margin-inline-start: .4em; white-space: nowrap; }
details { margin-top: .75em; }
summary { cursor: pointer; font-weight: 600; }
.scroll { overflow-x: auto; margin: .5em 0; }
table { border-collapse: collapse; font-size: .9em; display: table; }
caption { text-align: start; font-weight: 600; padding: .25em 0; }
th, td { border: 1px solid var(--nb-border); padding: .2em .45em; font-weight: normal; }
th { background: var(--nb-muted); text-align: start; }
td { text-align: end; min-width: 2.5em; font-variant-numeric: tabular-nums; }
td.faulty { background: #fee2e2; color: var(--nb-error); font-weight: 600; cursor: pointer; }
td.missing { color: var(--nb-info); }
:host([compact]) .root { padding: .5em; font-size: var(--nianbao-font-size, 13px); }
:host([compact]) textarea { min-height: 6em; }
:host([compact]) .where, :host([compact]) .expected { display: block; margin-inline-start: 0; white-space: normal; }
`;

let sharedSheet = null;
/** One constructed stylesheet, shared by every validator on the page (never the document's). */
function stylesheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(CSS);
  }
  return sharedSheet;
}

/** An element with attributes and children (strings become text nodes: nothing is parsed). */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}

function language(value) {
  return /^en\b/i.test(value ?? '') ? 'en' : 'zh';
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The UTF-16 index of a UTF-8 byte offset into `text` (spans count bytes of the UTF-8 text). */
function utf16Index(text, byte) {
  let bytes = 0;
  let index = 0;
  for (const ch of text) {
    if (bytes >= byte) break;
    const code = ch.codePointAt(0);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += ch.length;
  }
  return index;
}

const T3_HEAD = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const T4_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export class NianbaoValidator extends HTMLElement {
  static observedAttributes = ['lang', 'compact', 'select', 'ignore'];

  #root;
  #area;
  #file;
  #status;
  #bar;
  #banner;
  #results;
  #report = null;
  /** What was checked last: `{ kind: 'text' | 'html' | 'file', value }`, for re-checks. */
  #input = null;
  #seq = 0;
  #debounce = 0;
  #ticker = 0;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in shadow) shadow.adoptedStyleSheets = [stylesheet()];
    else shadow.append(h('style', {}, CSS));
    this.#area = h('textarea', { spellcheck: 'false', part: 'input' });
    this.#file = h('input', { type: 'file', accept: ACCEPT, tabindex: '-1' });
    this.#status = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.#bar = h('div', { class: 'bar', hidden: true });
    this.#banner = h('div', { class: 'banner', role: 'alert', hidden: true });
    this.#results = h('div', { class: 'results', 'aria-live': 'polite' });
    const pick = h('button', { type: 'button', class: 'pick' });
    const clear = h('button', { type: 'button', class: 'secondary clear' });
    this.#root = h('div', { class: 'root', part: 'root' },
      h('h2', {}),
      h('div', { class: 'input' }, this.#area),
      h('div', { class: 'actions' }, pick, clear, this.#file, this.#status),
      this.#bar, this.#banner, this.#results);
    shadow.append(this.#root);

    pick.addEventListener('click', () => this.#file.click());
    clear.addEventListener('click', () => this.clear());
    this.#file.addEventListener('change', () => {
      const [file] = this.#file.files;
      this.#file.value = '';
      // A failure shows in the banner; the promise is only for callers of checkFile().
      if (file) this.checkFile(file).catch(() => {});
    });
    this.#area.addEventListener('input', () => {
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => this.#checkText().catch(() => {}), DEBOUNCE_MS);
    });
    this.#area.addEventListener('paste', (event) => this.#paste(event));
    this.#root.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      this.#root.classList.add('dragging');
      this.#status.textContent = this.#t.drop;
    });
    this.#root.addEventListener('dragleave', (event) => {
      if (!this.#root.contains(event.relatedTarget)) this.#dropped();
    });
    this.#root.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      this.#dropped();
      this.checkFile(file).catch(() => {});
    });
    this.#renderTexts();
  }

  disconnectedCallback() {
    clearTimeout(this.#debounce);
    clearInterval(this.#ticker);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === 'lang') {
      this.#renderTexts();
      if (this.#report) this.#render(this.#report);
    } else if ((name === 'select' || name === 'ignore') && this.#input) {
      this.#recheck().catch(() => {});
    }
  }

  /** The last report (report.schema.json), or null before the first check. */
  get report() {
    return this.#report;
  }

  /** Puts `text` in the box and checks it; resolves to the report. */
  setText(text) {
    this.#area.value = String(text ?? '');
    return this.#checkText();
  }

  /** Checks a File (or Blob): .docx, .pdf, .html, text in any supported encoding. */
  checkFile(file) {
    this.#input = { kind: 'file', value: file };
    return this.#run(file, { name: file.name }, this.#t.file(file.name ?? '', size(file.size)));
  }

  /** Empties the box and the results. */
  clear() {
    this.#seq++;
    this.#input = null;
    this.#report = null;
    this.#area.value = '';
    this.#results.replaceChildren();
    this.#banner.hidden = true;
    this.#idle();
  }

  get #t() {
    return TEXTS[language(this.getAttribute('lang'))];
  }

  #renderTexts() {
    const t = this.#t;
    this.#root.setAttribute('lang', language(this.getAttribute('lang')) === 'en' ? 'en' : 'zh-CN');
    this.#root.querySelector('h2').textContent = t.title;
    this.#area.placeholder = t.placeholder;
    this.#area.setAttribute('aria-label', t.title);
    this.#root.querySelector('.pick').textContent = t.pick;
    this.#root.querySelector('.clear').textContent = t.clear;
    if (this.#bar.hidden) this.#idle();
  }

  #idle() {
    this.#status.textContent = this.#report ? '' : this.#t.idle;
  }

  #dropped() {
    this.#root.classList.remove('dragging');
    if (this.#bar.hidden) this.#idle();
  }

  #paste(event) {
    // A paste that carries HTML (a portal page, Word) is checked as HTML so that merged cells
    // survive; the box gets the plain text. The HTML goes to the worker only, never the page.
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (html.trim() === '') return;
    event.preventDefault();
    clearTimeout(this.#debounce);
    this.#area.value = event.clipboardData.getData('text/plain');
    this.#input = { kind: 'html', value: html };
    this.#run({ html }, { name: this.#t.pasted }).catch(() => {});
  }

  #checkText() {
    clearTimeout(this.#debounce);
    const text = this.#area.value;
    if (text.trim() === '') {
      this.clear();
      return Promise.resolve(null);
    }
    this.#input = { kind: 'text', value: text };
    return this.#run(text, {});
  }

  #recheck() {
    const { kind, value } = this.#input;
    if (kind === 'file') return this.checkFile(value);
    if (kind === 'html') return this.#run({ html: value }, { name: this.#t.pasted });
    return this.#checkText();
  }

  async #run(input, options, label = '') {
    const seq = ++this.#seq;
    const started = performance.now();
    let stage = 'start';
    const show = () => {
      if (seq !== this.#seq) return;
      const seconds = Math.floor((performance.now() - started) / 1000);
      const parts = [this.#t.stages[stage] + '……', label, seconds > 0 ? this.#t.seconds(seconds) : ''];
      this.#status.textContent = parts.filter((p) => p).join(' ');
    };
    clearInterval(this.#ticker);
    this.#ticker = setInterval(show, 250);
    this.#bar.hidden = false;
    this.#banner.hidden = true;
    this.setAttribute('aria-busy', 'true');
    show();
    const onProgress = (next) => {
      stage = next;
      show();
    };
    try {
      const report = await check(input, {
        lang: language(this.getAttribute('lang')),
        ...options,
        select: this.getAttribute('select') ?? undefined,
        ignore: this.getAttribute('ignore') ?? undefined,
        onProgress,
      });
      if (seq !== this.#seq) return report;
      this.#report = report;
      this.#render(report);
      this.dispatchEvent(new CustomEvent('result', { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (error) {
      if (seq === this.#seq) {
        this.#banner.textContent = this.#t.failed(String(error?.message ?? error).replace(/^nianbao: /, ''));
        this.#banner.hidden = false;
        this.dispatchEvent(new CustomEvent('error', { detail: error }));
      }
      throw error;
    } finally {
      if (seq === this.#seq) {
        clearInterval(this.#ticker);
        this.#bar.hidden = true;
        this.removeAttribute('aria-busy');
        if (this.#banner.hidden) this.#status.textContent = this.#t.done(((performance.now() - started) / 1000).toFixed(1));
        else this.#idle();
      }
    }
  }

  #render(report) {
    const t = this.#t;
    const lang = language(this.getAttribute('lang'));
    const { errors, warnings, infos } = report.summary;
    const verdict = errors > 0 ? 'has-errors' : warnings > 0 ? 'has-warnings' : 'clean';
    const meta = [t.template[report.template] ?? report.template, report.year != null ? t.year(report.year) : null,
      report.agency, report.source].filter((x) => x);
    // The error and warning findings by the start of the cell they point at.
    const faults = new Map();
    report.diagnostics.forEach((d, index) => {
      if (d.severity === 'info') return;
      const tip = (d.expected != null ? `${t.expected(d.expected, null)}：` : '') + d.message[lang];
      const known = faults.get(d.span.start);
      if (known) known.tip += `\n${tip}`;
      else faults.set(d.span.start, { tip, index });
    });
    const findings = h('ol', { class: 'findings' });
    const more = h('button', { type: 'button', class: 'secondary more' });
    const showMore = () => {
      const from = findings.childElementCount;
      const to = Math.min(report.diagnostics.length, from + FINDINGS_PAGE);
      for (let index = from; index < to; index++) findings.append(this.#finding(report.diagnostics[index], index, lang));
      more.textContent = t.more(to, report.diagnostics.length);
      more.hidden = to === report.diagnostics.length;
    };
    more.addEventListener('click', showMore);
    showMore();
    const marked = { count: 0 };
    const tables = this.#tables(report.tables, faults, marked);
    const details = h('details', { class: 'tables', open: !this.hasAttribute('compact') },
      h('summary', {}, t.tables(marked.count)), tables.length > 0 ? tables : h('p', {}, t.noTables));
    this.#results.replaceChildren(...[
      h('p', { class: `verdict ${verdict}` }, errors + warnings + infos === 0 ? t.clean : t.summary(errors, warnings, infos)),
      h('p', { class: 'meta' }, meta.join(' · ')),
      ...(report.diagnostics.length > 0 ? [h('h3', {}, t.findings), findings, more] : []),
      details,
    ]);
  }

  #finding(d, index, lang) {
    const t = this.#t;
    const where = d.span.page != null ? `${t.page(d.span.page)} · ${t.line(d.span.line)}` : t.line(d.span.line);
    const item = h('li', { class: `finding ${d.severity}`, tabindex: '0', 'data-index': index, 'data-code': d.code },
      h('span', { class: 'sev' }, t.severity[d.severity]),
      h('code', {}, d.code),
      h('span', { class: 'msg' }, d.message[lang]),
      h('span', { class: 'where' }, where),
      d.expected != null ? h('span', { class: 'expected' }, t.expected(d.expected, d.found)) : null);
    const select = () => this.#select(index);
    item.addEventListener('click', select);
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select();
      }
    });
    return item;
  }

  /** Marks finding `index` and, when the box holds the text that was checked, selects its span. */
  #select(index) {
    for (const item of this.#results.querySelectorAll('.finding.selected')) item.classList.remove('selected');
    const list = this.#results.querySelector('.findings');
    while (list && list.childElementCount <= index) this.#results.querySelector('.more').click();
    const item = this.#results.querySelector(`.finding[data-index="${index}"]`);
    item?.classList.add('selected');
    item?.scrollIntoView?.({ block: 'nearest' });
    const d = this.#report?.diagnostics[index];
    if (!d || this.#input?.kind !== 'text' || this.#input.value !== this.#area.value) return;
    const text = this.#area.value;
    this.#area.focus({ preventScroll: true });
    this.#area.setSelectionRange(utf16Index(text, d.span.start), utf16Index(text, Math.max(d.span.end, d.span.start)));
  }

  #cell(cell, id, faults, marked) {
    if (cell.missing) return h('td', { class: 'missing', 'data-cell': id }, '⋯');
    const fault = faults.get(cell.span.start);
    if (!fault) return h('td', { 'data-cell': id }, cell.text);
    marked.count++;
    const td = h('td', { class: 'faulty', 'data-cell': id, 'data-faulty': 'true', title: fault.tip, tabindex: '0' }, cell.text);
    td.addEventListener('click', () => this.#select(fault.index));
    return td;
  }

  #tables(tables, faults, marked) {
    const out = [];
    const wrap = (table) => out.push(h('div', { class: 'scroll' }, table));
    const t2 = tables.active_disclosure;
    if (t2) {
      const rows = [];
      let group = null;
      t2.rows.forEach((row, r) => {
        if (row.group !== group) {
          group = row.group;
          rows.push(h('tr', {}, h('th', { colspan: 4, scope: 'colgroup' }, row.group)));
          const span = row.columns.length === 1 ? 3 : 1;
          rows.push(h('tr', {}, h('th', { scope: 'col' }, '信息内容'),
            row.columns.map((c) => h('th', { scope: 'col', colspan: span }, c))));
        }
        const cells = row.cells.map((c, i) => this.#cell(c, `t2.${r}:${i}`, faults, marked));
        if (cells.length === 1) cells.push(h('td', { colspan: 2 }));
        rows.push(h('tr', {}, h('th', { scope: 'row' }, row.label), cells));
      });
      wrap(h('table', { id: 'table-2' }, h('caption', {}, '二、主动公开政府信息情况'), h('tbody', {}, rows)));
    }
    const t3 = tables.applications;
    if (t3) {
      const head = [
        h('tr', {}, h('th', { rowspan: 2, scope: 'col' }, '申请情况'), h('th', { rowspan: 2, scope: 'col' }, T3_HEAD[0]),
          h('th', { colspan: 5, scope: 'colgroup' }, '法人或其他组织'), h('th', { rowspan: 2, scope: 'col' }, T3_HEAD[6])),
        h('tr', {}, T3_HEAD.slice(1, 6).map((c) => h('th', { scope: 'col' }, c))),
      ];
      const rows = t3.rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label),
        row.cells.map((c, i) => this.#cell(c, `${row.id}:${i}`, faults, marked))));
      wrap(h('table', { id: 'table-3' }, h('caption', {}, '三、收到和处理政府信息公开申请情况'),
        h('thead', {}, head), h('tbody', {}, rows)));
    }
    const t4 = tables.review_litigation;
    if (t4) {
      const head = [
        h('tr', {}, h('th', { colspan: 5, rowspan: 2, scope: 'colgroup' }, '行政复议'),
          h('th', { colspan: 10, scope: 'colgroup' }, '行政诉讼')),
        h('tr', {}, h('th', { colspan: 5, scope: 'colgroup' }, '未经复议直接起诉'),
          h('th', { colspan: 5, scope: 'colgroup' }, '复议后起诉')),
        h('tr', {}, [0, 1, 2].flatMap(() => T4_RESULTS.map((c) => h('th', { scope: 'col' }, c)))),
      ];
      const values = h('tr', {}, t4.cells.map((c, i) => this.#cell(c, `t4:${i}`, faults, marked)));
      wrap(h('table', { id: 'table-4' }, h('caption', {}, '四、政府信息公开行政复议、行政诉讼情况'),
        h('thead', {}, head), h('tbody', {}, values)));
    }
    for (const other of tables.other ?? []) {
      const rows = other.rows.map((row) => h('tr', {}, row.map((text) => h('td', {}, text))));
      wrap(h('table', { class: 'other' }, other.title ? h('caption', {}, other.title) : null, h('tbody', {}, rows)));
    }
    return out;
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
      validator.remove();
    },
  };
}

if (!customElements.get(TAG)) customElements.define(TAG, NianbaoValidator);
