import { DEMO_PASSWORD } from '@ketnap/db/seed';

/** Signs the demo accounts `usernames` in on a running server; answers each one's session cookie (`name=value`). */
export async function signInDemo(url: string, usernames: readonly string[]): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  for (const username of usernames) {
    const login = await fetch(`${url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    cookies[username] = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  return cookies;
}
