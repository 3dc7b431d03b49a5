import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../common/http/date-input.js';

export class RegisterPaymentDto {
  @ApiProperty({ description: 'Ontvangen bedrag inclusief btw, in cent; een deelbetaling mag.', example: 10070 })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000) // inside the integer column
  amountCents: number;

  @ApiProperty({ description: 'Valutadatum op het rekeninguittreksel (JJJJ-MM-DD).', example: '2026-02-10' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ description: 'Mededeling zoals op het uittreksel.', example: '+++202/6100/04229+++' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(140)
  communication: string;

  @ApiPropertyOptional({
    description:
      'Referentie van de verrichting op het uittreksel (uniek per bankverrichting). Dezelfde referentie nog eens boeken, boekt niets bij.',
    example: 'CODA-2026-02-10-0042',
  })
  @IsOptional()
  @Matches(/^[\w./-]{1,100}$/, { message: 'mag enkel letters, cijfers en . / - _ bevatten (hoogstens 100 tekens)' })
  bankReference?: string;

  @ApiPropertyOptional({
    description: 'Zet op true om wat boven het openstaande bedrag komt als te veel betaald te boeken (om terug te storten).',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  overpayment?: boolean;
}
