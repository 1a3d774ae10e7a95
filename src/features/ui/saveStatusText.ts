import type { SaveStatus } from '../../storage/variantSaver';

/**
 * What the status line of a page that saves one record (the plan, the passport) says. Such a saver
 * stops only on a damaged stored record, shown as "not saved" with the page's own banner.
 */
export const recordSaveStatusText: Record<SaveStatus, string> = {
  saved: 'editor.status.saved',
  pending: 'editor.status.pending',
  saving: 'editor.status.saving',
  error: 'editor.status.error',
  blocked: 'editor.status.blocked',
  conflict: 'editor.status.blocked',
};
