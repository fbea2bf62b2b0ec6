// node:fs in the web worker host's test bundle: every function the host suite calls, each throwing
// NodeOnlyOnTheWeb (see nodeOnly.ts).
import { nodeOnly } from './nodeOnly';

export const closeSync = nodeOnly('fs.closeSync');
export const copyFileSync = nodeOnly('fs.copyFileSync');
export const cpSync = nodeOnly('fs.cpSync');
export const existsSync = nodeOnly('fs.existsSync');
export const mkdirSync = nodeOnly('fs.mkdirSync');
export const mkdtempSync = nodeOnly('fs.mkdtempSync');
export const openSync = nodeOnly('fs.openSync');
export const readFileSync = nodeOnly('fs.readFileSync');
export const readdirSync = nodeOnly('fs.readdirSync');
export const renameSync = nodeOnly('fs.renameSync');
export const rmSync = nodeOnly('fs.rmSync');
export const statSync = nodeOnly('fs.statSync');
export const symlinkSync = nodeOnly('fs.symlinkSync');
export const truncateSync = nodeOnly('fs.truncateSync');
export const unlinkSync = nodeOnly('fs.unlinkSync');
export const writeFileSync = nodeOnly('fs.writeFileSync');
