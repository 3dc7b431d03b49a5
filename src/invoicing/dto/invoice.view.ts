import { ApiProperty } from '@nestjs/swagger';
import { InvoiceStatus, openAmountCents, refundDueCents } from '../invoice-status.js';
import type { InvoiceRow } from '../invoices.repository.js';
import { formatStructuredCommunication } from '../structured-communication.js';

export class CreditNoteRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Nummer in de reeks van creditnota’s.', example: 'CN-2026-00003' })
  number: string;
}

export class InvoiceView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Factuurnummer, doorlopend per kalenderjaar.', example: '2026-00042' })
  number: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ description: 'Gestructureerde mededeling.', example: '+++202/6100/04229+++' })
  structuredCommunication: string;

  @ApiProperty({ format: 'uuid', description: 'De intekening waarvoor gefactureerd wordt.' })
  subscriptionId: string;

  @ApiProperty({ format: 'uuid', description: 'De organisatie die betaalt (satelliet of sponsor).' })
  buyerOrganisationId: string;

  @ApiProperty({ description: 'Naam van de koper zoals op de factuur.' })
  buyerName: string;

  @ApiProperty({ example: '2026-01-15' })
  issueDate: string;

  @ApiProperty({ example: '2026-02-14' })
  dueDate: string;

  @ApiProperty({ enum: InvoiceStatus, enumName: 'InvoiceStatus' })
  status: InvoiceStatus;

  @ApiProperty({ description: 'Totaal exclusief btw, in cent.' })
  netCents: number;

  @ApiProperty({ description: 'Btw, in cent.' })
  vatCents: number;

  @ApiProperty({ description: 'Totaal inclusief btw, in cent.' })
  grossCents: number;

  @ApiProperty({ description: 'Al betaald, in cent.' })
  paidCents: number;

  @ApiProperty({ description: 'Nog te betalen, in cent; 0 na een creditnota.' })
  openCents: number;

  @ApiProperty({ description: 'Betaald en daarna gecrediteerd, of te veel betaald: terug te storten, in cent.' })
  refundDueCents: number;

  @ApiProperty({ type: CreditNoteRef, nullable: true })
  creditNote: CreditNoteRef | null;

  @ApiProperty({
    nullable: true,
    example: '2026-01-15',
    description: 'Dag waarop de satelliet online (Stripe) betaalde, vóór de factuur werd uitgegeven; null bij overschrijving.',
  })
  paidOnlineOn: string | null;

  static of(row: InvoiceRow): InvoiceView {
    const balance = {
      grossCents: row.grossCents,
      paidCents: row.paidCents,
      credited: row.creditNoteId !== null,
      overpaidCents: row.overpaidCents,
      refundedCents: row.refundedCents,
    };
    return {
      id: row.id,
      number: row.number,
      year: row.year,
      structuredCommunication: formatStructuredCommunication(row.structuredCommunication),
      subscriptionId: row.subscriptionId,
      buyerOrganisationId: row.buyerOrganisationId,
      buyerName: row.buyer.name,
      issueDate: row.issueDate,
      dueDate: row.dueDate,
      status: row.status,
      netCents: row.netCents,
      vatCents: row.vatCents,
      grossCents: row.grossCents,
      paidCents: row.paidCents,
      openCents: openAmountCents(balance),
      refundDueCents: refundDueCents(balance),
      creditNote: row.creditNoteId && row.creditNoteNumber ? { id: row.creditNoteId, number: row.creditNoteNumber } : null,
      paidOnlineOn: row.paidOnlineOn,
    };
  }
}

export class ReminderView {
  @ApiProperty({ format: 'uuid' })
  invoiceId: string;

  @ApiProperty({ description: 'Naar dit adres gaat de herinnering.' })
  recipient: string;

  @ApiProperty({ description: 'Openstaand bedrag in de herinnering, in cent.' })
  openCents: number;
}
