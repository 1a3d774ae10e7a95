import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acknowledged, testServer, until } from './harness';

const MiB = 1024 * 1024;

describe('size limits', () => {
  const server = testServer({ config: { maxPayloadBytes: 8 * MiB, maxDocumentBytes: 4 * MiB } });
  const join = (name: string, doc?: Y.Doc) => server.join('alice', name, doc);

  it('refuses a 100 MiB offline backlog whole, with a clear close code, storing nothing and never acknowledging it', async () => {
    // Given a laptop that piled up 100 MiB of changes offline
    const backlog = new Y.Doc();
    backlog.getMap('dictionary:doc-1').set('description', 'ж'.repeat(50 * MiB));
    // When it connects
    const laptop = await join('t1/backlog', backlog);
    // Then the server closes the connection as "message too big" and keeps nothing of it
    await until('the connection was closed as too big', () => laptop.closeCodes.includes(1009), 20_000);
    laptop.destroy();
    expect(acknowledged(laptop)).toBe(false);
    expect(await server.store.loadDocument('t1/backlog')).toBeNull();
    const other = await join('t1/backlog');
    await until('another laptop has the (empty) project', () => acknowledged(other));
    expect(other.doc.getMap('dictionary:doc-1').size).toBe(0);
  });

  it('refuses a change that would grow a document past its limit, and keeps the document as it was', async () => {
    const editor = await join('t1/growing');
    await until('connected', () => acknowledged(editor));
    editor.doc.getMap('dictionary:doc-1').set('name', 'Справка');
    await until('the first change is acknowledged', () => acknowledged(editor));

    editor.doc.getMap('dictionary:doc-1').set('description', 'x'.repeat(5 * MiB));
    await until('the connection was closed as too large', () => editor.closeReasons.includes('document-too-large'));
    editor.destroy();

    const other = await join('t1/growing');
    await until('another laptop has the project', () => acknowledged(other));
    expect(other.doc.getMap('dictionary:doc-1').toJSON()).toEqual({ name: 'Справка' });
  });
});
