/** Why a write to a variant was refused. Each keeps the user's work: the caller decides what to show. */

/** A save based on a revision that something else has already replaced; the save was kept as a version. */
export class RevisionConflictError extends Error {
  constructor(readonly variantId: string, readonly expected: number, readonly actual: number, readonly keptAsVersionId: string) {
    super(`Variant ${variantId} is at revision ${actual}, the save expected ${expected}`);
  }
}

/** The variant changed since the caller read it; nothing was written, the caller reloads rather than overwrite. */
export class StaleRevisionError extends Error {
  constructor(readonly variantId: string) {
    super(`Variant ${variantId} changed since it was opened`);
  }
}

/** The variant is gone (its process was deleted for good in another tab). */
export class VariantMissingError extends Error {
  constructor(readonly variantId: string) {
    super(`No variant ${variantId}`);
  }
}

/** The variant's record is there but its diagram is missing or not text: the damaged-records screen names it. */
export class VariantContentError extends Error {
  constructor(readonly variantId: string) {
    super(`The diagram of variant ${variantId} is missing or damaged`);
  }
}
