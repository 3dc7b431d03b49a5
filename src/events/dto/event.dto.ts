import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { isCalendarDate, toZonedDateTime, ZONED_DATE_TIME_MESSAGE } from '../../common/http/date-input.js';
import { PaginationQuery } from '../../common/http/pagination.dto.js';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Province } from '../../organisations/organisation-kinds.js';
import type { ProgrammeEvent } from '../programme-sql.js';
import { EventStatus } from '../event-status.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateEventDto {
  @ApiProperty({ description: 'Seizoen, bv. 2026-2027.', example: '2026-2027' })
  @Matches(/^\d{4}-\d{4}$/, { message: 'moet een seizoen zijn zoals 2026-2027' })
  seasonCode: string;

  @ApiProperty({ description: 'Titel van de voorstelling.' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @ApiProperty({ type: [String], description: 'Artiesten.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  performers: string[];

  @ApiPropertyOptional({ description: 'Beschrijving voor het programma.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ description: 'Id van het lanceercentrum (een cultuurhuis).' })
  @IsUUID()
  launchCentreId: string;

  @ApiProperty({ description: 'Begin, ISO 8601 met tijdzone.', example: '2026-12-05T14:00:00+01:00' })
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  startsAt: Date;

  @ApiProperty({ description: 'Einde, ISO 8601 met tijdzone.', example: '2026-12-05T15:30:00+01:00' })
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  endsAt: Date;

  @ApiProperty({ description: 'Uiterste datum om in te tekenen, ISO 8601 met tijdzone.' })
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  signOnDeadline: Date;

  @ApiPropertyOptional({ nullable: true, description: 'Maximum aantal satellieten; leeg = onbeperkt.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'Begin van het technische testmoment.' })
  @IsOptional()
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  testSlotStartsAt?: Date | null;

  @ApiPropertyOptional({ nullable: true, description: 'Einde van het technische testmoment.' })
  @IsOptional()
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  testSlotEndsAt?: Date | null;

  @ApiPropertyOptional({ nullable: true, description: 'Streamlink; enkel zichtbaar voor bevestigde satellieten en personeel.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  streamUrl?: string | null;

  @ApiProperty({ description: 'Tarief voor een cultuurhuis, eurocent excl. btw.', example: 15000 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  cultureHouseTariffCents: number;

  @ApiProperty({ description: 'Tarief voor een zorgcentrum, eurocent excl. btw.', example: 7500 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  careCentreTariffCents: number;

  @ApiProperty({ description: 'Btw-tarief in procent (0, 6, 12 of 21).', example: 6 })
  @IsIn([0, 6, 12, 21])
  vatRatePercent: number;
}

/** The event version the admin's change was based on; a newer one in the database answers 409. */
class ExpectedVersion {
  @ApiPropertyOptional({
    description: 'De versie van de voorstelling waarop deze wijziging steunt; is ze intussen gewijzigd, dan volgt 409.',
    example: 3,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

export class UpdateEventDto extends IntersectionType(
  PartialType(OmitType(CreateEventDto, ['seasonCode'] as const)),
  ExpectedVersion,
) {}

export class CancelEventDto extends ExpectedVersion {
  @ApiProperty({
    description: 'Waarom de voorstelling niet doorgaat; satellieten krijgen dit te zien.',
    example: 'De artiest is ziek.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'moet uitleggen waarom (minstens 5 tekens)' })
  @MaxLength(1000)
  reason: string;
}

/** A filter bound: a day (midnight UTC) or a moment with its zone; a date that does not exist is refused. */
const dayOrZonedDateTime = ({ value }: { value: unknown }) =>
  isCalendarDate(value) ? new Date(`${value}T00:00:00Z`) : toZonedDateTime({ value });

export class ListEventsQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Seizoen, bv. 2023-2024.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{4}$/, { message: 'moet een seizoen zijn zoals 2023-2024' })
  season?: string;

  @ApiPropertyOptional({
    description: 'Enkel voorstellingen die op of na dit moment beginnen (YYYY-MM-DD of ISO 8601 met tijdzone).',
  })
  @IsOptional()
  @Transform(dayOrZonedDateTime)
  @IsDate({ message: 'moet een bestaande datum zijn (YYYY-MM-DD, of ISO 8601 met tijdzone)' })
  from?: Date;

  @ApiPropertyOptional({
    description: 'Enkel voorstellingen die voor dit moment beginnen (YYYY-MM-DD of ISO 8601 met tijdzone).',
  })
  @IsOptional()
  @Transform(dayOrZonedDateTime)
  @IsDate({ message: 'moet een bestaande datum zijn (YYYY-MM-DD, of ISO 8601 met tijdzone)' })
  to?: Date;

  @ApiPropertyOptional({ enum: Province, description: 'Provincie van het lanceercentrum.' })
  @IsOptional()
  @IsIn(Object.values(Province))
  province?: Province;

  @ApiPropertyOptional({ enum: EventStatus, description: 'Status; draft enkel voor admins.' })
  @IsOptional()
  @IsIn(Object.values(EventStatus))
  status?: EventStatus;
}

export class LaunchCentreView {
  @ApiProperty({ description: 'Id van het lanceercentrum.' }) id: string;
  @ApiProperty({ description: 'Naam.' }) name: string;
  @ApiProperty({ description: 'Gemeente.' }) municipality: string;
  @ApiProperty({ enum: Province, description: 'Provincie.' }) province: Province;
}

/** What anyone may read about an event. It has no stream URL, by construction. */
export class PublicEventView {
  @ApiProperty({ description: 'Id.' }) id: string;
  @ApiProperty({ description: 'Seizoen.' }) seasonCode: string;
  @ApiProperty({ description: 'Titel.' }) title: string;
  @ApiProperty({ type: [String], description: 'Artiesten.' }) performers: string[];
  @ApiProperty({ description: 'Beschrijving.' }) description: string;
  @ApiProperty({ type: LaunchCentreView, description: 'Waar de voorstelling op het podium staat.' })
  launchCentre: LaunchCentreView;
  @ApiProperty({ description: 'Begin (ISO 8601).' }) startsAt: string;
  @ApiProperty({ description: 'Einde (ISO 8601).' }) endsAt: string;
  @ApiProperty({ description: 'Uiterste inteken-moment (ISO 8601).' }) signOnDeadline: string;
  @ApiProperty({ nullable: true, description: 'Maximum aantal satellieten; null = onbeperkt.' }) capacity: number | null;
  @ApiProperty({ nullable: true, description: 'Begin van het testmoment.' }) testSlotStartsAt: string | null;
  @ApiProperty({ nullable: true, description: 'Einde van het testmoment.' }) testSlotEndsAt: string | null;
  @ApiProperty({ enum: EventStatus, description: 'Status.' }) status: EventStatus;
  @ApiProperty({ nullable: true, description: 'Reden van afgelasting.' }) cancellationReason: string | null;
  @ApiProperty({ description: 'Tarief cultuurhuis, eurocent excl. btw.' }) cultureHouseTariffCents: number;
  @ApiProperty({ description: 'Tarief zorgcentrum, eurocent excl. btw.' }) careCentreTariffCents: number;
  @ApiProperty({ description: 'Btw-tarief in procent.' }) vatRatePercent: number;

  static of(event: ProgrammeEvent): PublicEventView {
    const { municipality, province, name, id } = event.launchCentre;
    return {
      id: event.id,
      seasonCode: event.seasonCode,
      title: event.title,
      performers: event.performers,
      description: event.description,
      launchCentre: { id, name, municipality, province },
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      signOnDeadline: event.signOnDeadline.toISOString(),
      capacity: event.capacity,
      testSlotStartsAt: event.testSlotStartsAt?.toISOString() ?? null,
      testSlotEndsAt: event.testSlotEndsAt?.toISOString() ?? null,
      status: event.status,
      cancellationReason: event.cancellationReason,
      cultureHouseTariffCents: event.cultureHouseTariffCents,
      careCentreTariffCents: event.careCentreTariffCents,
      vatRatePercent: event.vatRatePercent,
    };
  }
}

/** The admin's view adds the stream URL and, for a new date, the cancelled event it replaces. */
export class AdminEventView extends PublicEventView {
  @ApiProperty({ nullable: true, description: 'Streamlink.' }) streamUrl: string | null;
  @ApiProperty({ nullable: true, description: 'De afgelaste voorstelling die deze nieuwe datum vervangt.' })
  previousEventId: string | null;
  @ApiProperty({
    nullable: true,
    description: 'Tot wanneer enkel de satellieten van de afgelaste voorstelling kunnen intekenen.',
  })
  priorityUntil: string | null;
  @ApiProperty({ description: 'Versie: stijgt bij elke wijziging; stuur ze mee bij aanpassen of afgelasten.' }) version: number;

  static ofAdmin(event: ProgrammeEvent): AdminEventView {
    return {
      ...PublicEventView.of(event),
      streamUrl: event.streamUrl,
      previousEventId: event.previousEventId,
      priorityUntil: event.priorityUntil?.toISOString() ?? null,
      version: event.version,
    };
  }
}

export class SeasonView {
  @ApiProperty({ description: 'Code, bv. 2023-2024.' }) code: string;
  @ApiProperty({ description: 'Naam.' }) name: string;
  @ApiProperty({ description: 'Eerste dag (YYYY-MM-DD).' }) startsOn: string;
  @ApiProperty({ description: 'Laatste dag (YYYY-MM-DD).' }) endsOn: string;
}
