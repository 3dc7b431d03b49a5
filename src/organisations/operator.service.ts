import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { recordAudit } from '../common/audit/audit.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { sqlState } from '../common/errors/to-problem.js';
import type { OperatorView, UpdateOperatorDto } from './dto/operator.dto.js';
import { normaliseEnterpriseNumber } from './enterprise-number.js';
import { missingOperatorDetails, normaliseIban, normaliseVatNumber, vatNumberBelongsTo } from './operator-details.js';
import { OrganisationProblems } from './organisations.errors.js';

interface OperatorRow {
  id: string;
  name: string;
  enterpriseNumber: string;
  vatNumber: string | null;
  iban: string | null;
}

const OPERATOR_SQL = `SELECT id, name, enterprise_number AS "enterpriseNumber", vat_number AS "vatNumber", iban
                        FROM organisations WHERE kind = 'operator' ORDER BY created_at LIMIT 1`;

/**
 * The operator as seller on every invoice: its name, enterprise number, VAT number and IBAN live
 * in its organisation row, set by an admin, and invoicing reads them from there.
 */
@Injectable()
export class OperatorService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async view(): Promise<OperatorView> {
    const [operator] = await this.dataSource.query<OperatorRow[]>(OPERATOR_SQL);
    if (!operator) throw noOperator();
    return { ...operator, missing: missingOperatorDetails(operator) };
  }

  /** What invoices still lack, in Dutch; empty when they can go out. */
  async missing(): Promise<string[]> {
    const [operator] = await this.dataSource.query<OperatorRow[]>(OPERATOR_SQL);
    return missingOperatorDetails(operator);
  }

  async update(input: UpdateOperatorDto, actorUserId: string): Promise<OperatorView> {
    if (!vatNumberBelongsTo(input.vatNumber, input.enterpriseNumber)) {
      throw new ProblemException(CommonProblems.validation, 'Het btw-nummer is BE gevolgd door het ondernemingsnummer.', {
        errors: [{ field: 'vatNumber', message: 'hoort niet bij het ondernemingsnummer' }],
      });
    }
    const after = {
      name: input.name,
      enterpriseNumber: normaliseEnterpriseNumber(input.enterpriseNumber),
      vatNumber: normaliseVatNumber(input.vatNumber),
      iban: normaliseIban(input.iban),
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        const [before] = await manager.query<OperatorRow[]>(`${OPERATOR_SQL} FOR UPDATE`);
        if (!before) throw noOperator();
        await manager.query(
          'UPDATE organisations SET name = $2, enterprise_number = $3, vat_number = $4, iban = $5, updated_at = now() WHERE id = $1',
          [before.id, after.name, after.enterpriseNumber, after.vatNumber, after.iban],
        );
        await recordAudit(manager, {
          actorUserId,
          action: 'operator.updated',
          subjectType: 'organisation',
          subjectId: before.id,
          before,
          after,
        });
      });
    } catch (error) {
      if (sqlState(error) !== '23505') throw error;
      throw new ProblemException(
        OrganisationProblems.enterpriseNumberTaken,
        'Een andere organisatie heeft dit ondernemingsnummer al.',
        {
          errors: [{ field: 'enterpriseNumber', message: 'is al in gebruik door een andere organisatie' }],
        },
      );
    }
    return this.view();
  }
}

function noOperator() {
  return new ProblemException(
    OrganisationProblems.notFound,
    'Er is nog geen operator-organisatie. Maak ze aan met npm run admin:create (zie de README).',
  );
}
