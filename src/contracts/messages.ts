/**
 * Messages between the background script, the popup and content scripts: defined once,
 * imported everywhere. Each request type has its reply in ContentReplies or BackgroundReplies;
 * src/contracts/message-channel.ts sends and answers them with those types, and reads what
 * arrives through src/contracts/message-validation.ts.
 */
import type { EntryBundle } from '../glossary/entry-bundle';
import type { MatcherData } from '../matching/compile-matcher';
import type { FlatTrie } from '../matching/flat-trie';

/**
 * A frame's text as the first stage sends it (src/content/candidate-text.ts): texts read in
 * order, by one scan each: `texts` the chunks, `joined` the readings where letters meet; each
 * after its carry.
 */
export interface TextBatch {
  carry: string;
  texts: string[];
  joinedCarry: string;
  joined: string[];
}

/** Sent to a tab's content script (from the background's commands and from the popup). */
export type ContentRequest =
  | { type: 'next-term' }
  | { type: 'previous-term' }
  | { type: 'reopen-last' }
  /**
   * The site switch command. `shortcut`: the command's key as the browser has it now ('' when
   * the user unset it), so the page's notice tells the way back that really works.
   */
  | { type: 'toggle-highlighting'; shortcut: string }
  | { type: 'get-page-terms' }
  | { type: 'jump-to-term'; entryId: string }
  /** The background compiled a new page glossary (the user's own terms changed): ask for it again. */
  | { type: 'page-glossary-changed' }
  /**
   * What the page shows, for the end-to-end tests: every highlighted term with its boxes, and
   * the open explanation (its text, focus, layout, and the boxes of `selectors` inside it).
   * Only extension pages can send it; the page itself never sees any of it. With `url`, only
   * the page at that address answers (extension pages cannot read tabs' addresses without
   * the `tabs` permission, which the extension does not ask for). `brief`: counts only, no
   * list of terms (a page with thousands of them).
   */
  | { type: 'inspect'; selectors?: string[]; url?: string; brief?: boolean };

/** A box in viewport CSS px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reply to `inspect`. */
export interface PageInspection {
  method: 'paint' | 'elements' | null;
  /** Whether highlighting work is still pending, and how many occurrences are drawn (hidden ones included). */
  busy: boolean;
  drawn: number;
  /** Highlighting passes finished on the page. */
  passes: number;
  /** The terms with a box on the page (none when the request was `brief`). */
  terms: Array<{ id: string; entryId: string; text: string; element: boolean; boxes: Box[] }>;
  popover: PopoverInspection | null;
  /** The first stage read all the frame's text and found nothing that could be a term: the engine was never loaded (issue #13). */
  termless?: boolean;
  /** The notice the site switch command shows (src/content/page-notice.ts); null before the first one, absent where the engine is not loaded. */
  notice?: NoticeInspection | null;
}

export interface NoticeInspection {
  /** Whether the notice is on screen now (it hides itself after a while, or by its ×). */
  shown: boolean;
  /** The live region's role and politeness, and what it says. */
  role: string | null;
  live: string | null;
  text: string;
  box: Box;
  /** The × button's box (null while hidden). */
  close: Box | null;
  focusInside: boolean;
  color: string;
  background: string;
  animationName: string;
}

/** What opened the explanation: resting on a term, a click or tap, a key, an extension command, the popup's "On this page". */
export type OpenSource = 'hover' | 'tap' | 'keyboard' | 'command' | 'popup';

export interface PopoverInspection {
  open: boolean;
  pinned: boolean;
  /** The dialog's role and accessible name (its heading). */
  role: string | null;
  name: string | null;
  text: string;
  /** Whether keyboard focus is inside the dialog, and the focused control's class, if any. */
  focusInside: boolean;
  focused: string | null;
  box: Box;
  fontSizePx: number;
  titleFontSizePx: number;
  color: string;
  background: string;
  animationName: string;
  theme: string | null;
  /** The id of the occurrence the explanation is anchored to. */
  anchor: string | null;
  /** What opened it (src/popover/popover-state.ts): a rest, a click or tap, a key, a command, the popup. */
  source: OpenSource | null;
  /** The first element matching each selector given, by selector (null when none). */
  found: Record<string, Box | null>;
}

/** Reply to `get-page-terms`: distinct entries on the page with their highlight counts. */
export interface PageTerms {
  counts: Record<string, number>;
  /** The page's hostname, for the popup's "Highlight terms on <site>" toggle (no `tabs` permission needed). */
  hostname: string;
  /** Whether highlighting runs on this page under the current settings. */
  active: boolean;
}

/**
 * What a content script answers to each ContentRequest. `void`: nothing (the request is a
 * command). Any request may also go unanswered (no content script in the tab, a frame that
 * leaves the request to another), so senders get `undefined` too.
 */
export interface ContentReplies {
  'next-term': void;
  'previous-term': void;
  'reopen-last': void;
  /** True once the switch has run (and its notice is shown). */
  'toggle-highlighting': boolean;
  'get-page-terms': PageTerms;
  /** Whether the term was on the page to jump to. */
  'jump-to-term': boolean;
  'page-glossary-changed': void;
  inspect: PageInspection;
}

/** The names of `manifest.commands`; the background forwards each to the active tab as the ContentRequest of the same type. */
export const COMMANDS = ['toggle-highlighting', 'next-term', 'previous-term', 'reopen-last'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Sent by a content script to the background. */
export type BackgroundRequest =
  /** The first stage's question: could this text of the frame hold a term (answered with a CandidateReply)? */
  | { type: 'may-hold-terms'; hostname: string; batch: TextBatch }
  | { type: 'page-terms-changed'; distinct: number }
  | { type: 'open-glossary'; entryId?: string }
  /** The frame's matcher when it is not the built-in one (answered with a PageGlossaryReply, read by src/content/page-glossary.ts). */
  | { type: 'page-glossary' }
  /** Entries the frame shows, with what their explanations need (answered with an EntryBundle, src/glossary/entry-bundle.ts). */
  | { type: 'get-entries'; ids: string[] }
  /**
   * My terms (issue #17), kept by the background alone so that lookups in many tabs at once
   * are all counted: an explanation was opened (popover or popup), a term saved or unsaved, or
   * asked about. The last three change what the user wrote and come only from extension pages.
   */
  /** `title`: the sending frame's document title (Firefox tells the background a tab's title only with the `tabs` permission). */
  | { type: 'looked-up'; entryId: string; title?: string }
  | { type: 'is-saved'; entryId: string }
  | { type: 'set-saved'; entryId: string; saved: boolean }
  | { type: 'set-note'; entryId: string; note: string }
  | { type: 'forget-lookup'; entryId: string }
  | { type: 'clear-history' };

/** Reply to `may-hold-terms`: `off` when highlighting is off for the frame's site (nothing was read then). */
export interface CandidateReply {
  off: boolean;
  holds: boolean;
}

/** The fingerprint of the built-in glossary's matcher: a reply with it carries no trie, since every engine has that one. */
export const BUILT_IN_FINGERPRINT = 'built-in';

/** Reply to `page-glossary`: what the background hands a page that asks for its matcher, the trie flat, as it is stored. */
export interface PageGlossaryReply {
  fingerprint: string;
  trie: FlatTrie | null;
  owners: MatcherData['owners'];
  formCount: number;
  /** Entries an "anti-" prefix negates (src/matching/word-edges.ts). */
  substances: string[];
}

/** What the background answers to each BackgroundRequest (senders may get `undefined` too: no reply, or the background failed). */
export interface BackgroundReplies {
  'may-hold-terms': CandidateReply;
  /** True once the badge shows the count (no reply for a sender outside a tab). */
  'page-terms-changed': boolean;
  /** False when this tab has opened too many glossary tabs lately (code review M4). */
  'open-glossary': boolean;
  'page-glossary': PageGlossaryReply;
  'get-entries': EntryBundle;
  /** True when it was written (false while history is off). */
  'looked-up': boolean;
  'is-saved': boolean;
  /** Whether the term is saved now (a full list saves no more). */
  'set-saved': boolean;
  'set-note': boolean;
  'forget-lookup': boolean;
  'clear-history': boolean;
}

/** Where the glossary page opens: an entry, or a search for words that are not in the glossary. */
export interface GlossaryLocation {
  entryId?: string;
  /** Shown as "“…” is not in the glossary" with the closest matches. */
  notFound?: string;
}

/** The appointment page (issue #17): the saved terms with their notes, to print. */
export const APPOINTMENT_PATH = '/appointment.html';

export function glossaryHash(location: GlossaryLocation): string {
  const params = new URLSearchParams();
  if (location.entryId) params.set('entry', location.entryId);
  if (location.notFound) params.set('notfound', location.notFound);
  return `#${params}`;
}

export function parseGlossaryHash(hash: string): GlossaryLocation {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { entryId: params.get('entry') ?? undefined, notFound: params.get('notfound') ?? undefined };
}
