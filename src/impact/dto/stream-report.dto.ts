import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { toZonedDateTime, ZONED_DATE_TIME_MESSAGE } from '../../common/http/date-input.js';

export const MAX_INCIDENTS_LENGTH = 4000;

/** The launch centre's notes after the stream; a field left out is stored as unknown (null) or empty. */
export class StreamReportDto {
  @ApiPropertyOptional({
    nullable: true,
    description: 'Wanneer de stream werkelijk begon, ISO 8601 met tijdzone.',
    example: '2023-09-24T14:04:00+02:00',
  })
  @IsOptional()
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  actualStart?: Date | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Wanneer de stream werkelijk eindigde, ISO 8601 met tijdzone; na het begin.',
    example: '2023-09-24T15:41:00+02:00',
  })
  @IsOptional()
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  actualEnd?: Date | null;

  @ApiPropertyOptional({
    description: 'Technische incidenten, zoals "10 minuten geen geluid na de pauze"; leeg als alles goed ging.',
    example: 'Geluid viel 2 minuten weg na de pauze.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(MAX_INCIDENTS_LENGTH)
  technicalIncidents?: string;
}

export class StreamReportView {
  @ApiProperty({ description: 'De voorstelling.' }) eventId: string;
  @ApiProperty({ description: 'Titel van de voorstelling.' }) eventTitle: string;
  @ApiProperty({ description: 'Status van de voorstelling; notities kunnen pas na de stream (streamed).' }) eventStatus: string;
  @ApiProperty({ description: 'Gepland begin (ISO 8601).' }) scheduledStart: Date;
  @ApiProperty({ description: 'Gepland einde (ISO 8601).' }) scheduledEnd: Date;
  @ApiProperty({ nullable: true, description: 'Werkelijk begin (ISO 8601), of null zolang niet ingevuld.' })
  actualStart: Date | null;
  @ApiProperty({ nullable: true, description: 'Werkelijk einde (ISO 8601), of null zolang niet ingevuld.' })
  actualEnd: Date | null;
  @ApiProperty({ description: 'Technische incidenten; leeg als er geen zijn.' }) technicalIncidents: string;
  @ApiProperty({ nullable: true, description: 'Wanneer de notities het laatst bewaard werden, of null.' })
  updatedAt: Date | null;
}
