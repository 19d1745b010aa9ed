/**
 * Welcome page (issue #15): wiring only. Opened once when the extension is installed
 * (src/background/welcome.ts), and from the popup and Options. It says how to open an
 * explanation, lets the user practise on live terms (the content script's own engine, loaded
 * into this page, highlights only the practice text: the rest is marked data-glossary-skip),
 * choose the reading density and calibrate the pointer settings to their hand.
 */
import { browser } from 'wxt/browser';
import privacyStatement from '../../PRIVACY.md?raw';
import '../../src/highlight/highlight.css';
import { engineOffered } from '../../src/content/engine-handoff';
import { localizePage, t } from '../../src/i18n/message';
import type { ContentRequest } from '../../src/contracts/messages';
import { handleContentRequests } from '../../src/contracts/message-channel';
import { createCalibrationSection } from '../../src/options/calibration-section';
import { renderShortcuts } from '../../src/popup/shortcuts-list';
import type { Settings } from '../../src/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../src/storage/settings-storage';
import { renderDisclaimer } from '../../src/ui/disclaimer';
import { h } from '../../src/ui/dom';
import { createDensityChoice } from '../../src/welcome/density-choice';
import { renderPlainMarkdown } from '../../src/welcome/plain-markdown';

/**
 * The requests the practice text answers, as a page's content script would: the keyboard
 * commands, the popup's "On this page", and `inspect` (the e2e tests). Not the site switch:
 * this page is no site. Content scripts' own requests to the background have other types.
 */
const PRACTICE_REQUESTS = new Set<ContentRequest['type']>([
  'next-term',
  'previous-term',
  'reopen-last',
  'get-page-terms',
  'jump-to-term',
  'inspect',
]);

async function startPractice(): Promise<void> {
  // The same engine pages get (ENGINE_PATH), by its path on this page's own origin: the address
  // getURL gives is Chrome's per-session one for web pages (use_dynamic_url), which this page's
  // CSP refuses. Written out: web-ext lint accepts only a literal here, and the build leaves it.
  // @ts-expect-error: a file of the built extension, which TypeScript cannot see.
  await import(/* @vite-ignore */ '/content-engine.js');
  const engine = await engineOffered();
  if (!engine) throw new Error('the glossary engine did not start');
  // Commands reach a tab's page through tabs.sendMessage; here the page is this one.
  handleContentRequests((request, sender) => (PRACTICE_REQUESTS.has(request.type) ? engine(request, sender) : undefined));
}

async function main() {
  localizePage(document);
  document.title = t('welcomeTitle');
  document.querySelector('.open-settings')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
  document.getElementById('privacy')!.replaceChildren(renderPlainMarkdown(document, privacyStatement, 2));
  document.getElementById('disclaimer')!.replaceChildren(renderDisclaimer(document));
  void browser.commands
    .getAll()
    .then((commands) => document.getElementById('shortcuts')!.replaceChildren(renderShortcuts(document, commands)));

  let settings: Settings = (await loadSettings()).settings;
  const density = createDensityChoice(
    document,
    settings.readingDensity,
    (readingDensity) => void updateSettings((s) => ({ ...s, readingDensity })),
  );
  document.getElementById('density')!.replaceChildren(density.element);
  const calibration = createCalibrationSection(
    document,
    () => settings,
    (proposal) => updateSettings((current) => ({ ...current, ...proposal })).then(() => undefined),
  );
  calibration.element.append(h(document, 'p', { className: 'hint', text: t('welcomeCalibrationHint') }));
  document.getElementById('calibration')!.replaceChildren(calibration.element);
  watchSettings((reading) => {
    settings = reading.settings;
    density.update(settings.readingDensity);
  });
  await startPractice();
}

main().catch((error: unknown) => console.error('[dystonia-glossary] welcome page failed to start', error));
