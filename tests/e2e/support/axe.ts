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
  tags: string[];
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

/** Every WCAG 2.0 and 2.1 rule at levels A and AA: what BITV 2.0 / EN 301 549 ask for. */
const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Also run: WCAG 2.2 AA and axe's best practices, which fail a test only when serious or critical. */
const ALL_TAGS = [...WCAG21_AA_TAGS, 'wcag22aa', 'best-practice'];

/** Runs axe-core with the rules of the given tags on the current page. */
async function runAxe(page: Page, tags: readonly string[]): Promise<AxeFinding[]> {
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
      tags: violation.tags,
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
 * Fails on any WCAG 2.1 A/AA violation, whatever its impact (the accessibility statement's claim
 * rests on it), and on serious or critical findings of the WCAG 2.2 and best-practice rules;
 * lesser findings of those are logged and attached to the report.
 */
export async function expectNoWcagViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const findings = await runAxe(page, ALL_TAGS);
  await testInfo.attach(`axe-${label}.json`, {
    body: JSON.stringify(findings, null, 2),
    contentType: 'application/json',
  });
  const isWcag21 = (finding: AxeFinding) => finding.tags.some((tag) => WCAG21_AA_TAGS.includes(tag));
  const failing = findings.filter((finding) => isWcag21(finding) || BLOCKING.includes(finding.impact));
  const minor = findings.filter((finding) => !failing.includes(finding));
  if (minor.length > 0) {
    console.log(
      `axe (${label}): ${minor.length} minor best-practice finding(s):\n${describeFindings(minor)}`,
    );
  }
  expect(failing, `axe (${label}) violations:\n${describeFindings(failing)}`).toEqual([]);
}
