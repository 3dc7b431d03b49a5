import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarReader } from '../calendar/calendar-reader.js';
import { AppConfig } from '../common/config/app-config.js';
import { shareTariff } from '../subscriptions/cost-sharing.js';
import type { CostSharing } from '../subscriptions/subscription-status.js';
import { cultureHouseInvitationMail } from './invitation-mails.js';
import type { PlannedMail } from './mail-deliveries.js';
import { invitationAcceptUrl } from './mail-links.js';

interface InvitationRow {
  event_id: string;
  token: string;
  cost_sharing: CostSharing;
  satellite_share_cents: number | null;
  message: string;
  invitee_email: string | null;
  inviter_name: string;
  invitee_name: string | null;
  invitee_organisation_email: string | null;
}

/** The mail a care centre gets when a culture house invites it, with the accept link. */
@Injectable()
export class InvitationMails {
  constructor(
    private readonly config: AppConfig,
    private readonly reader: CalendarReader,
  ) {}

  async plan(manager: EntityManager, invitationId: string): Promise<PlannedMail[]> {
    const [row] = await manager.query<InvitationRow[]>(
      `SELECT i.event_id, i.token, i.cost_sharing, i.satellite_share_cents, i.message, i.invitee_email,
              inviter.name AS inviter_name, invitee.name AS invitee_name, invitee.email AS invitee_organisation_email
         FROM invitations i JOIN organisations inviter ON inviter.id = i.inviter_organisation_id
         LEFT JOIN organisations invitee ON invitee.id = i.invitee_organisation_id
        WHERE i.id = $1`,
      [invitationId],
    );
    const event = row && (await this.reader.event(row.event_id, manager));
    const email = row?.invitee_email ?? row?.invitee_organisation_email;
    if (!row || !event || !email) return [];
    const careCentreName = row.invitee_name ?? 'uw zorgcentrum';
    const { satelliteShareCents } = shareTariff(event.careCentreTariffCents, row.cost_sharing, row.satellite_share_cents);
    const content = cultureHouseInvitationMail({
      contact: { name: careCentreName, email },
      careCentreName,
      cultureHouseName: row.inviter_name,
      event,
      acceptUrl: invitationAcceptUrl(this.config, row.token),
      careCentreShare:
        satelliteShareCents > 0 ? { amountCents: satelliteShareCents, vatRatePercent: event.vatRatePercent } : null,
      personalMessage: row.message,
    });
    return [{ dedupeKey: invitationId, kind: 'invitation', to: { name: careCentreName, email }, content }];
  }
}
