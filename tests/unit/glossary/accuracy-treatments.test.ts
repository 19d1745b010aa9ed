/**
 * Accuracy checks from the research notes (shared/research/dystonia-terms.md) that touch
 * the medication, procedure and therapy entries. Each test reads the bundled entry text.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';

function text(id: string): string {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new Error(`no glossary entry with id ${id}`);
  return `${entry.short} ${entry.long}`;
}

describe('accuracy: treatments', () => {
  it('2. botulinum toxin acts locally at the nerve–muscle junction, blocks acetylcholine release, wears off and is repeated about every 3 months', () => {
    const t = text('botulinum-toxin');
    expect(t).toMatch(/inject/i);
    expect(t).toMatch(/locally|where it is injected/i);
    expect(t).toMatch(/nerve[–-]muscle junction|neuromuscular junction/i);
    expect(t).toMatch(/blocks? the release of acetylcholine|blocks? acetylcholine release/i);
    expect(t).toMatch(/wears? off/i);
    expect(t).toMatch(/repeated about every (three|3) months/i);
    expect(t).not.toMatch(/\bpermanent(ly)?\b|\bcures?\b/i);

    // Every brand entry agrees: same mechanism, a temporary effect, repeated injections.
    for (const id of ['onabotulinumtoxina', 'abobotulinumtoxina', 'incobotulinumtoxina', 'rimabotulinumtoxinb', 'daxibotulinumtoxina']) {
      const b = text(id);
      expect(b, id).toMatch(/acetylcholine/i);
      expect(b, id).toMatch(/wears? off/i);
      expect(b, id).toMatch(/repeated/i);
      expect(b, id).not.toMatch(/\bpermanent(ly)?\b|\bcures?\b/i);
    }
  });

  it('3. trihexyphenidyl and benztropine are anticholinergics; benzodiazepines act on GABA-A; baclofen on GABA-B', () => {
    for (const id of ['trihexyphenidyl', 'benztropine', 'procyclidine', 'biperiden']) {
      expect(text(id), id).toMatch(/anticholinergic/i);
      expect(text(id), id).toMatch(/acetylcholine/i);
    }
    expect(text('anticholinergic')).toMatch(/blocks? acetylcholine/i);

    for (const id of ['benzodiazepine', 'clonazepam', 'diazepam', 'lorazepam']) {
      expect(text(id), id).toMatch(/GABA-A\b/);
      expect(text(id), id).not.toMatch(/GABA-B/);
    }

    const baclofen = text('baclofen');
    expect(baclofen).toMatch(/GABA-B\b/);
    expect(baclofen).not.toMatch(/GABA-A/);
    expect(baclofen).not.toMatch(/benzodiazepine/i);
  });

  it('5. (DaTscan) dopamine-transporter imaging is normal in dopa-responsive dystonia', () => {
    const t = text('datscan');
    expect(t).toMatch(/in dopa-responsive dystonia, dopamine[- ]transporter imaging is normal/i);
    expect(t).not.toMatch(/dopa-responsive dystonia[^.]*\b(abnormal|reduced|low)\b/i);
    // The contrast that makes the scan useful: reduced when dopamine nerve cells are lost.
    expect(t).toMatch(/reduced[^.]*Parkinson/i);
  });

  it('8. dopamine-receptor blockers cause tardive dystonia after months and acute dystonic reactions within hours or days', () => {
    const t = text('dopamine-receptor-blocker');
    expect(t).toMatch(/acute dystonic reaction[^.]*within hours or days/i);
    expect(t).toMatch(/tardive dystonia[^.]*after months/i);
    expect(t).not.toMatch(/tardive[^.]*within (hours|days)/i);
    expect(t).not.toMatch(/acute dystonic reaction[^.]*after months/i);
    // The drugs named as causes elsewhere agree on the timing.
    for (const id of ['haloperidol', 'metoclopramide', 'prochlorperazine']) {
      expect(text(id), id).toMatch(/acute dystonic reaction/i);
      expect(text(id), id).toMatch(/within hours or days/i);
      expect(text(id), id).toMatch(/tardive/i);
    }
  });
});
