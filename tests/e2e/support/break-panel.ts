import type { Page } from '@playwright/test';

/**
 * Lets a test break the panel alone, on demand: Intl.NumberFormat is used only by the panel
 * (population), so making it throw after load fails the panel and nothing else.
 * Call before the page loads; `setPanelBroken` switches the failure on and off.
 */
export async function armPanelFailure(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Real = Intl.NumberFormat;
    const flags = window as unknown as { breakPanel?: boolean };
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      if (flags.breakPanel) throw new Error('forced failure');
      return new Real(...args);
    } as unknown as typeof Intl.NumberFormat;
  });
}

export async function setPanelBroken(page: Page, broken: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { breakPanel?: boolean }).breakPanel = value;
  }, broken);
}
