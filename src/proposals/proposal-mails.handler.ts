import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { type OutboxEnvelope, type OutboxHandler, OutboxRelay } from '../common/outbox/outbox-relay.js';
import { OutboxTopic } from '../common/outbox/outbox.js';
import { MailDeliveries } from '../mail/mail-deliveries.js';
import { proposalOutcomeMail } from './proposal-outcome-mail.js';
import { ProposalStatus } from './proposal-status.js';

/** Where a culture house follows its proposals. */
export const MY_PROPOSALS_PATH = '/oproep/mijn-voorstellen';

/**
 * The outcome mail of a decided proposal, recorded in the relay's transaction under one key per
 * proposal: the message handled and the mail queued commit together, so the proposer gets exactly one.
 */
@Injectable()
export class ProposalMailsHandler implements OutboxHandler, OnModuleInit {
  readonly name = 'proposal-mail';
  readonly topics = [OutboxTopic.ProposalDecided] as const;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly deliveries: MailDeliveries,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(manager: EntityManager, message: OutboxEnvelope): Promise<void> {
    const [row] = await manager.query<
      {
        id: string;
        title: string;
        status: ProposalStatus;
        decline_reason: string | null;
        season_code: string;
        email: string;
        full_name: string;
      }[]
    >(
      `SELECT p.id, p.title, p.status, p.decline_reason, c.season_code, u.email, u.full_name
         FROM proposals p JOIN calls c ON c.id = p.call_id JOIN users u ON u.id = p.proposed_by_user_id
        WHERE p.id = $1`,
      [message.payload.proposalId],
    );
    if (!row || row.status === ProposalStatus.Submitted) return;
    await this.deliveries.record(
      manager,
      [
        {
          dedupeKey: `proposal:${row.id}:outcome`,
          kind: 'proposal_outcome',
          to: { name: row.full_name, email: row.email },
          content: proposalOutcomeMail({
            recipientName: row.full_name,
            title: row.title,
            seasonCode: row.season_code,
            accepted: row.status === ProposalStatus.Accepted,
            declineReason: row.decline_reason,
            url: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}${MY_PROPOSALS_PATH}`,
          }),
        },
      ],
      message.id,
    );
  }
}
