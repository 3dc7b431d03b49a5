import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
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
}
