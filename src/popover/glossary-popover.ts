/**
 * The popover: a non-modal dialog in a shadow root, positioned next to a highlighted term
 * with @floating-ui/dom. It shows one entry at a time, keeps a history for related-term
 * navigation (Back), and stays until dismissed when pinned (WCAG 1.4.13).
 */
import { arrow, autoUpdate, computePosition, flip, inline, offset, shift, size, type ReferenceElement } from '@floating-ui/dom';
import type { GlossaryEntry } from '../glossary';
import { h } from '../ui/dom';
import { renderEntryNote } from '../ui/disclaimer';
import { renderEntryDetails } from '../ui/entry-details';
import { createSpeaker, type Speaker } from '../ui/speech';
import { uiText } from '../ui/strings';
import { attachPopoverHost, createPopoverHost } from './popover-host';
import type { Box, PopoverInspection } from '../messages';
import type { EntryLookup } from './entry-lookup';
import type { TermRef } from './term-source';

export interface PopoverOptions {
  entries: EntryLookup;
  /** 'auto' follows the OS. */
  theme?: 'auto' | 'light' | 'dark';
  fontSizePx?: number;
  /** Shows an "Open in glossary" button that calls this with the shown entry's id. */
  onOpenInGlossary?: (entryId: string) => void;
  /** Which clicks count: the user's own (`isTrusted`), never a page's synthetic ones (security review M4). Tests replace it. */
  acceptsEvent?: (event: Event) => boolean;
  /** Reads aloud; defaults to the page window's speech synthesis. */
  speaker?: Speaker;
  /** Called with the term whose explanation is open, or null when it closes (aria-expanded, the active highlight). */
  onAnchorChange?: (term: TermRef | null) => void;
  /** Closed in the extension (the page cannot read it); unit tests open it to look inside. */
  shadowMode?: ShadowRootMode;
}

export interface OpenOptions {
  pinned: boolean;
  /** Move focus into the dialog (opened from the keyboard); hover never steals focus. */
  focus: boolean;
  /** Where the pointer was: a term wrapped over two lines gets the popover at the line pointed at. */
  point?: { x: number; y: number };
}

export class GlossaryPopover {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly dialog: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  private readonly footer: HTMLElement;
  private readonly back: HTMLButtonElement;
  private readonly arrowEl: HTMLElement;
  private readonly speaker: Speaker;
  private history: GlossaryEntry[] = [];
  private anchorRef: TermRef | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private returnFocusTo: HTMLElement | null = null;
  private isPinned = false;
  private readonly pinnedLabel: HTMLElement;
  private fontSizePx = 16;
  private last: { anchor: TermRef; entryId: string } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: PopoverOptions,
  ) {
    ({ host: this.host, root: this.root } = createPopoverHost(doc, options.shadowMode));
    this.speaker = options.speaker ?? createSpeaker(doc.defaultView);
    this.speaker.onAvailabilityChange(() => this.showSpeechIfAvailable());
    this.title = h(doc, 'h2', { className: 'dg-title', attrs: { id: 'dg-title' } });
    this.back = h(doc, 'button', { className: 'dg-back', text: '‹', attrs: { type: 'button', 'aria-label': uiText('back') }, on: { click: () => this.goBack() } });
    this.back.hidden = true;
    const close = h(doc, 'button', { className: 'dg-close', text: '×', attrs: { type: 'button', 'aria-label': uiText('close') }, on: { click: () => this.close({ restoreFocus: true }) } });
    // Pinned looks different from open-on-rest, and says so: moving the hand will not close it.
    this.pinnedLabel = h(doc, 'span', { className: 'dg-pinned', attrs: { role: 'status' } });
    this.body = h(doc, 'div', { className: 'dg-body' });
    this.footer = h(doc, 'div', { className: 'dg-footer' });
    this.arrowEl = h(doc, 'div', { className: 'dg-arrow', attrs: { 'aria-hidden': 'true' } });
    this.dialog = h(
      doc,
      'div',
      { className: 'dg-popover', attrs: { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'dg-title', tabindex: '-1' } },
      this.arrowEl,
      h(doc, 'div', { className: 'dg-header' }, this.back, this.title, this.pinnedLabel, close),
      this.body,
      this.footer,
    );
    this.dialog.hidden = true;
    this.applyAppearance(options);
    this.root.append(this.dialog);
    this.dialog.addEventListener('keydown', (e) => this.onDialogKeydown(e));
  }

  get isOpen(): boolean {
    return !this.dialog.hidden;
  }
  get pinned(): boolean {
    return this.isPinned;
  }
  get anchor(): TermRef | null {
    return this.anchorRef;
  }
  /** Whether keyboard focus is in the popover. */
  get hasFocus(): boolean {
    return this.root.activeElement !== null || this.doc.activeElement === this.host;
  }
  get entry(): GlossaryEntry | undefined {
    return this.history[this.history.length - 1];
  }
  /** The term and entry most recently opened, for "reopen last" after an accidental dismissal. */
  get lastOpened(): { anchor: TermRef; entryId: string } | null {
    return this.last;
  }
  /** The dialog element, for hit-testing pointer moves. */
  get element(): HTMLElement {
    return this.dialog;
  }

  applyAppearance(options: Pick<PopoverOptions, 'theme' | 'fontSizePx'>): void {
    if (options.theme && options.theme !== 'auto') this.dialog.dataset.theme = options.theme;
    else delete this.dialog.dataset.theme;
    this.fontSizePx = options.fontSizePx ?? 16;
    this.dialog.style.setProperty('--dg-font-size', `${this.fontSizePx}px`);
  }

  open(anchor: TermRef, entry: GlossaryEntry, { pinned, focus, point }: OpenOptions): void {
    if (this.isOpen && this.anchorRef?.id !== anchor.id) this.close({ restoreFocus: false });
    // The page may have replaced its <body> (Turbo) or the whole document (document.open()).
    if (!this.host.isConnected) attachPopoverHost(this.doc, this.host);
    this.anchorRef = anchor;
    this.setPinned(this.isPinned || pinned);
    this.history = [entry];
    this.last = { anchor, entryId: entry.id };
    this.render();
    this.dialog.hidden = false;
    this.startPositioning(anchor.reference, point);
    this.options.onAnchorChange?.(anchor);
    if (focus) this.focus();
  }

  pin(): void {
    this.setPinned(true);
  }

  private setPinned(pinned: boolean): void {
    this.isPinned = pinned;
    this.dialog.classList.toggle('dg-is-pinned', pinned);
    // A status region's new text is announced; it is empty while not pinned.
    const text = pinned ? uiText('pinned') : '';
    if (this.pinnedLabel.textContent !== text) this.pinnedLabel.textContent = text;
  }

  /** Moves focus into the open dialog, remembering where it came from for Esc (the term, when nothing had focus). */
  focus(): void {
    if (!this.isOpen) return;
    if (!this.host.contains(this.doc.activeElement)) {
      const active = this.doc.activeElement;
      this.returnFocusTo = active instanceof HTMLElement && active !== this.doc.body && active !== this.host ? active : (this.anchorRef?.element ?? null);
    }
    this.dialog.focus({ preventScroll: true });
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.isOpen) return;
    const focusWasInside = this.host.contains(this.doc.activeElement) || this.root.activeElement !== null;
    this.dialog.hidden = true;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.anchorRef = null;
    this.options.onAnchorChange?.(null);
    this.setPinned(false);
    this.history = [];
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (!restoreFocus || !focusWasInside) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    // Nothing to go back to (a painted term takes no focus): leave the hidden dialog now, not
    // at the browser's next focus fix-up, which comes a frame later.
    else (this.root.activeElement as HTMLElement | null)?.blur();
  }

  /** What the popover shows, for the end-to-end tests (src/messages.ts `inspect`): the page cannot reach it. */
  inspect(selectors: readonly string[] = []): PopoverInspection {
    const style = this.doc.defaultView!.getComputedStyle(this.dialog);
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const focused = this.root.activeElement;
    return {
      open: this.isOpen && this.host.isConnected,
      pinned: this.isPinned,
      role: this.dialog.getAttribute('role'),
      name: this.title.textContent,
      text: this.dialog.innerText,
      focusInside: this.hasFocus,
      focused: focused instanceof HTMLElement ? focused.className || focused.localName : null,
      box: box(this.dialog)!,
      fontSizePx: parseFloat(style.fontSize),
      titleFontSizePx: parseFloat(this.doc.defaultView!.getComputedStyle(this.title).fontSize),
      color: style.color,
      background: style.backgroundColor,
      animationName: style.animationName,
      theme: this.dialog.getAttribute('data-theme'),
      anchor: this.anchorRef?.id ?? null,
      found: Object.fromEntries(selectors.map((s) => [s, box(this.root.querySelector(s))])),
    };
  }

  /** Whether an event target (possibly retargeted to the host) belongs to the popover. */
  contains(node: EventTarget | null): boolean {
    return node instanceof Node && (node === this.host || this.host.contains(node) || this.root.contains(node));
  }

  destroy(): void {
    this.close({ restoreFocus: false });
    this.host.remove();
  }

  /** A related entry's own related terms and safety text may still be on their way from the background: shown once here. */
  async showRelated(entry: GlossaryEntry): Promise<void> {
    if (!this.options.entries.ready(entry.id) && !(await this.options.entries.prepare(entry.id))) return;
    const hadFocus = this.root.activeElement !== null;
    this.history.push(entry);
    this.render();
    // The button that had focus is gone; keep focus inside, on the way back.
    if (hadFocus) this.back.focus();
  }

  goBack(): void {
    if (this.history.length < 2) return;
    const hadFocus = this.root.activeElement !== null;
    this.history.pop();
    this.render();
    if (hadFocus) (this.back.hidden ? this.dialog : this.back).focus();
  }

  private render(): void {
    const entry = this.entry;
    if (!entry) return;
    this.title.textContent = entry.term;
    this.back.hidden = this.history.length < 2;
    const speak = this.speaker.supported ? (text: string) => this.speaker.speak(text) : undefined;
    const openInGlossary = this.options.onOpenInGlossary;
    this.body.replaceChildren(
      renderEntryDetails(this.doc, entry, {
        lookup: (id) => this.options.entries.lookup(id),
        source: (id) => this.options.entries.source(id),
        onRelated: (r) => void this.showRelated(r),
        speak,
      }),
      ...(openInGlossary
        ? [
            h(
              this.doc,
              'p',
              { className: 'dg-actions' },
              // A page script's synthetic click opens nothing (security review M4).
              h(this.doc, 'button', { className: 'dg-open-glossary', text: uiText('openInGlossary'), attrs: { type: 'button' }, on: { click: (event: Event) => (this.options.acceptsEvent ?? isTrusted)(event) && openInGlossary(entry.id) } }),
            ),
          ]
        : []),
    );
    // The glossary's note, or for the user's own term the label that says so.
    // Seen only while focus is in the explanation (popover.css): the keys need no chord.
    this.footer.replaceChildren(h(this.doc, 'p', { className: 'dg-keys', text: uiText('keysHint') }), renderEntryNote(this.doc, entry));
    this.showSpeechIfAvailable();
    // A new entry (related term, Back) is read from its start, not where the last one was left.
    this.body.scrollTop = 0;
    this.dialog.scrollTop = 0;
  }

  /** Speak buttons show only once the browser has a voice to speak with. */
  private showSpeechIfAvailable(): void {
    const row = this.body.querySelector<HTMLElement>('.dg-speech');
    if (row) row.hidden = !this.speaker.available;
  }

  private startPositioning(anchor: ReferenceElement, point: { x: number; y: number } | undefined): void {
    this.stopAutoUpdate?.();
    const update = () => {
      void computePosition(anchor, this.dialog, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          // A term wrapped across lines: the line fragment under the pointer (else the first).
          inline(point),
          offset(10),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // On a short window (200% zoom, a phone) neither side may fit: cap the height to the
          // space on the chosen side and let the dialog scroll, rather than leave the viewport.
          size({
            padding: 8,
            apply: ({ availableWidth, availableHeight, elements }) => {
              elements.floating.style.setProperty('--dg-available-width', `${Math.max(200, Math.floor(availableWidth))}px`);
              elements.floating.style.setProperty('--dg-available-height', `${Math.max(120, Math.floor(availableHeight))}px`);
              // Too short to keep header and footer fixed around a scrolling body (a phone, 200%
              // zoom, 24 px text): the whole popover scrolls instead, so the text gets the room.
              elements.floating.toggleAttribute('data-compact', availableHeight < this.fontSizePx * 24);
            },
          }),
          arrow({ element: this.arrowEl, padding: 12 }),
        ],
      }).then(({ x, y, placement, middlewareData }) => {
        Object.assign(this.dialog.style, { left: `${x}px`, top: `${y}px` });
        const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
        const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
        const a = middlewareData.arrow;
        Object.assign(this.arrowEl.style, {
          left: a?.x != null ? `${a.x}px` : '',
          top: a?.y != null ? `${a.y}px` : '',
          right: '',
          bottom: '',
          [opposite]: '-8px',
        });
      });
    };
    // autoUpdate only while open: closing removes every listener it added.
    this.stopAutoUpdate = autoUpdate(anchor, this.dialog, update);
  }

  private onDialogKeydown(event: KeyboardEvent): void {
    if (event.key === 'Tab') this.trapTab(event);
  }

  /** Tab cycles the dialog's own controls while focus is inside it. */
  private trapTab(event: KeyboardEvent): void {
    const focusable = Array.from(this.dialog.querySelectorAll<HTMLElement>('button:not([hidden]), a[href]')).filter(
      (el) => !el.closest('[hidden]'),
    );
    if (focusable.length === 0) return;
    const active = this.root.activeElement;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && (active === first || active === this.dialog)) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && active === last) {
      first.focus();
      event.preventDefault();
    }
  }
}

const isTrusted = (event: Event) => event.isTrusted;
