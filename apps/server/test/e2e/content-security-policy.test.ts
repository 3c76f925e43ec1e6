import { expect, it } from 'vitest';
import { describeInBrowser } from './browser.js';

/**
 * The policy of security-headers.ts against the real builds in a real browser: Chromium reports every blocked
 * script, style or image as a `securitypolicyviolation` event and a console error, so a policy too strict for an
 * app (or an app that grew an inline script) fails here rather than in production.
 */
describeInBrowser('the content security policy in Chromium', (suite) => {
  for (const [app, path, heading] of [
    ['board', '/?commune=yen-binh&year=2023&asOf=2023-06-30', 'Xã Yên Bình · năm 2023'],
    ['admin console', '/admin/', 'ketnap — Công tác phát triển đảng viên'],
  ] as const) {
    it(`the ${app} renders under the policy with no violation`, async () => {
      const page = await suite.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          violations.push(message.text());
      });
      // Browser code as text: this package is typed for Node, without the DOM library.
      await page.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (e) =>
          console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
      });
      const response = await page.goto(suite.url(path));
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.getByRole('heading', { name: heading }).first().waitFor();
      expect(violations).toEqual([]);
    });
  }

  it('an inline script injected into the page is blocked by the policy', async () => {
    const page = await suite.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(suite.url('/'));
    await page.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
    }`);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
  });
});
