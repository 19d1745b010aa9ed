/** axe-core's automated WCAG 2.x A/AA (and best-practice) checks, run inside a page under test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeResult {
  violations: AxeFinding[];
  /** Rules that passed: a page axe could not read passes almost none. */
  passed: number;
  /** Nodes checked inside shadow roots (their target path has more than one selector). */
  checkedInShadow: number;
}

/**
 * Runs axe on the element `selector` finds (everything in it, open shadow roots included), or
 * on the whole document. The page must be in front: axe waits on animation frames.
 */
export async function runAxe(page: Page, selector?: string): Promise<AxeResult> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (within, tags) => {
      type Node = { target: unknown[]; failureSummary?: string };
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{
              violations: Array<{ id: string; impact: string | null; help: string; nodes: Node[] }>;
              passes: Array<{ nodes: Node[] }>;
            }>;
          };
        }
      ).axe;
      const result = await axe.run(within ? { include: [document.querySelector(within)] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
        })),
        passed: result.passes.length,
        checkedInShadow: result.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length,
      };
    },
    selector ?? null,
    AXE_TAGS,
  );
}
