import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { ConnectionLike, StepDataService } from './StepDataService';

/** Drawing a data association records the linked document or system on the step (bpmn-js behavior form). */
export class DataAssociationBehavior extends CommandInterceptor {
  static override $inject = ['eventBus', 'stepData'];

  constructor(eventBus: EventBus, stepData: StepDataService) {
    super(eventBus);
    this.postExecuted(['connection.create', 'connection.reconnect'], (event: { context: { connection: ConnectionLike } }) => {
      stepData.recordAssociation(event.context.connection);
    });
  }
}
