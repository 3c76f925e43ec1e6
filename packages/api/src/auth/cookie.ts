/**
 * Name of the session cookie. Over HTTPS `__Host-ketnap_session`: browsers accept a `__Host-` cookie only when it is
 * `Secure`, `Path=/` and has no `Domain`, so neither a sibling subdomain nor a plain-HTTP page can plant or shadow
 * it. Over plain HTTP (local, development and test runs on 127.0.0.1) a `__Host-` cookie would be refused, so the
 * name is unprefixed there.
 */
export function sessionCookieName(https: boolean): string {
  return https ? '__Host-ketnap_session' : 'ketnap_session';
}

/**
 * The Set-Cookie value for a session: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
 * sub-requests or form posts), Path=/, Secure when the site is served over HTTPS. A session cookie (no Expires, no
 * Max-Age): it goes when the browser closes; the server still ends the session at its absolute and idle limits.
 */
export function sessionCookie(token: string, https: boolean): string {
  return `${sessionCookieName(https)}=${token}; Path=/; HttpOnly; SameSite=Lax${https ? '; Secure' : ''}`;
}

/** The Set-Cookie value that deletes the session cookie. */
export function clearedSessionCookie(https: boolean): string {
  return `${sessionCookieName(https)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${https ? '; Secure' : ''}`;
}

/** The session token from a Cookie header, or null: only the cookie name in force counts (see {@link sessionCookieName}). */
export function readSessionCookie(header: string | undefined, https: boolean): string | null {
  if (!header) return null;
  const name = sessionCookieName(https);
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
    }
  }
  return null;
}
