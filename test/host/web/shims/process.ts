// `process` for the modules of the web worker host's test bundle (the `assert` and `util` packages read
// process.env, process.stderr, process.nextTick…): esbuild injects it as an import into the modules that
// use the name, never as a global, so the extension itself still finds no `process` in that host.
export const process = {
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  versions: {} as Record<string, string>,
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]): void => queueMicrotask(() => callback(...args)),
};
