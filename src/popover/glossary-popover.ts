/**
 * The popover: a non-modal dialog in a shadow root, positioned next to a highlighted term
 * with @floating-ui/dom. It shows one entry at a time, keeps a history for related-term
 * navigation (Back), and stays until dismissed when pinned (WCAG 1.4.13).
 */
import { arrow, autoUpdate, computePosition, inline } from '@floating-ui/dom';
import type { GlossaryEntry } from '../glossary';
import { h } from '../ui/dom';
import { renderEntryNote } from '../ui/disclaimer';
import { renderEntryDetails } from '../ui/entry-details';
import { renderSaveControl, type MyTermsPort } from '../ui/save-control';
import { createSpeaker, type Speaker } from '../ui/speech';
import { uiText } from '../ui/strings';
import { attachPopoverHost, createPopoverHost } from './popover-host';
import type { Box, PopoverInspection } from '../contracts/messages';
import type { EntryLookup } from './entry-lookup';
import { measureReadingLines, unionOf } from './reading-lines';
import {
  explanationPosition,
  placeExplanation,
  type PlacementMode,
  type PlacementSide,
  type ReadingPlacementInput,
  type Rect,
} from './reading-placement';
import { initialPopoverState, lastOpened, reducePopover, shownEntry, type PopoverEvent, type PopoverState } from './popover-state';
import type { TermRef, TermSource } from './term-source';
import type { OpenSource } from '../contracts/messages';

/** Between the reading and the explanation, and between the explanation and the window's edge. */
const GAP_PX = 10;
const EDGE_PX = 8;

export interface PopoverOptions {
  entries: EntryLookup;
  /** 'auto' follows the OS. */
  theme?: 'auto' | 'light' | 'dark';
  fontSizePx?: number;
  /** Shows an "Open in glossary" button that calls this with the shown entry's id. */
  onOpenInGlossary?: (entryId: string) => void;
  /** My terms (issue #17): a Save button, and each explanation opened (a term, a related one) told to the history. */
  myTerms?: MyTermsPort;
  /** Which clicks count: the user's own (`isTrusted`), never a page's synthetic ones (security review M4). Tests replace it. */
  acceptsEvent?: (event: Event) => boolean;
  /** Reads aloud; defaults to the page window's speech synthesis. */
  speaker?: Speaker;
  /** Called with the term whose explanation is open, or null when it closes (aria-expanded, the active highlight). */
  onAnchorChange?: (term: TermRef | null) => void;
  /** Closed in the extension (the page cannot read it); unit tests open it to look inside. */
  shadowMode?: ShadowRootMode;
  /** Where the term's text is, every line of it: what the explanation keeps clear. */
  geometry?: Pick<TermSource, 'boxes' | 'end'>;
  /** Next to the term (default), or a panel docked at an edge of the window. */
  placement?: PlacementMode;
}

export interface OpenOptions {
  pinned: boolean;
  /** What opened it (kept in the state: popover-state.ts). */
  source: OpenSource;
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
  private readonly scroller: HTMLElement;
  private readonly speaker: Speaker;
  /** Open, pinned, which term and entries: changed only by `dispatch`, and everything shown is drawn from it. */
  private state: PopoverState = initialPopoverState;
  /**
   * The objects behind the state's ids (it holds only ids): the entries of its history, and
   * the term last opened, which is the open one while open and "reopen last"'s after.
   */
  private readonly entries = new Map<string, GlossaryEntry>();
  private term: TermRef | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private returnFocusTo: HTMLElement | null = null;
  private readonly pinnedLabel: HTMLElement;
  private readonly saveSlot: HTMLElement;
  private fontSizePx = 16;
  /** The side the explanation was put on last: kept while it fits (a docked panel stays where it is). */
  private lastSide: PlacementSide | undefined;
  private placementMode: PlacementMode = 'beside';

  constructor(
    private readonly doc: Document,
    private readonly options: PopoverOptions,
  ) {
    ({ host: this.host, root: this.root } = createPopoverHost(doc, options.shadowMode));
    this.speaker = options.speaker ?? createSpeaker(doc.defaultView);
    this.speaker.onAvailabilityChange(() => this.showSpeechIfAvailable());
    this.title = h(doc, 'h2', { className: 'dg-title', attrs: { id: 'dg-title' } });
    this.back = h(doc, 'button', {
      className: 'dg-back',
      text: '‹',
      attrs: { type: 'button', 'aria-label': uiText('back') },
      on: { click: () => this.goBack() },
    });
    this.back.hidden = true;
    const close = h(doc, 'button', {
      className: 'dg-close',
      text: '×',
      attrs: { type: 'button', 'aria-label': uiText('close') },
      on: { click: () => this.close({ restoreFocus: true }) },
    });
    // Pinned looks different from open-on-rest, and says so: moving the hand will not close it.
    this.pinnedLabel = h(doc, 'span', { className: 'dg-pinned', attrs: { role: 'status' } });
    this.saveSlot = h(doc, 'span', { className: 'dg-save-slot' });
    this.body = h(doc, 'div', { className: 'dg-body' });
    this.footer = h(doc, 'div', { className: 'dg-footer' });
    this.arrowEl = h(doc, 'div', { className: 'dg-arrow', attrs: { 'aria-hidden': 'true' } });
    // One scrolling area for everything (header and footer stay in view while it scrolls): no
    // scroll area nested inside another, and in Firefox no unnamed Tab stop for a scrolling body.
    this.scroller = h(
      doc,
      'div',
      { className: 'dg-scroll', attrs: { tabindex: '-1' } },
      // Save sits in the header, which stays in view: a long explanation never hides it.
      h(doc, 'div', { className: 'dg-header' }, this.back, this.title, this.pinnedLabel, this.saveSlot, close),
      this.body,
      this.footer,
    );
    this.dialog = h(
      doc,
      'div',
      // Named by the term, described by its short definition: both in this shadow root, where the references resolve.
      {
        className: 'dg-popover dg-palette',
        attrs: {
          role: 'dialog',
          'aria-modal': 'false',
          'aria-labelledby': 'dg-title',
          'aria-describedby': 'dg-description',
          tabindex: '-1',
        },
      },
      this.arrowEl,
      this.scroller,
    );
    this.dialog.hidden = true;
    this.applyAppearance(options);
    this.root.append(this.dialog);
    this.dialog.addEventListener('keydown', (e) => this.onDialogKeydown(e));
  }

  /** Closed, unpinned (goes when the pointer or focus leaves) or pinned: the interactions ask, and keep no copy. */
  get mode(): PopoverState['mode'] {
    return this.state.mode;
  }
  get isOpen(): boolean {
    return this.state.mode !== 'closed';
  }
  get pinned(): boolean {
    return this.state.mode === 'pinned';
  }
  get anchor(): TermRef | null {
    return this.isOpen ? this.term : null;
  }
  /** Whether keyboard focus is in the popover. */
  get hasFocus(): boolean {
    return this.root.activeElement !== null || this.doc.activeElement === this.host;
  }
  get entry(): GlossaryEntry | undefined {
    const id = shownEntry(this.state);
    return id === null ? undefined : this.entries.get(id);
  }
  /** The term and entry most recently opened, for "reopen last" after an accidental dismissal. */
  get lastOpened(): { anchor: TermRef; entryId: string } | null {
    const last = lastOpened(this.state);
    return last && this.term ? { anchor: this.term, entryId: last.entryId } : null;
  }
  /** The dialog element, for hit-testing pointer moves. */
  get element(): HTMLElement {
    return this.dialog;
  }

  applyAppearance(options: Pick<PopoverOptions, 'theme' | 'fontSizePx' | 'placement'>): void {
    this.placementMode = options.placement ?? 'beside';
    if (options.theme && options.theme !== 'auto') this.dialog.dataset.theme = options.theme;
    else delete this.dialog.dataset.theme;
    this.fontSizePx = options.fontSizePx ?? 16;
    this.dialog.style.setProperty('--dg-font-size', `${this.fontSizePx}px`);
  }

  open(anchor: TermRef, entry: GlossaryEntry, { pinned, source, focus, point }: OpenOptions): void {
    if (this.isOpen && this.term?.id !== anchor.id) this.close({ restoreFocus: false });
    // The page may have replaced its <body> (Turbo) or the whole document (document.open()).
    if (!this.host.isConnected) attachPopoverHost(this.doc, this.host);
    this.term = anchor;
    this.entries.set(entry.id, entry);
    this.dispatch({ type: 'open', anchor: anchor.id, entryId: entry.id, source, pinned });
    this.startPositioning(anchor, point);
    this.options.onAnchorChange?.(anchor);
    if (focus) this.focus();
  }

  pin(): void {
    this.dispatch({ type: 'pin' });
  }

  /** The one way the state changes: reduced, then drawn. */
  private dispatch(event: PopoverEvent): boolean {
    const before = this.state;
    const next = reducePopover(before, event);
    if (next === before) return false;
    this.state = next;
    // Only the entries still in the history are kept.
    const kept = new Set(next.mode === 'closed' ? [] : next.history);
    for (const id of this.entries.keys()) if (!kept.has(id)) this.entries.delete(id);
    this.renderState(before);
    if (event.type === 'open' || event.type === 'follow') {
      const shown = shownEntry(next);
      if (shown !== null) this.options.myTerms?.lookedUp(shown);
    }
    return true;
  }

  /** Draws the state: shown or hidden, pinned or not, Back, and the entry when another is shown. */
  private renderState(before: PopoverState): void {
    const state = this.state;
    const pinned = state.mode === 'pinned';
    this.dialog.classList.toggle('dg-is-pinned', pinned);
    // A status region's new text is announced; it is empty while not pinned.
    const text = pinned ? uiText('pinned') : '';
    if (this.pinnedLabel.textContent !== text)
      this.pinnedLabel.replaceChildren(...(text ? [h(this.doc, 'span', { className: 'dg-header-word', text })] : []));
    if (state.mode === 'closed') {
      this.dialog.hidden = true;
      return;
    }
    this.back.hidden = state.history.length < 2;
    // A new history (opened, a related term, Back): the entry is drawn again, even the same one.
    if (before.mode === 'closed' || before.history !== state.history) this.renderEntry();
    this.dialog.hidden = false;
  }

  /** Moves focus into the open dialog, remembering where it came from for Esc (the term, when nothing had focus). */
  focus(): void {
    if (!this.isOpen) return;
    if (!this.host.contains(this.doc.activeElement)) {
      const active = this.doc.activeElement;
      this.returnFocusTo =
        active instanceof HTMLElement && active !== this.doc.body && active !== this.host ? active : (this.anchor?.element ?? null);
    }
    // The scrolling area takes focus, so the arrow and page keys scroll the explanation.
    this.scroller.focus({ preventScroll: true });
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    if (!this.isOpen) return;
    const focusWasInside = this.host.contains(this.doc.activeElement) || this.root.activeElement !== null;
    this.dispatch({ type: 'close' });
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.options.onAnchorChange?.(null);
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (!restoreFocus || !focusWasInside) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    // Nothing to go back to (a painted term takes no focus): leave the hidden dialog now, not
    // at the browser's next focus fix-up, which comes a frame later.
    else (this.root.activeElement as HTMLElement | null)?.blur();
  }

  /** What the popover shows, for the end-to-end tests (src/contracts/messages.ts `inspect`): the page cannot reach it. */
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
      pinned: this.pinned,
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
      anchor: this.state.mode === 'closed' ? null : this.state.anchor,
      source: this.state.mode === 'closed' ? null : this.state.source,
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
    // Closed while it was on its way: nothing to follow it from.
    if (!this.isOpen) return;
    this.entries.set(entry.id, entry);
    this.dispatch({ type: 'follow', entryId: entry.id });
    // The button that had focus is gone; keep focus inside, on the way back.
    if (hadFocus) this.back.focus();
  }

  goBack(): void {
    const hadFocus = this.root.activeElement !== null;
    if (!this.dispatch({ type: 'back' })) return;
    if (hadFocus) (this.back.hidden ? this.scroller : this.back).focus();
  }

  private renderEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    this.title.textContent = entry.term;
    const speak = this.speaker.supported ? (text: string) => this.speaker.speak(text) : undefined;
    const openInGlossary = this.options.onOpenInGlossary;
    const accepts = this.options.acceptsEvent ?? isTrusted;
    this.saveSlot.replaceChildren(...(this.options.myTerms ? [renderSaveControl(this.doc, entry.id, this.options.myTerms, accepts)] : []));
    const actions = [
      // A page script's synthetic click opens nothing (security review M4).
      ...(openInGlossary
        ? [
            h(this.doc, 'button', {
              className: 'dg-open-glossary',
              text: uiText('openInGlossary'),
              attrs: { type: 'button' },
              on: { click: (event: Event) => accepts(event) && openInGlossary(entry.id) },
            }),
          ]
        : []),
    ];
    this.body.replaceChildren(
      renderEntryDetails(this.doc, entry, {
        lookup: (id) => this.options.entries.lookup(id),
        source: (id) => this.options.entries.source(id),
        onRelated: (r) => void this.showRelated(r),
        speak,
      }),
      ...(actions.length > 0 ? [h(this.doc, 'p', { className: 'dg-actions' }, ...actions)] : []),
    );
    const short = this.body.querySelector('.dg-short');
    if (short) short.id = 'dg-description';
    // The glossary's note, or for the user's own term the label that says so.
    // Seen only while focus is in the explanation (popover.css): the keys need no chord.
    this.footer.replaceChildren(h(this.doc, 'p', { className: 'dg-keys', text: uiText('keysHint') }), renderEntryNote(this.doc, entry));
    this.showSpeechIfAvailable();
    // A new entry (related term, Back) is read from its start, not where the last one was left.
    this.scroller.scrollTop = 0;
  }

  /** Speak buttons show only once the browser has a voice to speak with. */
  private showSpeechIfAvailable(): void {
    const row = this.body.querySelector<HTMLElement>('.dg-speech');
    if (row) row.hidden = !this.speaker.available;
  }

  /**
   * Follows the term (scroll, resize, the explanation's own size) with @floating-ui/dom,
   * placed where it hides neither the term's line nor the next (reading-placement.ts).
   */
  private startPositioning(anchor: TermRef, point: { x: number; y: number } | undefined): void {
    this.stopAutoUpdate?.();
    const geometry = this.options.geometry;
    const termBox = (): Rect => (geometry ? unionOf(geometry.boxes(anchor)) : null) ?? anchor.reference.getBoundingClientRect();
    const context = anchor.element ?? ('contextElement' in anchor.reference ? anchor.reference.contextElement : undefined) ?? null;
    const first = termBox();
    // What must stay clear is measured once, as offsets from the term: scrolling moves them together.
    const lines = context ? measureReadingLines(this.doc, first, context, geometry?.end(anchor) ?? null) : null;
    const mode = this.placementMode;
    if (mode === 'beside') this.lastSide = undefined;
    this.dialog.toggleAttribute('data-docked', mode === 'docked');
    const update = () => {
      const view = this.doc.defaultView;
      if (!view) return;
      const term = termBox();
      const em = this.fontSizePx;
      const input: ReadingPlacementInput = {
        viewport: {
          width: this.doc.documentElement.clientWidth || view.innerWidth,
          height: this.doc.documentElement.clientHeight || view.innerHeight,
        },
        term,
        column: lines
          ? { left: term.left + lines.columnLeft, right: term.left + lines.columnRight }
          : { left: term.left, right: term.right },
        nextLineBottom: term.bottom + (lines?.nextLineBelow ?? 1.5 * em),
        preferred: { width: 28 * em, height: Math.min(32 * em, this.naturalHeight()) },
        minWidth: 20 * em,
        minHeight: 8 * em,
        gap: GAP_PX,
        padding: EDGE_PX,
        mode,
        previous: this.lastSide,
      };
      const placement = placeExplanation(input);
      this.lastSide = placement.side;
      this.dialog.dataset.edge = placement.side;
      const style = this.dialog.style;
      style.setProperty('--dg-available-width', `${placement.maxWidth}px`);
      style.setProperty('--dg-available-height', `${placement.maxHeight}px`);
      // Too short to keep the footer in view too (a phone, 200% zoom, 24 px text): it scrolls
      // with the text, which gets the room; the header with the term and × always stays.
      this.dialog.toggleAttribute('data-compact', placement.maxHeight < em * 24);
      void computePosition(anchor.reference, this.dialog, {
        strategy: 'fixed',
        placement: `${placement.side}-start`,
        middleware: [
          // A term wrapped across lines: the arrow points at the line fragment under the pointer (else the first).
          inline(point),
          { name: 'reading', fn: ({ rects }) => explanationPosition(placement, input, rects.floating) },
          arrow({ element: this.arrowEl, padding: 12 }),
        ],
      }).then(({ x, y, placement: side, middlewareData }) => {
        Object.assign(style, { left: `${x}px`, top: `${y}px` });
        const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side.split('-')[0] as PlacementSide];
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
    this.stopAutoUpdate = autoUpdate(anchor.reference, this.dialog, update);
  }

  /** The height the explanation would take with room to spare (its scrolling parts unrolled). */
  private naturalHeight(): number {
    return this.dialog.offsetHeight + Math.max(0, this.scroller.scrollHeight - this.scroller.clientHeight);
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
    if (event.shiftKey && (active === first || active === this.dialog || active === this.scroller)) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && active === last) {
      first.focus();
      event.preventDefault();
    }
  }
}

const isTrusted = (event: Event) => event.isTrusted;
