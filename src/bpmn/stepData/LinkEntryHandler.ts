import type { ShapeLike } from './ReplaceExtensionHandler';
import type { ConnectionLike, StepDataService } from './StepDataService';

interface Context {
  element: ShapeLike & { incoming?: ConnectionLike[]; outgoing?: ConnectionLike[] };
  ref: string | undefined;
}

/**
 * Linking a data object to an entry is one undo step made of nested commands: the link itself,
 * then the step data of every step the object is already associated with.
 */
export class LinkEntryHandler {
  static $inject = ['stepData'];

  constructor(private readonly stepData: StepDataService) {}

  preExecute(context: Context): void {
    this.stepData.setLink(context.element, context.ref);
  }

  execute(): ShapeLike[] {
    return [];
  }

  revert(): ShapeLike[] {
    return [];
  }

  postExecute(context: Context): void {
    if (!context.ref) return;
    [...(context.element.incoming ?? []), ...(context.element.outgoing ?? [])].forEach((c) => this.stepData.recordAssociation(c));
  }
}
