/**
 * What each subtree of a moddle tree was written as in the last save, and the proof that it would be
 * written the same now: the values the text was made from. A subtree's text depends only on its
 * elements' own properties (values, contained elements, the ids of referenced elements: references are
 * written as ids), its place (the property it sits in, its indentation) and the namespaces declared at
 * the root; so if every element of the subtree still has the same own values, the same text comes out.
 * Checking values is a fraction of writing them, which is what lets a save of a 3,000-node diagram
 * rewrite only what an edit touched, without trusting bpmn-js to report what its commands changed.
 */

/** A moddle object as far as its own values go (the writer's `ModdleElement`). */
export interface Valued {
  $descriptor: unknown;
  $attrs?: Record<string, unknown>;
}

/** A change to the root's namespaces while a subtree was written, replayed when its text is reused. */
export type NamespaceOp = ['uri', { prefix?: string; uri: string }, boolean] | ['prefix', string, string];

/** One subtree as written. */
export interface Written {
  /** The properties the writer reads of the element (its type's; null for an element of an unknown namespace). */
  names: string[] | null;
  /** The element's own values when it was written (`collectValues`). */
  values: unknown[];
  /** Its child elements, in document order, and the entries their text came from. */
  childElements: Valued[];
  childEntries: Written[];
  /** The property of the parent it was written for (decides tag and `xsi:type`); undefined for generic children. */
  property: unknown;
  /** Indentation depth of its first line. */
  indent: number;
  /** The root's namespaces when it was begun (a key of every change made to them until then). */
  state: string;
  /** What writing it changed in the root's namespaces, in order. */
  ops: NamespaceOp[];
  /** The namespaces its text uses (keys, with what they resolved to): they decide the root's `xmlns` declarations. */
  used: [string, unknown][];
  text: string;
  /** A long text (a process, a plane) as the pieces it was written in (`TextPieces`), when they were kept. */
  pieces?: readonly string[];
  /** The write that last checked it, and what that found: each is checked once per write. */
  checkedIn: number;
  found: boolean;
  /** The write that last compared its own values (`sameValues`), and whether they were the same. */
  valuesCheckedIn: number;
  valuesSame: boolean;
  /** The element that held it in the last write that finished (tracked writes: a change that moves it marks where it was). */
  container?: Valued;
}

/**
 * The entry of an element about to be written (its text and namespace use are filled in as the write goes); `values`
 * when they are known to be those `collectValues` would collect (entries never change their values).
 */
export function newWritten(element: Valued, property: unknown, indent: number, state: string, ops: NamespaceOp[], values?: unknown[]): Written {
  const descriptor = element.$descriptor as Descriptor;
  const names = descriptor.isGeneric ? null : namesOf(descriptor);
  return { names, values: values ?? collectValues(element, names, []), childElements: [], childEntries: [], property, indent, state, ops, used: [], text: '', checkedIn: 0, found: false, valuesCheckedIn: 0, valuesSame: false };
}

/** Notes that `entry`'s text holds `child`'s, as written in `childEntry`. */
export function addChild(entry: Written, child: Valued, childEntry: Written): void {
  entry.childElements.push(child);
  entry.childEntries.push(childEntry);
}

interface Descriptor {
  isGeneric?: boolean;
  properties: { name: string; isVirtual?: boolean }[];
}

/** A property the element does not have: writes nothing, unlike one set to undefined. */
const ABSENT = Symbol('absent');
const propertyNames = new WeakMap<Descriptor, string[]>();

/** The properties the writer reads of a typed element: its type's, virtual ones aside. */
function namesOf(descriptor: Descriptor): string[] {
  let names = propertyNames.get(descriptor);
  if (!names) propertyNames.set(descriptor, (names = descriptor.properties.filter((p) => !p.isVirtual).map((p) => p.name)));
  return names;
}

/** The value `collectValues` reads of `own` for the property `name`. */
function readValue(own: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(own, name) ? own[name] : ABSENT;
}

function pushValue(values: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    values.push(value.length);
    for (const item of value) pushValue(values, item);
    return;
  }
  values.push(value);
  // A referenced element is written as its id.
  if (value !== null && typeof value === 'object') values.push((value as { id?: unknown }).id);
}

/**
 * What the writer reads of `element` itself, into `values`: the properties `names` of its type (or, for an
 * element of an unknown namespace, its own names, body and children) and its extension attributes. Not its
 * type: an object's type never changes, and entries are kept per object.
 */
function collectValues(element: Valued, names: string[] | null, values: unknown[]): unknown[] {
  const own = element as unknown as Record<string, unknown>;
  if (names === null) {
    for (const key of Object.keys(own)) values.push(key, own[key]);
    pushValue(values, own.$body);
    pushValue(values, own.$children);
  } else {
    for (const name of names) pushValue(values, readValue(own, name));
  }
  const attrs = element.$attrs;
  for (const name in attrs) values.push(name, attrs[name]);
  return values;
}

/**
 * Whether `element`'s values are still `stored` (what `collectValues` collected when it was written),
 * compared as they are read, without collecting them again: a save checks tens of thousands of elements.
 */
function unchangedValues(element: Valued, entry: Written): boolean {
  const own = element as unknown as Record<string, unknown>;
  const names = entry.names;
  if (names === null) return sameCollected(element, entry.values);
  const stored = entry.values;
  let at = 0;
  for (let n = 0; n < names.length; n++) {
    at = sameValue(readValue(own, names[n]!), stored, at);
    if (at < 0) return false;
  }
  const attrs = element.$attrs;
  for (const name in attrs) {
    if (stored[at] !== name || stored[at + 1] !== attrs[name]) return false;
    at += 2;
  }
  return at === stored.length;
}

/** Where the values after `value` start in `stored`, if `value` is what `pushValue` put there from `at` on; else -1. */
function sameValue(value: unknown, stored: unknown[], at: number): number {
  if (Array.isArray(value)) {
    if (stored[at] !== value.length) return -1;
    at += 1;
    for (let i = 0; i < value.length && at >= 0; i++) at = sameValue(value[i], stored, at);
    return at;
  }
  if (stored[at] !== value) return -1;
  if (value !== null && typeof value === 'object') return stored[at + 1] === (value as { id?: unknown }).id ? at + 2 : -1;
  return at + 1;
}

/** The slower way, for an element of an unknown namespace (rare): collect its values and compare them all. */
function sameCollected(element: Valued, stored: unknown[]): boolean {
  const values = collectValues(element, null, []);
  if (values.length !== stored.length) return false;
  for (let i = 0; i < values.length; i++) if (values[i] !== stored[i]) return false;
  return true;
}

/** A list of more elements than this makes an element a container (a process, a plane): see `comparesAll`. */
const containerChildren = 16;

interface Described {
  $descriptor: { properties: { name: string; isMany?: boolean; isReference?: boolean }[] };
}

/** Whether `element` holds a list of many elements (its flow elements, its plane's shapes). */
function holdsMany(element: Valued): boolean {
  const own = element as unknown as Record<string, unknown>;
  for (const property of (element as unknown as Described).$descriptor.properties ?? []) {
    if (!property.isMany || property.isReference) continue;
    const value = own[property.name];
    if (Array.isArray(value) && value.length > containerChildren) return true;
  }
  return false;
}

/**
 * The texts of one tree's subtrees, for the writer to reuse; only from writes that finished.
 *
 * Tracked (`tracked`), it is also told of every element a change may have touched (`suspect`); a write then
 * compares the values of those elements and of everything in them, and of the elements that hold them, and
 * trusts the rest unchanged without reading it: for a small edit of a 3,000-node diagram that was most of a
 * save's work. A touched container (a process, a plane: `holdsMany`) has its own values compared and only the
 * elements in it that hold or are touched ones: bpmn-js changes a container's lists, not its elements, unasked.
 * Untracked, or in a write that does not trust (`begin(false)`), every value is compared.
 */
export class WrittenSubtrees {
  private written = new WeakMap<Valued, Written>();
  /** Numbers the writes, so what one proved is not taken for proved in the next. */
  private write = 0;
  /** Elements a change may have touched since the current write began, and the elements holding them. */
  private touched = new Set<Valued>();
  private holding = new Set<Valued>();
  /** What a write that did not finish was told: the next write is told it too. */
  private unfinished: { touched: Set<Valued>; holding: Set<Valued> } | null = null;
  /** What the current write compares; null when it compares everything. */
  private checking: { touched: Set<Valued>; holding: Set<Valued> } | null = null;
  /** The next write that finishes compares everything (`distrust`). */
  private distrusted = false;
  /** How long the text of the last write was, or is expected to be before the first: whether to keep its pieces (`piecesFor`). */
  textLength = 0;

  constructor(private readonly tracked = false) {}

  /**
   * A new write begins: what was proved during an earlier one no longer holds. `trust` (when tracked): only
   * what the tracking named is compared; without it, every value is, as a check of the tracking itself.
   */
  begin(trust = true): void {
    this.write += 1;
    if (!this.tracked) return;
    const told = { touched: this.touched, holding: this.holding };
    if (this.unfinished) {
      for (const element of this.unfinished.touched) told.touched.add(element);
      for (const element of this.unfinished.holding) told.holding.add(element);
    }
    this.unfinished = told;
    this.checking = trust && !this.distrusted ? told : null;
    this.touched = new Set();
    this.holding = new Set();
  }

  /** Notes that `element` (or something in it) may have changed; every element that holds it, now or in the last write, is checked too. */
  suspect(element: Valued): void {
    if (!this.tracked) return;
    this.touched.add(element);
    for (let at = (element as { $parent?: Valued }).$parent; at; at = (at as { $parent?: Valued }).$parent) this.holding.add(at);
    for (let at = this.written.get(element)?.container; at; at = this.written.get(at)?.container) this.holding.add(at);
  }

  /**
   * A change the tracking cannot follow: an element's id changed, and every element that references it (a message
   * flow, a lane, an association: they need not be listed on it) writes the new id. The next write compares all.
   */
  distrust(): void {
    this.distrusted = this.tracked;
  }

  /**
   * Whether the current write trusts what it was not told of. Then the children of a container that were neither
   * touched nor hold a touched element are as they were (`suspectChildren` names the others), and a container whose
   * own values are the same (`sameValues`: the same children, in the same order) is written by splicing the new
   * texts of those children into the runs of the last text (slicedWriter's `Splice`).
   */
  get trusting(): boolean {
    return this.checking !== null;
  }

  /** The entry `element` was last written as, if it was written for `property` at `indent` under the namespaces `state`. */
  previous(element: Valued, property: unknown, indent: number, state: string): Written | undefined {
    const entry = this.written.get(element);
    return entry && entry.property === property && entry.indent === indent && entry.state === state ? entry : undefined;
  }

  /** Whether `element`'s own values are still those `entry` was written from; compared once per write. */
  sameValues(element: Valued, entry: Written): boolean {
    if (entry.valuesCheckedIn !== this.write) {
      entry.valuesSame = unchangedValues(element, entry);
      entry.valuesCheckedIn = this.write;
    }
    return entry.valuesSame;
  }

  /**
   * The positions, in `entry`'s children, of those the current write was told of (touched, or holding a touched
   * one), in order; null when it trusts nothing. Found from what it was told (a handful) rather than by asking of
   * each of a process's thousands of children.
   */
  suspectChildren(entry: Written): number[] | null {
    const checking = this.checking;
    if (!checking) return null;
    const found: number[] = [];
    for (const told of [checking.touched, checking.holding]) {
      for (const element of told) {
        const at = entry.childElements.indexOf(element);
        if (at >= 0 && !found.includes(at)) found.push(at);
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** Whether everything in `element` is compared: it was touched and is no container (`holdsMany`), or it is not trusting. */
  comparesAll(element: Valued): boolean {
    return !this.checking || (this.checking.touched.has(element) && !holdsMany(element));
  }

  /**
   * The entry to reuse for `element` written for `property` at `indent` under the namespaces `state`, when nothing
   * in it changed; `inside` when it is in an element whose every value is compared (`comparesAll`).
   */
  reusable(element: Valued, property: unknown, indent: number, state: string, inside: boolean): Written | undefined {
    const entry = this.written.get(element);
    if (!entry || entry.property !== property || entry.indent !== indent || entry.state !== state) return undefined;
    return this.unchanged(element, entry, inside) ? entry : undefined;
  }

  private unchanged(element: Valued, entry: Written, inside: boolean): boolean {
    if (entry.checkedIn === this.write) return entry.found;
    const checking = this.checking;
    if (checking && !inside && !checking.touched.has(element) && !checking.holding.has(element)) return true;
    // A text is made from its elements' values alone (in its place): if the values it was made from are all
    // still there, so is the text, whichever entries were written since.
    let same = this.sameValues(element, entry);
    const all = inside || this.comparesAll(element);
    // Trusting, only the children it was told of can have changed: the others are not asked one by one.
    const children = all ? null : this.suspectChildren(entry);
    if (children) for (let k = 0; same && k < children.length; k++) same = this.unchanged(entry.childElements[children[k]!]!, entry.childEntries[children[k]!]!, false);
    else for (let i = 0; same && i < entry.childElements.length; i++) same = this.unchanged(entry.childElements[i]!, entry.childEntries[i]!, all);
    entry.checkedIn = this.write;
    entry.found = same;
    return same;
  }

  /**
   * Keeps the texts of a write that finished, yielding when `pause` says (a process's or a plane's entry holds
   * tens of thousands of children). Until the last step the write counts as unfinished: a write that begins
   * meanwhile (the run started over after an edit) is also told what this one was, and compares what it must.
   */
  *commitInSteps(entries: Iterable<[Valued, Written]>, pause: () => boolean): Generator<void, void> {
    for (const [element, entry] of entries) {
      this.written.set(element, entry);
      for (const child of entry.childEntries) {
        child.container = element;
        if (pause()) yield;
      }
      if (pause()) yield;
    }
    if (!this.checking) this.distrusted = false;
    this.unfinished = null;
    this.checking = null;
  }
}
