import { describe, expect, it } from 'vitest';
import { filledCount, readDelimited, rowWidth } from './csv';
import { detectDelimiter } from './delimiter';

describe('readDelimited', () => {
  it('handles quotes, doubled quotes, embedded delimiters and newlines, CRLF and a BOM', () => {
    const text = '\ufeffa,"b,c","say ""hi"""\r\n1,"line\nbreak",3\r\n';
    expect(readDelimited(text, ',')).toEqual([['a', 'b,c', 'say "hi"'], ['1', 'line\nbreak', '3']]);
  });
  it('keeps empty cells and blank lines, no extra row for a trailing newline', () => {
    expect(readDelimited('a,,c\n\n1,2,\n', ',')).toEqual([['a', '', 'c'], [], ['1', '2', '']]);
    expect(readDelimited('a;b\r1;2', ';')).toEqual([['a', 'b'], ['1', '2']]);
    expect(readDelimited('"",x', ',')).toEqual([['', 'x']]);
  });
  it('splits whitespace-separated lines (CDNOW)', () => {
    expect(readDelimited(' 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n', 'whitespace')).toEqual([
      ['00001', '19970101', '1', '11.77'],
      ['00002', '19970112', '1', '12.00'],
    ]);
  });
  it('maxRows stops early', () => {
    expect(readDelimited('a\nb\nc\n', ',', { maxRows: 2 })).toEqual([['a'], ['b']]);
  });
  it('rowWidth and filledCount ignore blanks', () => {
    expect(rowWidth(['a', '', 'b', ' ', ''])).toBe(3);
    expect(filledCount(['a', '', 'b', ' '])).toBe(2);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n4,5,6\n', ','],
    ['a;b;c\n1;2;3\n4;5;6\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    // semicolons with decimal commas (European Excel)
    ['Kunde;Betrag;Datum\nC1;1.234,56;05.03.2024\nC2;99,90;06.03.2024\n', ';'],
    // commas inside quotes do not count
    ['name;note\n"Li, Lei";"a,b,c,d"\n"Wang";"x,y"\n', ';'],
    // a title row and a blank line above the table
    ['2024年客户清单\n\n客户编号,客户名称,城市\nC001,甲公司,上海\nC002,乙公司,北京\n', ','],
    // Chinese text with spaces inside cells stays comma
    ['客户名称,地址\n上海 某某 公司,浦东 新区 1 号\n北京 某 公司,朝阳 区\n', ','],
    [' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n', 'whitespace'],
    [' 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00003 19970102  2   20.76\n', 'whitespace'],
    ['single\ncolumn\n', ','],
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('a sample cut mid-line does not confuse it', () => {
    const full = Array.from({ length: 30 }, (_, i) => `C${i};Name ${i};${i * 10}`).join('\n');
    expect(detectDelimiter(`Code;Name;Amount\n${full}`.slice(0, 200))).toBe(';');
  });
});
