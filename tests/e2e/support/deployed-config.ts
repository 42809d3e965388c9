import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../../src/cli/serving/security-headers';
import { appConfigSchema } from '../../../src/config/app-config';
import { APP_ORIGIN } from './app';

/**
 * Serves `config` as config.json together with the policy a server configured for it sends
 * (`npm run deploy-config` regenerates the headers from config.json). Replacing config.json
 * alone would test a misconfigured server, whose policy blocks the origins the file names.
 */
export async function serveDeployedConfig(page: Page, config: Record<string, unknown>): Promise<void> {
  const parsed = appConfigSchema.parse(config);
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    let response;
    try {
      response = await route.fetch();
    } catch (error) {
      // The map's chunk is requested once the data is there, so a short test can end with it in
      // flight; Playwright then fails the fetch ("Test ended") and there is nobody left to answer.
      if (page.isClosed() || String(error).includes('Test ended')) return;
      throw error;
    }
    const headers = { ...response.headers() };
    if (headers['content-security-policy'] === undefined) {
      await route.fulfill({ response });
      return;
    }
    // The body is handed over decoded, so its encoding headers no longer apply.
    delete headers['content-encoding'];
    delete headers['content-length'];
    const path = new URL(route.request().url()).pathname.slice(1);
    headers['content-security-policy'] = contentSecurityPolicy(parsed, path === '' ? 'index.html' : path);
    await route.fulfill({ response, headers });
  });
  // Registered last, so it wins over the route above.
  await page.route(`${APP_ORIGIN}/config.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
}
