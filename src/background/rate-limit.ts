/**
 * How often one sender may make the background act (security review M4): a content script
 * only asks for a glossary tab after a trusted click, but a compromised or confused page
 * must still never be able to open tabs without end. A sliding window per key (the tab).
 */
export interface RateLimit {
  /** Whether `key` may act now; records the act when it may. */
  allow(key: string | number, now?: number): boolean;
}

export function createRateLimit(limit: { acts: number; withinMs: number }): RateLimit {
  const recent = new Map<string | number, number[]>();
  return {
    allow(key, now = Date.now()) {
      const times = (recent.get(key) ?? []).filter((t) => now - t < limit.withinMs);
      const allowed = times.length < limit.acts;
      if (allowed) times.push(now);
      if (times.length > 0) recent.set(key, times);
      else recent.delete(key);
      return allowed;
    },
  };
}
