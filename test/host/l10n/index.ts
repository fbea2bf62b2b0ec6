// Entry of the Turkish run: the main suite's runner, loading the *.test.js files next to this bundle.
export { run } from '../suite/index';
