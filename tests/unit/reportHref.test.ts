import { describe, expect, test } from 'vitest';
import { reportHref } from '../../src/feedback/reportHref';

const page = {
  title: 'Hotlines & feedback',
  url: 'https://example.gov.vn/en/hotlines/',
  subject: 'Problem with the page: Hotlines & feedback',
  body: 'Page: https://example.gov.vn/en/hotlines/\n\nWhat is wrong:',
};

describe('reportHref', () => {
  test('opens an e-mail to the address set in site.yaml, with the subject and body filled in', () => {
    const href = reportHref({ ...page, reportTo: 'feedback@example.gov.vn' });
    expect(href).toBe(
      'mailto:feedback@example.gov.vn?subject=Problem%20with%20the%20page%3A%20Hotlines%20%26%20feedback' +
        '&body=Page%3A%20https%3A%2F%2Fexample.gov.vn%2Fen%2Fhotlines%2F%0A%0AWhat%20is%20wrong%3A',
    );
  });

  test('leads to the issue tracker set in site.yaml', () => {
    expect(reportHref({ ...page, reportTo: 'https://git.example.gov.vn/portal/issues/new' })).toBe('https://git.example.gov.vn/portal/issues/new');
  });

  test('gives no link while site.yaml sets nowhere for reports', () => {
    expect(reportHref(page)).toBeUndefined();
    expect(reportHref({ ...page, reportTo: '  ' })).toBeUndefined();
  });
});
