import { describe, expect, it } from 'vitest';
import { checkServerAddress, readTokenClaims } from './serverAddress';

const base64url = (value: object) => btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('the sync server address and token', () => {
  const allowed = ['wss://sync.gov.example', 'ws://127.0.0.1:*'];

  it('takes a WebSocket address the policy allows', () => {
    expect(checkServerAddress(' wss://sync.gov.example/ ', allowed)).toEqual({ url: 'wss://sync.gov.example' });
    expect(checkServerAddress('ws://127.0.0.1:8787', allowed)).toEqual({ url: 'ws://127.0.0.1:8787' });
  });

  it('says why another address cannot be used', () => {
    expect(checkServerAddress('sync server', allowed)).toEqual({ problem: 'notAnAddress' });
    expect(checkServerAddress('https://sync.gov.example', allowed)).toEqual({ problem: 'notWebSocket' });
    expect(checkServerAddress('wss://evil.example', allowed)).toEqual({ problem: 'notAllowed' });
    expect(checkServerAddress('wss://sync.gov.example:8443', allowed)).toEqual({ problem: 'notAllowed' });
  });

  it('reads the user, team and name from a token, and nothing from a mangled one', () => {
    const token = `${base64url({ alg: 'HS256' })}.${base64url({ sub: 'aliya', team: 'digital', name: 'Әлия Сапарова' })}.sig`;
    expect(readTokenClaims(token)).toEqual({ userId: 'aliya', teamId: 'digital', name: 'Әлия Сапарова' });
    expect(readTokenClaims('not.a-token')).toBeNull();
    expect(readTokenClaims('')).toBeNull();
  });
});
