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
import { startEngineInExtensionPage } from '../../src/content/engine-in-extension-page';
import { localizePage, t } from '../../src/i18n/message';
import { createCalibrationSection } from '../../src/options/calibration-section';
import { renderShortcuts } from '../../src/popup/shortcuts-list';
import type { Settings } from '../../src/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../src/storage/settings-storage';
import { renderDisclaimer } from '../../src/ui/disclaimer';
import { h } from '../../src/ui/dom';
import { createDensityChoice } from '../../src/welcome/density-choice';
import { renderPlainMarkdown } from '../../src/welcome/plain-markdown';

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
  await startEngineInExtensionPage();
}

main().catch((error: unknown) => console.error('[dystonia-glossary] welcome page failed to start', error));
