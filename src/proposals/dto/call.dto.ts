import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, Matches } from 'class-validator';
import { toZonedDateTime, ZONED_DATE_TIME_MESSAGE } from '../../common/http/date-input.js';
import type { Call } from '../entities/call.entity.js';

export class OpenCallDto {
  @ApiProperty({ description: 'Het seizoen waarvoor voorstellen gevraagd worden.', example: '2027-2028' })
  @Matches(/^\d{4}-\d{4}$/, { message: 'moet een seizoen zijn zoals 2027-2028' })
  seasonCode: string;

  @ApiProperty({ description: 'Tot wanneer voorstellen kunnen, ISO 8601 met tijdzone.', example: '2027-03-31T23:59:00+02:00' })
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  deadline: Date;
}

/** Closing takes no fields; an empty body is the only valid one. */
export class CloseCallDto {}

export class CallView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2027-2028' }) seasonCode: string;
  @ApiProperty({ description: 'Tot wanneer voorstellen kunnen.' }) deadline: string;
  @ApiProperty() openedAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'Wanneer de beheerder de oproep afsloot.' }) closedAt: string | null;
  @ApiProperty({ description: 'Nieuwe voorstellen en wijzigingen kunnen nu: open en voor de deadline.' })
  acceptsProposals: boolean;
  @ApiProperty({ description: 'Aantal ingediende voorstellen.' }) proposalCount: number;

  static of(call: Call, proposalCount: number, now = new Date()): CallView {
    return {
      id: call.id,
      seasonCode: call.seasonCode,
      deadline: call.deadline.toISOString(),
      openedAt: call.openedAt.toISOString(),
      closedAt: call.closedAt?.toISOString() ?? null,
      acceptsProposals: acceptsProposals(call, now),
      proposalCount,
    };
  }
}

/** Proposals come in, and may change, while the call is open and its deadline has not passed. */
export function acceptsProposals(call: Pick<Call, 'closedAt' | 'deadline'>, now = new Date()): boolean {
  return call.closedAt === null && now.getTime() <= call.deadline.getTime();
}
