import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import type { Page } from '../common/http/pagination.dto.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { AccountProblems } from './accounts.errors.js';
import { UserView, type UpdateUserDto } from './dto/auth.dto.js';
import type { ListUsersQuery } from './dto/list-users.query.js';
import { removesLastActiveAdmin } from './last-admin.js';
import { Role } from './role.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(id: string): Promise<UserView> {
    const user = await this.users.findWithOrganisation(id);
    if (!user) throw new ProblemException(AccountProblems.userNotFound, `Er is geen gebruiker met id ${id}.`);
    return UserView.of(user);
  }

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const [items, total] = await this.users.list(query);
    return { items: items.map((user) => UserView.of(user)), total };
  }

  /**
   * Staff roles belong to the operator only; a care centre's user never becomes finance. The
   * change that would leave the operator without an active admin is refused.
   */
  async update(id: string, changes: UpdateUserDto): Promise<UserView> {
    const user = await this.get(id);
    const isOperator = user.organisation.kind === OrganisationKind.Operator;
    if (changes.role && (changes.role === Role.Member) === isOperator) {
      throw new ProblemException(
        CommonProblems.validation,
        isOperator ? 'Medewerkers van de operator zijn admin of finance.' : 'Gebruikers van partners zijn altijd member.',
        { errors: [{ field: 'role', message: 'past niet bij de organisatie van deze gebruiker' }] },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      if (removesLastActiveAdmin(await this.users.lockActiveAdminIds(manager), id, changes)) {
        throw new ProblemException(
          AccountProblems.lastAdmin,
          'Dit is de laatste actieve beheerder. Maak eerst een andere medewerker admin, en pas dan deze aan.',
        );
      }
      await this.users.update(manager, id, changes);
    });
    return this.get(id);
  }
}
