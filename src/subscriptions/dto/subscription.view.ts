import { ApiProperty } from '@nestjs/swagger';
import type { SubscriptionStatusChange } from '../entities/subscription-status-change.entity.js';
import type { Subscription } from '../entities/subscription.entity.js';
import { Audience, SubscriptionStatus } from '../subscription-status.js';

export class OrganisationRef {
  @ApiProperty({ description: 'Id van de organisatie.' }) id: string;
  @ApiProperty({ description: 'Naam.' }) name: string;
}

export class SubscriptionView {
  @ApiProperty({ description: 'Id van de intekening.' }) id: string;
  @ApiProperty({ description: 'Id van de voorstelling.' }) eventId: string;
  @ApiProperty({ description: 'Titel van de voorstelling.' }) eventTitle: string;
  @ApiProperty({ description: 'Begin van de voorstelling (ISO 8601).' }) eventStartsAt: string;
  @ApiProperty({ type: OrganisationRef, description: 'De satelliet die intekende.' }) organisation: OrganisationRef;
  @ApiProperty({ enum: Audience, description: 'Cultuurhuis of zorgcentrum.' }) audience: Audience;
  @ApiProperty({ enum: SubscriptionStatus, description: 'Status.' }) status: SubscriptionStatus;
  @ApiProperty({ nullable: true, description: 'Plaats op de wachtlijst (1 = eerstvolgende), of null.' }) waitlistPosition:
    number | null;
  @ApiProperty({ nullable: true, description: 'Contactpersoon; enkel zichtbaar voor de eigen organisatie en de operator.' })
  contactName: string | null;
  @ApiProperty({ nullable: true, description: 'E-mail van de contactpersoon (idem).' }) contactEmail: string | null;
  @ApiProperty({ nullable: true, description: 'Telefoon van de contactpersoon (idem).' }) contactPhone: string | null;
  @ApiProperty({ description: 'Aantal schermen of locaties.' }) screens: number;
  @ApiProperty({ description: 'Verwacht aantal kijkers.' }) expectedViewers: number;
  @ApiProperty({ nullable: true, description: 'Opmerkingen (idem contactgegevens).' }) notes: string | null;
  @ApiProperty({ description: 'Tarief bij intekening, eurocent excl. btw.' }) tariffCents: number;
  @ApiProperty({ description: 'Btw-tarief in procent.' }) vatRatePercent: number;
  @ApiProperty({ type: OrganisationRef, nullable: true, description: 'Het cultuurhuis dat uitnodigde en (mee)betaalt.' })
  sponsor: OrganisationRef | null;
  @ApiProperty({ description: 'Deel van het tarief dat het cultuurhuis betaalt, eurocent excl. btw.' }) sponsorShareCents: number;
  @ApiProperty({ description: 'Deel van het tarief dat de satelliet zelf betaalt, eurocent excl. btw.' })
  satelliteShareCents: number;
  @ApiProperty({ nullable: true, description: 'Streamlink; enkel voor de eigen, bevestigde intekening.' }) streamUrl:
    string | null;
  @ApiProperty({
    nullable: true,
    example: '/api/subscriptions/0b9f…/checkout',
    description:
      'Enkel voor de eigen intekening die op online betaling wacht (pending_payment): POST hierheen voor de betaalpagina van Stripe.',
  })
  checkoutPath: string | null;
  @ApiProperty({ description: 'Wanneer ingetekend (ISO 8601).' }) createdAt: string;
}

/** How much of a sign-on a viewer may see: everything (own or staff) or no contact details (sponsor). */
export type Visibility = 'full' | 'without_contact';

export function toSubscriptionView(
  subscription: Subscription,
  visibility: Visibility,
  waitlistPosition: number | null,
): SubscriptionView {
  const full = visibility === 'full';
  const streamable = full && subscription.status === SubscriptionStatus.Confirmed;
  return {
    id: subscription.id,
    eventId: subscription.eventId,
    eventTitle: subscription.event.title,
    eventStartsAt: subscription.event.startsAt.toISOString(),
    organisation: { id: subscription.organisation.id, name: subscription.organisation.name },
    audience: subscription.audience,
    status: subscription.status,
    waitlistPosition,
    contactName: full ? subscription.contactName : null,
    contactEmail: full ? subscription.contactEmail : null,
    contactPhone: full ? subscription.contactPhone : null,
    screens: subscription.screens,
    expectedViewers: subscription.expectedViewers,
    notes: full ? subscription.notes : null,
    tariffCents: subscription.tariffCents,
    vatRatePercent: subscription.vatRatePercent,
    sponsor: subscription.sponsorOrganisation
      ? { id: subscription.sponsorOrganisation.id, name: subscription.sponsorOrganisation.name }
      : null,
    sponsorShareCents: subscription.sponsorShareCents,
    satelliteShareCents: subscription.satelliteShareCents,
    streamUrl: streamable ? subscription.event.streamUrl : null,
    checkoutPath:
      full && subscription.status === SubscriptionStatus.PendingPayment ? `/api/subscriptions/${subscription.id}/checkout` : null,
    createdAt: subscription.createdAt.toISOString(),
  };
}

export class StatusChangeView {
  @ApiProperty({ enum: SubscriptionStatus, nullable: true, description: 'Vorige status (null bij intekenen).' })
  fromStatus: SubscriptionStatus | null;
  @ApiProperty({ enum: SubscriptionStatus, description: 'Nieuwe status.' }) toStatus: SubscriptionStatus;
  @ApiProperty({ nullable: true, description: 'Gebruiker die de wijziging deed; null = automatisch (bv. doorschuiven).' })
  changedByUserId: string | null;
  @ApiProperty({ description: 'Reden.' }) reason: string;
  @ApiProperty({ description: 'Wanneer (ISO 8601).' }) changedAt: string;

  static of(change: SubscriptionStatusChange): StatusChangeView {
    return {
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      changedByUserId: change.changedByUserId,
      reason: change.reason,
      changedAt: change.changedAt.toISOString(),
    };
  }
}

export class EventSubscriptionsView {
  @ApiProperty({ type: [SubscriptionView], description: 'Alle intekeningen, in volgorde van intekenen.' })
  items: SubscriptionView[];
  @ApiProperty({ description: 'Aantal items.' }) total: number;
  @ApiProperty({
    description: 'Totalen: bevestigd, in betaling, wachtlijst, geannuleerd, en schermen en kijkers van wie een plaats heeft.',
    example: { confirmed: 50, pendingPayment: 0, waitlisted: 3, cancelled: 1, screens: 62, expectedViewers: 2100 },
  })
  totals: {
    confirmed: number;
    pendingPayment: number;
    waitlisted: number;
    cancelled: number;
    screens: number;
    expectedViewers: number;
  };
}
