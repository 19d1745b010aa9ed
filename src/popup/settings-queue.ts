/**
 * The popup's switches save their changes one after another: each reads the settings only
 * once the one before it has written. Otherwise a quick "pause every site" then "Undo" both
 * read the same settings, the Undo finds nothing to change and writes nothing, and the pause
 * stays (#15). A change that fails is reported and the next one still runs.
 */
export type SettingsEdit<S> = (current: S) => S;

export function createSettingsQueue<S>(
  update: (edit: SettingsEdit<S>) => Promise<unknown>,
  onError: (error: unknown) => void,
): (edit: SettingsEdit<S>) => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return (edit) => {
    last = last.then(() => update(edit)).then(() => undefined, onError);
    return last;
  };
}
