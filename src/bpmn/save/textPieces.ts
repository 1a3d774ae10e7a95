/** Appended texts shorter than this are joined into pieces of about this length. */
const pieceChars = 4096;

/**
 * Texts expected to be shorter than this are kept whole: copying 4 M characters into one piece takes a few
 * milliseconds, while keeping the pieces of every write costs the young generation's collections more (the first save
 * of the 2.9 MB angina file had its slices stretched by them). 20,000 nodes are 13 M characters.
 */
export const piecesFrom = 1 << 22;

/** Pieces to keep of a text expected to be `length` characters long; none for a text short enough to be kept whole. */
export const piecesFor = (length: number): TextPieces | undefined => (length >= piecesFrom ? new TextPieces() : undefined);

/**
 * What a write appends, in order, kept as pieces: those it appended whole (a subtree's text reused from the last
 * write) and runs of the small ones joined. Storing a long diagram in parts reads the text through its pieces
 * (`splitIntoParts`): read as one string, the written text (a tree of thousands of concatenations) is first copied
 * into one piece of memory, 20–60 ms for 13 MB here, and the 26 MB that copy takes can set off a garbage collection.
 *
 * The small texts wait in a list, joined once they are long enough: concatenated, they were a second tree of every
 * small text beside the writer's own, more for the young generation's collections to copy (a first save of the
 * angina file had slices of 4 ms of script and 50 ms of collection).
 */
export class TextPieces {
  private readonly pieces: string[] = [];
  /** Where each piece ends in the text. */
  private readonly ends: number[] = [];
  private small: string[] = [];
  private length = 0;

  add(text: string): void {
    if (text.length >= pieceChars) {
      this.flushSmall();
      this.length += text.length;
      this.pieces.push(text);
      this.ends.push(this.length);
      return;
    }
    this.small.push(text);
    this.length += text.length;
    if (this.length - this.flushedLength() >= pieceChars) this.flushSmall();
  }

  /** Starts over: the write began again. */
  clear(): void {
    this.pieces.length = 0;
    this.ends.length = 0;
    this.small = [];
    this.length = 0;
  }

  /** Where the text appended from now on begins: its pieces are `since` this. */
  mark(): number {
    return this.length;
  }

  /** The pieces of what was appended since `mark`. */
  since(mark: number): string[] {
    this.flushSmall();
    const { pieces, ends } = this;
    // The first piece that ends after the mark: the mark may fall inside it, where small texts were joined.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! > mark) high = middle;
      else low = middle + 1;
    }
    if (low === pieces.length) return [];
    const start = low === 0 ? 0 : ends[low - 1]!;
    return [pieces[low]!.slice(mark - start), ...pieces.slice(low + 1)];
  }

  /** The pieces so far, whose concatenation is the text appended so far. */
  list(): readonly string[] {
    this.flushSmall();
    return this.pieces;
  }

  private flushedLength(): number {
    return this.ends.length === 0 ? 0 : this.ends[this.ends.length - 1]!;
  }

  private flushSmall(): void {
    if (this.small.length === 0) return;
    this.pieces.push(this.small.join(''));
    this.ends.push(this.length);
    this.small = [];
  }
}
