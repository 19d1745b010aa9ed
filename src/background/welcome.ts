/**
 * When the welcome page opens by itself: on a fresh install only. Updates, browser updates and
 * reloads of an unpacked build never open it again (issue #15); the popup and Options link to it.
 */
export const WELCOME_PATH = '/welcome.html';

export function opensWelcome(details: { reason: string }): boolean {
  return details.reason === 'install';
}
