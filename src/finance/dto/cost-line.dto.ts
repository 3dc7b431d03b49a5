import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import {
  COST_BASES,
  COST_CATEGORIES,
  INCOME_KINDS,
  type CostBasis,
  type CostCategory,
  type IncomeKind,
} from '../finance-inputs.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** € 10 million: a typo guard, far above any real line, well inside an integer column. */
export const MAX_CENTS = 1_000_000_000;

export class CreateCostLineDto {
  @ApiProperty({ description: 'Soort kost.', enum: COST_CATEGORIES, example: 'artist_fee' })
  @IsIn(COST_CATEGORIES)
  category: CostCategory;

  @ApiProperty({ description: 'Omschrijving, zoals "SABAM" of "affiche- en ticketkit".', example: 'Gage artiesten' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;

  @ApiProperty({
    description: 'Vast per voorstelling (fixed) of per bevestigde satelliet (per_satellite).',
    enum: COST_BASES,
    example: 'fixed',
  })
  @IsIn(COST_BASES)
  basis: CostBasis;

  @ApiProperty({ description: 'Gepland bedrag in eurocent, exclusief btw.', example: 350000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  plannedCents: number;

  @ApiPropertyOptional({ description: 'Werkelijk bedrag in eurocent excl. btw, zodra gekend; null zolang niet.', nullable: true })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  actualCents?: number | null;
}

export class UpdateCostLineDto extends PartialType(CreateCostLineDto) {}

export class CreateOtherIncomeDto {
  @ApiProperty({ description: 'Soort inkomst.', enum: INCOME_KINDS, example: 'subsidy' })
  @IsIn(INCOME_KINDS)
  kind: IncomeKind;

  @ApiProperty({ description: 'Omschrijving, zoals "provinciale subsidie".', example: 'Provinciale subsidie' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;

  @ApiProperty({ description: 'Gepland bedrag in eurocent, exclusief btw.', example: 200000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  amountCents: number;

  @ApiPropertyOptional({
    description: 'Werkelijk bedrag in eurocent excl. btw, zodra toegekend of ontvangen; null zolang niet.',
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  actualCents?: number | null;
}

export class UpdateOtherIncomeDto extends PartialType(CreateOtherIncomeDto) {}
