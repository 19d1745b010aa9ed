/**
 * The PDF reader (issue #18): wiring only. Opens a PDF named by the address (?file=) or
 * chosen or dropped by the user, draws it with pdf.js (src/reader/pdf-viewer.ts), and loads
 * the glossary's engine into this page, which highlights the PDF's text layers as on any page.
 */
import { browser } from 'wxt/browser';
import '../../src/highlight/highlight.css';
import { startEngineInExtensionPage } from '../../src/content/engine-in-extension-page';
import { localizePage, t } from '../../src/i18n/message';
import { PDFJS_FILES } from '../../src/reader/pdfjs-files';
import { READER_FILE_PARAM, originPattern, readablePdfAddress } from '../../src/reader/pdf-address';
import { findInLayers } from '../../src/reader/find-in-pdf';
import { fetchPdf, openPdf, type PermissionApi } from '../../src/reader/pdf-loading';
import { showPdf, ZOOM_STEPS, type PdfViewer } from '../../src/reader/pdf-viewer';
import { renderDisclaimer } from '../../src/ui/disclaimer';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const bar = $<HTMLElement>('.reader-bar');
const start = $<HTMLElement>('.start');
const message = $<HTMLElement>('.message');
const messageText = $<HTMLElement>('.message-text');
const allow = $<HTMLButtonElement>('.allow');
const pages = $<HTMLElement>('.pages');
const pageNumber = $<HTMLInputElement>('.page-number');
const zoomLevel = $<HTMLOutputElement>('.zoom-level');
const findStatus = $<HTMLElement>('.find-status');

const permissions: PermissionApi = {
  contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
};

let viewer: PdfViewer | null = null;

/** What the reader is doing, on <body> for its own styles and the tests: opening, showing a PDF, or waiting for the user. */
type ReaderState = 'loading' | 'shown' | 'waiting';
const setState = (state: ReaderState) => (document.body.dataset.state = state);

function say(text: string | null, allowAction?: () => void): void {
  if (text !== null) setState(text === t('readerLoading') ? 'loading' : 'waiting');
  message.hidden = text === null;
  messageText.textContent = text ?? '';
  allow.hidden = !allowAction;
  allow.onclick = allowAction ? () => allowAction() : null;
}

async function show(bytes: Uint8Array, name: string): Promise<void> {
  say(t('readerLoading'));
  const opened = await openPdf(bytes, PDFJS_FILES.worker);
  if (!opened.ok) return say(t(opened.reason === 'password' ? 'readerPassword' : 'readerNotPdf'));
  viewer?.destroy();
  pages.replaceChildren();
  say(null);
  start.hidden = true;
  bar.hidden = false;
  document.title = `${name}: ${t('readerTitle')}`;
  viewer = await showPdf(document, pages, opened.pdf, { onPageChange: (n) => (pageNumber.value = String(n)) });
  setState('shown');
  pageNumber.max = String(viewer.pageCount);
  $('.page-count').textContent = t('readerPageCount', String(viewer.pageCount));
  zoomLevel.value = `${Math.round(viewer.zoom * 100)} %`;
  const shown = viewer;
  void shown.textReady.then((hasText) => {
    if (TIMINGS) performance.mark('reader:text-ready');
    if (!hasText && viewer === shown) say(t('readerNoText'));
  });
}

async function openAddress(address: string): Promise<void> {
  const url = readablePdfAddress(address);
  if (!url) return say(t('readerNotPdf'));
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
  say(t('readerLoading'));
  const fetched = await fetchPdf(url, permissions);
  if (fetched.ok) return show(fetched.bytes, name);
  if (fetched.reason === 'failed') return say(t('readerFetchFailed', url.host));
  // Asked on the user's click (the browser's rule for permission requests), for this site only.
  say(t('readerAllow', url.host), () => {
    void permissions.request(originPattern(url)).then((granted) => (granted ? openAddress(address) : say(t('readerRefused'))));
  });
}

async function openFile(file: File): Promise<void> {
  await show(new Uint8Array(await file.arrayBuffer()), file.name);
}

function wireControls(): void {
  $('.previous').addEventListener('click', () => viewer?.goToPage(viewer.currentPage - 1));
  $('.next').addEventListener('click', () => viewer?.goToPage(viewer.currentPage + 1));
  pageNumber.addEventListener('change', () => viewer?.goToPage(Number(pageNumber.value)));
  const zoomBy = (step: 1 | -1) => {
    if (!viewer) return;
    const index = ZOOM_STEPS.findIndex((z) => z >= viewer!.zoom);
    const next = ZOOM_STEPS[Math.min(Math.max(0, index + step), ZOOM_STEPS.length - 1)]!;
    zoomLevel.value = `${Math.round(next * 100)} %`;
    void viewer.setZoom(next);
  };
  $('.zoom-in').addEventListener('click', () => zoomBy(1));
  $('.zoom-out').addEventListener('click', () => zoomBy(-1));
  let lastFound: Range | null = null;
  $('.find-text').addEventListener('input', () => (lastFound = null));
  $('.find').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = $<HTMLInputElement>('.find-text').value.trim();
    if (!query) return;
    const found = findInLayers([...pages.querySelectorAll('.textLayer')], query, lastFound);
    lastFound = found?.range ?? null;
    if (found) {
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(found.range);
      found.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
    findStatus.textContent = found ? '' : t('readerFindNone');
  });
  const fileInput = $<HTMLInputElement>('.file-input');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void openFile(file);
  });
  $('.open-another').addEventListener('click', () => fileInput.click());

  // Drag and drop anywhere on the page.
  const zone = $<HTMLElement>('.drop-zone');
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    zone.hidden = false;
  });
  zone.addEventListener('dragleave', () => (zone.hidden = true));
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
}

/** Benchmark builds only (WXT_DG_TIMINGS=1, npm run bench): `?glossary=off` is pdf.js alone, and a 10 ms timer's longest wait is kept. */
const TIMINGS = import.meta.env.WXT_DG_TIMINGS === '1';
const benchSays = (name: string) => TIMINGS && new URLSearchParams(location.search).get(name);

function startBenchTimer(): void {
  const timer = { longestGapMs: 0, last: performance.now() };
  (window as Window & { dgReaderTimer?: typeof timer }).dgReaderTimer = timer;
  setInterval(() => {
    const now = performance.now();
    timer.longestGapMs = Math.max(timer.longestGapMs, now - timer.last);
    timer.last = now;
  }, 10);
}

async function main(): Promise<void> {
  if (TIMINGS) startBenchTimer();
  localizePage(document);
  document.title = t('readerTitle');
  $<HTMLInputElement>('.find-text').placeholder = t('readerFind');
  $('#disclaimer').replaceChildren(renderDisclaimer(document));
  wireControls();
  if (benchSays('glossary') !== 'off') await startEngineInExtensionPage();
  const address = new URLSearchParams(location.search).get(READER_FILE_PARAM);
  if (address) await openAddress(address);
  else setState('waiting');
}

main().catch((error: unknown) => console.error('[dystonia-glossary] the PDF reader failed to start', error));
