import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSha256 } from '../../src/domain/sync/revisions';
import { verifyToken } from './auth';
import type { Store } from './store/store';

export interface BlobRouteOptions {
  store: Store;
  jwtSecret: string;
  maxBlobBytes: number;
  allowedOrigins: string[];
}

/**
 * `PUT`/`GET /blobs/<sha256>`: the diagram XML of revisions, addressed by its hash, in the team of
 * the token. A put is idempotent and checked against the hash; only a team's editors put, any member
 * gets. Returns
 * false for a request that is not a blob route, so the next handler answers it.
 */
export async function handleBlobRequest(request: IncomingMessage, response: ServerResponse, options: BlobRouteOptions): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://server');
  const match = /^\/blobs\/([^/]+)$/.exec(url.pathname);
  if (!match) return false;
  allowOrigin(request, response, options.allowedOrigins);
  if (request.method === 'OPTIONS') return end(response, 204);
  const sha256 = match[1]!;
  if (!isSha256(sha256)) return end(response, 400, 'not-a-sha256');

  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const claims = token ? await verifyToken(options.jwtSecret, token).catch(() => null) : null;
  if (!claims) return end(response, 401, 'invalid-token');
  const role = await options.store.roleOf(claims.teamId, claims.userId);
  if (!role) return end(response, 403, 'not-a-member');

  const key = { teamId: claims.teamId, sha256 };
  if (request.method === 'GET' || request.method === 'HEAD') {
    const data = await options.store.getBlob(key);
    if (!data) return end(response, 404, 'no-such-blob');
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': data.byteLength, 'Cache-Control': 'private, max-age=31536000, immutable' });
    response.end(request.method === 'GET' ? data : undefined);
    return true;
  }
  if (request.method !== 'PUT') return end(response, 405, 'method-not-allowed');
  if (role !== 'editor') return end(response, 403, 'read-only');
  if (Number(request.headers['content-length'] ?? 0) > options.maxBlobBytes) return end(response, 413, 'blob-too-large');
  if (await options.store.hasBlob(key)) {
    request.resume();
    return end(response, 200, 'stored');
  }
  const body = await readBody(request, options.maxBlobBytes);
  if (body === null) return end(response, 413, 'blob-too-large');
  if (createHash('sha256').update(body).digest('hex') !== sha256) return end(response, 400, 'hash-mismatch');
  await options.store.putBlob(key, body);
  await options.store.audit({ time: Date.now(), userId: claims.userId, target: `${claims.teamId}/blob/${sha256}`, action: 'blob-put', detail: String(body.byteLength) });
  return end(response, 201, 'stored');
}

/** The body, or null once it grows past `limit` (reading stops there: nothing larger is held in memory). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.byteLength;
      if (length > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(length > limit ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function allowOrigin(request: IncomingMessage, response: ServerResponse, allowed: string[]): void {
  const origin = request.headers.origin;
  if (!origin) return;
  if (!allowed.includes('*') && !allowed.includes(origin)) return;
  response.setHeader('Access-Control-Allow-Origin', allowed.includes('*') ? '*' : origin);
  response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, PUT, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  response.setHeader('Access-Control-Max-Age', '600');
  response.setHeader('Vary', 'Origin');
}

function end(response: ServerResponse, status: number, text = ''): true {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
  return true;
}
