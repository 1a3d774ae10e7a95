/** The SHA-256 of a diagram's XML as UTF-8, in hex: the address of its blob. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;
