/**
 * Options page: wiring only. Reads settings and custom terms, reports (once) anything that
 * had to be reset, and mounts the settings form, the custom-terms editor and import/export.
 */
import { GLOSSARY } from '../../src/glossary';
import { localizePage, t } from '../../src/i18n/message';
import { createBackupSection } from '../../src/options/backup-section';
import { createCustomTermsEditor } from '../../src/options/custom-terms-editor';
import { createSettingsForm } from '../../src/options/settings-form';
import { renderStorageReport, storageProblems } from '../../src/options/storage-report';
import type { CustomTerm } from '../../src/settings/custom-terms';
import type { Settings } from '../../src/settings/settings';
import { loadCustomTerms, loadSettings, needsRepair, saveCustomTerms, saveSettings, watchCustomTerms, watchSettings } from '../../src/settings/settings-storage';

async function main() {
  localizePage(document);
  document.title = t('optionsTitle');
  const root = document.getElementById('options')!;
  const savedStatus = document.querySelector<HTMLElement>('.saved')!;
  let savedTimer: ReturnType<typeof setTimeout> | undefined;
  const showSaved = () => {
    savedStatus.textContent = t('saved');
    clearTimeout(savedTimer);
    savedTimer = setTimeout(() => (savedStatus.textContent = ''), 2500);
  };
  // Storage can refuse a write (sync quota, disk full): say so rather than claim it was saved.
  const showSaveFailed = (error: unknown) => {
    clearTimeout(savedTimer);
    savedStatus.textContent = t('saveFailed', String((error as Error)?.message ?? error));
  };

  const [settingsReading, termsReading] = await Promise.all([loadSettings(), loadCustomTerms(GLOSSARY)]);
  let settings: Settings = settingsReading.settings;
  let customTerms: CustomTerm[] = termsReading.terms;
  if (needsRepair(settingsReading, termsReading)) {
    root.append(renderStorageReport(document, storageProblems(settingsReading, termsReading)));
    // Written back clean, so the report appears once and pages stop working around it.
    await Promise.all([saveSettings(settings), saveCustomTerms(customTerms)]);
  }

  const form = createSettingsForm(document, settings, (next) => {
    settings = next;
    void saveSettings(next).then(showSaved, showSaveFailed);
  });
  const editor = createCustomTermsEditor(document, GLOSSARY, customTerms, async (next) => {
    try {
      await saveCustomTerms(next);
    } catch (error) {
      showSaveFailed(error);
      throw error;
    }
    customTerms = next;
    editor.update(next);
    showSaved();
  });
  const backup = createBackupSection(document, GLOSSARY, {
    current: () => ({ settings, customTerms }),
    async replaceAll(nextSettings, nextTerms) {
      settings = nextSettings;
      customTerms = nextTerms;
      await Promise.all([saveSettings(nextSettings), saveCustomTerms(nextTerms)]);
      form.update(nextSettings);
      editor.update(nextTerms);
    },
  });
  root.append(form.element, editor.element, backup);

  // Changes from the popup, a keyboard command or another device.
  watchSettings((reading) => {
    settings = reading.settings;
    form.update(settings);
  });
  watchCustomTerms(GLOSSARY, (reading) => {
    customTerms = reading.terms;
    editor.update(customTerms);
  });
}

main().catch((error: unknown) => console.error('[dystonia-glossary] options page failed to start', error));
