/**
 * Which entry owns each form, by lookup key. A form is refused when another entry already
 * owns it in any spelling the matcher accepts ("writer's cramp" = "writers cramp"), or when
 * it differs from another entry's form only in case ("TIC" vs "tic"). No regex is built, so
 * callers can vet forms one at a time cheaply (custom terms against the glossary).
 */
import { formKey, type MatchForm } from './forms';

export interface FormTarget {
  entryId: string;
  gated: boolean;
}

export class FormCollisionError extends Error {}

interface Owner extends FormTarget {
  form: string;
}

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
    // The same form listed twice by one entry is gated only if every listing is.
    const owner = { entryId: form.entryId, gated: existing ? existing.gated && form.gated : form.gated, form: form.text };
    this.byKey.set(key, owner);
    if (form.caseSensitive) {
      const lower = key.slice(2).toLowerCase();
      this.sensitiveByLower.set(lower, [...(this.sensitiveByLower.get(lower) ?? []), owner]);
    }
  }

  /** The entry that owns a piece of matched text: an exact case-sensitive form first. */
  resolve(text: string): FormTarget | undefined {
    const owner = this.byKey.get(formKey(text, true)) ?? this.byKey.get(formKey(text, false));
    return owner && { entryId: owner.entryId, gated: owner.gated };
  }
}
