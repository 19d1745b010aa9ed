/**
 * The entries a page has been sent (src/glossary/entry-bundle.ts), for the popover: kept for
 * as long as the page is open, asked for in batches (a highlighting pass asks for every entry
 * it drew at once, before anyone opens one), and never asked for twice.
 */
import type { EntryBundle } from '../glossary/entry-bundle';
import type { Source } from '../glossary/sources';
import type { GlossaryEntry } from '../glossary/types';
import type { EntryLookup } from '../popover/entry-lookup';

export class EntryCache implements EntryLookup {
  private readonly entries = new Map<string, GlossaryEntry>();
  private readonly sources = new Map<string, Source>();
  /** Ids whose explanation is complete here. */
  private readonly complete = new Set<string>();
  /** Ids asked for and not yet answered, with the answer's promise. */
  private readonly asking = new Map<string, Promise<void>>();
  /** Ids the background does not know (a stale page after an update): not asked again. */
  private readonly unknown = new Set<string>();

  /** `fetchBundle` answers undefined when the background does not. */
  constructor(private readonly fetchBundle: (ids: string[]) => Promise<EntryBundle | undefined>) {}

  lookup(id: string): GlossaryEntry | undefined {
    return this.entries.get(id);
  }

  ready(id: string): boolean {
    return this.complete.has(id);
  }

  source(id: string): Source | undefined {
    return this.sources.get(id);
  }

  async prepare(id: string): Promise<boolean> {
    await this.prefetch([id]);
    return this.complete.has(id);
  }

  /** Asks for those of `ids` that are neither here nor on their way, in one request; resolves when all of `ids` are answered. */
  async prefetch(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)];
    const missing = wanted.filter((id) => !this.complete.has(id) && !this.asking.has(id) && !this.unknown.has(id));
    if (missing.length > 0) {
      // No answer, or a malformed one, is reported and asked again next time, never thrown at the popover.
      const answer = this.fetchBundle(missing)
        .then((bundle: unknown) => this.take(bundle, missing))
        .catch((error: unknown) => console.error('[dystonia-glossary] could not fetch entries', error));
      const settled = answer.finally(() => missing.forEach((id) => this.asking.delete(id)));
      for (const id of missing) this.asking.set(id, settled);
    }
    await Promise.all(wanted.flatMap((id) => this.asking.get(id) ?? []));
  }

  private take(reply: unknown, asked: readonly string[]): void {
    const bundle = reply as Partial<EntryBundle> | null | undefined;
    if (
      !bundle ||
      !Array.isArray(bundle.entries) ||
      !Array.isArray(bundle.complete) ||
      typeof bundle.sources !== 'object' ||
      bundle.sources === null
    ) {
      throw new Error('the background sent no entries');
    }
    for (const entry of bundle.entries) this.entries.set(entry.id, entry);
    for (const [id, source] of Object.entries(bundle.sources)) this.sources.set(id, source);
    for (const id of bundle.complete) this.complete.add(id);
    for (const id of asked) if (!this.complete.has(id)) this.unknown.add(id);
  }
}
