/**
 * The toolbar icon tells the truth (issue #15): the indigo icon where highlighting runs, the
 * greyed one where it is off for the site or paused everywhere. scripts/icons.ts renders both
 * from assets/icon/icon.svg. Pure: no browser API.
 */
import { isActiveOn, type Settings } from '../settings/settings';

/** Every size the manifests and the stores ask for. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

export type IconPaths = Record<(typeof ICON_SIZES)[number], string>;

function pathsIn(folder: string): IconPaths {
  return Object.fromEntries(ICON_SIZES.map((size) => [size, `/${folder}/${size}.png`])) as IconPaths;
}

export const ICON_ON = pathsIn('icon');
export const ICON_OFF = pathsIn('icon-off');

/** The icon every tab shows unless told otherwise: greyed only while highlighting is paused everywhere. */
export function defaultIcon(settings: Pick<Settings, 'enabled'>): IconPaths {
  return settings.enabled ? ICON_ON : ICON_OFF;
}

/** The icon of a tab showing a page of `hostname`. */
export function tabIcon(settings: Pick<Settings, 'enabled' | 'disabledSites' | 'allowedSites'>, hostname: string): IconPaths {
  return isActiveOn(settings, hostname) ? ICON_ON : ICON_OFF;
}
