/** What stands in the way of erasing an organisation, read under its row lock. */
export interface ErasureFacts {
  isOperator: boolean;
  erasedAt: Date | null;
  /** Numbers of its invoices that are open or partly paid. */
  unpaidInvoiceNumbers: string[];
  /** Live sign-ons (its own, or ones it sponsors) and launches of events that have not ended and are not cancelled. */
  upcomingEventTitles: string[];
}

/** How the admin confirms: the organisation's name, typed again; case and extra spaces do not matter. */
export function confirmationMatches(typed: string, organisationName: string): boolean {
  const plain = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return plain(typed) !== '' && plain(typed) === plain(organisationName);
}

/**
 * Erasure cannot be undone, so it waits until nothing is still running: money still owed needs
 * someone to remind, and an upcoming stream needs its contact person, its invites and maybe a
 * new invoice. The detail says what to settle first; null means it may go ahead.
 */
export function erasureRefusal(facts: ErasureFacts): string | null {
  if (facts.isOperator) return 'De organisatie die Satelliet uitbaat, kan niet gewist worden.';
  if (facts.erasedAt) return 'Deze organisatie is al gewist.';
  const reasons: string[] = [];
  if (facts.unpaidInvoiceNumbers.length > 0) {
    reasons.push(`nog niet (volledig) betaalde facturen: ${listed(facts.unpaidInvoiceNumbers)}`);
  }
  if (facts.upcomingEventTitles.length > 0) {
    reasons.push(`intekeningen of voorstellingen die nog moeten komen: ${listed(facts.upcomingEventTitles)}`);
  }
  if (reasons.length === 0) return null;
  return `Deze organisatie heeft nog ${reasons.join('; en ')}. Laat die eerst betalen of annuleer ze, en wis daarna.`;
}

function listed(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 5 ? unique.join(', ') : `${unique.slice(0, 5).join(', ')} en nog ${unique.length - 5}`;
}
