import type { Plugin } from 'vite';

/**
 * A build plugin that rewrites one file of a dependency wherever it is bundled (`file` is matched against the
 * module's path). Build only: the dev server serves dependencies pre-bundled, past the plugins' transforms.
 */
export function rewriteDependency(name: string, file: RegExp, rewrite: (source: string) => string): Plugin {
  return {
    name,
    apply: 'build',
    transform(code, id) {
      return file.test(id) ? { code: rewrite(code), map: null } : null;
    },
  };
}

/** `source` with each `[from, to]` replaced; throws when a `from` is not in it exactly once (the dependency changed). */
export function replaceEach(source: string, replacements: readonly (readonly [string, string])[], what: string): string {
  for (const [from] of replacements) {
    if (source.split(from).length !== 2) throw new Error(`${what} changed: the code its rewrite replaces is not there once`);
  }
  return replacements.reduce((text, [from, to]) => text.replace(from, () => to), source);
}
