// A headless browser for the console's tests: Debian's chromium (the stack's `chromium`
// component) driven by playwright-core through executablePath, so nothing is downloaded. Also
// axe-core's accessibility check of a page, and screenshots kept as test artifacts.
import { createHash, X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { operatorCa } from './access.ts';
import { required, stackEnv } from './stack.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
/** Screenshots of every page the tests visit; CI keeps the folder as an artifact. */
export const artifactDir = join(repoRoot, 'test-artifacts', 'console');

/**
 * The browser trusts the test operators' certificate by its public key only
 * (--ignore-certificate-errors-spki-list), not every certificate.
 */
export async function launchBrowser(): Promise<Browser> {
  const spki = new X509Certificate(operatorCa()).publicKey.export({ type: 'spki', format: 'der' });
  const pin = createHash('sha256').update(spki).digest('base64');
  return chromium.launch({
    executablePath: required(stackEnv('chromium'), 'CHROMIUM'),
    headless: true,
    args: [
      `--ignore-certificate-errors-spki-list=${pin}`,
      // This machine's network is closed: without these Chromium keeps trying Google's hosts.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactDir, { recursive: true });
  const path = join(artifactDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // page.evaluate runs through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
    ).axe;
    const result = (await axe.run((globalThis as unknown as { document: unknown }).document, {
      resultTypes: ['violations'],
    })) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** Page errors and Content-Security-Policy refusals, which the console must not cause. */
export function collectPageProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text))
      problems.push(`console: ${text}`);
  });
}
