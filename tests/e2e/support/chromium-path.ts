import { existsSync } from 'node:fs';

/** Software WebGL (SwiftShader) with a clean console; without the networking flags Chromium calls Google hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The system Chromium the end-to-end tests drive (Playwright never downloads a browser here).
 * Fails loudly, with the fix, rather than skipping the tests.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const found = fromEnv
    ? existsSync(fromEnv)
      ? fromEnv
      : undefined
    : CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      [
        `No Chromium found${fromEnv ? ` at CHROMIUM_PATH=${fromEnv}` : ` (looked for ${CANDIDATES.join(', ')})`}.`,
        'The end-to-end tests need one. Install it with: sudo apt-get install -y chromium',
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
      ].join('\n'),
    );
  }
  return found;
}
