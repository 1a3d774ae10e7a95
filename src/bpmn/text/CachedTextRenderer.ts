import TextRenderer from 'bpmn-js/lib/draw/TextRenderer';

type Options = Parameters<TextRenderer['createText']>[1];
type Dimensions = ReturnType<TextRenderer['getDimensions']>;

/** The copies kept, at most: the distinct labels of a large file (angina's 676) fit; past it, the cache starts afresh, so memory stays bounded. */
const maxEntries = 2_000;

/**
 * bpmn-js's text renderer, laying out each distinct label once per editor: the same text in the same box
 * and style gets a copy of the element laid out before. Laying a label out measures its words line by line
 * (diagram-js's Text): a seventh to a sixth of drawing a large file, whose labels repeat (the 2.9 MB angina file of
 * the shared corpus: 1,990 labels, 676 distinct).
 */
export default class CachedTextRenderer extends TextRenderer {
  constructor(config?: ConstructorParameters<typeof TextRenderer>[0]) {
    super(config);
    const texts = new Map<string, SVGElement>();
    const dimensions = new Map<string, Dimensions>();
    const createText = this.createText;
    const getDimensions = this.getDimensions;
    this.createText = (text, options) => {
      const key = keyOf(text, options);
      const laidOut = texts.get(key);
      if (laidOut) return laidOut.cloneNode(true) as SVGElement;
      const created = createText(text, options);
      remember(texts, key, created.cloneNode(true) as SVGElement);
      return created;
    };
    this.getDimensions = (text, options) => {
      const key = keyOf(text, options);
      let measured = dimensions.get(key);
      if (!measured) remember(dimensions, key, (measured = getDimensions(text, options)));
      return { ...measured };
    };
  }
}

CachedTextRenderer.$inject = TextRenderer.$inject;

/**
 * Laying a text out reads its box's size, never its place (diagram-js's `Text#layoutText`): an external label's box is
 * where the label is, so without this every event's and flow's label was laid out anew, each at its own place.
 */
const keyOf = (text: string, options: Options) => {
  const box = options?.box;
  return JSON.stringify([text, box ? { ...options, box: { width: box.width, height: box.height } } : (options ?? null)]);
};

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= maxEntries) cache.clear();
  cache.set(key, value);
}
