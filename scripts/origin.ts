// Which origin (https://example.org) the build writes into canonical links, hreflang, the sitemap and
// the social cards, and why. A wrong origin is silent on the page and costs search ranking and shared
// cards, so a build on a host or CI that has no stable address of its own stops and says what to set.

export type Env = Readonly<Record<string, string | undefined>>;

export interface Origin {
  site: string;
  /** Why this origin, for the build's log. */
  reason: string;
  /** Set when the build must not go on: what is wrong and the fix. */
  error?: string;
  /** Set when the origin is only good for looking at the build on this machine. */
  warning?: string;
}

export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Hosts and CIs whose environment gives no stable public address, by the variable that reveals them. */
const NO_STABLE_ORIGIN: [variable: string, name: string][] = [
  ['CF_PAGES', 'Cloudflare Pages'],
  ['GITHUB_ACTIONS', 'GitHub Actions'],
  ['GITLAB_CI', 'GitLab CI'],
  ['VERCEL', 'Vercel'],
  ['RENDER', 'Render'],
  ['CI', 'a CI'],
];

export function resolveOrigin(env: Env): Origin {
  const given = env['SITE_URL'];
  if (given) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      return {
        site: given,
        reason: 'SITE_URL',
        error: `SITE_URL="${given}" is not a URL. Fix: set it to the site's origin, e.g. SITE_URL=https://example.org`,
      };
    }
    if (url.pathname !== '/') {
      return {
        site: given,
        reason: 'SITE_URL',
        error: `SITE_URL="${given}" has a path. Fix: give the origin only (SITE_URL=${url.origin}) and the path as BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
      };
    }
    return { site: url.origin, reason: 'from SITE_URL' };
  }
  // Netlify's URL is the site's main address (custom domain or <name>.netlify.app), the same for every deploy.
  if (env['NETLIFY'] === 'true' && env['URL'])
    return { site: env['URL'], reason: "from Netlify's URL (the site's main address), as SITE_URL is not set" };
  const host = NO_STABLE_ORIGIN.find(([variable]) => env[variable]);
  if (host) {
    const [, name] = host;
    const cloudflare =
      name === 'Cloudflare Pages'
        ? ` (CF_PAGES_URL, ${env['CF_PAGES_URL'] ?? 'https://<hash>.<project>.pages.dev'}, is this deployment's own throwaway address)`
        : '';
    return {
      site: LOCAL_ORIGIN,
      reason: 'no SITE_URL',
      error: `SITE_URL is not set on ${name}${cloudflare}: canonical links, hreflang, the sitemap and the social cards would point at ${LOCAL_ORIGIN}. Fix: set the environment variable SITE_URL to the site's public origin (e.g. https://example.org); see README, "Deploying".`,
    };
  }
  return {
    site: LOCAL_ORIGIN,
    reason: 'no SITE_URL',
    warning: `SITE_URL is not set: canonical links, hreflang, the sitemap and the social cards point at ${LOCAL_ORIGIN}, good only on this machine. Set SITE_URL=https://your.domain to publish.`,
  };
}
