import type { ServerResponse } from 'node:http';

/**
 * The browser-side defences every response carries (OWASP ASVS 5.0 level 2, V3.4): set in this one place, before
 * any route writes, so a route added later cannot forget them. A route may still set its own `cache-control`.
 *
 * The content security policy is one global allow-list (ASVS 3.4.3 asks no more of level 2):
 * - scripts only from our own origin: both apps are Vite builds with no inline script;
 * - `style-src 'self' 'unsafe-inline'`: Mantine (the admin console) injects its theme variables in `<style>`
 *   elements at run time. The alternative is a per-response nonce, which would need the static index.html rewritten
 *   for every request; an injected style cannot run code, so the trade is taken (docs/deploy.md, "Security headers");
 * - `img-src data:` for the empty favicon the apps declare inline;
 * - `object-src 'none'`, `base-uri 'none'` (ASVS 3.4.3's minimum), `frame-ancestors 'none'` (no framing, 3.4.6),
 *   `form-action 'self'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Header name → value, applied to every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // One year and every subdomain (ASVS 3.4.1); browsers ignore it over plain HTTP, so local runs are unaffected.
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // Older browsers that ignore frame-ancestors.
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  // Admin URLs name candidates and cells: never send them to another site (ASVS 3.4.5). Not `no-referrer`: under
  // it browsers send `Origin: null` on same-origin POSTs, and the mutation guard checks that Origin.
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Sets {@link SECURITY_HEADERS} on a response before a route writes it. Responses that may carry personal data
 * (everything but the public board, its JSON and the static assets, which set their own caching) are marked
 * `no-store` so no shared cache or back button keeps them (ASVS 14.3.2).
 */
export function applySecurityHeaders(res: ServerResponse, path: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (path.startsWith('/trpc/')) res.setHeader('cache-control', 'no-store');
}
