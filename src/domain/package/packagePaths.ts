/**
 * A path inside a package that is safe to use as a name: relative, forward slashes, no empty, `.`
 * or `..` segment, no drive letter or characters Windows refuses, no control characters. A reader
 * refuses a package with any other path before reading its content.
 */
export function isSafePackagePath(path: string): boolean {
  if (path.length === 0 || path.length > 400) return false;
  if (path.startsWith('/') || /[\\:*?"<>|\p{Cc}]/u.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** A name for a file or folder from user text, kept readable (Cyrillic stays) and safe. */
export function pathSegment(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 80);
  return cleaned || fallback;
}
