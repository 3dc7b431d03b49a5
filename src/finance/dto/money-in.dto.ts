import { ApiProperty } from '@nestjs/swagger';
import type { MoneyIn } from '../money-in.js';

/** Money in for one event or a sum of events: billed, arrived, still to come. */
export class MoneyInView implements MoneyIn {
  @ApiProperty({ description: 'Gefactureerd en niet gecrediteerd, plus online betaald, in cent exclusief btw.' })
  invoicedCents: number;

  @ApiProperty({ description: 'Daarvan ontvangen (overschrijving of online), in cent exclusief btw.' })
  paidCents: number;

  @ApiProperty({ description: 'Daarvan nog te ontvangen (gefactureerd min ontvangen), in cent exclusief btw.' })
  openCents: number;

  @ApiProperty({ description: 'Deel van het openstaande bedrag voorbij de vervaldag, in cent exclusief btw.' })
  overdueCents: number;

  @ApiProperty({ description: 'Gefactureerd en daarna gecrediteerd (geen omzet), in cent exclusief btw.' })
  creditedCents: number;

  @ApiProperty({ description: 'Ontvangen, in cent inclusief btw, zoals op het rekeninguittreksel.' })
  paidGrossCents: number;

  @ApiProperty({ description: 'Nog te ontvangen, in cent inclusief btw.' })
  openGrossCents: number;

  @ApiProperty({
    description:
      'Ontvangen maar terug te storten (betaald op een gecrediteerde factuur, een overschot, een lopende terugbetaling), in cent inclusief btw.',
  })
  refundDueGrossCents: number;
}

export class EventMoneyInView extends MoneyInView {
  @ApiProperty({ description: 'Id van de voorstelling.' }) eventId: string;
  @ApiProperty({ description: 'Titel.' }) title: string;
  @ApiProperty({ description: 'Begin (ISO 8601).' }) startsAt: Date;
  @ApiProperty({ description: 'Status van de voorstelling.' }) eventStatus: string;
}

export class YearMoneyInView {
  @ApiProperty({ description: 'Budgetjaar: het kalenderjaar van het begin in Brussel.' }) year: number;
  @ApiProperty({ type: [EventMoneyInView], description: 'Elke voorstelling van het jaar (behalve ontwerpen), in datumvolgorde.' })
  events: EventMoneyInView[];
  @ApiProperty({ type: MoneyInView, description: 'De som over alle voorstellingen.' }) totals: MoneyInView;
}
