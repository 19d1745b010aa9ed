/**
 * A short status on the page, in the extension's own closed shadow root (src/ui/shadow-host.ts):
 * what a keyboard command just did and how to undo it (issue #15; the words come from
 * src/content/site-switch-message.ts). It sits in the bottom corner, clear of the text being
 * read, and is a live region (`role="status"`, polite), so a screen reader says it without
 * moving focus; it never takes focus. It hides itself after NOTICE_HIDE_AFTER_MS, or by its
 * large ×; while the pointer or focus is on it, it stays (WCAG 2.2.1).
 *
 * The host is put in the page on the first notice only: a page where no command was used
 * never sees it. DOM only, no extension API.
 */
import type { Box, NoticeInspection } from '../contracts/messages';
import type { Theme } from '../settings/settings';
import { h } from '../ui/dom';
import { attachShadowHost, createShadowHost } from '../ui/shadow-host';
import palette from '../ui/shadow-palette.css?inline';
import notice from './page-notice.css?inline';
import { NOTICE_HOST_ATTRIBUTE } from '../contracts/dom';

/** Long enough to read two sentences at a slow pace, and then some (WCAG 2.2.1 asks at least 6 s of a status). */
export const NOTICE_HIDE_AFTER_MS = 10_000;
/**
 * A live region that arrives with its text is not reliably read out: the region is in the
 * page first, and its text follows this much later.
 */
export const LIVE_REGION_SETTLE_MS = 100;

type Hold = 'pointer' | 'focus';
const HOLDS: ReadonlyArray<readonly [keyof HTMLElementEventMap, Hold, boolean]> = [
  ['pointerenter', 'pointer', true],
  ['pointerleave', 'pointer', false],
  ['focusin', 'focus', true],
  ['focusout', 'focus', false],
];

interface NoticeAppearance {
  theme?: Theme;
  /** The explanation's text size from the settings: a reader who needs larger text needs it here too. */
  fontSizePx?: number;
}

export interface PageNoticeOptions {
  /** The × button's accessible name. */
  closeLabel: string;
  hideAfterMs?: number;
  /** Closed in the extension; unit and accessibility tests open it to look inside. */
  shadowMode?: ShadowRootMode;
}

export interface PageNotice {
  /** Shows these sentences, in place of any notice already shown, and starts the time to hide again. */
  show(sentences: readonly string[], appearance?: NoticeAppearance): void;
  hide(): void;
  readonly shown: boolean;
  /** What the notice shows (the e2e tests' `inspect` request); null until the first notice. */
  inspect(): NoticeInspection | null;
  destroy(): void;
}

export function createPageNotice(doc: Document, options: PageNoticeOptions): PageNotice {
  const hideAfterMs = options.hideAfterMs ?? NOTICE_HIDE_AFTER_MS;
  const { host, root } = createShadowHost(doc, NOTICE_HOST_ATTRIBUTE, palette + notice, options.shadowMode);
  const region = h(doc, 'div', { className: 'dg-notice-text', attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } });
  // Outside the live region: its name is not read out with every notice.
  const close = h(doc, 'button', { className: 'dg-notice-close', text: '×', attrs: { type: 'button', 'aria-label': options.closeLabel } });
  close.hidden = true;
  const card = h(doc, 'div', { className: 'dg-notice dg-palette' }, region, close);
  root.append(card);

  let sentences: readonly string[] = [];
  let isShown = false;
  let everShown = false;
  let fillTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** What keeps the notice up for now: the pointer over it, focus in it. */
  const holds = new Set<Hold>();

  const stopHiding = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hideLater = () => {
    stopHiding();
    if (isShown && holds.size === 0) hideTimer = setTimeout(hide, hideAfterMs);
  };
  const fill = () => {
    fillTimer = undefined;
    region.replaceChildren(...sentences.map((text) => h(doc, 'p', { text })));
    card.classList.add('dg-is-shown');
    close.hidden = false;
    isShown = true;
    hideLater();
  };
  function hide(): void {
    clearTimeout(fillTimer);
    fillTimer = undefined;
    stopHiding();
    if (!isShown) return;
    isShown = false;
    region.replaceChildren();
    card.classList.remove('dg-is-shown');
    close.hidden = true;
    holds.clear();
  }

  close.addEventListener('click', hide);
  // A press on the × leaves focus where the reader had it: the notice is about to go, and focus would fall to the page's top.
  close.addEventListener('mousedown', (event) => event.preventDefault());
  // A hand on its way to the ×, or a keyboard on it, keeps the notice up; leaving starts the time again.
  for (const [type, hold, on] of HOLDS) {
    card.addEventListener(type, () => {
      if (on) holds.add(hold);
      else holds.delete(hold);
      hideLater();
    });
  }

  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };

  return {
    show(next, appearance = {}) {
      sentences = [...next];
      everShown = true;
      if (appearance.theme && appearance.theme !== 'auto') card.dataset.theme = appearance.theme;
      else delete card.dataset.theme;
      card.style.setProperty('--dg-font-size', `${appearance.fontSizePx ?? 16}px`);
      // The page may have replaced its document (document.open()) since the last notice.
      if (!host.isConnected) {
        hide();
        attachShadowHost(doc, host);
        clearTimeout(fillTimer);
        fillTimer = setTimeout(fill, LIVE_REGION_SETTLE_MS);
        return;
      }
      // Still waiting for the region to settle: the newest sentences go in when it has.
      if (fillTimer !== undefined) return;
      fill();
    },
    hide,
    get shown() {
      return isShown;
    },
    inspect() {
      if (!everShown) return null;
      const style = doc.defaultView!.getComputedStyle(card);
      return {
        shown: isShown && host.isConnected,
        role: region.getAttribute('role'),
        live: region.getAttribute('aria-live'),
        text: Array.from(region.children, (p) => p.textContent ?? '').join(' '),
        box: box(card),
        close: isShown ? box(close) : null,
        focusInside: root.activeElement !== null,
        color: style.color,
        background: style.backgroundColor,
        animationName: style.animationName,
      };
    },
    destroy() {
      hide();
      host.remove();
    },
  };
}
