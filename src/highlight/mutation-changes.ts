/**
 * Turns the page's DOM mutations into highlighting work proportional to the change:
 * new or rewritten text to highlight, split text nodes to heal, subtrees that became
 * excluded (an editor switched on) or eligible again. The extension's own mutations never
 * get here: the page highlighter takes them off the observer's queue as it makes them.
 */
import { isExcludedElement } from './exclusions';
import type { HighlightRegistry } from './highlight-registry';
import { SKIP_ATTRIBUTE, TERM_SELECTOR } from '../contracts/dom';

/** What the observer watches: text and structure everywhere, and the attributes that change exclusion. */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  characterData: true,
  // The value before a change tells an append (streamed text) from a rewrite.
  characterDataOldValue: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['contenteditable', 'role', 'aria-hidden', SKIP_ATTRIBUTE],
};

export interface MutationChanges {
  /** Nodes to highlight (added or rewritten). */
  toHighlight: Node[];
  /** Elements no longer excluded: walked again in full, even text scanned before. */
  toRescan: Element[];
  /** Split page text nodes the page rewrote: their parts hold stale text. */
  rewritten: Text[];
  /**
   * Split page text nodes the page appended to (`appendData`, `data +=`: streamed answers,
   * live text). The node held only the text before our mark, so the page appended to that:
   * what it meant is the whole original text followed by `added` (security review C1).
   */
  appended: Array<{ text: Text; before: string; added: string }>;
  /** Text nodes the page changed in place (for occurrences painted over them). */
  changedText: Text[];
  /** Removed text nodes, and whether any element was removed (painted occurrences may have gone with it). */
  removedText: Text[];
  removedElements: boolean;
  /** Split page text nodes the page removed or moved: their parts must not stay behind. */
  removed: Text[];
  /** Elements that became excluded: highlights inside them must go. */
  nowExcluded: Element[];
}

export function mutationChanges(records: readonly MutationRecord[], registry: HighlightRegistry): MutationChanges {
  const changes: MutationChanges = {
    toHighlight: [],
    toRescan: [],
    rewritten: [],
    appended: [],
    changedText: [],
    removedText: [],
    removedElements: false,
    removed: [],
    nowExcluded: [],
  };
  const rewritten = new Set<Text>();
  const appended = new Map<Text, { text: Text; before: string; added: string }>();
  for (const record of records) {
    if (record.type === 'characterData') {
      const text = record.target as Text;
      if (isInsideOurMark(text) || registry.isOurs(text)) continue;
      changes.changedText.push(text);
      if (registry.isSplit(text) && !rewritten.has(text)) {
        const before = appended.get(text)?.before ?? record.oldValue;
        // Only the first record of a node holds the head it had when we split it.
        // An empty head (the node began with a term) cannot tell an append from a rewrite: a
        // framework's rewrite is the commoner, and the block is painted from then on anyway.
        if (before && text.data.length > before.length && text.data.startsWith(before)) {
          appended.set(text, { text, before, added: text.data.slice(before.length) });
        } else {
          appended.delete(text);
          rewritten.add(text);
        }
      }
      changes.toHighlight.push(text);
    } else if (record.type === 'childList') {
      for (const node of record.removedNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          changes.removedText.push(node as Text);
          if (registry.isSplit(node as Text)) changes.removed.push(node as Text);
        } else if (node.nodeType === Node.ELEMENT_NODE && !registry.isOurs(node)) changes.removedElements = true;
      }
      for (const node of record.addedNodes) {
        if (registry.isOurs(node)) continue;
        if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) changes.toHighlight.push(node);
      }
    } else if (record.type === 'attributes') {
      const el = record.target as Element;
      if (registry.isOurs(el)) continue;
      if (isExcludedElement(el)) changes.nowExcluded.push(el);
      else changes.toRescan.push(el);
    }
  }
  changes.rewritten = [...rewritten];
  changes.appended = [...appended.values()];
  return changes;
}

function isInsideOurMark(text: Text): boolean {
  return text.parentElement?.closest(TERM_SELECTOR) != null;
}
