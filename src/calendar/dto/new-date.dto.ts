import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsOptional } from 'class-validator';
import { toZonedDateTime, ZONED_DATE_TIME_MESSAGE } from '../../common/http/date-input.js';
import { CreateEventDto } from '../../events/dto/event.dto.js';

/** The schedule is new; everything else is copied from the cancelled event unless given. */
export class NewDateDto extends IntersectionType(
  PickType(CreateEventDto, ['startsAt', 'endsAt', 'signOnDeadline', 'testSlotStartsAt', 'testSlotEndsAt'] as const),
  PartialType(
    PickType(CreateEventDto, [
      'seasonCode',
      'launchCentreId',
      'capacity',
      'streamUrl',
      'cultureHouseTariffCents',
      'careCentreTariffCents',
      'vatRatePercent',
    ] as const),
  ),
) {
  @ApiProperty({
    description:
      'Tot wanneer enkel de satellieten van de afgelaste voorstelling kunnen intekenen; vóór de uiterste intekendatum.',
    example: '2026-11-20T23:59:00+01:00',
  })
  @Transform(toZonedDateTime)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  priorityUntil: Date;

  @ApiPropertyOptional({
    description: 'Meteen publiceren en de vorige satellieten uitnodigen (standaard). Anders gebeurt dat bij het publiceren.',
    default: true,
  })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}
