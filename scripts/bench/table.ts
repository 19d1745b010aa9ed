/** Prints the bench's Markdown tables and target lines. */

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function printTable(head: readonly string[], body: ReadonlyArray<readonly string[]>): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (i === 0 ? (cells[i] ?? '').padEnd(w) : (cells[i] ?? '').padStart(w))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

/** One "met / MISSED" line; `met` undefined prints "n/a" (the number cannot be had in this browser). */
export function target(what: string, met: boolean | undefined, value: string): void {
  console.log(`  ${met === undefined ? 'n/a   ' : met ? 'met   ' : 'MISSED'}  ${what}: ${value}`);
}

export function heading(text: string): void {
  console.log(`\n## ${text}\n`);
}
