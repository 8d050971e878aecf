import { describe, expect, it } from 'vitest';
import { canonicalUrl, resolveLink } from '../../../packages/core/src/feeds/index';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host, drops default ports and fragments', () => {
    expect(canonicalUrl('HTTPS://VnExpress.NET:443/Thoi-Su/Bai-Viet.html#binh-luan')).toBe('https://vnexpress.net/Thoi-Su/Bai-Viet.html');
    expect(canonicalUrl('http://Example.com:80/a')).toBe('http://example.com/a');
    expect(canonicalUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops tracking parameters and sorts the rest, keeping their encoding', () => {
    const url =
      'https://e.example/a?utm_source=rss&z=%E1%BA%A1&UTM_Medium=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref=6&cmpid=7&ocid=8&spm=9&a=1&m=2';
    expect(canonicalUrl(url)).toBe('https://e.example/a?a=1&m=2&z=%E1%BA%A1');
  });

  it('keeps repeated parameters in their order and valueless parameters', () => {
    expect(canonicalUrl('https://e.example/a?tag=b&flag&tag=a')).toBe('https://e.example/a?flag&tag=b&tag=a');
  });

  it('drops an empty or all-tracking query', () => {
    expect(canonicalUrl('https://e.example/a?')).toBe('https://e.example/a');
    expect(canonicalUrl('https://e.example/a?utm_campaign=x&utm_content=y')).toBe('https://e.example/a');
  });

  it('keeps the path as it is (case, trailing slash, encoding)', () => {
    expect(canonicalUrl('https://e.example/Tin-Tuc/')).toBe('https://e.example/Tin-Tuc/');
    expect(canonicalUrl('https://e.example/a%20b/c')).toBe('https://e.example/a%20b/c');
  });

  it('leaves Google News redirect links alone', () => {
    const g = 'https://news.google.com/rss/articles/CBMiXWh0dHBzOi8v?oc=5&utm_source=x#frag';
    expect(canonicalUrl(g)).toBe(g);
  });

  it('is idempotent', () => {
    const once = canonicalUrl('HTTP://A.example:80/p?b=2&utm_x=1&a=1#f');
    expect(canonicalUrl(once)).toBe(once);
  });

  it('throws on non-http(s) and invalid input', () => {
    expect(() => canonicalUrl('javascript:alert(1)')).toThrow(TypeError);
    expect(() => canonicalUrl('not a url')).toThrow(TypeError);
  });
});

describe('resolveLink', () => {
  const base = 'https://news.example.vn/rss/the-gioi.rss';
  it('resolves relative links and canonicalises', () => {
    expect(resolveLink('../tin/1.html?utm_source=rss', base)).toBe('https://news.example.vn/tin/1.html');
    expect(resolveLink('  https://x.example/a  ', base)).toBe('https://x.example/a');
  });
  it('refuses what is not an http(s) link', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:void(0)', 'data:text/html,hi', 'mailto:a@b.c', 'ftp://e.example/x', 'tel:+84', '', '   ', undefined, 42]) {
      expect(resolveLink(bad, base)).toBeUndefined();
    }
  });
});
