import { describe, expect, test } from 'vitest';
import { reportHref } from '../../src/feedback/reportHref';

const page = {
  title: 'Hotlines & feedback',
  url: 'https://example.gov.vn/en/hotlines/',
  subject: 'Problem with the page: Hotlines & feedback',
  body: 'Page: https://example.gov.vn/en/hotlines/\n\nWhat is wrong:',
};

describe('reportHref', () => {
  test('opens an e-mail with the subject and body filled in when there is a report address', () => {
    const href = reportHref({ ...page, email: 'feedback@example.gov.vn', reportPageUrl: '/en/report/' });
    expect(href).toBe(
      'mailto:feedback@example.gov.vn?subject=Problem%20with%20the%20page%3A%20Hotlines%20%26%20feedback' +
        '&body=Page%3A%20https%3A%2F%2Fexample.gov.vn%2Fen%2Fhotlines%2F%0A%0AWhat%20is%20wrong%3A',
    );
  });

  test('leads to the report page with the page address encoded otherwise', () => {
    const href = reportHref({ ...page, reportPageUrl: '/en/report/' });
    expect(href).toBe('/en/report/?page=https%3A%2F%2Fexample.gov.vn%2Fen%2Fhotlines%2F&title=Hotlines+%26+feedback');
  });

  test('gives no link when the site has no channel for reports', () => {
    expect(reportHref(page)).toBeUndefined();
  });
});
