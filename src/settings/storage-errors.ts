/**
 * Why a write to storage failed, as Problems the options page can say in words. The browser's
 * own errors ("Resource::kQuotaBytesPerItem quota exceeded", "QuotaExceededError: …") mean
 * little to a person, so a quota error gets a sentence of its own and the browser's text is
 * only quoted, cut short.
 */
import { echoValue } from '../i18n/echo';
import type { Problem } from '../i18n/message';

/** A write refused before or while it was made: what happened, then why, already worded. */
export class StorageWriteError extends Error {
  readonly problems: Problem[];

  /** `cause`, when given, is the browser's error: its explanation follows the problem's. */
  constructor(problem: Problem, options?: ErrorOptions) {
    super(problem.key, options);
    this.name = 'StorageWriteError';
    this.problems = [problem, ...(options?.cause !== undefined ? storageErrorProblems(options.cause) : [])];
  }
}

/** The lines that explain a failed write. */
export function storageErrorProblems(error: unknown): Problem[] {
  if (error instanceof StorageWriteError) return error.problems;
  const message = echoValue(error instanceof Error ? error.message : error, 120);
  return [/quota/i.test(message) ? { key: 'saveFailedQuota', values: [message] } : { key: 'saveFailedReason', values: [message] }];
}
