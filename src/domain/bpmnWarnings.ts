/**
 * What went wrong while reading a file, in kinds the UI can name in every language: the warnings of
 * bpmn-moddle's parser, of bpmn-js's import and of the workbench's own checks, which come as English
 * sentences with line numbers. One list for the toast, the banner and the tests; repeated kinds are
 * grouped ("12 unknown elements of namespace ot: ignored").
 */
export type BpmnWarningKind =
  | 'duplicateId'
  | 'unresolvedReference'
  | 'emptyReference'
  | 'unknownElement'
  | 'misplacedElement'
  | 'illegalId'
  | 'multipleDi'
  | 'diWithoutElement'
  | 'notDrawn'
  | 'droppedExtension'
  | 'invalidStepData'
  | 'invalidColor'
  | 'prefixedReferences'
  | 'planeRepointed'
  | 'other';

export interface BpmnWarning {
  kind: BpmnWarningKind;
  /** The id, type or reference the warning is about, for the message shown to the user. */
  subject: string;
  /** The original text, for a warning of no known kind. */
  message: string;
}

/** A parser or importer warning as bpmn-moddle and bpmn-js hand it over (an Error or a plain object). */
export interface RawWarning {
  message: string;
  element?: unknown;
  property?: string;
}

const idOf = (element: unknown) => (typeof element === 'object' && element !== null && 'id' in element ? String((element as { id: unknown }).id ?? '') : '');

const patterns: [BpmnWarningKind, RegExp][] = [
  ['duplicateId', /duplicate ID <([^>]*)>/],
  ['illegalId', /illegal ID <([^>]*)>/],
  ['unknownElement', /unknown type <([^>]*)>/],
  ['misplacedElement', /unrecognized element <([^>]*)>/],
  ['multipleDi', /multiple DI elements defined for <[^ >]+ id="([^"]*)"/],
  ['diWithoutElement', /no bpmnElement referenced in <[^ >]+ id="([^"]*)"/],
  ['notDrawn', /^element <[^ >]+ id="([^"]*)" \/> referenced by .* not yet drawn/],
  ['notDrawn', /^unknown di <[^>]*> for element <[^ >]+ id="([^"]*)"/],
  ['notDrawn', /^(?:missing )?<[^ >]+ id="([^"]*)" \/>#\w+(?: Ref not specified|$)/],
  ['notDrawn', /^unrecognized flowElement <[^ >]+ id="([^"]*)"/],
];

/**
 * The kind of one warning, or null for one that says nothing true: the parser always gets text the
 * workbench has already decoded (decodeBpmnBytes), so "unsupported document encoding" is never so.
 */
export function classifyWarning(warning: RawWarning): BpmnWarning | null {
  const message = warning.message.replace(/\s+/g, ' ').trim();
  if (/unsupported document encoding/.test(message)) return null;
  const reference = /^unresolved reference <([^>]*)>$/.exec(message);
  if (reference) {
    if (reference[1]) return { kind: 'unresolvedReference', subject: reference[1], message };
    return { kind: 'emptyReference', subject: `${idOf(warning.element) || '?'}.${warning.property?.replace(/^\w+:/, '') ?? '?'}`, message };
  }
  const nested = /nested error: (.*)$/.exec(message)?.[1] ?? message;
  for (const [kind, pattern] of patterns) {
    const subject = pattern.exec(nested)?.[1];
    if (subject !== undefined) return { kind, subject, message };
  }
  return { kind: 'other', subject: '', message };
}

export function classifyWarnings(warnings: readonly RawWarning[]): BpmnWarning[] {
  return warnings.map(classifyWarning).filter((w): w is BpmnWarning => w !== null);
}

export interface WarningGroup {
  kind: BpmnWarningKind;
  /** For unknown and misplaced elements: the namespace prefix they share ('' for none). */
  prefix: string;
  count: number;
  /** The first few distinct subjects, to name in the message. */
  subjects: string[];
  /** How many distinct subjects there are in all. */
  distinct: number;
}

const namedSubjects = 5;

/** Warnings of one kind (elements: of one namespace) as one line each, in order of first appearance. */
export function groupWarnings(warnings: readonly BpmnWarning[]): WarningGroup[] {
  const groups = new Map<string, { kind: BpmnWarningKind; prefix: string; count: number; subjects: Set<string> }>();
  for (const warning of warnings) {
    const byNamespace = warning.kind === 'unknownElement' || warning.kind === 'misplacedElement';
    const prefix = byNamespace ? (/^([^:]+):/.exec(warning.subject)?.[1] ?? '') : '';
    const key = `${warning.kind} ${prefix}`;
    const group = groups.get(key) ?? { kind: warning.kind, prefix, count: 0, subjects: new Set<string>() };
    group.count++;
    group.subjects.add(warning.kind === 'other' ? warning.message : warning.subject);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ subjects, ...group }) => ({ ...group, subjects: [...subjects].slice(0, namedSubjects), distinct: subjects.size }));
}

/** The one count shown for a list of warnings: every warning, grouped or not. */
export const warningCount = (groups: readonly WarningGroup[]) => groups.reduce((n, g) => n + g.count, 0);

/**
 * Two lists of one file's warnings as one: the parser reads the file twice (checks, then rendering),
 * so a warning in both counts once. Line numbers may differ between the reads: only kind and subject
 * match, and as many times as the first list has them.
 */
export function mergeWarnings(first: readonly BpmnWarning[], second: readonly BpmnWarning[]): BpmnWarning[] {
  const key = (w: BpmnWarning) => (w.kind === 'other' ? `other ${w.message.replace(/line: \d+ column: \d+/, '')}` : `${w.kind} ${w.subject}`);
  const unmatched = new Map<string, number>();
  for (const w of first) unmatched.set(key(w), (unmatched.get(key(w)) ?? 0) + 1);
  return [
    ...first,
    ...second.filter((w) => {
      const left = unmatched.get(key(w)) ?? 0;
      unmatched.set(key(w), left - 1);
      return left <= 0;
    }),
  ];
}
