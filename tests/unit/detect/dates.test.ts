import { describe, expect, it } from 'vitest';
import { dayOf, findDates, formatDate } from '../../../packages/core/src/detect/dates';

const read = (s: string, published?: string, contextYear?: number) =>
  findDates(s, dayOf(published), contextYear).map((d) => [s.slice(d.start, d.end), formatDate(d)]);

describe('findDates', () => {
  it('resolves a weekday to the last such day on or before publication', () => {
    expect(read('ont annoncé lundi', '2024-10-08T06:30:00+07:00')).toEqual([['lundi', '2024-10-07']]);
    expect(read('agreed Monday to upgrade', '2022-12-05T15:10:00+09:00')).toEqual([['Monday', '2022-12-05']]);
  });

  it('reads day/month without a year in the publication year', () => {
    expect(read('Chiều 10/9, tại Trụ sở', '2023-09-10T20:15:00+07:00')).toEqual([['10/9', '2023-09-10']]);
    expect(read('9月10日下午', '2023-09-11T09:40:00+07:00')).toEqual([['9月10日', '2023-09-10']]);
    // A December date read in January belongs to the year before.
    expect(read('Dec. 28', '2024-01-03T10:00:00Z')).toEqual([['Dec. 28', '2023-12-28']]);
  });

  it('reads full, month and year precision in every language', () => {
    expect(read('tháng 7/2013 và năm 2009')).toEqual([['tháng 7/2013', '2013-07'], ['2009', '2009']]);
    expect(read('1 марта 2001 года; в октябре 2016 года')).toEqual([['1 марта 2001', '2001-03-01'], ['октябре 2016', '2016-10']]);
    expect(read('2013年7月建立; 2014年に合意')).toEqual([['2013年7月', '2013-07'], ['2014年', '2014']]);
    expect(read('en marzo de 2018; el 26 de febrero de 1973')).toEqual([['marzo de 2018', '2018-03'], ['26 de febrero de 1973', '1973-02-26']]);
    expect(read('July 25, 2013 and in July 2007')).toEqual([['July 25, 2013', '2013-07-25'], ['July 2007', '2007-07']]);
  });

  it('leaves ranges and numbers that are not dates alone', () => {
    expect(read('giai đoạn 2020-2023')).toEqual([]);
    expect(read('15 tỷ USD và 1200亿美元')).toEqual([]);
  });

  it('uses the context year when the page has no date', () => {
    expect(read('từ ngày 24 đến ngày 26 tháng 9', undefined, 2013)).toEqual([['tháng 9', '2013-09']]);
    expect(read('ngày 12/3')).toEqual([]);
  });
});
