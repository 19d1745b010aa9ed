/**
 * The popover's shadow host: `<div data-glossary-popover>` with a **closed** shadow root, made
 * by src/ui/shadow-host.ts (as the site switch's notice is), so the page's scripts can neither
 * read what the popover says (a user's own terms and notes) nor change it (security review H1, M3).
 *
 * The host is made on the first explanation opened, not when the page loads: a page the user
 * reads without opening anything never sees it (M2).
 */
import css from './popover.css?inline';
import palette from '../ui/shadow-palette.css?inline';
import { attachShadowHost, createShadowHost } from '../ui/shadow-host';
import { POPOVER_HOST_ATTRIBUTE } from '../contracts/dom';

/** `mode`: closed in the extension; unit tests open it to look inside. */
export function createPopoverHost(doc: Document, mode: ShadowRootMode = 'closed'): { host: HTMLElement; root: ShadowRoot } {
  return createShadowHost(doc, POPOVER_HOST_ATTRIBUTE, palette + css, mode);
}

/** Puts the host in the document (again, if the page detached it) before the popover opens: see attachShadowHost. */
export const attachPopoverHost = attachShadowHost;
