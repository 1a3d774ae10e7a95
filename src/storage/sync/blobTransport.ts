/**
 * How revision XML reaches the server and comes back: `PUT`/`GET <server>/blobs/<sha256>` on the
 * sync server's own host, with the project's token. The bridge uploads a blob before it pushes the
 * revision that names it, so a laptop never sees a revision whose content is nowhere.
 */
export interface BlobTransport {
  put(sha256: string, xml: string): Promise<void>;
  get(sha256: string): Promise<string>;
}

export class BlobTransferError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`Blob transfer failed: ${status} ${reason}`);
  }
}

/** ws://host/… → http://host/blobs/… (and wss → https). */
export function blobUrl(serverUrl: string, sha256: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = `${url.pathname.replace(/\/$/, '')}/blobs/${sha256}`;
  return url.toString();
}

export function httpBlobTransport(serverUrl: string, token: string): BlobTransport {
  const headers = { Authorization: `Bearer ${token}` };
  return {
    async put(sha256, xml) {
      const response = await fetch(blobUrl(serverUrl, sha256), { method: 'PUT', headers: { ...headers, 'Content-Type': 'application/xml' }, body: xml });
      if (!response.ok) throw new BlobTransferError(response.status, await response.text());
    },
    async get(sha256) {
      const response = await fetch(blobUrl(serverUrl, sha256), { headers });
      if (!response.ok) throw new BlobTransferError(response.status, await response.text());
      return response.text();
    },
  };
}
