// bpmn-moddle ships element types but no declaration for its entry point; this is the part we call.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    $parent?: ModdleElement;
    id?: string;
    name?: string;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    $instanceOf(type: string): boolean;
    [key: string]: unknown;
  }
  export interface ParseWarning {
    message: string;
    element?: unknown;
    property?: string;
    value?: unknown;
    error?: Error;
  }
  export interface ParseResult {
    rootElement: ModdleElement;
    references: unknown[];
    warnings: ParseWarning[];
    elementsById: Record<string, ModdleElement>;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  }
}

declare module 'bpmn-auto-layout' {
  export function layoutProcess(xml: string): Promise<string>;
}

declare module 'diagram-js-minimap' {
  const module: Record<string, unknown>;
  export default module;
}

declare module 'bpmn-js-i18n/translations/ru.js' {
  const dictionary: Record<string, string>;
  export default dictionary;
}

// saxen (moddle-xml's XML reader) ships JavaScript only; this is the part the comparison's reader
// of detached step data and diagrams calls, in proxy mode as moddle-xml calls it, and the position
// its handlers are told (build/saxenParseContext.ts rewrites how it is found).
declare module 'saxen' {
  export interface ElementProxy {
    name: string;
    originalName: string;
    attrs: Record<string, string> | false;
  }
  export interface ParseContext {
    line: number;
    column: number;
    data: string;
  }
  type Decode = (text: string) => string;
  export class Parser {
    constructor(options: { proxy: true });
    ns(uriToPrefix: Record<string, string>): this;
    on(event: 'openTag', handler: (element: ElementProxy, decode: Decode, selfClosing: boolean, getContext: () => ParseContext) => void): this;
    on(event: 'closeTag', handler: (element: ElementProxy) => void): this;
    on(event: 'text', handler: (text: string, decode: Decode) => void): this;
    on(event: 'cdata' | 'question' | 'comment' | 'attention' | 'error' | 'warn', handler: (...args: unknown[]) => void): this;
    parse(xml: string): this;
  }
}
