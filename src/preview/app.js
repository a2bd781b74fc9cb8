// The preview page: asks the server for each new build (a long poll), shows its pages and
// findings, and asks the server to open a place in the editor when a row or a finding is
// clicked. Every text from the document goes in with textContent: it is never markup.
'use strict';

const WORDS = {
  zh: {
    typesetting: '排版中…',
    version: (s) => `第 ${s.version} 版 · ${s.millis} ms`,
    counts: (s) => (s.errors || s.warnings)
      ? `${s.errors} 个错误、${s.warnings} 个警告` : '没有错误和警告',
    offline: '与 perfc 的连接已断开，正在重连…',
    stale: '这一版未能排版，显示的是上一版的页面；原因见右侧的问题。',
    findings: '发现的问题',
    none: '没有发现问题。',
    total: (n) => `共 ${n} 条`,
    opened: (where) => `已在编辑器中打开 ${where}`,
    located: (where) => `位置：${where}（启动 perfc preview 时加 --editor 即可直接打开）`,
    failed: (message) => `未能打开：${message}`,
  },
  en: {
    typesetting: 'Typesetting…',
    version: (s) => `version ${s.version} · ${s.millis} ms`,
    counts: (s) => (s.errors || s.warnings)
      ? `${s.errors} errors, ${s.warnings} warnings` : 'no errors or warnings',
    offline: 'Lost the connection to perfc; reconnecting…',
    stale: 'This version could not be typeset; the pages are the previous version\'s. The findings say why.',
    findings: 'Findings',
    none: 'No findings.',
    total: (n) => `${n} in all`,
    opened: (where) => `Opened ${where} in the editor`,
    located: (where) => `At ${where} (start perfc preview with --editor to open it directly)`,
    failed: (message) => `Could not open it: ${message}`,
  },
};

let version = 0;
let words = WORDS.zh;
const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A message as the server cut it (diag::pieces): code pieces as <code>, the rest as text;
// nothing of it is ever markup.
function withCode(className, pieces) {
  const node = element('span', className);
  for (const piece of pieces) {
    node.append(piece.code ? element('code', '', piece.text) : document.createTextNode(piece.text));
  }
  return node;
}

const where = (place) => `${place.file}:${place.line}:${place.column}`;

let toastTimer;
function toast(message) {
  const box = $('toast');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, 6000);
}

async function openPlace(place) {
  const location = { path: place.path, file: place.file, line: place.line, column: place.column };
  try {
    const response = await fetch('/open', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(location),
    });
    const answer = response.ok ? await response.json() : { error: await response.text() };
    if (answer.opened) toast(words.opened(where(place)));
    else if (answer.error) toast(words.failed(answer.error) + ' — ' + words.located(where(place)));
    else toast(words.located(where(place)));
  } catch (error) {
    toast(words.failed(String(error)));
  }
}

function showPage(box, page, stale) {
  box.classList.toggle('stale', stale);
  box.style.aspectRatio = `${page.width} / ${page.height}`;
  if (box.dataset.url === page.url) return;
  box.dataset.url = page.url;
  box.replaceChildren();
  const image = element('img');
  image.alt = '';
  image.src = page.url;
  box.append(image);
  for (const link of page.links) {
    const button = element('button', 'place');
    button.type = 'button';
    button.title = where(link);
    button.style.left = `${(100 * link.x) / page.width}%`;
    button.style.top = `${(100 * link.y) / page.height}%`;
    button.style.width = `${(100 * link.width) / page.width}%`;
    button.style.height = `${(100 * link.height) / page.height}%`;
    button.dataset.path = link.path;
    button.dataset.line = String(link.line);
    button.addEventListener('click', () => openPlace(link));
    box.append(button);
  }
}

// Scrolls the pages to the row a finding is in: the last linked row of its file at or above
// its line (a project's name, an indicator's row), and marks it for a moment.
function reveal(place) {
  let best = null;
  for (const button of document.querySelectorAll('.place')) {
    const line = Number(button.dataset.line);
    if (button.dataset.path === place.path && line <= place.line
        && (!best || line >= Number(best.dataset.line))) {
      best = button;
    }
  }
  if (!best) return;
  best.scrollIntoView({ block: 'center' });
  best.classList.add('found');
  setTimeout(() => best.classList.remove('found'), 2000);
}

function showPages(state) {
  const pages = $('pages');
  const banner = pages.querySelector('.banner');
  const message = state.error || (state.stale ? words.stale : null);
  if (message) {
    const shown = banner || element('div', 'banner');
    shown.textContent = message;
    if (!banner) pages.prepend(shown);
  } else if (banner) {
    banner.remove();
  }
  const boxes = [...pages.querySelectorAll('.page')];
  state.pages.forEach((page, n) => {
    let box = boxes[n];
    if (!box) {
      box = element('div', 'page');
      pages.append(box);
    }
    showPage(box, page, state.stale);
  });
  boxes.slice(state.pages.length).forEach((box) => box.remove());
}

function showFindings(state) {
  $('findings-title').textContent = words.findings;
  $('summary').textContent = state.findings.length
    ? `${words.counts(state)} · ${words.total(state.findings.length)}` : words.none;
  const items = state.findings.map((finding) => {
    const item = element('li', finding.severity);
    item.tabIndex = 0;
    item.append(element('span', 'code', finding.code), withCode('message', finding.message_pieces));
    item.append(element('span', 'where', where(finding)));
    if (finding.help) item.append(withCode('help', finding.help_pieces));
    const place = { path: finding.path, file: finding.file, line: finding.line, column: finding.column };
    const go = () => { reveal(place); openPlace(place); };
    item.addEventListener('click', go);
    item.addEventListener('keydown', (event) => { if (event.key === 'Enter') go(); });
    return item;
  });
  $('list').replaceChildren(...items);
}

function show(state) {
  words = WORDS[state.lang] || WORDS.zh;
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  $('title').textContent = state.title;
  document.title = `${state.title} · perfc`;
  const status = $('status');
  status.classList.remove('offline');
  status.textContent = `${words.version(state)} · ${words.counts(state)}`;
  showPages(state);
  showFindings(state);
  document.body.dataset.version = String(state.version);
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

async function follow() {
  for (;;) {
    try {
      const response = await fetch(`/state?after=${version}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const state = await response.json();
      if (state.version > version) {
        version = state.version;
        show(state);
      }
    } catch (error) {
      const status = $('status');
      status.classList.add('offline');
      status.textContent = words.offline;
      await sleep(1000);
    }
  }
}

follow();
