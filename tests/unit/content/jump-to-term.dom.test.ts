import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTermJumper } from '../../../src/content/jump-to-term';
import { FLASH_ATTRIBUTE } from '../../../src/contracts/dom';
import { elementTerms } from '../popover/element-terms';

describe('jump to term', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    for (const id of ['botulinum-toxin', 'dystonia', 'botulinum-toxin']) {
      const mark = document.createElement('mark');
      mark.dataset.glossaryTerm = id;
      mark.textContent = id;
      document.body.append(mark);
    }
    Element.prototype.scrollIntoView = vi.fn();
  });
  const revealing = () => {
    const terms = elementTerms(document);
    return { ...terms, reveal: (t: Parameters<typeof terms.reveal>[0]) => t.element?.scrollIntoView() };
  };

  it('goes to the next occurrence each time, wrapping around, flashing one term and opening it', () => {
    const open = vi.fn();
    const jumper = createTermJumper(revealing(), open);
    const [first, , third] = document.querySelectorAll('mark');
    expect(jumper.jump('botulinum-toxin')?.element).toBe(first);
    expect(jumper.jump('botulinum-toxin')?.element).toBe(third);
    expect(jumper.jump('botulinum-toxin')?.element).toBe(first);
    expect(open.mock.calls.map(([t]) => t.element)).toEqual([first, third, first]);
    expect(document.querySelectorAll(`[${FLASH_ATTRIBUTE}]`)).toHaveLength(1);
    expect(first!.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    expect(first!.scrollIntoView).toHaveBeenCalled();
  });

  it('does nothing for a term that is not on the page', () => {
    const open = vi.fn();
    expect(createTermJumper(revealing(), open).jump('putamen')).toBeNull();
    expect(open).not.toHaveBeenCalled();
  });
});
