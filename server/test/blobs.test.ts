import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testServer, token } from './harness';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const xml = '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Д1"/>';

describe('diagram blobs over HTTP', () => {
  const server = testServer({ config: { maxBlobBytes: 1024 * 1024 } });
  const put = async (hash: string, body: string | Uint8Array<ArrayBuffer>, user = 'alice') =>
    fetch(`${server.running.httpUrl}/blobs/${hash}`, { method: 'PUT', body, headers: { Authorization: `Bearer ${await token(user)}` } });
  const get = async (hash: string, user = 'alice') => fetch(`${server.running.httpUrl}/blobs/${hash}`, { headers: { Authorization: `Bearer ${await token(user)}` } });

  it('stores a blob under its hash once, and gives it back to any member', async () => {
    const hash = sha256(xml);
    expect((await put(hash, xml)).status).toBe(201);
    expect((await put(hash, xml)).status).toBe(200);
    const back = await get(hash, 'vera');
    expect(back.status).toBe(200);
    expect(await back.text()).toBe(xml);
    expect((await server.store.blobKeys()).map((k) => k.sha256)).toEqual([hash]);
  });

  it('refuses a body that does not match its hash, and stores nothing', async () => {
    const hash = sha256('something else');
    const response = await put(hash, xml);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('hash-mismatch');
    expect(await server.store.hasBlob({ teamId: 't1', sha256: hash })).toBe(false);
  });

  it('refuses a blob over the size limit', async () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    const response = await put(sha256(big), big);
    expect(response.status).toBe(413);
    expect(await server.store.hasBlob({ teamId: 't1', sha256: sha256(big) })).toBe(false);
  });

  it('lets viewers read but not write, and strangers neither', async () => {
    const content = `${xml}<!-- viewer -->`;
    expect((await put(sha256(content), content, 'vera')).status).toBe(403);
    const stranger = await fetch(`${server.running.httpUrl}/blobs/${sha256(xml)}`, { headers: { Authorization: `Bearer ${await token('olga', 't2')}` } });
    // olga edits in her own team, whose blobs these are not
    expect(stranger.status).toBe(404);
    expect((await fetch(`${server.running.httpUrl}/blobs/${sha256(xml)}`)).status).toBe(401);
    expect((await get('0'.repeat(64))).status).toBe(404);
  });

  it('answers a browser preflight for the app on another origin', async () => {
    const response = await fetch(`${server.running.httpUrl}/blobs/${sha256(xml)}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
