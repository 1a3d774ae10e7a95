// bpmnlint ships CommonJS modules with JSDoc and one declaration file (lib/types.d.ts) for its
// types; these are the modules we import directly, so that no Node resolver is needed.
declare module 'bpmnlint/lib/linter.js' {
  import type { Config, Report, Resolver, TransformRuleFn } from 'bpmnlint/lib/types.js';

  export type LintCategory = 'off' | 'warn' | 'error' | 'info' | 'rule-error';
  export type AnnotatedReport = Report & { category: LintCategory; meta?: { documentation?: { url?: string } } };

  export default class Linter {
    constructor(options: { config?: Config; resolver: Resolver; transformRule?: TransformRuleFn });
    /** Reports keyed by the normalised rule name ("label-required", "rw/once-only"). */
    lint(moddleRoot: unknown, config?: Config): Promise<Record<string, AnnotatedReport[]>>;
  }
}

declare module 'bpmnlint/config/*.js' {
  import type { Config } from 'bpmnlint/lib/types.js';
  const config: Config & { rules: NonNullable<Config['rules']> };
  export default config;
}

declare module 'bpmnlint/rules/*.js' {
  import type { RuleFactory } from 'bpmnlint/lib/types.js';
  const factory: RuleFactory;
  export default factory;
}
