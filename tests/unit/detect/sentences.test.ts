import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../packages/core/src/detect/sentences';

describe('splitSentences', () => {
  it('keeps offsets into the text and paragraph numbers', () => {
    const text = 'Headline here\nFirst one. Second one!\n越美关系提升。双方宣布。';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline here', 'First one.', 'Second one!', '越美关系提升。', '双方宣布。']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 2, 2]);
  });

  it('does not break at abbreviations, initials or decimals', () => {
    const s = splitSentences('SEOUL, Dec. 5 (Yonhap) -- S. Korea and the U.S. agreed on 3.5 percent. Next.');
    expect(s.map((x) => x.text)).toEqual(['SEOUL, Dec. 5 (Yonhap) -- S. Korea and the U.S. agreed on 3.5 percent.', 'Next.']);
  });
});
