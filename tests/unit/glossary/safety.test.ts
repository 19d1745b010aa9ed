/**
 * The safety statements issue #10 requires, across the whole glossary, read from what the
 * popover's Important block shows (the entry's own safety text and any it takes from its class).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { safetyText } from './entry-text';

describe('safety information in the Important block', () => {
  it('says not to stop suddenly wherever stopping is dangerous', () => {
    const mustNotStop = [
      'anticholinergic',
      'trihexyphenidyl',
      'benztropine',
      'procyclidine',
      'biperiden',
      'benzodiazepine',
      'clonazepam',
      'diazepam',
      'lorazepam',
      'baclofen',
      'intrathecal-baclofen',
      'levodopa',
      'carbidopa-levodopa',
      'co-beneldopa',
      'dopamine-agonist',
      'ropinirole',
      'pramipexole',
      'rotigotine',
      'wilsons-disease',
      'penicillamine',
      'trientine',
      'zinc-therapy',
    ];
    for (const id of mustNotStop)
      expect(safetyText(id), id).toMatch(/(do not|never) (stop|let)[^.]*(suddenly|without your|run out|pause)/i);
  });

  it('treats a stopped baclofen pump and stopped deep brain stimulation as emergencies, and asks for the device card', () => {
    expect(safetyText('intrathecal-baclofen')).toMatch(/emergency/i);
    expect(safetyText('intrathecal-baclofen')).toMatch(/itching[^.]*fever[^.]*(stiffness|spasms)/i);
    const dbs = safetyText('deep-brain-stimulation');
    expect(dbs).toMatch(/battery/i);
    expect(dbs).toMatch(/status dystonicus/i);
    expect(dbs).toMatch(/urgent|emergency/i);
    expect(dbs).toMatch(/card/i);
  });

  it('gives every botulinum toxin product the spread warning and when to get urgent help', () => {
    const products = GLOSSARY.filter((e) => e.id === 'botulinum-toxin' || /botulinumtoxin/.test(e.id));
    expect(products.length).toBeGreaterThanOrEqual(6);
    for (const { id } of products) {
      const t = safetyText(id);
      expect(t, id).toMatch(/spreads? beyond the injected muscles/i);
      expect(t, id).toMatch(/urgent medical help[^.]*swallowing, speaking or breathing/i);
    }
  });

  it('never says a botulinum toxin acts only where it is injected', () => {
    for (const e of GLOSSARY) expect(`${e.short} ${e.long} ${e.safety ?? ''}`, e.id).not.toMatch(/only where it is injected/i);
  });
});
