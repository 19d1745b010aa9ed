/**
 * A long, deterministic medical article for the benchmark: sections, paragraphs with links
 * and emphasis, lists, tables and a flex navigation bar, with glossary terms about once
 * every 200 characters (or none: `terms: false`, for what the extension costs a page it has
 * nothing to do on).
 */
import { ARTICLE_TERMS } from './vocabulary';
import { seededRandom } from '../../tests/support/seeded-random';

const WORDS = (
  'the patient reported that symptoms began during adolescence and became more noticeable under stress ' +
  'clinicians often describe a pattern of sustained contractions with twisting postures that vary across the day ' +
  'families may notice changes in handwriting posture or speech long before a formal diagnosis is made ' +
  'treatment plans are reviewed at regular visits with attention to daily activities sleep and mood ' +
  'research groups continue to compare outcomes across centres using standard rating methods and diaries'
).split(' ');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');

export interface Article {
  html: string;
  /** The inside of the page's <article> (an SPA's next view). */
  articleHtml: string;
  textLength: number;
}

export interface ArticleOptions {
  /** Glossary terms in the text (default true); without them the words are checked term-less by the bench. */
  terms?: boolean;
  /** Each section in a <section> (default true); false puts every heading and paragraph straight into the one <article>. */
  sections?: boolean;
}

export function generateArticle(
  minTextChars: number,
  seed = 1,
  { terms = true, sections: wrapSections = true }: ArticleOptions = {},
): Article {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  let textLength = 0;

  const sentence = (): string => {
    const words: string[] = [];
    const length = 14 + Math.floor(rand() * 14);
    for (let i = 0; i < length; i++) words.push(terms && rand() < 0.055 ? pick(ARTICLE_TERMS) : pick(WORDS));
    const text = words.join(' ');
    return text[0]!.toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = (): string => {
    const parts: string[] = [];
    const count = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) {
      const s = escape(sentence());
      textLength += s.length + 1;
      const r = rand();
      if (r < 0.15) parts.push(`<a href="#s${Math.floor(rand() * 100)}">${s}</a>`);
      else if (r < 0.25) parts.push(`<em>${s}</em>`);
      else parts.push(s);
    }
    return `<p>${parts.join(' ')}</p>`;
  };
  const list = (): string => {
    const items: string[] = [];
    for (let i = 0; i < 4; i++) {
      const s = escape(sentence());
      textLength += s.length;
      items.push(`<li>${s}</li>`);
    }
    return `<ul>${items.join('')}</ul>`;
  };
  const table = (): string => {
    const rows: string[] = [];
    for (let i = 0; i < 3; i++) {
      const a = terms ? escape(pick(ARTICLE_TERMS)) : `Row ${i + 1}`;
      const b = escape(sentence());
      textLength += a.length + b.length;
      rows.push(`<tr><td>${a}</td><td>${b}</td></tr>`);
    }
    return `<table><tbody>${rows.join('')}</tbody></table>`;
  };

  const sections: string[] = [];
  for (let n = 0; textLength < minTextChars; n++) {
    const heading = terms ? `Section ${n + 1}: ${escape(pick(ARTICLE_TERMS))}` : `Section ${n + 1}`;
    textLength += heading.length;
    const body: string[] = [`<h2 id="s${n}">${heading}</h2>`];
    for (let i = 0; i < 6; i++) body.push(paragraph());
    if (n % 3 === 0) body.push(list());
    if (n % 5 === 0) body.push(table());
    sections.push(wrapSections ? `<section>${body.join('\n')}</section>` : body.join('\n'));
  }
  const nav = terms
    ? '<nav style="display:flex;gap:12px">dystonia news<a href="#s0">Start</a><a href="#s1">Basal ganglia</a><span>Botulinum toxin</span></nav>'
    : '<nav style="display:flex;gap:12px">Health news<a href="#s0">Start</a><a href="#s1">Section 2</a><span>Contact</span></nav>';
  const articleHtml = sections.join('\n');
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${terms ? 'Dystonia: a long review' : 'A long review'}</title>` +
    '<style>body{font:16px/1.5 sans-serif;max-width:760px;margin:0 auto;padding:0 16px}</style></head>' +
    `<body>${nav}<h1>${terms ? 'Dystonia: a long review' : 'A long review'}</h1><article>${articleHtml}</article></body></html>`;
  return { html, articleHtml, textLength };
}
