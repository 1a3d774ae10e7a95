/**
 * moddle-xml's Writer (moddle-xml 12.3.2, `dist/index.js`, MIT, © Camunda Services GmbH), ported
 * step for step: the same build and serialise walks over explicit stacks, so the same text as
 * bpmn-js's `saveXML`, but each walk is a generator that stops after every few elements (`yield`) and
 * the caller decides when to go on. A save of a 2 MB
 * diagram then runs in slices of a few milliseconds instead of one task of 150–300 ms
 * (`slicedSaveXML.ts`). moddle-xml does not export its serialisers, hence the port; a unit test
 * compares the output with bpmn-js's own on every fixture, so an update of moddle-xml that changes
 * what it writes fails there first.
 */

import { piecesFor, type TextPieces } from './textPieces';
import { addChild, newWritten, type NamespaceOp, type Written, type WrittenSubtrees } from './writtenSubtrees';

interface NsName {
  prefix?: string;
  localName: string;
  uri?: string;
}

interface Ns {
  prefix?: string;
  uri: string;
  localName?: string;
}

interface Package {
  prefix: string;
  uri: string;
  xml?: { tagAlias?: string; typePrefix?: string };
}

interface PropertyDescriptor {
  name: string;
  ns: NsName;
  type: string;
  isMany?: boolean;
  isAttr?: boolean;
  isReference?: boolean;
  isBody?: boolean;
  isVirtual?: boolean;
  inherited?: boolean;
  default?: unknown;
  xml?: { serialize?: string };
}

interface ElementDescriptor {
  name: string;
  ns: NsName;
  isGeneric?: boolean;
  properties: PropertyDescriptor[];
  $pkg?: Package;
}

interface Model {
  getPackage(uriOrPrefix: string): Package | undefined;
  getPackages(): Package[];
  config?: { nsMap?: Record<string, string> };
}

/** A moddle object (or a generic element of an unknown namespace). */
export interface ModdleElement {
  $descriptor: ElementDescriptor;
  $model: Model;
  $attrs?: Record<string, unknown>;
  $body?: string;
  $children?: ModdleElement[];
  id?: string;
  get(name: string): unknown;
  [key: string]: unknown;
}

type Attr = { name: NsName | string; value: unknown };

interface Writer {
  append(str: string): Writer;
  appendNewLine(): Writer;
  appendIndent(): Writer;
  indent(): Writer;
  unindent(): Writer;
}

interface Serializer {
  serializeTo(writer: Writer): void;
}

const XML_PREAMBLE = '<?xml version="1.0" encoding="UTF-8"?>\n';
const ESCAPE_ATTR_CHARS = /<|>|'|"|&|\n\r|\n/g;
const ESCAPE_CHARS = /<|>|&/g;
const DEFAULT_NS_MAP: Record<string, string> = {
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
};
const SERIALIZE_PROPERTY = 'property';
const SIMPLE_TYPES = new Set(['String', 'Boolean', 'Integer', 'Real']);
const ESCAPE_ATTR_MAP: Record<string, string> = { '\n': '#10', '\n\r': '#10', '"': '#34', "'": '#39', '<': '#60', '>': '#62', '&': '#38' };
const ESCAPE_MAP: Record<string, string> = { '<': 'lt', '>': 'gt', '&': 'amp' };

const has = (target: object, key: string) => Object.prototype.hasOwnProperty.call(target, key);
const isString = (value: unknown): value is string => typeof value === 'string';

/** moddle's parseNameNS. */
function parseNameNS(name: string, defaultPrefix?: string): NsName {
  const parts = name.split(/:/);
  if (parts.length === 1) return { localName: name, prefix: defaultPrefix } as NsName;
  if (parts.length === 2) return { localName: parts[1]!, prefix: parts[0] };
  throw new Error('expected <prefix:localName> or <localName>, got ' + name);
}

/** min-dash's forEach over an object or an array (own keys, in `for…in` order). */
function eachOf<T>(collection: Record<string, T> | T[] | undefined, iterator: (value: T, key: string) => void): void {
  if (collection === undefined) return;
  // By index: a for-in over a process's thousands of elements, each key a string checked as an own property, cost more.
  if (Array.isArray(collection)) {
    for (let i = 0; i < collection.length; i++) if (i in collection) iterator(collection[i]!, String(i));
    return;
  }
  for (const key in collection) if (has(collection, key)) iterator(collection[key]!, key);
}

/** Told of every change to the root's namespaces, so a reused text can replay what writing it did (`writtenSubtrees.ts`). */
interface NamespaceObserver {
  uri(ns: Ns, wellknown: boolean): void;
  prefix(key: string, uri: string): void;
  used(nsKey: string, resolved: Ns | undefined): void;
}

class Namespaces {
  observer: NamespaceObserver | undefined;
  prefixMap: Record<string, string> = {};
  uriMap: Record<string, Ns> = {};
  used: Record<string, Ns | undefined> = {};
  wellknown: Ns[] = [];
  custom: Ns[] = [];
  defaultPrefixMap: Record<string, string>;

  constructor(readonly parent?: Namespaces) {
    this.defaultPrefixMap = parent?.defaultPrefixMap ?? {};
  }

  mapDefaultPrefixes(map: Record<string, string>): void {
    this.defaultPrefixMap = map;
  }

  defaultUriByPrefix(prefix: string | undefined): string | undefined {
    return this.defaultPrefixMap[prefix as string];
  }

  /** The first truthy `fn(scope)` of this scope and its ancestors. */
  resolve<T>(fn: (scope: Namespaces) => T | undefined): T | undefined {
    return fn(this) || this.parent?.resolve(fn);
  }

  byUri(uri: string): Ns | undefined {
    return this.resolve((scope) => scope.uriMap[uri]);
  }

  add(ns: Ns, isWellknown: boolean): void {
    this.setUri(ns, isWellknown);
    this.mapPrefix(ns.prefix, ns.uri);
  }

  setUri(ns: Ns, isWellknown: boolean): void {
    this.uriMap[ns.uri] = ns;
    if (isWellknown) this.wellknown.push(ns);
    else this.custom.push(ns);
    this.observer?.uri(ns, isWellknown);
  }

  uriByPrefix(prefix: string | undefined): string | undefined {
    const key = prefix || 'xmlns';
    return this.resolve((scope) => scope.prefixMap[key]);
  }

  mapPrefix(prefix: string | undefined, uri: string): void {
    this.setPrefix(prefix || 'xmlns', uri);
  }

  setPrefix(key: string, uri: string): void {
    if (this.prefixMap[key] === uri) return;
    this.prefixMap[key] = uri;
    this.observer?.prefix(key, uri);
  }

  getNSKey(ns: Ns): string {
    return ns.prefix !== undefined ? ns.uri + '|' + ns.prefix : ns.uri;
  }

  logUsed(ns: Ns): void {
    const nsKey = this.getNSKey(ns);
    // All scopes resolve to the same entry, so resolve once.
    this.markUsed(nsKey, this.byUri(ns.uri));
  }

  markUsed(nsKey: string, resolved: Ns | undefined): void {
    this.used[nsKey] = resolved;
    this.observer?.used(nsKey, resolved);
    this.parent?.markUsed(nsKey, resolved);
  }

  getUsed(): Ns[] {
    return [...this.wellknown, ...this.custom].filter((ns) => this.used[this.getNSKey(ns)]);
  }
}

function nsName(ns: NsName | string): string {
  return isString(ns) ? ns : (ns.prefix ? ns.prefix + ':' : '') + ns.localName;
}

function getNsAttrs(namespaces: Namespaces): Attr[] {
  return namespaces
    .getUsed()
    .filter((ns) => ns.prefix !== 'xml')
    .map((ns) => ({ name: 'xmlns' + (ns.prefix ? ':' + ns.prefix : ''), value: escapeAttr(ns.uri) }));
}

function getElementNs(ns: Ns | NsName, descriptor: ElementDescriptor): NsName {
  const alias = descriptor.isGeneric || !(descriptor.$pkg?.xml?.tagAlias === 'lowerCase') ? descriptor.ns.localName : lower(descriptor.ns.localName);
  return Object.assign({ localName: alias }, ns);
}

function lower(string: string): string {
  return string.charAt(0).toLowerCase() + string.slice(1);
}

function getPropertyNs(ns: Ns | NsName, descriptor: PropertyDescriptor): NsName {
  return Object.assign({ localName: descriptor.ns.localName }, ns);
}

function getSerializableProperties(element: ModdleElement): PropertyDescriptor[] {
  return element.$descriptor.properties.filter((p) => {
    const name = p.name;
    if (p.isVirtual) return false;
    if (!has(element, name)) return false;
    const value = element[name];
    if (value === p.default) return false;
    if (value === null) return false;
    return p.isMany ? (value as unknown[]).length : true;
  });
}

function escape(value: unknown, pattern: RegExp, map: Record<string, string>): string {
  const str = isString(value) ? value : '' + String(value);
  return str.replace(pattern, (s) => '&' + map[s] + ';');
}

const escapeAttr = (str: string) => escape(str, ESCAPE_ATTR_CHARS, ESCAPE_ATTR_MAP);
const escapeBody = (str: unknown) => escape(str, ESCAPE_CHARS, ESCAPE_MAP);

class ReferenceSerializer implements Serializer {
  private element!: ModdleElement;
  constructor(private readonly tagName: string) {}

  build(element: ModdleElement): this {
    this.element = element;
    return this;
  }

  serializeTo(writer: Writer): void {
    writer
      .appendIndent()
      .append('<' + this.tagName + '>' + escapeBody(this.element.id) + '</' + this.tagName + '>')
      .appendNewLine();
  }
}

class BodySerializer implements Serializer {
  protected value: unknown;
  private escape = false;

  build(prop: { type: string }, value: unknown): this {
    this.value = value;
    if (prop.type === 'String' && (value as string).search(ESCAPE_CHARS) !== -1) this.escape = true;
    return this;
  }

  serializeValue(writer: Writer): void {
    writer.append(this.escape ? escapeBody(this.value) : (this.value as string));
  }

  serializeTo(writer: Writer): void {
    this.serializeValue(writer);
  }
}

class ValueSerializer extends BodySerializer {
  constructor(private readonly tagName: string) {
    super();
  }

  override serializeTo(writer: Writer): void {
    writer.appendIndent().append('<' + this.tagName + '>');
    this.serializeValue(writer);
    writer.append('</' + this.tagName + '>').appendNewLine();
  }
}

/**
 * A child still to build: a value, whose serializer `create` makes (logging its tag's namespace then, in document
 * order), or an element. An element is a plain record, not a closure: a process or a plane makes one per child at
 * every save, thousands of them, most of whose texts are reused.
 */
type ChildWork = { create(): Serializer; element?: undefined } | ElementWork;

interface ElementWork {
  element: ModdleElement;
  /** The property an element child is written for (none for a generic element's children). */
  property?: PropertyDescriptor;
}

/** The serializer of an element child: by type (xsi:type) rather than by element name, where its property says so. */
function elementSerializer(parent: ElementSerializer, { property }: ElementWork): ElementSerializer {
  const serialization = property?.xml?.serialize;
  if (!serialization) return new ElementSerializer(parent);
  return serialization === SERIALIZE_PROPERTY ? new ElementSerializer(parent, property) : new TypeSerializer(parent, property!, serialization);
}

class ElementSerializer {
  body: (Serializer | ElementSerializer)[] = [];
  attrs: Attr[] = [];
  element!: ModdleElement;
  ns!: NsName | Ns;
  tagName!: string;
  namespaces: Namespaces | undefined;
  parentNamespaces: Namespaces | null | undefined;
  otherAttrs: Attr[] = [];
  /** The entry its text goes to, when the write keeps texts for the next one. */
  written: Written | undefined;

  constructor(
    readonly parent?: ElementSerializer,
    readonly propertyDescriptor?: PropertyDescriptor,
  ) {}

  /** Registers the element's namespaces, tag name and attributes; returns the work that builds its children. */
  enter(element: ModdleElement): ChildWork[] {
    this.element = element;
    const elementDescriptor = element.$descriptor;
    const isGeneric = elementDescriptor.isGeneric;
    this.otherAttrs = isGeneric ? this.parseGenericNsAttributes(element) : this.parseNsAttributes(element);
    this.ns = this.propertyDescriptor ? this.nsPropertyTagName(this.propertyDescriptor) : this.nsTagName(elementDescriptor);
    this.tagName = this.addTagName(this.ns);
    if (isGeneric) return this.collectGenericContainments(element);
    const properties = getSerializableProperties(element);
    this.parseAttributes(properties.filter((p) => p.isAttr));
    return this.collectContainments(properties.filter((p) => !p.isAttr));
  }

  /** After the children, so namespace usage is logged in document order. */
  exit(): void {
    this.parseGenericAttributes(this.element, this.otherAttrs);
  }

  nsTagName(descriptor: ElementDescriptor): NsName {
    return getElementNs(this.logNamespaceUsed(descriptor.ns), descriptor);
  }

  nsPropertyTagName(descriptor: PropertyDescriptor): NsName {
    return getPropertyNs(this.logNamespaceUsed(descriptor.ns), descriptor);
  }

  isLocalNs(ns: Ns | NsName): boolean {
    return ns.uri === this.ns.uri;
  }

  nsAttributeName(element: PropertyDescriptor | string): NsName {
    const ns = isString(element) ? parseNameNS(element) : element.ns;
    if (!isString(element) && element.inherited) return { localName: ns.localName };
    const effectiveNs = this.logNamespaceUsed(ns);
    this.getNamespaces().logUsed(effectiveNs as Ns);
    if (this.isLocalNs(effectiveNs)) return { localName: ns.localName };
    return Object.assign({ localName: ns.localName }, effectiveNs);
  }

  parseGenericNsAttributes(element: ModdleElement): Attr[] {
    return Object.entries(element)
      .filter(([key, value]) => !key.startsWith('$') && this.parseNsAttribute(element, key, value))
      .map(([key, value]) => ({ name: key, value }));
  }

  collectGenericContainments(element: ModdleElement): ChildWork[] {
    const children: ChildWork[] = [];
    const bodyText = element.$body;
    if (bodyText) children.push({ create: () => new BodySerializer().build({ type: 'String' }, bodyText) });
    eachOf(element.$children, (child) => children.push({ element: child }));
    return children;
  }

  parseNsAttribute(element: ModdleElement, name: string, value: unknown): Attr | undefined {
    const model = element.$model;
    const nameNs = parseNameNS(name);
    let ns: Ns | undefined;
    if (nameNs.prefix === 'xmlns') ns = { prefix: nameNs.localName, uri: value as string };
    if (!nameNs.prefix && nameNs.localName === 'xmlns') ns = { uri: value as string };
    if (!ns) return { name, value };
    if (model && model.getPackage(value as string)) {
      this.logNamespace(ns, true, true);
    } else {
      const actualNs = this.logNamespaceUsed(ns, true);
      this.getNamespaces().logUsed(actualNs as Ns);
    }
    return undefined;
  }

  parseNsAttributes(element: ModdleElement): Attr[] {
    const attributes: Attr[] = [];
    eachOf(element.$attrs as Record<string, unknown> | undefined, (value, name) => {
      const nonNsAttr = this.parseNsAttribute(element, name, value);
      if (nonNsAttr) attributes.push(nonNsAttr);
    });
    return attributes;
  }

  parseGenericAttributes(element: ModdleElement, attributes: Attr[]): void {
    for (const attr of attributes) {
      try {
        this.addAttribute(this.nsAttributeName(attr.name as string), attr.value);
      } catch (e) {
        console.warn(`missing namespace information for <${String(attr.name)}=${String(attr.value)}> on`, element, e);
      }
    }
  }

  collectContainments(properties: PropertyDescriptor[]): ChildWork[] {
    const element = this.element;
    const children: ChildWork[] = [];
    for (const p of properties) {
      const got = element.get(p.name);
      const value = (p.isMany ? got : [got]) as unknown[];
      if (p.isBody) {
        children.push({ create: () => new BodySerializer().build(p, value[0]) });
      } else if (SIMPLE_TYPES.has(p.type)) {
        eachOf(value, (v) => children.push({ create: () => new ValueSerializer(this.addTagName(this.nsPropertyTagName(p))).build(p, v) }));
      } else if (p.isReference) {
        eachOf(value, (v) => children.push({ create: () => new ReferenceSerializer(this.addTagName(this.nsPropertyTagName(p))).build(v as ModdleElement) }));
      } else {
        eachOf(value, (v) => children.push({ element: v as ModdleElement, property: p }));
      }
    }
    return children;
  }

  getNamespaces(local?: boolean): Namespaces {
    let namespaces = this.namespaces;
    if (!namespaces) {
      const parentNamespaces = this.getParentNamespaces();
      if (local || !parentNamespaces) this.namespaces = namespaces = new Namespaces(parentNamespaces ?? undefined);
      else namespaces = parentNamespaces;
    }
    return namespaces;
  }

  /** The namespaces scope of the closest ancestor that owns one (memoised). */
  getParentNamespaces(): Namespaces | null {
    if (this.parentNamespaces !== undefined) return this.parentNamespaces;
    let scope: Namespaces | null = null;
    for (let ancestor = this.parent; ancestor; ancestor = ancestor.parent) {
      if (ancestor.namespaces) {
        scope = ancestor.namespaces;
        break;
      }
      if (ancestor.parentNamespaces !== undefined) {
        scope = ancestor.parentNamespaces;
        break;
      }
    }
    return (this.parentNamespaces = scope);
  }

  logNamespace(ns: Ns, wellknown: boolean, local?: boolean): Ns {
    const namespaces = this.getNamespaces(local);
    const existing = namespaces.byUri(ns.uri);
    if (!existing || local) namespaces.add(ns, wellknown);
    namespaces.mapPrefix(ns.prefix, ns.uri);
    return ns;
  }

  logNamespaceUsed(given: NsName | Ns, local?: boolean): Ns | NsName {
    const namespaces = this.getNamespaces(local);
    const prefix = given.prefix;
    let uri = given.uri;
    // Anonymous namespaces (elementForm=unqualified).
    if (!prefix && !uri) return { localName: (given as NsName).localName };
    const wellknownUri = namespaces.defaultUriByPrefix(prefix);
    uri = uri || wellknownUri || namespaces.uriByPrefix(prefix);
    if (!uri) throw new Error('no namespace uri given for prefix <' + prefix + '>');
    let ns = namespaces.byUri(uri);
    if (!ns && !prefix) ns = this.logNamespace({ uri }, wellknownUri === uri, true);
    if (!ns) {
      let newPrefix = prefix;
      let idx = 1;
      while (namespaces.uriByPrefix(newPrefix)) newPrefix = prefix + '_' + idx++;
      ns = this.logNamespace({ prefix: newPrefix, uri }, wellknownUri === uri);
    }
    if (prefix) namespaces.mapPrefix(prefix, uri);
    return ns;
  }

  parseAttributes(properties: PropertyDescriptor[]): void {
    const element = this.element;
    for (const p of properties) {
      let value = element.get(p.name);
      if (p.isReference) {
        // IDREFS is a whitespace-separated list of references.
        value = p.isMany ? (value as ModdleElement[]).map((v) => v.id).join(' ') : (value as ModdleElement).id;
      }
      this.addAttribute(this.nsAttributeName(p), value);
    }
  }

  addTagName(nsTagName: NsName | Ns): string {
    const actualNs = this.logNamespaceUsed(nsTagName);
    this.getNamespaces().logUsed(actualNs as Ns);
    return nsName(nsTagName as NsName);
  }

  addAttribute(name: NsName, value: unknown): void {
    const attrs = this.attrs;
    if (isString(value)) value = escapeAttr(value);
    // De-duplicate attributes (moddle-xml issue 66).
    const idx = attrs.findIndex((a) => {
      const n = a.name as NsName;
      return n.localName === name.localName && n.uri === name.uri && n.prefix === name.prefix;
    });
    const attr = { name, value };
    if (idx !== -1) attrs.splice(idx, 1, attr);
    else attrs.push(attr);
  }

  serializeAttributes(writer: Writer): void {
    let attrs = this.attrs;
    if (this.namespaces) attrs = getNsAttrs(this.namespaces).concat(attrs);
    for (const a of attrs) writer.append(' ').append(nsName(a.name)).append('="').append(a.value as string).append('"');
  }
}

/** Subtrees' texts from the last write, reused as they are: one, its pieces, or a run of siblings' (each a piece of its own). */
class WrittenSerializer implements Serializer {
  constructor(private readonly texts: string | readonly string[]) {}

  serializeTo(writer: Writer): void {
    if (typeof this.texts === 'string') writer.append(this.texts);
    else for (const text of this.texts) writer.append(text);
  }
}

class TypeSerializer extends ElementSerializer {
  private typeNs: NsName | undefined;

  constructor(
    parent: ElementSerializer,
    propertyDescriptor: PropertyDescriptor,
    private readonly serialization: string,
  ) {
    super(parent, propertyDescriptor);
  }

  override parseNsAttributes(element: ModdleElement): Attr[] {
    const attributes = super.parseNsAttributes(element).filter((attr) => attr.name !== this.serialization);
    const descriptor = element.$descriptor;
    if (descriptor.name === this.propertyDescriptor!.type) return attributes;
    const typeNs = (this.typeNs = this.nsTagName(descriptor));
    this.getNamespaces().logUsed(this.typeNs as Ns);
    const pkg = element.$model.getPackage(typeNs.uri!);
    const typePrefix = pkg?.xml?.typePrefix || '';
    this.addAttribute(this.nsAttributeName(this.serialization), (typeNs.prefix ? typeNs.prefix + ':' : '') + typePrefix + descriptor.ns.localName);
    return attributes;
  }

  override isLocalNs(ns: Ns | NsName): boolean {
    return ns.uri === (this.typeNs || this.ns).uri;
  }
}

/** moddle-xml's FormatingWriter over a string; what it appends also goes to `pieces`, in order, if given. */
function formattingWriter(format: boolean, pieces?: TextPieces): Writer & { value: string } {
  const indent = [''];
  const writer = {
    value: '',
    append(str: string) {
      writer.value += str;
      // Values are appended as they are (a number, in a body): the concatenation makes them text.
      pieces?.add(typeof str === 'string' ? str : String(str));
      return writer;
    },
    appendNewLine() {
      if (format) writer.append('\n');
      return writer;
    },
    appendIndent() {
      if (format) writer.append(indent.join('  '));
      return writer;
    },
    indent() {
      indent.push('');
      return writer;
    },
    unindent() {
      indent.pop();
      return writer;
    },
  };
  return writer;
}

function defaultPrefixMappings(model: Model): Record<string, string> {
  const nsMap = model.config?.nsMap ?? {};
  const prefixMap: Record<string, string> = {};
  for (const prefix in DEFAULT_NS_MAP) prefixMap[prefix] = DEFAULT_NS_MAP[prefix]!;
  for (const uri in nsMap) prefixMap[nsMap[uri]!] = uri;
  for (const pkg of model.getPackages()) prefixMap[pkg.prefix] = pkg.uri;
  return prefixMap;
}

/** What the namespaces of the root went through while one subtree was written. */
interface Recording {
  ops: NamespaceOp[];
  used: Map<string, unknown>;
}

/**
 * A write that reuses the texts of the last one (`WrittenSubtrees`) and keeps its own: the root's namespace
 * state so far as a key (`state`), the recording that namespace changes go to now, and the entries made.
 */
class Reuse implements NamespaceObserver {
  state = '';
  recording: Recording = { ops: [], used: new Map() };
  made: [ModdleElement, Written][] = [];

  constructor(
    readonly cache: WrittenSubtrees,
    readonly namespaces: Namespaces,
    trust: boolean,
  ) {
    namespaces.observer = this;
    cache.begin(trust);
  }

  uri(ns: Ns, wellknown: boolean): void {
    this.recording.ops.push(['uri', ns, wellknown]);
    this.state += '\u0001' + (ns.prefix ?? '') + '\u0002' + ns.uri + (wellknown ? '\u0002w' : '');
  }

  prefix(key: string, uri: string): void {
    this.recording.ops.push(['prefix', key, uri]);
    this.state += '\u0001' + key + '\u0003' + uri;
  }

  used(nsKey: string, resolved: Ns | undefined): void {
    this.recording.used.set(nsKey, resolved);
  }

  /** Does to the root's namespaces what writing `entry` did, as if it were written again. */
  replay(entry: Written): void {
    for (const op of entry.ops) {
      if (op[0] === 'uri') this.namespaces.setUri(op[1] as Ns, op[2]);
      else this.namespaces.setPrefix(op[1], op[2]);
    }
    for (const [nsKey, resolved] of entry.used) this.namespaces.markUsed(nsKey, resolved as Ns | undefined);
  }
}

interface BuildFrame {
  serializer: ElementSerializer;
  children: ChildWork[];
  index: number;
  indent: number;
  recording: Recording;
  /** Its text may be kept: it and everything in it were written under the root's namespaces alone. */
  keepable: boolean;
  /** Every value in it is compared before a text is reused (`WrittenSubtrees.comparesAll`). */
  inside: boolean;
  /** Its children are written as runs of the last texts around the few that may have changed (`startSplice`). */
  splice?: Splice;
}

/**
 * A container (a process, a plane) written by a trusting write: its own values are as they were, so its children are
 * the same elements in the same order, and only those the write was told of (`fresh`) can have changed. The others
 * are taken as runs of their last texts, each run one piece of the body, with no entry looked up, no serializer made
 * and nothing kept again per child: for a small edit of a 3,000-node diagram that was most of a save.
 */
interface Splice {
  previous: Written;
  /** Positions of the children written the usual way, ascending; `next` is the first not yet reached. */
  fresh: number[];
  next: number;
  /** The namespace changes recorded in the frame when it began: a child that changes them ends the splice. */
  ops: number;
  /** The namespaces the runs have marked used. */
  marked: Set<string>;
}

/** Starts a splice of `frame` if the last text of its element can be spliced (see `Splice`). */
function startSplice(frame: BuildFrame, property: PropertyDescriptor | undefined, reuse: Reuse, state: string): void {
  const cache = reuse.cache;
  const element = frame.serializer.element;
  if (!cache.trusting || frame.inside || !frame.keepable) return;
  const previous = cache.previous(element, property, frame.indent, state);
  if (!previous || previous.childElements.length !== frame.children.length || previous.childElements.length <= elementsPerStep) return;
  if (!cache.sameValues(element, previous)) return;
  const fresh = cache.suspectChildren(previous);
  if (!fresh) return;
  frame.splice = { previous, fresh, next: 0, ops: frame.recording.ops.length, marked: new Set() };
}

/**
 * Takes the run of last texts that starts at the frame's next child, up to the next fresh child or the first one
 * whose last text no longer fits its place; returns how many it took (none: the child is written the usual way).
 */
function takeRun(frame: BuildFrame, splice: Splice, reuse: Reuse, indent: number): number {
  // A child that changed the namespaces changes what the texts after it would say: the rest goes the usual way.
  if (frame.recording.ops.length !== splice.ops) {
    frame.splice = undefined;
    return 0;
  }
  while (splice.next < splice.fresh.length && splice.fresh[splice.next]! < frame.index) splice.next++;
  const end = splice.next < splice.fresh.length ? splice.fresh[splice.next]! : frame.children.length;
  const { childElements, childEntries } = splice.previous;
  const entry = frame.serializer.written!;
  const texts: string[] = [];
  let at = frame.index;
  // The children of one write share one state string, a new one each write: comparing it with this write's reads
  // hundreds of characters, with the state of the child before it only a pointer.
  let provenState: string | undefined;
  for (; at < end; at++) {
    const child = frame.children[at] as ElementWork;
    const last = childEntries[at]!;
    if (child.element !== childElements[at] || last.property !== child.property || last.indent !== indent || last.ops.length > 0) break;
    if (last.state !== provenState) {
      if (last.state !== reuse.state) break;
      provenState = last.state;
    }
    if (last.pieces) for (const piece of last.pieces) texts.push(piece);
    else texts.push(last.text);
    for (const [nsKey, resolved] of last.used) {
      if (splice.marked.has(nsKey)) continue;
      splice.marked.add(nsKey);
      reuse.namespaces.markUsed(nsKey, resolved as Ns | undefined);
    }
    addChild(entry, child.element, last);
  }
  const taken = at - frame.index;
  if (taken > 0) {
    frame.serializer.body.push(new WrittenSerializer(texts));
    frame.index = at;
  }
  return taken;
}

/** Whether an element's children are written on lines of their own, one level deeper (serializeTree's rule). */
function indentsChildren(serializer: ElementSerializer): boolean {
  const first = serializer.body[0];
  return !first || first.constructor !== BodySerializer;
}

/** Enters `element` as the next frame: its namespace changes are recorded apart, and its entry made. */
function enterFrame(serializer: ElementSerializer, element: ModdleElement, property: PropertyDescriptor | undefined, indent: number, reuse: Reuse | undefined, inside: boolean): BuildFrame {
  const recording: Recording = { ops: [], used: new Map() };
  if (!reuse) return { serializer, children: serializer.enter(element), index: 0, indent, recording, keepable: false, inside };
  const state = reuse.state;
  reuse.recording = recording;
  const children = serializer.enter(element);
  // An element declaring namespaces of its own opens a scope whose changes the root does not see.
  const frame: BuildFrame = { serializer, children, index: 0, indent, recording, keepable: serializer.getNamespaces() === reuse.namespaces, inside: inside || reuse.cache.comparesAll(element) };
  startSplice(frame, property, reuse, state);
  // A spliced element's values are those it was last written from: proved the same, they are not read again.
  serializer.written = newWritten(element, property, indent, state, recording.ops, frame.splice?.previous.values);
  return frame;
}

/** A frame is built: its recording and whether it is kept go to its parent. */
function leaveFrame(frame: BuildFrame, parent: BuildFrame | undefined, reuse: Reuse): void {
  const written = frame.serializer.written!;
  written.used = [...frame.recording.used];
  if (!parent) return;
  parent.recording.ops.push(...frame.recording.ops);
  for (const [key, value] of frame.recording.used) parent.recording.used.set(key, value);
  if (frame.keepable) reuse.made.push([frame.serializer.element, written]);
  else parent.keepable = false;
}

/**
 * Elements built or written between two yields: each is a microsecond or so of work, and resuming the
 * walk and reading the clock for each of 20,000 elements cost as much as a fifth of a save that reuses them.
 */
export const elementsPerStep = 32;

/** Says, once every `elementsPerStep` elements, that a walk should yield. */
function pacer(): () => boolean {
  let left = elementsPerStep;
  return () => {
    if (--left > 0) return false;
    left = elementsPerStep;
    return true;
  };
}

/**
 * moddle-xml's buildTree: the serializer tree, pre-order over an explicit stack; yields after every few elements.
 * With `reuse`, an element child whose subtree is unchanged since the last write takes that write's text.
 */
function* buildTree(root: ElementSerializer, rootElement: ModdleElement, reuse?: Reuse): Generator<void, void> {
  const stack = [enterFrame(root, rootElement, undefined, 0, reuse, false)];
  const pause = pacer();
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (reuse) reuse.recording = frame.recording;
    if (frame.index >= frame.children.length) {
      frame.serializer.exit();
      stack.pop();
      if (reuse) leaveFrame(frame, stack[stack.length - 1], reuse);
      if (pause()) yield;
      continue;
    }
    if (frame.splice && takeRun(frame, frame.splice, reuse!, frame.indent + (indentsChildren(frame.serializer) ? 1 : 0)) > 0) {
      if (pause()) yield;
      continue;
    }
    const child = frame.children[frame.index++]!;
    if (!child.element) {
      frame.serializer.body.push(child.create());
      continue;
    }
    const indent = frame.indent + (indentsChildren(frame.serializer) ? 1 : 0);
    const reused = reuse && frame.keepable ? reuse.cache.reusable(child.element, child.property, indent, reuse.state, frame.inside) : undefined;
    if (reused) {
      frame.serializer.body.push(new WrittenSerializer(reused.pieces ?? reused.text));
      reuse!.replay(reused);
      addChild(frame.serializer.written!, child.element, reused);
      // Proving a subtree unchanged is work too: a process of 20,000 steps must not be checked in one slice.
      if (pause()) yield;
      continue;
    }
    const serializer = elementSerializer(frame.serializer, child);
    frame.serializer.body.push(serializer);
    const childFrame = enterFrame(serializer, child.element, child.property, indent, reuse, frame.inside);
    if (reuse) addChild(frame.serializer.written!, child.element, serializer.written!);
    stack.push(childFrame);
  }
}

/** A text this long is made of many elements' texts (a process, a plane) and rewritten whenever one of them changes. */
const largeText = 1 << 16;

/**
 * Makes each smaller child text one piece of memory. The text of a write is a tree of concatenations
 * with a node for every bit appended; storing it copies it into one piece (IndexedDB's clone), which for
 * thousands of tiny pieces costs more than the write. Done once when a child is written, it leaves the next
 * save's text a few thousand pieces, however many elements they hold.
 */
function flattenSmallChildren(serializer: ElementSerializer): void {
  for (const child of serializer.body) {
    const text = child instanceof ElementSerializer ? child.written?.text : undefined;
    // Converting a string to a number makes V8 flatten it in place (the `flatstr` idiom).
    if (text !== undefined && text.length < largeText) void Number(text);
  }
}

/**
 * moddle-xml's serializeTree: writes the serializer tree over an explicit stack; yields after every few elements.
 * Each element's text is also kept apart (a concatenation, not a copy) for its entry, if it has one.
 */
function* serializeTree(root: ElementSerializer, writer: Writer & { value: string }, pieces?: TextPieces): Generator<void, void> {
  const stack = [{ serializer: root, index: 0, opened: false, indent: false, outer: '', mark: 0 }];
  const pause = pacer();
  const close = (frame: (typeof stack)[number]) => {
    const text = writer.value;
    writer.value = frame.outer + text;
    const written = frame.serializer.written;
    if (written) written.text = text;
    if (text.length >= largeText) {
      flattenSmallChildren(frame.serializer);
      // A long text is reused as the pieces it was written in (`TextPieces`).
      if (written && pieces) written.pieces = pieces.since(frame.mark);
    }
    stack.pop();
  };
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const serializer = frame.serializer;
    if (!frame.opened) {
      frame.outer = writer.value;
      writer.value = '';
      if (pieces) frame.mark = pieces.mark();
      const firstBody = serializer.body[0];
      frame.indent = Boolean(firstBody && firstBody.constructor !== BodySerializer);
      writer.appendIndent().append('<' + serializer.tagName);
      serializer.serializeAttributes(writer);
      writer.append(firstBody ? '>' : ' />');
      frame.opened = true;
      if (!firstBody) {
        writer.appendNewLine();
        close(frame);
        if (pause()) yield;
        continue;
      }
      if (frame.indent) writer.appendNewLine().indent();
    }
    if (frame.index < serializer.body.length) {
      const child = serializer.body[frame.index++]!;
      if (child instanceof ElementSerializer) {
        stack.push({ serializer: child, index: 0, opened: false, indent: false, outer: '', mark: 0 });
        continue;
      }
      // Mostly the reused texts of a container's elements: tens of thousands in a process of 20,000 steps.
      child.serializeTo(writer);
      if (pause()) yield;
      continue;
    }
    if (frame.indent) writer.unindent().appendIndent();
    writer.append('</' + serializer.tagName + '>').appendNewLine();
    close(frame);
    if (pause()) yield;
  }
}

export interface WriteOptions {
  format: boolean;
  /** The texts of the last write of this tree, reused where nothing changed and replaced by this write's when it finishes. */
  written?: WrittenSubtrees;
  /** Reuse what the tracking of `written` vouches for unchanged without checking it (the default); false checks everything. */
  trust?: boolean;
  /** Given, it receives the text as it is appended (`TextPieces`). */
  pieces?: TextPieces;
}

/**
 * The XML of `tree`, as moddle-xml's `Writer({ format, preamble: true }).toXML(tree)` writes it;
 * yields after every few elements built or written (`elementsPerStep`).
 */
export function* xmlSteps(tree: ModdleElement, { format, written, trust = true, pieces }: WriteOptions): Generator<void, string> {
  // Texts kept for reuse keep the pieces of the long ones, so a later write can hand those out too.
  const sink = pieces ?? (written && format ? piecesFor(written.textLength) : undefined);
  const writer = formattingWriter(format, sink);
  writer.append(XML_PREAMBLE);
  const serializer = new ElementSerializer();
  const namespaces = serializer.getNamespaces();
  namespaces.mapDefaultPrefixes(defaultPrefixMappings(tree.$model));
  // Texts depend on indentation, so they are kept only for the formatted writing that saves use.
  const reuse = written && format ? new Reuse(written, namespaces, trust) : undefined;
  yield* buildTree(serializer, tree, reuse);
  yield* serializeTree(serializer, writer, sink);
  if (reuse) {
    reuse.cache.textLength = writer.value.length;
    yield* reuse.cache.commitInSteps(reuse.made, pacer());
  }
  return writer.value;
}
