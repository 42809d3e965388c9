import type { Page, Route } from '@playwright/test';
import { contentSecurityPolicy } from '../../../src/cli/serving/security-headers';
import { appConfigSchema, type AppConfig } from '../../../src/config/app-config';
import { APP_ORIGIN } from './app';

/** The server's answer, with the policy for `config` where the server sends one. */
async function answerWithPolicy(route: Route, config: AppConfig): Promise<void> {
  const response = await route.fetch();
  const headers = { ...response.headers() };
  if (headers['content-security-policy'] === undefined) {
    await route.fulfill({ response });
    return;
  }
  // The body is handed over decoded, so its encoding headers no longer apply.
  delete headers['content-encoding'];
  delete headers['content-length'];
  const path = new URL(route.request().url()).pathname.slice(1);
  headers['content-security-policy'] = contentSecurityPolicy(config, path === '' ? 'index.html' : path);
  await route.fulfill({ response, headers });
}

/**
 * Serves `config` as config.json together with the policy a server configured for it sends
 * (`npm run deploy-config` regenerates the headers from config.json). Replacing config.json
 * alone would test a misconfigured server, whose policy blocks the origins the file names.
 */
export async function serveDeployedConfig(page: Page, config: Record<string, unknown>): Promise<void> {
  const parsed = appConfigSchema.parse(config);
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    try {
      await answerWithPolicy(route, parsed);
    } catch (error) {
      // A request still in flight when the page reloads or the test ends (the map's chunk is asked
      // for late) is dropped by Playwright: "Fetch response has been disposed", "Test ended". There
      // is nobody left to answer.
      if (page.isClosed() || /Test ended|has been disposed/.test(String(error))) return;
      throw error;
    }
  });
  // Registered last, so it wins over the route above.
  await page.route(`${APP_ORIGIN}/config.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
}
