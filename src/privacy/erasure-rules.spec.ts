import { confirmationMatches, erasureRefusal, type ErasureFacts } from './erasure-rules.js';

const clear: ErasureFacts = { isOperator: false, erasedAt: null, unpaidInvoiceNumbers: [], upcomingEventTitles: [] };

describe('confirmationMatches', () => {
  it('accepts the name typed again, whatever the case or extra spaces', () => {
    expect(confirmationMatches('  wzc   de LINDE ', 'WZC De Linde')).toBe(true);
  });

  it('refuses another name, a part of it, or nothing', () => {
    expect(confirmationMatches('WZC De Lind', 'WZC De Linde')).toBe(false);
    expect(confirmationMatches('WZC De Linde 2', 'WZC De Linde')).toBe(false);
    expect(confirmationMatches('   ', '')).toBe(false);
  });
});

describe('erasureRefusal', () => {
  it('lets an organisation with nothing running go', () => {
    expect(erasureRefusal(clear)).toBeNull();
  });

  it('names the unpaid invoices and the upcoming events together', () => {
    const detail = erasureRefusal({ ...clear, unpaidInvoiceNumbers: ['2026-00001'], upcomingEventTitles: ['Adamo', 'Adamo'] });
    expect(detail).toContain('2026-00001');
    expect(detail).toContain('voorstellingen die nog moeten komen: Adamo.');
  });

  it('shortens a long list', () => {
    const numbers = Array.from({ length: 7 }, (_, index) => `2026-0000${index}`);
    expect(erasureRefusal({ ...clear, unpaidInvoiceNumbers: numbers })).toContain('2026-00004 en nog 2');
  });

  it('never erases the operator, nor twice', () => {
    expect(erasureRefusal({ ...clear, isOperator: true })).toMatch(/uitbaat/);
    expect(erasureRefusal({ ...clear, erasedAt: new Date() })).toMatch(/al gewist/);
  });
});
