import { test as base, expect, mergeTests } from '@playwright/test';
import { test as noTracking } from './no-tracking';

/** One `securitypolicyviolation` event (or Chromium's console report of one), as the page saw it. */
export interface PolicyViolation {
  directive: string;
  blocked: string;
  source: string;
}

const REPORT_BINDING = '__reportPolicyViolation';

/**
 * Every spec imports `test` from here (lint enforces it): each page of each test reports
 * every CSP violation, in every frame, and the test fails if there was one. Chromium's console
 * line "Refused to …" is counted too, so violations in workers (no document to fire on) and
 * in frames created before the listener also fail the test.
 */
const policyChecked = base.extend<{ policyViolations: PolicyViolation[] }>({
  policyViolations: [
    async ({ context }, use) => {
      const violations: PolicyViolation[] = [];
      await context.exposeBinding(REPORT_BINDING, (_source, violation: PolicyViolation) => {
        violations.push(violation);
      });
      await context.addInitScript((binding) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (value: unknown) => void>)[binding];
          report?.({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
          });
        });
      }, REPORT_BINDING);
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) {
          violations.push({ directive: 'console', blocked: message.text(), source: message.location().url });
        }
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Both per-test checks: no CSP violation, and no request, cookie or storage beyond the documented ones. */
export const test = mergeTests(policyChecked, noTracking);

export { expect };
