import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ProblemException } from '../common/errors/problem.js';
import type { Page } from '../common/http/pagination.dto.js';
import { OrganisationView, type UpdateOrganisationDto } from './dto/organisation.dto.js';
import type { ListOrganisationsQuery } from './dto/list-organisations.query.js';
import type { Organisation } from './entities/organisation.entity.js';
import { OrganisationKind, SUB_KINDS_BY_KIND, type OrganisationSubKind } from './organisation-kinds.js';
import { OrganisationProblems } from './organisations.errors.js';
import { OrganisationsRepository } from './organisations.repository.js';

@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationsRepository) {}

  async list(query: ListOrganisationsQuery): Promise<Page<OrganisationView>> {
    const [items, total] = await this.organisations.list(query);
    return { items: items.map((organisation) => OrganisationView.of(organisation)), total };
  }

  /** Staff see every organisation; a member sees only their own. */
  async get(id: string, viewer: AuthenticatedUser): Promise<OrganisationView> {
    const organisation = await this.organisations.findById(id);
    if (!organisation || (viewer.role === Role.Member && viewer.organisationId !== id)) throw notFound(id);
    return OrganisationView.of(organisation);
  }

  async update(id: string, changes: UpdateOrganisationDto): Promise<OrganisationView> {
    const organisation = await this.require(id);
    if (changes.subKind) assertSubKindFits(organisation.kind, changes.subKind);
    await this.organisations.update(id, changes);
    return OrganisationView.of(await this.require(id));
  }

  /** A deactivated organisation's users are refused at login and on every request; its feed and mailed links stop. */
  async setActive(id: string, active: boolean): Promise<OrganisationView> {
    const organisation = await this.require(id);
    if (active && organisation.erasedAt) {
      throw new ProblemException(OrganisationProblems.erased, 'Een gewiste organisatie kan niet opnieuw geactiveerd worden.');
    }
    // The operator's users are the admins: deactivating it would lock everyone out of the service.
    if (!active && organisation.kind === OrganisationKind.Operator) {
      throw new ProblemException(
        OrganisationProblems.operatorStaysActive,
        'De operator kan niet gedeactiveerd worden: al zijn beheerders zouden buitengesloten worden. Deactiveer een gebruiker op /beheer/gebruikers.',
      );
    }
    if (active) await this.organisations.update(id, { active });
    else await this.organisations.deactivate(id);
    return OrganisationView.of(await this.require(id));
  }

  private async require(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw notFound(id);
    return organisation;
  }
}

export function assertSubKindFits(kind: OrganisationKind, subKind: OrganisationSubKind, field = 'subKind'): void {
  if (!SUB_KINDS_BY_KIND[kind].includes(subKind)) {
    throw new ProblemException(OrganisationProblems.subKindMismatch, `Een ${subKind} hoort niet bij dit soort organisatie.`, {
      errors: [{ field, message: `moet een van ${SUB_KINDS_BY_KIND[kind].join(', ')} zijn` }],
    });
  }
}

function notFound(id: string) {
  return new ProblemException(OrganisationProblems.notFound, `Er is geen organisatie met id ${id}.`);
}
