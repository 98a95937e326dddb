import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFeedFormat, FeedParseError, parseFeed } from '../../../functions/core/feeds';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'feeds', name), 'utf8');
const now = new Date('2022-09-20T00:00:00Z');

describe('parseFeed: formats', () => {
  it('reads RSS 2.0: links, HTML descriptions without scripts, content:encoded, dates, language', () => {
    const feed = parseFeed(fixture('rss2.xml'), 'auto', { now });
    expect(feed.format).toBe('rss');
    const [fire, envoys, french, future] = feed.items;
    expect(fire).toMatchObject({
      url: 'https://news.example.org/world/2022/09/batken-fire?utm_source=rss&utm_medium=feed#top',
      title: 'Border posts trade fire overnight in the Batken valley',
      published: '2022-09-16T07:45:00.000Z',
      language: 'en-gb',
      guid: 'fd-1001',
    });
    expect(fire?.text).toContain('a village clinic reported two people hurt.');
    expect(fire?.text).not.toMatch(/alert|<|script/);
    expect(envoys?.title).toBe('Envoys agree to pull back troops & talk');
    expect(envoys?.text).toMatch(/^Officials from the two capitals met/);
    expect(french?.title).toMatch(/^Un poste/);
    // The far-future date is dropped with a reason; the entry without a link is dropped entirely.
    expect(future?.published).toBeNull();
    expect(future?.dateProblem).toMatch(/future/);
    expect(feed.items).toHaveLength(4);
    expect(feed.dropped).toBe(1);
    expect(feed.problems).toEqual(
      expect.arrayContaining([
        'entry 4: no usable http(s) link',
        expect.stringMatching(/^entry 5: date in the future/),
      ]),
    );
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and rdf:about as link fallback', () => {
    const feed = parseFeed(fixture('rdf.xml'), 'rdf', { now });
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://wire.example.net/stories/4411',
      'https://wire.example.net/stories/4412',
    ]);
    expect(feed.items[0]?.published).toBe('2022-09-16T08:20:00.000Z');
    expect(feed.items[1]?.published).toBe('2022-09-18T00:00:00.000Z');
    expect(feed.items[0]?.language).toBe('en');
  });

  it('reads Atom 1.0: relative links, html and xhtml text constructs, published over updated', () => {
    const feed = parseFeed(fixture('atom.xml'), 'atom', {
      now,
      baseUrl: 'https://monitor.example.com/atom.xml',
    });
    const [drone, patrols] = feed.items;
    expect(drone?.url).toBe('https://monitor.example.com/reports/77-drone-ridge');
    expect(drone?.title).toBe('Drone sighted over the northern ridge');
    expect(drone?.text).toBe(
      'Observers at the monitoring post logged an unarmed drone crossing the ridge line twice in one hour, and the army said it would protest.',
    );
    expect(drone?.published).toBe('2022-09-16T05:10:00.000Z');
    expect(patrols?.published).toBe('2022-09-17T09:00:00.000Z');
    expect(patrols?.text).toMatch(/^Mixed patrols from both sides/);
    expect(patrols?.language).toBe('en');
  });

  it('reads JSON Feed 1.1: content_text, content_html, bad dates and missing urls', () => {
    const feed = parseFeed(fixture('jsonfeed.json'), 'jsonfeed', { now });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      url: 'https://pass.example.io/2022/09/16/mortar-rounds',
      published: '2022-09-16T03:00:00.000Z',
      guid: 'pn-501',
    });
    expect(feed.items[1]?.text).toBe(
      'The two border commanders reopened a direct telephone line and said they would talk every day until the situation calms.',
    );
    expect(feed.items[1]?.published).toBeNull();
    expect(feed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/entry 2: unparseable date/),
        'entry 3: no usable http(s) link',
      ]),
    );
  });

  it('reads the GDELT DOC 2.0 ArtList with compact seendates and language names', () => {
    const feed = parseFeed(fixture('gdelt-artlist.json'), 'gdelt', { now });
    expect(feed.items.map((item) => [item.published, item.language])).toEqual([
      ['2022-09-16T09:30:00.000Z', 'English'],
      ['2022-09-16T10:15:00.000Z', 'German'],
    ]);
    expect(feed.items[0]?.text).toBe('');
  });

  it('detects every format', () => {
    const cases: [string, string][] = [
      ['rss2.xml', 'rss'],
      ['rdf.xml', 'rdf'],
      ['atom.xml', 'atom'],
      ['jsonfeed.json', 'jsonfeed'],
      ['gdelt-artlist.json', 'gdelt'],
    ];
    for (const [file, format] of cases) expect(detectFeedFormat(fixture(file))).toBe(format);
  });
});

describe('parseFeed: hostile and broken input', () => {
  const rejects = (body: string, message: RegExp, format: 'auto' | 'rss' = 'auto') => {
    expect(() => parseFeed(body, format, { now })).toThrow(FeedParseError);
    expect(() => parseFeed(body, format, { now })).toThrow(message);
  };

  it('refuses entity expansion (billion laughs) and external entities before parsing', () => {
    rejects(fixture('billion-laughs.xml'), /declares XML entities/);
    rejects(fixture('external-entity.xml'), /declares XML entities/);
  });

  it('reports malformed XML with its position', () => {
    rejects(fixture('malformed.xml'), /malformed XML at line \d+, column \d+/);
  });

  it('reports HTML where a feed was expected', () => {
    rejects(fixture('not-a-feed.html'), /HTML page where an XML feed was expected/);
  });

  it('rejects a format that does not match the configuration', () => {
    rejects(fixture('atom.xml'), /configured as rss but the document is atom/, 'rss');
  });

  it('rejects deep nesting, empty bodies, binary, bad JSON and non-feed roots', () => {
    rejects(`<rss><channel>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</channel></rss>`, /unreadable XML/);
    rejects('', /empty response body/);
    rejects('\u0000\u0001PNG\u0002', /not a feed/);
    rejects('{"version": ', /malformed JSON/);
    rejects('{"hello": 1}', /neither a JSON Feed/);
    rejects('<?xml version="1.0"?><svg><g/></svg>', /root <svg> is not a feed/);
  });

  it('keeps only well-formed entries from a feed with missing fields, and bounds the entry count', () => {
    const items = Array.from(
      { length: 7 },
      (_, i) => `<item><title>Story ${i}</title><link>https://e.example/${i}</link></item>`,
    );
    const body = `<rss><channel><item></item><item><link>https://e.example/x</link></item>${items.join('')}</channel></rss>`;
    const feed = parseFeed(body, 'rss', { now, maxItems: 5 });
    expect(feed.items.map((item) => item.title)).toEqual(['Story 0', 'Story 1', 'Story 2']);
    expect(feed.problems).toEqual([
      '4 entries beyond the first 5 ignored',
      'entry 1: no usable http(s) link',
      'entry 2: neither title nor text',
    ]);
  });

  it('drops javascript: links and strips script-laden HTML', () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 1, url: 'javascript:alert(1)', title: 'x' },
        {
          id: 2,
          url: 'https://e.example/ok',
          title: 'ok',
          content_html:
            '<script>steal()</script><p>Real words<img src=x onerror=alert(1)></p><style>p{}</style>',
        },
      ],
    });
    const feed = parseFeed(body, 'jsonfeed', { now });
    expect(feed.items).toEqual([
      expect.objectContaining({ url: 'https://e.example/ok', text: 'Real words' }),
    ]);
    expect(feed.problems).toEqual(['entry 1: no usable http(s) link']);
  });
});
