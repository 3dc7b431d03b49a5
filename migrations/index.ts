import type { MigrationInterface } from 'typeorm';
import { Foundation1795626596133 } from './1795626596133-foundation.js';
import { SignOns1795627470371 } from './1795627470371-sign-ons.js';
import { PaymentMethodAndOutboxRetries1795627945337 } from './1795627945337-payment-method-and-outbox-retries.js';
import { AuditTrail1795628017024 } from './1795628017024-audit-trail.js';
import { CalendarAndMail1795628240624 } from './1795628240624-calendar-and-mail.js';
import { Payments1795628382859 } from './1795628382859-payments.js';
import { FinanceBreakEven1795628427686 } from './1795628427686-finance-break-even.js';
import { Invoicing1795628441604 } from './1795628441604-invoicing.js';
import { OutboxHandlerRuns1795629155288 } from './1795629155288-outbox-handler-runs.js';
import { OneNewDatePerCancelledEvent1795632190935 } from './1795632190935-one-new-date-per-cancelled-event.js';
import { OneOpenInvitation1795632600000 } from './1795632600000-one-open-invitation.js';
import { PaymentClosing1795632192027 } from './1795632192027-payment-closing.js';
import { BreakEvenPlanning1796021608988 } from './1796021608988-break-even-planning.js';
import { ChangeVersions1796030000000 } from './1796030000000-change-versions.js';
import { InviteSequences1796021302063 } from './1796021302063-invite-sequences.js';
import { SessionVersions1796022283425 } from './1796022283425-session-versions.js';
import { AccountLinks1796023827864 } from './1796023827864-account-links.js';
import { EventVersion1796022000000 } from './1796022000000-event-version.js';
import { BankPaymentsAndReminders1796022868864 } from './1796022868864-bank-payments-and-reminders.js';
import { AtomicIdempotency1796023792529 } from './1796023792529-atomic-idempotency.js';
import { SeasonDates1796021831009 } from './1796021831009-season-dates.js';
import { OrganisationErasure1796032696968 } from './1796032696968-organisation-erasure.js';
import { OperatorIban1796032697628 } from './1796032697628-operator-iban.js';
import { OnlinePaymentInvoices1796032769580 } from './1796032769580-online-payment-invoices.js';
import { StreamImpact1796041965894 } from './1796041965894-stream-impact.js';
import { CallForProposals1796042364595 } from './1796042364595-call-for-proposals.js';

/** Every migration, in the order it must run. Add new ones at the end. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795626596133,
  SignOns1795627470371,
  PaymentMethodAndOutboxRetries1795627945337,
  AuditTrail1795628017024,
  CalendarAndMail1795628240624,
  Payments1795628382859,
  Invoicing1795628441604,
  FinanceBreakEven1795628427686,
  OutboxHandlerRuns1795629155288,
  OneNewDatePerCancelledEvent1795632190935,
  PaymentClosing1795632192027,
  OneOpenInvitation1795632600000,
  BreakEvenPlanning1796021608988,
  ChangeVersions1796030000000,
  InviteSequences1796021302063,
  SessionVersions1796022283425,
  AccountLinks1796023827864,
  EventVersion1796022000000,
  BankPaymentsAndReminders1796022868864,
  AtomicIdempotency1796023792529,
  SeasonDates1796021831009,
  OrganisationErasure1796032696968,
  OperatorIban1796032697628,
  OnlinePaymentInvoices1796032769580,
  StreamImpact1796041965894,
  CallForProposals1796042364595,
];
