import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest } from '../../../src/contracts/message-validation';
import type { BackgroundRequest, ContentRequest, TextBatch } from '../../../src/contracts/messages';

/** Well-formed requests of every type, by type (TypeScript checks that none is missing). */
const CONTENT: { [K in ContentRequest['type']]: Extract<ContentRequest, { type: K }>[] } = {
  'next-term': [{ type: 'next-term' }],
  'previous-term': [{ type: 'previous-term' }],
  'reopen-last': [{ type: 'reopen-last' }],
  'toggle-highlighting': [
    { type: 'toggle-highlighting', shortcut: 'Alt+Shift+H' },
    { type: 'toggle-highlighting', shortcut: '' },
  ],
  'get-page-terms': [{ type: 'get-page-terms' }],
  'jump-to-term': [{ type: 'jump-to-term', entryId: 'botulinum-toxin' }],
  'page-glossary-changed': [{ type: 'page-glossary-changed' }],
  inspect: [
    { type: 'inspect' },
    { type: 'inspect', selectors: [] },
    { type: 'inspect', selectors: ['.title', 'button'], url: 'https://example.org/a', brief: true },
    { type: 'inspect', brief: false },
  ],
};

const batch: TextBatch = { carry: 'the ', texts: ['cervical', ' dystonia'], joinedCarry: '', joined: [] };
const BACKGROUND: { [K in BackgroundRequest['type']]: Extract<BackgroundRequest, { type: K }>[] } = {
  'may-hold-terms': [
    { type: 'may-hold-terms', hostname: 'example.org', batch },
    { type: 'may-hold-terms', hostname: '', batch: { carry: '', texts: [], joinedCarry: 'puta', joined: ['men'] } },
  ],
  'page-terms-changed': [
    { type: 'page-terms-changed', distinct: 0 },
    { type: 'page-terms-changed', distinct: 12 },
  ],
  'open-glossary': [{ type: 'open-glossary' }, { type: 'open-glossary', entryId: 'dystonia' }],
  'page-glossary': [{ type: 'page-glossary' }],
  'get-entries': [
    { type: 'get-entries', ids: [] },
    { type: 'get-entries', ids: ['a', 'b'] },
  ],
  'looked-up': [
    { type: 'looked-up', entryId: 'putamen' },
    { type: 'looked-up', entryId: 'putamen', title: 'Dystonia explained' },
  ],
  'is-saved': [{ type: 'is-saved', entryId: 'putamen' }],
  'set-saved': [
    { type: 'set-saved', entryId: 'putamen', saved: true },
    { type: 'set-saved', entryId: 'putamen', saved: false },
  ],
  'set-note': [
    { type: 'set-note', entryId: 'putamen', note: '' },
    { type: 'set-note', entryId: 'putamen', note: 'Ask about side effects.' },
  ],
  'forget-lookup': [{ type: 'forget-lookup', entryId: 'putamen' }],
  'clear-history': [{ type: 'clear-history' }],
};

/** Not requests of any type. */
const NOT_OBJECTS: unknown[] = [undefined, null, 0, 1.5, '', 'next-term', true, [], [{ type: 'next-term' }]];
const UNKNOWN_TYPES: unknown[] = [
  {},
  { type: 'nope' },
  { type: 1 },
  { type: null },
  { type: 'NEXT-TERM' },
  { type: 'constructor' },
  { type: '__proto__' },
];

interface Direction {
  to: string;
  parse: (value: unknown) => object | null;
  valid: object[];
  other: object[];
}
const DIRECTIONS: Direction[] = [
  { to: 'a content script', parse: parseContentRequest, valid: Object.values(CONTENT).flat(), other: Object.values(BACKGROUND).flat() },
  { to: 'the background', parse: parseBackgroundRequest, valid: Object.values(BACKGROUND).flat(), other: Object.values(CONTENT).flat() },
];

describe.each(DIRECTIONS)('requests to $to', ({ parse, valid, other }) => {
  it.each(valid)('accepts %j as it is', (request) => {
    expect(parse(request)).toEqual(request);
  });

  it('refuses what is not a request, or of an unknown type', () => {
    for (const value of [...NOT_OBJECTS, ...UNKNOWN_TYPES]) expect(parse(value), JSON.stringify(value)).toBeNull();
  });

  it("refuses the other direction's requests", () => {
    for (const request of other) expect(parse(request)).toBeNull();
  });
});

describe('requests to a content script', () => {
  it('refuses a request with a field missing or of the wrong shape', () => {
    for (const value of [
      { type: 'toggle-highlighting' },
      { type: 'toggle-highlighting', shortcut: 7 },
      { type: 'toggle-highlighting', shortcut: ['Alt+H'] },
      { type: 'jump-to-term' },
      { type: 'jump-to-term', entryId: null },
      { type: 'jump-to-term', entryId: { id: 'a' } },
      { type: 'inspect', selectors: '.title' },
      { type: 'inspect', selectors: ['.title', 3] },
      { type: 'inspect', selectors: null },
      { type: 'inspect', url: 42 },
      { type: 'inspect', brief: 'yes' },
      { type: 'inspect', brief: 1 },
    ]) {
      expect(parseContentRequest(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('passes on only the fields the type has: whatever else a sender adds stays behind', () => {
    const hostile = JSON.parse(
      '{"type":"jump-to-term","entryId":"a","__proto__":{"polluted":true},"constructor":{"prototype":{}},"extra":[1,2,3]}',
    ) as unknown;
    const request = parseContentRequest(hostile);
    expect(request).toEqual({ type: 'jump-to-term', entryId: 'a' });
    expect(Object.keys(request!)).toEqual(['type', 'entryId']);
    expect(Object.getPrototypeOf(request)).toBe(Object.prototype);
    expect(parseContentRequest({ type: 'next-term', shortcut: 'x', entryId: 'y' })).toEqual({ type: 'next-term' });
    const inspect = { type: 'inspect', selectors: ['b'], brief: undefined, junk: true };
    expect(parseContentRequest(inspect)).toEqual({ type: 'inspect', selectors: ['b'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('requests to the background', () => {
  it('refuses a request with a field missing or of the wrong shape, the text batch included', () => {
    for (const value of [
      { type: 'may-hold-terms', batch },
      { type: 'may-hold-terms', hostname: 'example.org' },
      { type: 'may-hold-terms', hostname: 7, batch },
      { type: 'may-hold-terms', hostname: 'example.org', batch: null },
      { type: 'may-hold-terms', hostname: 'example.org', batch: 'cervical dystonia' },
      { type: 'may-hold-terms', hostname: 'example.org', batch: [] },
      { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, carry: undefined } },
      { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, carry: 1 } },
      { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, texts: 'putamen' } },
      { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, texts: ['putamen', 1] } },
      { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, joinedCarry: null } },
      { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, joined: [null] } },
      { type: 'page-terms-changed' },
      { type: 'page-terms-changed', distinct: '3' },
      { type: 'page-terms-changed', distinct: -1 },
      { type: 'page-terms-changed', distinct: 1.5 },
      { type: 'page-terms-changed', distinct: Number.NaN },
      { type: 'page-terms-changed', distinct: Number.POSITIVE_INFINITY },
      { type: 'open-glossary', entryId: 5 },
      { type: 'open-glossary', entryId: null },
      { type: 'get-entries' },
      { type: 'looked-up', entryId: 'putamen', title: 7 },
      { type: 'looked-up', entryId: 'putamen', title: null },
      { type: 'get-entries', ids: 'a' },
      { type: 'get-entries', ids: ['a', 2] },
      { type: 'get-entries', ids: { 0: 'a', length: 1 } },
    ]) {
      expect(parseBackgroundRequest(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('passes on only the fields the type has, in the batch too', () => {
    const hostile = { type: 'may-hold-terms', hostname: 'example.org', batch: { ...batch, html: '<img onerror>' }, tabId: 3, frameId: 0 };
    expect(parseBackgroundRequest(hostile)).toEqual({ type: 'may-hold-terms', hostname: 'example.org', batch });
    expect(parseBackgroundRequest({ type: 'page-glossary', categories: ['all'] })).toEqual({ type: 'page-glossary' });
    const open = { type: 'open-glossary', entryId: undefined, url: 'https://evil.example' };
    expect(parseBackgroundRequest(open)).toEqual({ type: 'open-glossary' });
    const request = parseBackgroundRequest({ type: 'open-glossary', entryId: 'a', url: 'https://evil.example' });
    expect(Object.keys(request!)).toEqual(['type', 'entryId']);
  });
});
