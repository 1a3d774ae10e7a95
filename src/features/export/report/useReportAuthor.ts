import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, putSetting } from '../../../storage/workspace';

/** A per-browser setting: who prepares the forms, written into the files' properties and the signature block. */
const authorSetting = 'reportAuthor';

export function useReportAuthor(): [string, (author: string) => void] {
  const stored = useLiveQuery(() => getSetting(authorSetting), []);
  return [stored ?? '', (author) => void putSetting(authorSetting, author.trim())];
}

/** The same setting read once, for files made outside a page (the publication package). */
export async function readReportAuthor(): Promise<string> {
  return (await getSetting(authorSetting)) ?? '';
}
