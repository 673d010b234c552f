import { describe, expect, test } from 'vitest';
import { normaliseText, recordedRevision, sourceRevision, withRecordedRevision } from '../../src/translations/sourceRevision';

const page = `---
title: Đường dây nóng
description: Các số điện thoại hỗ trợ.
reviewed: 2026-11-25
sources:
  - title: Cổng Dịch vụ công Quốc gia
---

Gọi {{national-portal-switchboard}} khi cần hỗ trợ.
`;

describe('source revision', () => {
  test('is twelve hexadecimal characters and stable', () => {
    expect(sourceRevision(page, 'markdown')).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceRevision(page, 'markdown')).toBe(sourceRevision(page, 'markdown'));
  });

  test('changes when the text a translator follows changes', () => {
    expect(sourceRevision(page.replace('khi cần hỗ trợ', 'từ 7 giờ đến 17 giờ'), 'markdown')).not.toBe(sourceRevision(page, 'markdown'));
    expect(sourceRevision(page.replace('Các số điện thoại', 'Mọi số điện thoại'), 'markdown')).not.toBe(sourceRevision(page, 'markdown'));
  });

  test('ignores line endings, trailing spaces, blank lines, key order and decomposed tones', () => {
    const base = sourceRevision(page, 'markdown');
    expect(sourceRevision(page.replace(/\n/g, '\r\n'), 'markdown')).toBe(base);
    expect(sourceRevision(page.replace('hỗ trợ.\n', 'hỗ trợ.   \n\n\n\n'), 'markdown')).toBe(base);
    expect(sourceRevision(page.normalize('NFD'), 'markdown')).toBe(base);
    const reordered = page.replace('title: Đường dây nóng\ndescription: Các số điện thoại hỗ trợ.', 'description: Các số điện thoại hỗ trợ.\ntitle: Đường dây nóng');
    expect(sourceRevision(reordered, 'markdown')).toBe(base);
  });

  test('ignores a new reviewed date, which does not change the meaning', () => {
    expect(sourceRevision(page.replace('reviewed: 2026-11-25', 'reviewed: 2027-01-10'), 'markdown')).toBe(sourceRevision(page, 'markdown'));
  });

  test('works on YAML glossary entries', () => {
    const term = 'term: tạm trú\ntermVi: tạm trú\nexplanation: Ở lại một nơi trong thời gian nhất định.\n';
    expect(sourceRevision(term, 'yaml')).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceRevision(`${term}sourceRevision: "abc"\n`, 'yaml')).toBe(sourceRevision(term, 'yaml'));
    expect(sourceRevision(term.replace('nhất định', 'dài'), 'yaml')).not.toBe(sourceRevision(term, 'yaml'));
  });

  test('normaliseText trims and collapses blank lines', () => {
    expect(normaliseText('a  \r\n\r\n\r\nb\n')).toBe('a\n\nb');
  });
});

describe('recording a revision in a translation', () => {
  const translation = '---\ntitle: Hotlines\nreviewed: 2026-11-25\n---\n\nCall {{national-portal-switchboard}}.\n';

  test('adds the field to the frontmatter and leaves the body alone', () => {
    const stamped = withRecordedRevision(translation, 'markdown', '0123456789ab');
    expect(recordedRevision(stamped, 'markdown')).toBe('0123456789ab');
    expect(stamped.endsWith('\nCall {{national-portal-switchboard}}.\n')).toBe(true);
    expect(stamped).toContain('title: Hotlines\nreviewed: 2026-11-25\nsourceRevision: "0123456789ab"\n---\n');
  });

  test('replaces an existing stamp instead of adding a second', () => {
    const twice = withRecordedRevision(withRecordedRevision(translation, 'markdown', '111111111111'), 'markdown', '222222222222');
    expect(recordedRevision(twice, 'markdown')).toBe('222222222222');
    expect(twice.match(/sourceRevision/g)).toHaveLength(1);
  });

  test('keeps an all-digit revision a string', () => {
    expect(recordedRevision(withRecordedRevision(translation, 'markdown', '123456789012'), 'markdown')).toBe('123456789012');
  });

  test('stamps YAML files at the end', () => {
    const stamped = withRecordedRevision('term: Temporary residence\n', 'yaml', 'abcdefabcdef');
    expect(stamped).toBe('term: Temporary residence\nsourceRevision: "abcdefabcdef"\n');
    expect(recordedRevision(stamped, 'yaml')).toBe('abcdefabcdef');
  });

  test('an unstamped translation records nothing', () => {
    expect(recordedRevision(translation, 'markdown')).toBeUndefined();
  });
});
