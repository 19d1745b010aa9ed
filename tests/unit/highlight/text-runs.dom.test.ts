import { describe, expect, it } from 'vitest';
import { TextRun } from '../../../src/highlight/text-runs';

const text = (data: string) => document.createTextNode(data);
const show = (run: TextRun, start: number, end: number) => run.piecesOf(start, end).map((p) => [p.node.data, p.start, p.end]);

describe('TextRun', () => {
  it('reads text across nodes as one string and maps a match back to one piece per node', () => {
    const run = new TextRun([text('Treated with '), text('botulinum'), text(' toxin today')]);
    expect(run.text).toBe('Treated with botulinum toxin today');
    const at = run.text.indexOf('botulinum toxin');
    expect(show(run, at, at + 'botulinum toxin'.length)).toEqual([
      ['botulinum', 0, 9],
      [' toxin today', 0, 6],
    ]);
  });

  it('reads a line break as a line break, with no piece of its own', () => {
    const run = new TextRun([text('Spasmodic'), 'break', text('dysphonia is rare')]);
    expect(run.text).toBe('Spasmodic\ndysphonia is rare');
    expect(show(run, 0, 19)).toEqual([
      ['Spasmodic', 0, 9],
      ['dysphonia is rare', 0, 9],
    ]);
  });

  it("leaves invisible characters out of the text but inside the piece, and never changes the page's text", () => {
    const node = text('A dys\u00adto\u200bnia case');
    const run = new TextRun([node]);
    expect(run.text).toBe('A dystonia case');
    expect(show(run, 2, 10)).toEqual([[node.data, 2, 12]]);
    expect(node.data).toBe('A dys\u00adto\u200bnia case');
  });

  it('handles empty nodes, a node of invisible characters only, and offsets at the very ends', () => {
    const run = new TextRun([text(''), text('\u200b'), text('putamen')]);
    expect(run.text).toBe('putamen');
    expect(show(run, 0, 7)).toEqual([['putamen', 0, 7]]);
    expect(show(run, 7, 7)).toEqual([]);
  });
});

describe('RunWalker', () => {
  // Imported here to keep the TextRun tests above free of DOM walking.
  const walk = async (html: string) => {
    const { RunWalker } = await import('../../../src/highlight/run-walker');
    document.body.replaceChildren(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
    const walker = new RunWalker([document.body], { isOurs: () => false });
    const runs: string[] = [];
    for (let run = walker.next(); run; run = walker.next()) runs.push(run.text);
    return runs;
  };

  it('joins text across inline markup and line breaks, one run per block', async () => {
    expect(await walk('<p>Treated with <em>botulinum</em> toxin.</p><p><b>deep</b> <i>brain stimulation</i></p>')).toEqual([
      'Treated with botulinum toxin.',
      'deep brain stimulation',
    ]);
    expect(await walk('<p>Spasmodic<br>dysphonia</p>')).toEqual(['Spasmodic\ndysphonia']);
    expect(await walk('<ul><li><strong>basal</strong></li><li><strong>ganglia</strong></li></ul>')).toEqual(['basal', 'ganglia']);
  });

  it('ends a run at a block or an excluded element inside it, and never enters the excluded one', async () => {
    expect(await walk('<div>botulinum <div>toxin</div> after</div>')).toEqual(['botulinum ', 'toxin', ' after']);
    expect(await walk('<p>basal <code>x</code> ganglia</p>')).toEqual(['basal ', ' ganglia']);
    expect(await walk('<p>cervical <span contenteditable>typed</span> dystonia</p>')).toEqual(['cervical ', ' dystonia']);
  });

  it('cuts a huge block into bounded runs that overlap, so a term across the cut is found once', async () => {
    const { RunWalker, MAX_RUN_NODES } = await import('../../../src/highlight/run-walker');
    const { compileMatcher, findMatches, formsOf } = await import('../../../src/matching');
    const matcher = compileMatcher(
      formsOf([{ id: 'cd', term: 'cervical dystonia', aliases: [], category: 'types', short: 's', long: 'l', related: [], sources: [] }]),
    );
    const p = document.createElement('p');
    // The term's two words are the last node of the first run and the first node of the second.
    for (let i = 0; i < MAX_RUN_NODES * 2; i++)
      p.append(document.createTextNode(i === MAX_RUN_NODES - 1 ? 'cervical ' : i === MAX_RUN_NODES ? 'dystonia ' : 'word '));
    document.body.replaceChildren(p);
    const walker = new RunWalker([document.body], { isOurs: () => false });
    const runs = [];
    for (let run = walker.next(); run; run = walker.next()) runs.push(run);
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.nodes.length).toBeLessThanOrEqual(MAX_RUN_NODES + 30);
    expect(runs.slice(1).every((r) => r.seenBefore > 0)).toBe(true);
    const found = runs.flatMap((run) => findMatches(matcher, run.text).filter((m) => m.end > run.seenBefore));
    expect(found.map((m) => m.text)).toEqual(['cervical dystonia']);
  });
});
