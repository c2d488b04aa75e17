/**
 * The key two links share when they are the same link: the scheme and the
 * host compare without letter case (RFC 3986 §6.2.2.1), an empty path is `/`
 * (§6.2.3: `https://e.fr` and `https://e.fr/`, which `PostSchema` stores for
 * it, are one link), and the path, query and fragment compare exactly
 * (`/Menu` and `/menu` are two pages).
 *
 * @param url - a URL as written in the text or in `links`
 * @returns the comparison key
 */
export function linkKey(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  const start = scheme === null ? 0 : scheme[0].length;
  let end = start;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end += 1;
  const rest = url.slice(end);
  return url.slice(0, end).toLowerCase() + (rest.startsWith('/') ? rest : `/${rest}`);
}
