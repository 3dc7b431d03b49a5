import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { AppliesOnlyWhen } from '../../common/http/applies-only-when.js';
import { toZonedDateTime, ZONED_DATE_TIME_MESSAGE } from '../../common/http/date-input.js';
import { DECISION_REASONS, type DecisionReason } from '../entities/principle-decision.entity.js';
import { MAX_CENTS } from './cost-line.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SetMarginDto {
  @ApiProperty({
    description: 'Goedgekeurde marge in eurocent: hoever het jaar onder nul mag eindigen, dus nul of negatief.',
    example: -800000,
  })
  @IsInt()
  @Min(-MAX_CENTS)
  @Max(0, { message: 'moet nul of negatief zijn: de marge is een toegelaten verlies' })
  approvedMarginCents: number;

  @ApiProperty({ description: 'Waar het bestuur de marge goedkeurde.', example: 'RvB 14 december 2022, punt 5' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  decisionReference: string;
}

const mentionsOther = (dto: RecordDecisionDto) => Array.isArray(dto.reasons) && dto.reasons.includes('other');

export class RecordDecisionDto {
  @ApiProperty({ description: 'Aanvaard tekort in eurocent, als positief bedrag.', example: 450000 })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  acceptedDeficitCents: number;

  @ApiProperty({ description: 'Redenen.', enum: DECISION_REASONS, isArray: true, example: ['social_relevance', 'network'] })
  @IsIn(DECISION_REASONS, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  reasons: DecisionReason[];

  @ApiPropertyOptional({ description: 'Andere reden: verplicht als "other" bij de redenen staat, anders niet toegelaten.' })
  @ValidateIf((dto: RecordDecisionDto) => mentionsOther(dto) || dto.otherReason !== undefined)
  @AppliesOnlyWhen(mentionsOther, 'enkel samen met de reden "other"')
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  otherReason?: string;

  @ApiProperty({ description: 'Wie besliste, zoals "Raad van bestuur".', example: 'Raad van bestuur' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  decidedBy: string;

  @ApiPropertyOptional({ description: 'Wanneer beslist werd; standaard nu.', example: '2023-06-20T18:00:00Z' })
  @IsOptional()
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  decidedAt?: Date;
}
