import { jwtVerify, SignJWT } from 'jose';

/** What a token says: who the user is and which team's projects it opens. */
export interface TokenClaims {
  userId: string;
  teamId: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** `name` travels in the token so that the app can show who is in a project; the server goes by the id. */
export async function signToken(secret: string, claims: TokenClaims & { name?: string }, days: number): Promise<string> {
  return new SignJWT({ team: claims.teamId, ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(`${days}d`)
    .sign(key(secret));
}

/** The claims of a token signed with `secret` and not expired; throws otherwise. */
export async function verifyToken(secret: string, token: string): Promise<TokenClaims> {
  const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'] });
  if (typeof payload.sub !== 'string' || typeof payload.team !== 'string') throw new Error('The token names no user or team');
  return { userId: payload.sub, teamId: payload.team };
}
