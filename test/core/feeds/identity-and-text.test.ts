import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ArticleUrlError,
  articleIdForUrl,
  canonicalizeUrl,
  findCanonicalLink,
  htmlToText,
  judgeEnglish,
  parseFeedDate,
} from '../../../functions/core/feeds';

describe('canonicalizeUrl and articleIdForUrl', () => {
  it('strips tracking parameters and fragments, lowercases the host, sorts the query', () => {
    expect(
      canonicalizeUrl(
        'HTTPS://News.Example.ORG:443/World/Story?b=2&utm_source=x&fbclid=1&gclid=2&a=1#comments',
      ),
    ).toBe('https://news.example.org/World/Story?a=1&b=2');
    expect(canonicalizeUrl('http://user:pw@example.org./x?utm_medium=rss')).toBe('http://example.org/x');
    expect(canonicalizeUrl('/a/b?x=1', 'https://e.example/feed')).toBe('https://e.example/a/b?x=1');
  });

  it('gives the same id to the same story reached through different tracking links', () => {
    const a = articleIdForUrl(canonicalizeUrl('https://e.example/s?utm_campaign=a#top'));
    const b = articleIdForUrl(canonicalizeUrl('https://E.example/s?fbclid=zzz'));
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(articleIdForUrl(canonicalizeUrl('https://e.example/other'))).not.toBe(a);
  });

  it('is idempotent for any http(s) URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalizeUrl(url);
        expect(canonicalizeUrl(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects what cannot identify an article', () => {
    expect(() => canonicalizeUrl('javascript:alert(1)')).toThrow(ArticleUrlError);
    expect(() => canonicalizeUrl('not a url')).toThrow(/not a URL/);
    expect(() => canonicalizeUrl('ftp://e.example/file')).toThrow(/not an http\(s\) URL/);
  });
});

describe('parseFeedDate', () => {
  const now = new Date('2022-09-20T12:00:00Z');
  it('parses RFC 822, ISO 8601 with offsets, date-only and GDELT compact dates', () => {
    expect(parseFeedDate('Fri, 16 Sep 2022 07:45:00 +0200', now).iso).toBe('2022-09-16T05:45:00.000Z');
    expect(parseFeedDate('2022-09-16T14:20:00+06:00', now).iso).toBe('2022-09-16T08:20:00.000Z');
    expect(parseFeedDate('2022-09-16', now).iso).toBe('2022-09-16T00:00:00.000Z');
    expect(parseFeedDate('20220916T093000Z', now).iso).toBe('2022-09-16T09:30:00.000Z');
    expect(parseFeedDate(undefined, now)).toEqual({ iso: null });
  });

  it('rejects absurd, far-future and non-text dates with a reason, and clamps small clock skew', () => {
    expect(parseFeedDate('0001-01-01T00:00:00Z', now)).toEqual({
      iso: null,
      problem: 'implausibly old date "0001-01-01T00:00:00Z"',
    });
    expect(parseFeedDate('2031-01-01', now).problem).toMatch(/in the future/);
    expect(parseFeedDate('yesterday-ish', now).problem).toMatch(/unparseable/);
    expect(parseFeedDate({ nested: true }, now).problem).toBe('date is not text');
    expect(parseFeedDate('9'.repeat(500), now).problem).toBe('date text too long');
    const skewed = parseFeedDate('2022-09-20T15:00:00Z', now);
    expect(skewed.iso).toBe(now.toISOString());
    expect(skewed.problem).toMatch(/clamped/);
  });
});

describe('judgeEnglish', () => {
  it('accepts English prose and rejects other languages by stop-word ratio or declaration', () => {
    expect(
      judgeEnglish('Guards on both sides of the line said they came under fire from the other side.').english,
    ).toBe(true);
    const french = judgeEnglish(
      'Les gardes-frontières ont signalé des tirs nourris près du village selon un porte-parole.',
    );
    expect(french).toMatchObject({ english: false, reason: expect.stringMatching(/stop-word ratio/) });
    expect(judgeEnglish('Clashes flare along the border', 'German')).toMatchObject({
      english: false,
      reason: 'declared language "german"',
    });
    expect(judgeEnglish('Short headline', 'en-GB').english).toBe(true);
    expect(judgeEnglish('Short headline').english).toBe(true);
  });

  it('reads the reference article as English when it is present', () => {
    const path = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'seed-article.txt');
    if (!existsSync(path)) return;
    const verdict = judgeEnglish(readFileSync(path, 'utf8'));
    expect(verdict.english).toBe(true);
    expect(verdict.ratio).toBeGreaterThan(0.2);
  });
});

describe('htmlToText and findCanonicalLink', () => {
  it('drops scripts, styles and comments, keeps block breaks, decodes entities', () => {
    const html =
      '<div><script>var a = "<p>no</p>";</script><style>.x{}</style><!-- hidden --><p>First &amp; foremost&#8230;</p><p>Second&nbsp;line &#x41;&#0;</p></div>';
    expect(htmlToText(html)).toBe('First & foremost…\nSecond line A');
    expect(htmlToText('<p>unterminated <script>evil()')).toBe('unterminated');
  });

  it('finds the canonical link in any attribute order and resolves it', () => {
    expect(findCanonicalLink('<link href="/c/1" rel="canonical">', 'https://e.example/a?utm_source=x')).toBe(
      'https://e.example/c/1',
    );
    expect(
      findCanonicalLink("<link rel='canonical' href='https://e.example/c/2'/>", 'https://e.example/'),
    ).toBe('https://e.example/c/2');
    expect(findCanonicalLink('<link rel="stylesheet" href="/s.css">', 'https://e.example/')).toBeUndefined();
    expect(
      findCanonicalLink('<link rel="canonical" href="javascript:x">', 'https://e.example/'),
    ).toBeUndefined();
  });
});
