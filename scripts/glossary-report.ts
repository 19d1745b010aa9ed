/** `npm run glossary:report`: counts per category, readability median/max, missing pronunciations. */
import { GLOSSARY, GLOSSARY_CHECKED } from '../src/glossary';
import { glossaryReport } from '../src/glossary/report';
import type { Category } from '../src/glossary/types';
import { categoryMessageKey } from '../src/i18n/category-label';
import { english } from './english-messages';

const r = glossaryReport(GLOSSARY);
console.log(`Dystonia Glossary: ${r.total} entries (last checked against its sources ${GLOSSARY_CHECKED})\n`);
for (const [category, n] of Object.entries(r.perCategory))
  console.log(`  ${english(categoryMessageKey(category as Category)).padEnd(32)} ${String(n).padStart(4)}`);
console.log(
  `\nShort definitions, Flesch–Kincaid grade: median ${r.grade.median.toFixed(1)}, max ${r.grade.max.toFixed(1)} (${r.grade.maxEntry})`,
);
console.log(`Budget: median ≤ 8, max ≤ 12 → ${r.grade.median <= 8 && r.grade.max <= 12 ? 'within budget' : 'OVER BUDGET'}`);
console.log(`\nEntries without a pronunciation (${r.missingPronunciation.length}; abbreviations read as letters are not counted):`);
console.log(r.missingPronunciation.length ? `  ${r.missingPronunciation.join(', ')}` : '  none');
