import { extractPageText } from '../../../functions/adapters/web';
import { fixture } from './fixture-server';

describe('extractPageText (Readability over linkedom)', () => {
  it('keeps the article paragraphs, drops navigation, scripts and footer, reads the canonical link', () => {
    const page = extractPageText(fixture('article-page.html'), 'https://news.example.org/x?utm_source=y');
    expect(page?.canonicalUrl).toBe('https://news.example.org/world/2022/09/batken-fire');
    expect(page?.text).toContain(
      'Guards on both sides of the frontier said they came under fire before dawn',
    );
    expect(page?.text).toContain('send their negotiators back to the table.');
    expect(page?.text.split('\n').length).toBeGreaterThanOrEqual(4);
    expect(page?.text).not.toMatch(/trackRead|tracker|Copyright|Sport/);
  });

  it('gives up on pages without article text and on pages over the limits', () => {
    expect(
      extractPageText('<html><body><nav>Home</nav></body></html>', 'https://e.example/'),
    ).toBeUndefined();
    const big = `<html><body><article>${'<p>word word word word word.</p>'.repeat(50)}</article></body></html>`;
    expect(extractPageText(big, 'https://e.example/')).toBeDefined();
    expect(
      extractPageText(big, 'https://e.example/', {
        maxHtmlChars: 100,
        maxElemsToParse: 20_000,
        minTextChars: 200,
      }),
    ).toBeUndefined();
    expect(
      extractPageText(big, 'https://e.example/', {
        maxHtmlChars: 2_000_000,
        maxElemsToParse: 10,
        minTextChars: 200,
      }),
    ).toBeUndefined();
  });
});
