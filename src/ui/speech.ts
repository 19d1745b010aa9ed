/**
 * Reading a term or its definition aloud with the Web Speech API (`speechSynthesis`), all
 * on the device. Where the browser has no speech synthesis (`supported` false) there are no
 * speak buttons; where it has no voice to speak with (e.g. Linux without speech-dispatcher)
 * `available` is false and the buttons stay hidden rather than doing nothing.
 */
export interface Speaker {
  readonly supported: boolean;
  /** Voices are known to exist. The first read asks the browser for its voice list. */
  readonly available: boolean;
  /** Called when voices appear or go (Chromium loads its list asynchronously). */
  onAvailabilityChange(listener: () => void): void;
  speak(text: string): void;
}

type SpeechWindow = Window & { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };

const UNSUPPORTED: Speaker = { supported: false, available: false, onAvailabilityChange: () => undefined, speak: () => undefined };

export function createSpeaker(win: Window | null): Speaker {
  const w: SpeechWindow | null = win;
  const synth = w?.speechSynthesis;
  const Utterance = w?.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return UNSUPPORTED;
  const listeners: (() => void)[] = [];
  let hasVoices: boolean | null = null;
  // Asked lazily, when a popover first needs it: no speech engine is woken on pages where nobody opens one.
  const voicesKnown = (): boolean => {
    if (hasVoices === null) {
      hasVoices = synth.getVoices().length > 0;
      synth.addEventListener?.('voiceschanged', () => {
        hasVoices = synth.getVoices().length > 0;
        for (const listener of listeners) listener();
      });
    }
    return hasVoices;
  };
  return {
    supported: true,
    get available() {
      return voicesKnown();
    },
    onAvailabilityChange: (listener) => listeners.push(listener),
    speak(text) {
      // A second press restarts rather than queueing the same words behind the first.
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.lang = 'en';
      utterance.rate = 0.9;
      synth.speak(utterance);
    },
  };
}
