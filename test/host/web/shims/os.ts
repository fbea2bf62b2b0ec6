// node:os in the web worker host's test bundle (see nodeOnly.ts).
import { nodeOnly } from './nodeOnly';

export const tmpdir = nodeOnly('os.tmpdir');
