import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength, NotEquals } from 'class-validator';
import { MAX_CENTS } from './cost-line.dto.js';

/** Far above any real event, and it keeps every planned product of satellites and tariffs an exact integer. */
export const MAX_SATELLITES = 10_000;

export class SetPlanDto {
  @ApiProperty({ description: 'Verwacht aantal cultuurhuizen als satelliet.', example: 12 })
  @IsInt()
  @Min(0)
  @Max(MAX_SATELLITES)
  expectedCultureHouses: number;

  @ApiProperty({ description: 'Verwacht aantal zorgcentra als satelliet.', example: 50 })
  @IsInt()
  @Min(0)
  @Max(MAX_SATELLITES)
  expectedCareCentres: number;
}

export class RecordCorrectionDto {
  @ApiProperty({
    description: 'Correctie op het eindresultaat in eurocent: negatief voor een late kost, positief voor een late inkomst.',
    example: -12000,
  })
  @IsInt()
  @NotEquals(0, { message: 'mag geen 0 zijn: een correctie verandert het resultaat' })
  @Min(-MAX_CENTS)
  @Max(MAX_CENTS)
  amountCents: number;

  @ApiProperty({ description: 'Waarom, zoals "naheffing SABAM".', example: 'Naheffing SABAM' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
