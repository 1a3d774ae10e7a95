/** Appended texts shorter than this are joined into pieces of about this length. */
const pieceChars = 4096;

/**
 * What a write appends, in order, kept as pieces: those it appended whole (a subtree's text reused from the last
 * write) and runs of the small ones joined. Storing a long diagram in parts reads the text through its pieces
 * (`splitIntoParts`): read as one string, the written text (a tree of thousands of concatenations) is first copied
 * into one piece of memory, 20–60 ms for 13 MB here, and the 26 MB that copy takes can set off a garbage collection.
 */
export class TextPieces {
  private readonly pieces: string[] = [];
  private small = '';

  add(text: string): void {
    if (text.length >= pieceChars) {
      this.flushSmall();
      this.pieces.push(text);
      return;
    }
    this.small += text;
    if (this.small.length >= pieceChars) this.flushSmall();
  }

  /** Starts over: the write began again. */
  clear(): void {
    this.pieces.length = 0;
    this.small = '';
  }

  /** Where the text appended from now on begins: its pieces are `since` this. */
  mark(): number {
    this.flushSmall();
    return this.pieces.length;
  }

  /** The pieces of what was appended since `mark`. */
  since(mark: number): string[] {
    this.flushSmall();
    return this.pieces.slice(mark);
  }

  /** The pieces so far, whose concatenation is the text appended so far. */
  list(): readonly string[] {
    this.flushSmall();
    return this.pieces;
  }

  private flushSmall(): void {
    if (this.small === '') return;
    this.pieces.push(this.small);
    this.small = '';
  }
}
