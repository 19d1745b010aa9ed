/**
 * What arrives over the message channels, read without trusting it (src/contracts/messages.ts):
 * a request is accepted only with a known type and every field of the shape that type has, and
 * comes back rebuilt from those fields alone, so nothing else a sender put in it goes further.
 * Pure: no browser API (src/contracts/message-channel.ts listens).
 */
import type { BackgroundRequest, ContentRequest, TextBatch } from './messages';

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** Absent, or of the shape `check` wants (a field given as undefined counts as absent). */
const isOptional = <T>(v: unknown, check: (v: unknown) => v is T): v is T | undefined => v === undefined || check(v);

function textBatch(v: unknown): TextBatch | null {
  if (!isFields(v) || !isString(v.carry) || !isStrings(v.texts) || !isString(v.joinedCarry) || !isStrings(v.joined)) return null;
  return { carry: v.carry, texts: v.texts, joinedCarry: v.joinedCarry, joined: v.joined };
}

/** A request to a content script (from the background, the popup or the e2e tests), or null when it is none. */
export function parseContentRequest(value: unknown): ContentRequest | null {
  if (!isFields(value)) return null;
  switch (value.type) {
    case 'next-term':
    case 'previous-term':
    case 'reopen-last':
    case 'get-page-terms':
    case 'page-glossary-changed':
      return { type: value.type };
    case 'toggle-highlighting':
      return isString(value.shortcut) ? { type: value.type, shortcut: value.shortcut } : null;
    case 'jump-to-term':
      return isString(value.entryId) ? { type: value.type, entryId: value.entryId } : null;
    case 'inspect': {
      const { selectors, url, brief } = value;
      if (!isOptional(selectors, isStrings) || !isOptional(url, isString) || !isOptional(brief, isBoolean)) return null;
      return {
        type: value.type,
        ...(selectors && { selectors }),
        ...(url !== undefined && { url }),
        ...(brief !== undefined && { brief }),
      };
    }
  }
  return null;
}

/** A request to the background (from a content script, or the welcome page's engine), or null when it is none. */
export function parseBackgroundRequest(value: unknown): BackgroundRequest | null {
  if (!isFields(value)) return null;
  switch (value.type) {
    case 'may-hold-terms': {
      const batch = textBatch(value.batch);
      return batch && isString(value.hostname) ? { type: value.type, hostname: value.hostname, batch } : null;
    }
    case 'page-terms-changed':
      return isCount(value.distinct) ? { type: value.type, distinct: value.distinct } : null;
    case 'open-glossary':
      if (!isOptional(value.entryId, isString)) return null;
      return value.entryId === undefined ? { type: value.type } : { type: value.type, entryId: value.entryId };
    case 'page-glossary':
      return { type: value.type };
    case 'get-entries':
      return isStrings(value.ids) ? { type: value.type, ids: value.ids } : null;
    case 'looked-up':
      if (!isString(value.entryId) || (value.title !== undefined && !isString(value.title))) return null;
      return { type: value.type, entryId: value.entryId, ...(value.title === undefined ? {} : { title: value.title }) };
    case 'is-saved':
    case 'forget-lookup':
      return isString(value.entryId) ? { type: value.type, entryId: value.entryId } : null;
    case 'set-saved':
      return isString(value.entryId) && isBoolean(value.saved) ? { type: value.type, entryId: value.entryId, saved: value.saved } : null;
    case 'set-note':
      return isString(value.entryId) && isString(value.note) ? { type: value.type, entryId: value.entryId, note: value.note } : null;
    case 'clear-history':
      return { type: value.type };
  }
  return null;
}
