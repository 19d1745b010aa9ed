/**
 * Which entry owns each form, by lookup key. A form is refused when another entry already
 * owns it in any spelling the matcher accepts ("writer's cramp" = "writers cramp"), or when
 * it differs from another entry's form only in case ("TIC" vs "tic"). No matcher is built, so
 * callers can vet forms one at a time cheaply (custom terms against the glossary).
 */
import { formKey, type MatchForm } from './forms';
import { GATES, type Gate, type GateTarget } from './gating';

/** The entry a piece of matched text belongs to, and how that form is gated. */
export type FormTarget = GateTarget;

export class FormCollisionError extends Error {}

interface Owner extends FormTarget {
  form: string;
}

/** One owned form as plain data: its lookup key, entry, gate and whether it gives context. */
export type OwnedForm = [key: string, entryId: string, gate: Gate, givesContext: boolean];

/** Of two gates for the same form of one entry, the less restrictive. */
const looser = (a: Gate, b: Gate): Gate => (GATES.indexOf(a) <= GATES.indexOf(b) ? a : b);

export class FormOwners {
  private readonly byKey = new Map<string, Owner>();
  /** Case-sensitive forms by their lower-cased key, to find a case-only clash from either side. */
  private readonly sensitiveByLower = new Map<string, Owner[]>();

  /** Why `form` cannot join the forms owned so far, or null when it can. */
  conflict(form: MatchForm): string | null {
    const key = formKey(form.text, form.caseSensitive);
    const same = this.byKey.get(key);
    if (same && same.entryId !== form.entryId) {
      return `"${form.text}" (${form.entryId}) and "${same.form}" (${same.entryId}) are the same form`;
    }
    const lower = key.slice(2).toLowerCase();
    if (form.caseSensitive) {
      const shadow = this.byKey.get(`i:${lower}`);
      if (shadow && shadow.entryId !== form.entryId) {
        return `"${form.text}" (${form.entryId}) and "${shadow.form}" (${shadow.entryId}) differ only in case`;
      }
    } else {
      const shadowing = this.sensitiveByLower.get(lower)?.find((o) => o.entryId !== form.entryId);
      if (shadowing) return `"${shadowing.form}" (${shadowing.entryId}) and "${form.text}" (${form.entryId}) differ only in case`;
    }
    return null;
  }

  /** Takes ownership of `form` for its entry; throws FormCollisionError when it clashes. */
  claim(form: MatchForm): void {
    const problem = this.conflict(form);
    if (problem) throw new FormCollisionError(problem);
    const key = formKey(form.text, form.caseSensitive);
    const existing = this.byKey.get(key);
    // The same form listed twice by one entry is gated only as strictly as its loosest listing.
    const gate = existing ? looser(existing.gate, form.gate) : form.gate;
    const givesContext = (existing?.givesContext ?? false) || form.givesContext;
    this.set(key, { entryId: form.entryId, gate, givesContext, form: form.text });
  }

  /** Every owned form as plain data (what the build ships for the built-in glossary). */
  toList(): OwnedForm[] {
    return [...this.byKey].map(([key, o]) => [key, o.entryId, o.gate, o.givesContext]);
  }

  /** Owners from `toList()` output: no checks, the list was vetted when it was made. */
  static fromList(list: readonly OwnedForm[]): FormOwners {
    const owners = new FormOwners();
    // The key stands in for the form's text in clash messages.
    for (const [key, entryId, gate, givesContext] of list) owners.set(key, { entryId, gate, givesContext, form: key.slice(2) });
    return owners;
  }

  private set(key: string, owner: Owner): void {
    const replaced = this.byKey.get(key);
    this.byKey.set(key, owner);
    if (key.startsWith('s:')) {
      const lower = key.slice(2).toLowerCase();
      const others = (this.sensitiveByLower.get(lower) ?? []).filter((o) => o !== replaced);
      this.sensitiveByLower.set(lower, [...others, owner]);
    }
  }

  /** The entry that owns a piece of matched text: an exact case-sensitive form first. */
  resolve(text: string): FormTarget | undefined {
    const owner = this.byKey.get(formKey(text, true)) ?? this.byKey.get(formKey(text, false));
    return owner && { entryId: owner.entryId, gate: owner.gate, givesContext: owner.givesContext };
  }
}
