import { recentCache } from '../recentCache';
import { parseVariant, type ParsedVariant } from './parsedVariant';

/**
 * The last few variants parsed for the comparison page, shared by its metrics and its diff: a
 * save re-parses only the variant saved, and another diff pair, a corrected matching or a new
 * dictionary re-parse nothing. Keyed by the XML itself: the diff view is given diagrams, not
 * variants, and a key that is the content cannot go stale. Both views hold the same stored
 * string, so a lookup mostly compares pointers, at worst the text once (well under a millisecond
 * for a megabyte). Six are three variants, each before and after a save.
 */
export const cachedVariant: (xml: string) => Promise<ParsedVariant> = recentCache(6, parseVariant);
