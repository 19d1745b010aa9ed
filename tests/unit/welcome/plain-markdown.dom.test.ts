import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlainMarkdown } from '../../../src/welcome/plain-markdown';

const render = (markdown: string, offset = 0) => {
  const root = document.createElement('div');
  root.append(renderPlainMarkdown(document, markdown, offset));
  return root;
};

describe('renderPlainMarkdown', () => {
  it('turns headings, paragraphs, lists and inline marks into elements, under the given heading level', () => {
    const root = render(
      '# Title\n\nOne **bold** and *soft* line\ncontinued with `code`.\n\n- first item\n  goes on\n- [second](https://example.org) item\n\n## Part',
      1,
    );
    expect([...root.children].map((e) => e.tagName)).toEqual(['H2', 'P', 'UL', 'H3']);
    expect(root.querySelector('p')!.textContent).toBe('One bold and soft line continued with code.');
    expect(root.querySelector('strong')!.textContent).toBe('bold');
    expect(root.querySelector('em')!.textContent).toBe('soft');
    expect(root.querySelector('code')!.textContent).toBe('code');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['first item goes on', 'second item']);
    expect(root.querySelector('a')).toBeNull();
  });

  it('never parses markup: tags in the text stay text', () => {
    const root = render('<img src=x onerror=alert(1)> and <b>bold</b>');
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)> and <b>bold</b>');
  });

  it('renders the shipped PRIVACY.md with every line of its text', () => {
    const markdown = readFileSync(resolve(import.meta.dirname, '../../../PRIVACY.md'), 'utf8');
    const root = render(markdown, 1);
    expect(root.querySelector('h2')!.textContent).toMatch(/Privacy/);
    expect(root.querySelectorAll('h3').length).toBeGreaterThan(2);
    // No Markdown syntax is left showing.
    expect(root.textContent).not.toMatch(/\*\*|^#|\]\(/m);
  });
});
