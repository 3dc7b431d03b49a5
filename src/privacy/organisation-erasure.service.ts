import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { recordAudit } from '../common/audit/audit.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { ErasureView } from './dto/erase-organisation.dto.js';
import { confirmationMatches, erasureRefusal } from './erasure-rules.js';
import { OrganisationErasureRepository } from './organisation-erasure.repository.js';
import { PrivacyProblems } from './privacy.errors.js';

let unusableHash: Promise<string> | undefined;

/**
 * A real argon2 hash (so login verifies it as any other and says "wrong password") of a secret
 * that is thrown away at once. Made once per process: argon2 is slow on purpose, and a stream of
 * refused erasure requests should not each pay for it.
 */
function unusablePasswordHashOnce(): Promise<string> {
  unusableHash ??= argon2.hash(randomBytes(32).toString('base64url'));
  return unusableHash;
}

/**
 * An admin erases an organisation (GDPR art. 17): its people are anonymised, every door is
 * closed, and its invoices and credit notes stay as issued. One transaction, one audit entry;
 * there is no way back.
 */
@Injectable()
export class OrganisationErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly erasure: OrganisationErasureRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async erase(organisationId: string, confirmName: string, admin: AuthenticatedUser): Promise<ErasureView> {
    const unusablePasswordHash = await unusablePasswordHashOnce();
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.erasure.lock(manager, organisationId);
      if (!organisation) {
        throw new ProblemException(PrivacyProblems.organisationNotFound, `Er is geen organisatie met id ${organisationId}.`);
      }
      const refusal = erasureRefusal(organisation.facts);
      if (refusal) throw new ProblemException(PrivacyProblems.erasureRefused, refusal);
      if (!confirmationMatches(confirmName, organisation.name)) {
        throw new ProblemException(
          CommonProblems.validation,
          'Typ de naam van de organisatie over om het wissen te bevestigen.',
          {
            errors: [{ field: 'confirmName', message: `moet de naam van de organisatie zijn (${organisation.name})` }],
          },
        );
      }

      await this.organisations.deactivate(organisationId, manager);
      const counts = await this.erasure.anonymise(manager, organisationId, unusablePasswordHash);
      const erasedAt = new Date().toISOString();
      // The trace says who erased what and when, never what was erased.
      await recordAudit(manager, {
        actorUserId: admin.id,
        action: 'organisation.erased',
        subjectType: 'organisation',
        subjectId: organisationId,
        after: counts,
      });
      return {
        organisationId,
        erasedAt,
        usersAnonymised: counts.users,
        signOnsAnonymised: counts.signOns,
        invitationsAnonymised: counts.invitations,
        mailsAnonymised: counts.mails,
        invoicesKept: counts.invoicesKept,
      };
    });
  }
}
