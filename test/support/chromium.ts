import { chromium, type Browser } from 'playwright-core';
import * as fs from 'node:fs';
import { chromiumBinary } from './paths';

/**
 * Flags for Debian's chromium on these machines: without the background-networking ones chromium keeps
 * trying hosts that the closed network refuses; --no-sandbox because tests run as root.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless chromium with a fresh profile (Playwright makes a temporary user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumBinary)) {
    throw new Error(`${chromiumBinary} is missing: run scripts/install-test-vscode.sh first.`);
  }
  return chromium.launch({ executablePath: chromiumBinary, headless: true, args: chromiumArgs });
}
