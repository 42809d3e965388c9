import { createRequire } from 'node:module';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { APP_ORIGIN } from './app';
import type { AxeResults, ImpactValue } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** One axe violation, reduced to what a failure message needs. */
interface AxeFinding {
  id: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string; html: string }[];
}

interface AxeWindow {
  axe: { run(context: Document, options: object): Promise<AxeResults> };
}

const BLOCKING: readonly (ImpactValue | null)[] = ['serious', 'critical'];

/**
 * The built page's Content-Security-Policy (script-src 'self') refuses inline scripts, so
 * `addScriptTag({ path })` is blocked; axe is served instead from a same-origin URL that
 * only this route answers, which the policy allows without being weakened.
 */
const AXE_URL = `${APP_ORIGIN}/__e2e__/axe.min.js`;

const DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every WCAG 2.0 and 2.1 rule at levels A and AA: what BITV 2.0 / EN 301 549 ask for. */
const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (by default WCAG 2.x A/AA, WCAG 2.1/2.2 AA and best practices) on the current page. */
async function runAxe(page: Page, tags: readonly string[] = DEFAULT_TAGS): Promise<AxeFinding[]> {
  await page.route(AXE_URL, (route) => route.fulfill({ path: AXE_SCRIPT, contentType: 'text/javascript' }));
  await page.addScriptTag({ url: AXE_URL });
  return page.evaluate(async (values) => {
    const { axe } = window as unknown as AxeWindow;
    const results = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '),
        summary: node.failureSummary ?? '',
        html: node.html.slice(0, 200),
      })),
    }));
  }, tags);
}

function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map(
      (finding) =>
        `[${finding.impact ?? 'n/a'}] ${finding.id}: ${finding.help} (${finding.helpUrl})\n` +
        finding.nodes
          .map((node) => `    ${node.target}\n      ${node.summary.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

/**
 * Fails on serious or critical violations (listing every violation in the message);
 * moderate and minor ones are logged and attached to the report, not failed on.
 */
export async function expectNoSeriousAxeViolations(
  page: Page,
  testInfo: TestInfo,
  label: string,
): Promise<void> {
  const findings = await runAxe(page);
  await testInfo.attach(`axe-${label}.json`, {
    body: JSON.stringify(findings, null, 2),
    contentType: 'application/json',
  });
  const minor = findings.filter((finding) => !BLOCKING.includes(finding.impact));
  if (minor.length > 0) {
    console.log(`axe (${label}): ${minor.length} moderate/minor finding(s):\n${describeFindings(minor)}`);
  }
  const blocking = findings.filter((finding) => BLOCKING.includes(finding.impact));
  expect(blocking, `axe (${label}) serious/critical violations:\n${describeFindings(findings)}`).toEqual([]);
}

/** Fails on any WCAG 2.1 A/AA violation, whatever its impact (the accessibility statement's claim rests on it). */
export async function expectNoWcagViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const findings = await runAxe(page, WCAG21_AA_TAGS);
  await testInfo.attach(`axe-wcag21-${label}.json`, {
    body: JSON.stringify(findings, null, 2),
    contentType: 'application/json',
  });
  expect(findings, `axe (${label}) WCAG 2.1 A/AA violations:\n${describeFindings(findings)}`).toEqual([]);
}
