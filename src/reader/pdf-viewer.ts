/**
 * The reader's pages (issue #18): a PDF drawn with pdf.js, each page a canvas under a
 * selectable text layer. The glossary's engine highlights the text layers as it does any
 * page (it watches the document): each page's runs are spans, inline in one block per page,
 * with hyphenated line ends joined (pdf-text-runs.ts).
 *
 * Lazy: every page gets a box of its size at once (so scrolling and page numbers work), its
 * text layer in page order, the ones on screen first, and its canvas only near the screen.
 * Canvases far from the screen are dropped again, so a 100-page PDF holds a few at a time.
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import { hasReadableText, joinHyphenatedLines } from './pdf-text-runs';

/** CSS pixels per PDF point at 100 %: PDF units are 1/72 inch, CSS pixels 1/96. */
const CSS_UNITS = 96 / 72;
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;

interface PageView {
  number: number;
  box: HTMLDivElement;
  page: PDFPageProxy | null;
  text: 'none' | 'rendering' | 'done';
  canvas: HTMLCanvasElement | null;
  hasText: boolean;
}

export interface PdfViewer {
  readonly pageCount: number;
  /** The page most of the screen shows (1-based). */
  readonly currentPage: number;
  readonly zoom: number;
  goToPage(n: number): void;
  setZoom(zoom: number): Promise<void>;
  /** Resolves once every page's text layer is on the page; true if any page had text. */
  readonly textReady: Promise<boolean>;
  destroy(): void;
}

export interface PdfViewerOptions {
  onPageChange?(page: number): void;
}

export async function showPdf(
  doc: Document,
  container: HTMLElement,
  pdf: PDFDocumentProxy,
  options: PdfViewerOptions = {},
): Promise<PdfViewer> {
  let zoom = 1;
  let current = 1;
  let destroyed = false;
  const views: PageView[] = [];
  const firstPage = await pdf.getPage(1);

  const boxSize = (view: PageView, page: PDFPageProxy) => {
    const viewport = page.getViewport({ scale: zoom * CSS_UNITS });
    view.box.style.width = `${viewport.width}px`;
    view.box.style.height = `${viewport.height}px`;
    view.box.style.setProperty('--total-scale-factor', String(zoom * CSS_UNITS));
    return viewport;
  };

  for (let n = 1; n <= pdf.numPages; n++) {
    const box = doc.createElement('div');
    box.className = 'pdf-page';
    box.dataset.pageNumber = String(n);
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', `Page ${n} of ${pdf.numPages}`);
    const view: PageView = { number: n, box, page: n === 1 ? firstPage : null, text: 'none', canvas: null, hasText: false };
    // Until a page is read, it takes the first page's size (most PDFs have one size throughout).
    boxSize(view, firstPage);
    views.push(view);
    container.append(box);
  }

  const pageOf = async (view: PageView) => (view.page ??= await pdf.getPage(view.number));

  const renderText = async (view: PageView) => {
    if (view.text !== 'none') return;
    view.text = 'rendering';
    const page = await pageOf(view);
    if (destroyed) return;
    const viewport = boxSize(view, page);
    const content = await page.getTextContent();
    view.hasText = hasReadableText(content.items);
    const layer = doc.createElement('div');
    layer.className = 'textLayer';
    const layerFor = new TextLayer({
      textContentSource: { ...content, items: joinHyphenatedLines(content.items) },
      container: layer,
      viewport,
    });
    await layerFor.render();
    if (destroyed) return;
    view.box.append(layer);
    view.text = 'done';
  };

  const renderCanvas = async (view: PageView) => {
    if (view.canvas) return;
    const page = await pageOf(view);
    if (destroyed || view.canvas) return;
    const viewport = boxSize(view, page);
    const canvas = doc.createElement('canvas');
    const ratio = doc.defaultView?.devicePixelRatio ?? 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    view.canvas = canvas;
    view.box.prepend(canvas);
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise.catch(() => undefined);
  };

  const dropCanvas = (view: PageView) => {
    view.canvas?.remove();
    view.canvas = null;
  };

  // Canvases near the screen only; the page under the middle of the screen is the current one.
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const view = views[Number((entry.target as HTMLElement).dataset.pageNumber) - 1];
        if (!view) continue;
        if (entry.isIntersecting) {
          void renderText(view);
          void renderCanvas(view);
        } else dropCanvas(view);
      }
    },
    { rootMargin: '100% 0px' },
  );
  const middle = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        current = Number((entry.target as HTMLElement).dataset.pageNumber);
        options.onPageChange?.(current);
      }
    },
    { rootMargin: '-50% 0px -50% 0px' },
  );
  for (const view of views) {
    near.observe(view.box);
    middle.observe(view.box);
  }

  // Every page's text, in order, after the ones the observer starts with: the engine highlights
  // each as it arrives, and "next term" can walk the whole PDF.
  const textReady = (async () => {
    for (const view of views) {
      if (destroyed) break;
      await renderText(view);
      // The engine's own slices run between pages.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    while (views.some((view) => view.text === 'rendering')) await new Promise((resolve) => setTimeout(resolve, 20));
    return views.some((view) => view.hasText);
  })();

  const goToPage = (n: number) => {
    const view = views[Math.min(Math.max(1, Math.round(n)), views.length) - 1];
    view?.box.scrollIntoView({ block: 'start' });
  };

  return {
    pageCount: pdf.numPages,
    get currentPage() {
      return current;
    },
    get zoom() {
      return zoom;
    },
    goToPage,
    async setZoom(next: number) {
      if (next === zoom) return;
      const page = current;
      zoom = next;
      // Text layers are laid out for one scale: each page is drawn again at the new one.
      for (const view of views) {
        dropCanvas(view);
        view.box.querySelector('.textLayer')?.remove();
        view.text = 'none';
        boxSize(view, view.page ?? firstPage);
      }
      goToPage(page);
      // Observed afresh: the observer then reports again which pages are near the screen.
      for (const view of views) {
        near.unobserve(view.box);
        near.observe(view.box);
      }
      for (const view of views) await renderText(view);
    },
    textReady,
    destroy() {
      destroyed = true;
      near.disconnect();
      middle.disconnect();
      void pdf.destroy();
    },
  };
}
