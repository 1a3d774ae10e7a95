/**
 * Why the server refused a connection or a message. Hocuspocus passes `reason` to the client (the
 * provider's authentication-failed event, or the reason of the document's close message), and the
 * app shows a translated message for each. An offline backlog over the WebSocket payload limit never
 * reaches these checks: the socket itself closes with code 1009.
 */
export const refusalReasons = ['invalid-token', 'wrong-team', 'not-a-member', 'bad-document-name', 'too-many-connections', 'document-too-large'] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export class Refusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`Refused: ${reason}`);
  }
}
