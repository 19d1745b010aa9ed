/**
 * Options page: wiring only. Reads settings and custom terms, reports (once) anything that
 * had to be reset or set aside, and mounts the settings form, the custom-terms editor and
 * import/export.
 */
import { GLOSSARY } from '../../src/glossary';
import { describeProblem, localizePage, t } from '../../src/i18n/message';
import { createBackupSection } from '../../src/options/backup-section';
import { createCalibrationSection } from '../../src/options/calibration-section';
import { createCustomTermsEditor } from '../../src/options/custom-terms-editor';
import { createSettingsForm } from '../../src/options/settings-form';
import { isEmptyReport, renderStorageReport, storageReport } from '../../src/options/storage-report';
import type { CustomTerm } from '../../src/settings/custom-terms';
import { loadMyTerms, mergeIntoMyTerms } from '../../src/storage/my-terms-storage';
import {
  addBackRefusedTerm,
  deleteRefusedTerm,
  loadCustomTerms,
  loadRefusedTerms,
  saveCustomTerms,
  setAsideRefusedTerms,
  watchCustomTerms,
  watchRefusedTerms,
} from '../../src/storage/custom-terms-storage';
import { replaceSettingsAndTerms } from '../../src/storage/replace-stored';
import type { Settings } from '../../src/settings/settings';
import { applyChange, changeBetween } from '../../src/settings/settings-change';
import {
  loadSettings,
  saveSettings,
  settingsNeedRepair,
  tellAboutNewerVersion,
  updateSettings,
  watchSettings,
} from '../../src/storage/settings-storage';
import { storageErrorProblems } from '../../src/settings/storage-errors';

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
  const explain = (error: unknown) => storageErrorProblems(error).map(describeProblem);
  const showSaveFailed = (error: unknown) => {
    clearTimeout(savedTimer);
    savedStatus.textContent = t('saveFailed', explain(error).join(' '));
  };
  /** Runs a write; a failure is shown, then passed on so the caller keeps the user's input. */
  const saving = async (write: () => Promise<void>) => {
    try {
      await write();
    } catch (error) {
      showSaveFailed(error);
      throw error;
    }
    showSaved();
  };

  const settingsReading = await loadSettings();
  let setAsideFailure: string[] = [];
  // Refused terms move to their own item before the list is written back without them: never deleted (H6).
  const termsReading = await setAsideRefusedTerms(GLOSSARY).catch((error: unknown) => {
    setAsideFailure = explain(error);
    return loadCustomTerms(GLOSSARY);
  });
  // If they could not be moved, every write of the list keeps them in it, as they were.
  const notSetAside = setAsideFailure.length > 0 ? termsReading.refused.map((r) => r.value as CustomTerm) : [];
  let settings: Settings = settingsReading.settings;
  let customTerms: CustomTerm[] = termsReading.terms;
  const tellNewer = await tellAboutNewerVersion(settingsReading).catch(() => true);
  const report = storageReport(settingsReading, termsReading, { tellNewer, setAsideFailure });
  if (!isEmptyReport(report)) root.append(renderStorageReport(document, report));
  // Written back clean, so the report appears once and pages stop working around it.
  if (settingsNeedRepair(settingsReading)) await saveSettings(settings).catch(showSaveFailed);
  if (termsReading.refused.length === 0 && termsReading.unknownFields.length > 0) await saveCustomTerms(customTerms).catch(showSaveFailed);

  const form = createSettingsForm(document, settings, (next) => {
    // Only what the user changed is written, on top of the stored settings: a toggle made in the popup meanwhile survives.
    const change = changeBetween(settings, next);
    settings = next;
    void saving(() => updateSettings((current) => applyChange(current, change)).then(() => undefined)).catch(() => undefined);
  });
  const editor = createCustomTermsEditor(
    document,
    GLOSSARY,
    customTerms,
    async (next) => {
      await saving(() => saveCustomTerms([...next, ...notSetAside]));
      customTerms = next;
      editor.update(next);
    },
    {
      addBack: (key, terms) => saving(() => addBackRefusedTerm(key, terms)),
      remove: (key) => saving(() => deleteRefusedTerm(key)),
    },
  );
  editor.updateRefused(await loadRefusedTerms());
  const backup = createBackupSection(document, GLOSSARY, {
    current: () => ({ settings, customTerms }),
    async replaceAll(nextSettings, nextTerms) {
      await replaceSettingsAndTerms(nextSettings, nextTerms);
      // The page shows the new values only once they are stored (H4).
      settings = nextSettings;
      customTerms = nextTerms;
      form.update(nextSettings);
      editor.update(nextTerms);
      showSaved();
    },
    myTerms: loadMyTerms,
    mergeMyTerms: mergeIntoMyTerms,
  });
  const calibration = createCalibrationSection(
    document,
    () => settings,
    (proposal) => saving(() => updateSettings((current) => ({ ...current, ...proposal })).then(() => undefined)),
  );
  root.append(calibration.element, form.element, editor.element, backup);

  // Changes from the popup, a keyboard command, another options tab or another device.
  watchSettings((reading) => {
    settings = reading.settings;
    form.update(settings);
  });
  watchCustomTerms(GLOSSARY, (reading) => {
    customTerms = reading.terms;
    editor.update(customTerms);
    // Another tab stored terms that cannot be used: set them aside here too, before any edit could write the list without them.
    if (reading.refused.length > 0) void setAsideRefusedTerms(GLOSSARY).catch(showSaveFailed);
  });
  watchRefusedTerms((list) => editor.updateRefused(list));
}

main().catch((error: unknown) => console.error('[dystonia-glossary] options page failed to start', error));
