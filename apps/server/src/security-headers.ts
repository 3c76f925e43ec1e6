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

/**
 * HSTS: one year and every subdomain (ASVS 3.4.1). Sent only when the site is served over HTTPS
 * (`KETNAP_COOKIE_SECURE=1`): over plain HTTP the header is meaningless, and a local run must not claim HTTPS.
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** Header name → value, applied to every response whatever the scheme. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
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

const WITH_HSTS: Readonly<Record<string, string>> = {
  'strict-transport-security': HSTS,
  ...SECURITY_HEADERS,
};

/** The security headers of a site served over HTTPS ({@link HSTS} added) or plain HTTP. */
export function securityHeaders(https: boolean): Readonly<Record<string, string>> {
  return https ? WITH_HSTS : SECURITY_HEADERS;
}

/**
 * Sets {@link securityHeaders} on a response before a route writes it. Responses that may carry personal data (the
 * admin tRPC and every `/api/admin/` route: its errors as much as its files) are marked `no-store` so no shared
 * cache or back button keeps them (ASVS 14.3.2); a route may still set its own `cache-control`. The public board,
 * its JSON and the static assets set their own caching.
 */
export function applySecurityHeaders(res: ServerResponse, path: string, https: boolean): void {
  for (const [name, value] of Object.entries(securityHeaders(https))) res.setHeader(name, value);
  if (path.startsWith('/trpc/') || path.startsWith('/api/admin/')) res.setHeader('cache-control', 'no-store');
}
