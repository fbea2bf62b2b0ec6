// The test files of test/host/suite, each loaded on demand (after mocha has defined describe and it):
// a module that scripts/build-tests.js writes into the web host's bundle (the web worker host cannot
// list or require files at run time).
export declare const testFiles: ReadonlyArray<readonly [name: string, load: () => unknown]>;
