import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium-path';

const PORT = 4174;

/**
 * Time from navigation to the map's first `idle` event (everything asked for has been drawn)
 * in headless Chromium with software WebGL, over `runs` fresh page loads of the built app.
 */
export async function mapIdle(runs = 5, viewport = { width: 1280, height: 800 }): Promise<void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Drained so the server never blocks on a full pipe.
  server.stdout.resume();
  server.stderr.resume();
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForSelector('.maplibregl-map[data-idle-count]', { state: 'attached', timeout: 60_000 });
      times.push(Date.now() - start);
      await context.close();
    }
    await browser.close();
    times.sort((a, b) => a - b);
    console.log(
      `map idle at ${viewport.width}×${viewport.height}: median ${times[Math.floor(times.length / 2)]} ms, min ${times[0]} ms, max ${times[times.length - 1]} ms over ${runs} loads`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${url} did not start`);
}
