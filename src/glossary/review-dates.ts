/**
 * When every entry was last checked against the sources it cites (ISO 8601), and when the
 * next check is due: drug labels and gene names change, so the cycle is a year. No clinician
 * has signed the content off, and the footer says so (medical-review.md section 6).
 */
export const GLOSSARY_CHECKED = '2026-12-01';
export const GLOSSARY_NEXT_CHECK = '2027-12-01';
