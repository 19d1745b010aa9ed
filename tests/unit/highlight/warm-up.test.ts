import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { HIGHLIGHT_MEASURE } from '../../../src/highlight/page-highlighter';
import { warmUpHighlighting } from '../../../src/highlight/warm-up';
import { compileMatcher, formsOf } from '../../../src/matching';

describe('warming up the highlighting code', () => {
  it('runs on a detached sample: the page, its timing entries and the matcher are left as they were', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Cervical dystonia is the most common focal dystonia.' }));
    const before = new XMLSerializer().serializeToString(document.documentElement);
    const matcher = compileMatcher(formsOf(GLOSSARY));
    performance.clearMeasures();
    expect(await warmUpHighlighting(matcher)).toBeGreaterThanOrEqual(8);
    expect(new XMLSerializer().serializeToString(document.documentElement)).toBe(before);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(performance.getEntriesByName(HIGHLIGHT_MEASURE)).toHaveLength(0);
    expect(matcher.regex.lastIndex).toBe(0);
  });
});
