/**
 * A loopback RSS 2.0 source for the fetcher's cold start: every request gets items with new URLs
 * (so each fresh fetcher finds new articles, as on a live feed) and no validators (no 304s).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article } from '../../functions/core/model';

export interface FixtureFeed {
  url: string;
  requests(): number;
  close(): Promise<void>;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function rssFeed(articles: readonly Article[], origin: string, generation: number): string {
  const items = articles
    .map(
      (a, i) => `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${origin}/news/${generation}-${i}</link>
      <guid isPermaLink="false">bench-${generation}-${i}</guid>
      <pubDate>${new Date(a.published ?? '2026-09-16').toUTCString()}</pubDate>
      <description>${escapeXml(a.text)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Bench wire</title>
    <link>${origin}/</link>
    <description>Generated articles for the cold-start benchmark</description>
${items}
  </channel>
</rss>
`;
}

export async function startFixtureFeed(articles: readonly Article[]): Promise<FixtureFeed> {
  let count = 0;
  let origin = '';
  const server = createServer((_req, res) => {
    count += 1;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(rssFeed(articles, origin, count));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/feed.xml`,
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
