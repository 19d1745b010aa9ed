/**
 * Everything the content script needs from the popover feature, behind one object:
 * the popover itself, pointer/keyboard interactions, and the commands.
 */
import type { GlossaryEntry } from '../glossary';
import type { Settings } from '../settings/settings';
import { GlossaryPopover } from './glossary-popover';
import { connectTermInteractions, type InteractionConfig } from './term-interactions';

export interface PopoverController {
  applySettings(settings: Settings): void;
  destroy(): void;
}

function interactionConfig(s: Settings): InteractionConfig {
  return { radius: s.hoverRadiusPx, restMs: s.hoverRestMs, fallbackMs: s.hoverFallbackMs, exitGraceMs: s.exitGraceMs };
}

export function startPopover(doc: Document, lookup: (id: string) => GlossaryEntry | undefined, settings: Settings): PopoverController {
  let current = settings;
  const popover = new GlossaryPopover(doc, { lookup, theme: settings.theme, fontSizePx: settings.popoverFontSizePx });
  const disconnect = connectTermInteractions(doc, popover, lookup, () => interactionConfig(current));
  return {
    applySettings(next) {
      current = next;
      popover.applyAppearance({ theme: next.theme, fontSizePx: next.popoverFontSizePx });
    },
    destroy() {
      disconnect();
      popover.destroy();
    },
  };
}
