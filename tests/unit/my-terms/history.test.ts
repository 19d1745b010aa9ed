import { describe, expect, it } from 'vitest';
import {
  forgetLookup,
  HISTORY_CAP,
  mergeHistory,
  readHistory,
  recordLookup,
  SAME_LOOKUP_MS,
  TITLE_MAX,
  type Lookup,
} from '../../../src/my-terms/history';

const at = (minutes: number) => Date.UTC(2026, 11, 1, 9) + minutes * 60_000;

describe('the lookup history', () => {
  it('counts a term looked up again on its one record, which moves to the top', () => {
    let history: Lookup[] = [];
    history = recordLookup(history, { id: 'putamen', at: at(0), title: 'Article A' });
    history = recordLookup(history, { id: 'dystonia', at: at(2), title: 'Article A' });
    history = recordLookup(history, { id: 'putamen', at: at(5), title: 'Article B' });
    expect(history).toEqual([
      { id: 'putamen', count: 2, first: at(0), last: at(5), title: 'Article B' },
      { id: 'dystonia', count: 1, first: at(2), last: at(2), title: 'Article A' },
    ]);
  });

  it('counts an explanation opened again within a minute once: a hand that slips off a term and back is one lookup', () => {
    let history = recordLookup([], { id: 'putamen', at: at(0), title: 'A' });
    history = recordLookup(history, { id: 'putamen', at: at(0) + 20_000, title: 'A' });
    history = recordLookup(history, { id: 'putamen', at: at(0) + 20_000 + SAME_LOOKUP_MS - 1, title: 'A' });
    expect(history[0]!.count).toBe(1);
    history = recordLookup(history, { id: 'putamen', at: at(0) + 20_000 + 2 * SAME_LOOKUP_MS, title: 'A' });
    expect(history[0]!.count).toBe(2);
  });

  it(`keeps at most ${HISTORY_CAP} terms, dropping the oldest`, () => {
    let history: Lookup[] = [];
    for (let i = 0; i <= HISTORY_CAP; i++) history = recordLookup(history, { id: `term-${i}`, at: at(i), title: '' });
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]!.id).toBe(`term-${HISTORY_CAP}`);
    expect(history.some((l) => l.id === 'term-0')).toBe(false);
    expect(history.at(-1)!.id).toBe('term-1');
  });

  it('keeps an address only when given one, and cuts a hostile page’s huge title', () => {
    const [plain] = recordLookup([], { id: 'putamen', at: at(0), title: 'x'.repeat(100_000) });
    expect(plain).not.toHaveProperty('url');
    expect(plain!.title.length).toBe(TITLE_MAX);
    const [withUrl] = recordLookup([], { id: 'putamen', at: at(0), title: 'T', url: 'https://example.org/a' });
    expect(withUrl!.url).toBe('https://example.org/a');
  });

  it('forgets one term', () => {
    const history = recordLookup(recordLookup([], { id: 'a', at: at(0), title: '' }), { id: 'b', at: at(1), title: '' });
    expect(forgetLookup(history, 'a').map((l) => l.id)).toEqual(['b']);
  });

  it('reads stored or imported data without trusting it: bad records dropped and counted, the rest in order', () => {
    const good = { id: 'putamen', count: 3, first: at(0), last: at(9), title: 'A' };
    const reading = readHistory([
      { id: 'dystonia', count: 1, first: at(1), last: at(1), title: 'B' },
      good,
      { ...good },
      { id: '', count: 1, first: 0, last: 0 },
      { id: 'x', count: 0, first: 0, last: 0 },
      { id: 'y', count: 1.5, first: 0, last: 0 },
      { id: 'z', count: 1, first: 'yesterday', last: 0 },
      null,
      'putamen',
      JSON.parse('{"__proto__": {"id": "p"}, "count": 1}'),
    ]);
    expect(reading.history.map((l) => l.id)).toEqual(['putamen', 'dystonia']);
    expect(reading.dropped).toBe(8);
    expect(readHistory(undefined)).toEqual({ history: [], dropped: 0 });
    expect(readHistory({ history: [] })).toEqual({ history: [], dropped: 1 });
  });

  it('joins an imported history by term: the larger count, the earliest first, the latest last, nothing here lost', () => {
    const here: Lookup[] = [{ id: 'putamen', count: 2, first: at(10), last: at(20), title: 'Here' }];
    const imported: Lookup[] = [
      { id: 'putamen', count: 5, first: at(0), last: at(15), title: 'There' },
      { id: 'dystonia', count: 1, first: at(30), last: at(30), title: 'There' },
    ];
    expect(mergeHistory(here, imported)).toEqual([
      { id: 'dystonia', count: 1, first: at(30), last: at(30), title: 'There' },
      { id: 'putamen', count: 5, first: at(0), last: at(20), title: 'Here' },
    ]);
    expect(mergeHistory(here, here)).toEqual(here);
  });
});
