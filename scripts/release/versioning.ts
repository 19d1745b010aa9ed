/** The pure half of `npm run release`: the next version and its changelog entry. */

export type Bump = 'major' | 'minor' | 'patch';

export function bumpVersion(version: string, bump: Bump): string {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!parts) throw new Error(`package.json version "${version}" is not major.minor.patch`);
  const [major, minor, patch] = parts.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** A changelog section: the version, the day, and one line per commit subject (its first clause, which says what changed). */
export function changelogEntry(version: string, date: Date, subjects: readonly string[]): string {
  const day = date.toISOString().slice(0, 10);
  const lines = subjects.filter((s) => s.trim() !== '').map((s) => `- ${s.trim()}`);
  return `## ${version} (${day})\n\n${lines.length ? lines.join('\n') : '- No changes recorded.'}\n`;
}

/** The changelog with `entry` first, under the title. */
export function prependEntry(changelog: string, entry: string): string {
  const title = '# Changelog\n';
  const rest = changelog.startsWith(title) ? changelog.slice(title.length).replace(/^\n+/, '') : changelog;
  return `${title}\n${entry}${rest ? `\n${rest}` : ''}`;
}
