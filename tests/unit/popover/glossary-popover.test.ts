import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoUpdate } from '@floating-ui/dom';
import { entriesById, GLOSSARY, SOURCES } from '../../../src/glossary';
import { entriesAtHand } from '../../../src/popover/entry-lookup';
import { GlossaryPopover } from '../../../src/popover/glossary-popover';
import { elementTerms } from './element-terms';

const terms = elementTerms(document);

// Wrap autoUpdate to see each positioning session start and stop.
const cleanups: ReturnType<typeof vi.fn>[] = [];
vi.mock('@floating-ui/dom', async (importOriginal) => {
  const real = await importOriginal<typeof import('@floating-ui/dom')>();
  return {
    ...real,
    autoUpdate: vi.fn((...args: Parameters<typeof real.autoUpdate>) => {
      const cleanup = vi.fn(real.autoUpdate(...args));
      cleanups.push(cleanup);
      return cleanup;
    }),
  };
});

const byId = entriesById(GLOSSARY);
const entry = (id: string) => byId.get(id)!;

function term(id: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset.glossaryTerm = id;
  mark.textContent = entry(id).term;
  document.body.append(mark, ' ');
  return mark;
}

describe('glossary popover positioning', () => {
  afterEach(() => {
    document.body.replaceChildren();
    cleanups.length = 0;
  });

  it('runs autoUpdate only while open: closing (or moving to another term) removes its listeners', () => {
    const popover = new GlossaryPopover(document, { entries: entriesAtHand(byId, SOURCES) });
    expect(autoUpdate).not.toHaveBeenCalled();
    const a = term('putamen');
    const b = term('dystonia');
    popover.open(terms.ofElement(a)!, entry('putamen'), { pinned: false, focus: false });
    expect(cleanups).toHaveLength(1);
    popover.open(terms.ofElement(b)!, entry('dystonia'), { pinned: false, focus: false });
    expect(cleanups).toHaveLength(2);
    expect(cleanups[0]).toHaveBeenCalledTimes(1);
    popover.close({ restoreFocus: false });
    expect(cleanups[1]).toHaveBeenCalledTimes(1);
    expect(a.hasAttribute('aria-expanded')).toBe(false);
    popover.destroy();
    expect(document.querySelector('[data-glossary-popover]')).toBeNull();
  });
});
