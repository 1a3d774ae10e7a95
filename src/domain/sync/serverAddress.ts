/**
 * The sync server's address as a user types it, and the token the administrator gave them. The
 * token is read here only to name the user and team; the server checks its signature.
 */
export interface TokenClaims {
  userId: string;
  teamId: string;
  /** The user's name as the administrator entered it, or their id. */
  name: string;
}

export function readTokenClaims(token: string): TokenClaims | null {
  const payload = token.trim().split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))) as Record<string, unknown>;
    if (typeof json.sub !== 'string' || typeof json.team !== 'string') return null;
    return { userId: json.sub, teamId: json.team, name: typeof json.name === 'string' && json.name ? json.name : json.sub };
  } catch {
    return null;
  }
}

export type AddressProblem = 'notAnAddress' | 'notWebSocket' | 'notAllowed';

/**
 * The address normalised (no trailing slash), or why it cannot be used: it must be ws:// or wss://,
 * and allowed by the app's Content-Security-Policy (`allowed`: its connect-src sources for sync).
 */
export function checkServerAddress(input: string, allowed: readonly string[]): { url: string } | { problem: AddressProblem } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { problem: 'notAnAddress' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { problem: 'notWebSocket' };
  if (!allowed.some((source) => matchesSource(url, source))) return { problem: 'notAllowed' };
  return { url: url.toString().replace(/\/$/, '') };
}

/** Whether a CSP host source such as `wss://sync.example.kz` or `ws://127.0.0.1:*` allows `url`. */
export function matchesSource(url: URL, source: string): boolean {
  const match = /^(wss?):\/\/([^/:]+)(?::(\d+|\*))?$/.exec(source);
  if (!match) return false;
  const [, scheme, host, port] = match;
  if (`${scheme}:` !== url.protocol) return false;
  if (host!.startsWith('*.') ? !url.hostname.endsWith(host!.slice(1)) : url.hostname !== host) return false;
  const defaultPort = url.protocol === 'wss:' ? '443' : '80';
  return port === '*' || (url.port || defaultPort) === (port ?? defaultPort);
}

/** The HTTP(S) origin of a sync server (for its blobs), as the policy must also allow it. */
export const httpOriginOf = (wsUrl: string) => new URL(wsUrl).origin.replace(/^ws/, 'http');
