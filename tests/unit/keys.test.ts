import { decodeKeyPart, encodeKeyPart, keys, rangeEnd, REPORT_ROW_PREFIX } from '../../src/storage/keys';

const FORBIDDEN = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

describe('table keys', () => {
  test.each(['19:abc@thread.tacv2', 'a/b\\c#d?e', 'tab\there', 'pipe|tilde~percent%', 'Åsa Östberg', '😀'])(
    'when %j is encoded, then the key has no forbidden characters and decodes back',
    (value) => {
      const encoded = encodeKeyPart(value);
      expect(encoded).not.toMatch(FORBIDDEN);
      expect(encoded).not.toContain('|');
      expect(decodeKeyPart(encoded)).toBe(value);
    },
  );

  test('when ordinary Teams ids are encoded, then they stay readable', () => {
    expect(encodeKeyPart('19:abc@thread.tacv2')).toBe('19:abc@thread.tacv2');
    expect(encodeKeyPart('00000000-0000-0000-0000-0000000000020')).toBe('00000000-0000-0000-0000-0000000000020');
  });

  test('when any member key is encoded, then its report row key falls inside the report range', () => {
    for (const memberKey of ['a', 'zzz', '~~~', 'Ö', '\uffff', '29:x|y']) {
      const rowKey = keys.report(memberKey);
      expect(rowKey >= REPORT_ROW_PREFIX && rowKey < rangeEnd(REPORT_ROW_PREFIX)).toBe(true);
    }
    expect(keys.draft('a') >= rangeEnd(REPORT_ROW_PREFIX) || keys.draft('a') < REPORT_ROW_PREFIX).toBe(true);
  });

  test('when versions pass 9, then their row keys still sort in order', () => {
    expect(keys.reportVersion('m', 9) < keys.reportVersion('m', 10)).toBe(true);
  });

  test('when a key part is empty, then that is an error rather than a silent collision', () => {
    expect(() => encodeKeyPart('')).toThrow();
  });
});
