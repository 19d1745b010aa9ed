/**
 * `npm run release -- <major|minor|patch> [--dry-run]`: bumps the version in package.json,
 * writes a CHANGELOG.md entry from the commits since the last release, builds and zips both
 * browsers (`wxt zip`, into .output/), then commits "Release x.y.z" and tags vx.y.z. Pushing
 * and store upload stay manual (`wxt submit`), so nothing leaves the machine by accident.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bumpVersion, changelogEntry, prependEntry, type Bump } from './release/versioning';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

const bump = process.argv[2] as Bump;
const dryRun = process.argv.includes('--dry-run');
if (!['major', 'minor', 'patch'].includes(bump)) {
  console.error('Usage: npm run release -- <major|minor|patch> [--dry-run]');
  process.exit(2);
}
if (!dryRun && run('git', ['status', '--porcelain']) !== '') {
  console.error('The working tree has uncommitted changes: commit or stash them first.');
  process.exit(1);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const version = bumpVersion(pkg.version, bump);
const lastTag = run('git', ['tag', '--list', 'v*', '--sort=-v:refname']).split('\n')[0] ?? '';
const range = lastTag ? [`${lastTag}..HEAD`] : ['HEAD'];
const subjects = run('git', ['log', '--format=%s', ...range]).split('\n');
const entry = changelogEntry(version, new Date(), subjects);

if (dryRun) {
  console.log(`${pkg.version} → ${version} (${subjects.length} commits since ${lastTag || 'the start'})\n\n${entry}`);
  process.exit(0);
}

run('npm', ['version', version, '--no-git-tag-version', '--allow-same-version']);
writeFileSync('CHANGELOG.md', prependEntry(existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : '', entry));
execFileSync('npm', ['run', 'zip'], { stdio: 'inherit' });
run('git', ['add', 'package.json', 'package-lock.json', 'CHANGELOG.md']);
run('git', ['commit', '-m', `Release ${version}`]);
run('git', ['tag', `v${version}`]);
console.log(`Released ${version}: zips in .output/, tag v${version}. Push with: git push --follow-tags`);
