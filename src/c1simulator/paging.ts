/**
 * ConductorOne paging (reference §4, docs `conductorone-api/pagination.mdx`): `page_size` /
 * `page_token` as query parameters on GET (`pageSize` / `pageToken` in POST search bodies);
 * sizes under 10 become 10, over 100 become 100, 0 or absent 25; items under `list`, the next
 * cursor in `nextPageToken`, empty on the last page. Tokens here are opaque base64url offsets
 * bound to the listing they came from.
 */

export class PageTokenError extends Error {}

export function clampPageSize(raw: unknown): number {
  const n = typeof raw === "string" ? Number(raw) : typeof raw === "number" ? raw : 0;
  if (!Number.isFinite(n) || n <= 0) return 25;
  return Math.min(100, Math.max(10, Math.floor(n)));
}

export function page<T>(items: readonly T[], listing: string, size: unknown, token: unknown): { list: T[]; nextPageToken: string } {
  let offset = 0;
  if (typeof token === "string" && token !== "") {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    } catch {
      throw new PageTokenError("invalid page token");
    }
    const d = decoded as { l?: unknown; o?: unknown };
    if (d.l !== listing || typeof d.o !== "number" || !Number.isInteger(d.o) || d.o < 0) throw new PageTokenError("invalid page token");
    offset = d.o;
  }
  const limit = clampPageSize(size);
  const list = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(JSON.stringify({ l: listing, o: offset + limit })).toString("base64url") : "";
  return { list, nextPageToken: next };
}
