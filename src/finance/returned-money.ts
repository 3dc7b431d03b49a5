import { AUDIENCES, type EventFinanceInputs } from './finance-inputs.js';
import { exactSum } from './money.js';

/**
 * SEAM for invoicing and payments, whose tables (invoices/credit_notes, payments) are not on main
 * yet. Until they are, returned money follows the cancellation policy: every sign-on of a
 * cancelled event is credited in full, and nothing else is returned. When those tables land,
 * replace this with a GROUP BY over credit notes per event, plus the refunds that no credit note
 * already covers (see docs/break-even.md), read in FinanceRepository.load.
 */
export function returnedMoney(inputs: EventFinanceInputs): Pick<EventFinanceInputs, 'creditedCents' | 'refundedCents'> {
  if (!inputs.cancelled) return { creditedCents: 0, refundedCents: 0 };
  return { creditedCents: exactSum(AUDIENCES.map((a) => inputs.signOns[a].confirmedRevenueCents)), refundedCents: 0 };
}
