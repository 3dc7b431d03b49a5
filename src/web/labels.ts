import { PictureAndSound } from '../impact/picture-and-sound.js';
import { OutboxTopic } from '../common/outbox/outbox.js';
import { EventStatus } from '../events/event-status.js';
import { InvoiceStatus } from '../invoicing/invoice-status.js';
import { CostSharing, SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { OrganisationKind, OrganisationSubKind, Province, SUB_KINDS_BY_KIND } from '../organisations/organisation-kinds.js';

export const PROVINCE_LABELS: Record<Province, string> = {
  [Province.Antwerpen]: 'Antwerpen',
  [Province.Limburg]: 'Limburg',
  [Province.OostVlaanderen]: 'Oost-Vlaanderen',
  [Province.WestVlaanderen]: 'West-Vlaanderen',
  [Province.VlaamsBrabant]: 'Vlaams-Brabant',
  [Province.Brussel]: 'Brussel',
  [Province.WaalsBrabant]: 'Waals-Brabant',
  [Province.Henegouwen]: 'Henegouwen',
  [Province.Luik]: 'Luik',
  [Province.Luxemburg]: 'Luxemburg',
  [Province.Namen]: 'Namen',
};

export const KIND_LABELS: Record<OrganisationKind, string> = {
  [OrganisationKind.Operator]: 'Satelliet (organisator)',
  [OrganisationKind.CultureHouse]: 'Cultuurhuis',
  [OrganisationKind.CareCentre]: 'Zorgcentrum',
};

export const SUB_KIND_LABELS: Record<OrganisationSubKind, string> = {
  [OrganisationSubKind.Cultuurcentrum]: 'Cultuurcentrum',
  [OrganisationSubKind.Gemeenschapscentrum]: 'Gemeenschapscentrum',
  [OrganisationSubKind.Podiumhuis]: 'Podiumhuis',
  [OrganisationSubKind.Bibliotheek]: 'Bibliotheek',
  [OrganisationSubKind.Cultuurdienst]: 'Cultuurdienst',
  [OrganisationSubKind.Woonzorgcentrum]: 'Woonzorgcentrum',
  [OrganisationSubKind.LokaalDienstencentrum]: 'Lokaal dienstencentrum',
  [OrganisationSubKind.Ziekenhuis]: 'Ziekenhuis',
  [OrganisationSubKind.Voorziening]: 'Voorziening voor personen met een handicap',
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  [EventStatus.Draft]: 'Ontwerp',
  [EventStatus.Published]: 'Gepland',
  [EventStatus.Cancelled]: 'Afgelast',
  [EventStatus.Streamed]: 'Voorbij',
};

export const SUBSCRIPTION_STATUS_LABELS: Record<SubscriptionStatus, string> = {
  [SubscriptionStatus.Confirmed]: 'Bevestigd',
  [SubscriptionStatus.PendingPayment]: 'Wacht op betaling',
  [SubscriptionStatus.Waitlisted]: 'Op de wachtlijst',
  [SubscriptionStatus.Cancelled]: 'Geannuleerd',
  [SubscriptionStatus.Expired]: 'Vervallen (niet betaald)',
};

export const COST_SHARING_LABELS: Record<CostSharing, string> = {
  [CostSharing.Sponsor]: 'Ons cultuurhuis betaalt alles',
  [CostSharing.Satellite]: 'Het zorgcentrum betaalt zelf',
  [CostSharing.Split]: 'We delen: het zorgcentrum betaalt een vast bedrag, wij de rest',
};

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  [InvoiceStatus.Open]: 'Te betalen',
  [InvoiceStatus.PartiallyPaid]: 'Deels betaald',
  [InvoiceStatus.Paid]: 'Betaald',
  [InvoiceStatus.Credited]: 'Gecrediteerd',
};

/** The kind an organisation has follows from its sub-kind, so the form asks only one question. */
export function kindOfSubKind(subKind: string): OrganisationKind | undefined {
  return (Object.keys(SUB_KINDS_BY_KIND) as OrganisationKind[]).find((kind) =>
    SUB_KINDS_BY_KIND[kind].includes(subKind as OrganisationSubKind),
  );
}

/** What each outbox message would have done, in the admin's words. */
export const OUTBOX_TOPIC_LABELS: Record<OutboxTopic, string> = {
  [OutboxTopic.SubscriptionConfirmed]: 'Intekening bevestigd (uitnodiging en factuur)',
  [OutboxTopic.SubscriptionWaitlisted]: 'Op de wachtlijst gezet',
  [OutboxTopic.SubscriptionPendingPayment]: 'Wacht op betaling',
  [OutboxTopic.SubscriptionPromoted]: 'Van de wachtlijst naar een plaats',
  [OutboxTopic.SubscriptionCancelled]: 'Intekening geannuleerd',
  [OutboxTopic.SubscriptionExpired]: 'Betaling verlopen',
  [OutboxTopic.InvitationCreated]: 'Uitnodiging van een cultuurhuis',
  [OutboxTopic.EventMoved]: 'Voorstelling verplaatst',
  [OutboxTopic.EventCancelled]: 'Voorstelling afgelast',
  [OutboxTopic.EventNewDate]: 'Nieuwe datum van een afgelaste voorstelling',
  [OutboxTopic.EventStreamed]: 'Voorstelling gestreamd (vraag om feedback)',
  [OutboxTopic.InvoiceReminder]: 'Herinnering voor een factuur',
  [OutboxTopic.FinanceUncoveredDeficit]: 'Tekort dat de principebeslissing niet dekt',
  [OutboxTopic.ProposalDecided]: 'Beslissing over een voorstel (mail aan de indiener)',
};

/** The satisfaction score in words: a number alone means little to someone filling it in on a phone. */
export const SATISFACTION_LABELS: Record<number, string> = {
  1: 'Heel ontevreden',
  2: 'Ontevreden',
  3: 'Neutraal',
  4: 'Tevreden',
  5: 'Heel tevreden',
};

export const PICTURE_AND_SOUND_LABELS: Record<PictureAndSound, string> = {
  [PictureAndSound.Good]: 'Goed, zonder problemen',
  [PictureAndSound.Hiccups]: 'Met haperingen',
  [PictureAndSound.Failed]: 'Lukte niet',
};
