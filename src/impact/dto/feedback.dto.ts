import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PictureAndSound } from '../picture-and-sound.js';

/** Far above any real audience, but a typo of three extra zeros is refused. */
export const MAX_VIEWERS = 10_000;
export const MAX_SCREENS = 100;
export const MAX_COMMENT_LENGTH = 2000;

export class FeedbackDto {
  @ApiProperty({ description: 'Hoeveel bewoners of bezoekers keken (een telling, geen namen).', example: 35 })
  @IsInt()
  @Min(0)
  @Max(MAX_VIEWERS)
  viewers: number;

  @ApiProperty({ description: 'Op hoeveel schermen of in hoeveel zalen de stream te zien was.', example: 2 })
  @IsInt()
  @Min(0)
  @Max(MAX_SCREENS)
  screens: number;

  @ApiProperty({
    description: 'Tevredenheid: 1 heel ontevreden, 2 ontevreden, 3 neutraal, 4 tevreden, 5 heel tevreden.',
    example: 5,
  })
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction: number;

  @ApiProperty({
    enum: PictureAndSound,
    enumName: 'PictureAndSound',
    description: 'Beeld en geluid: good (goed), hiccups (met haperingen), failed (lukte niet).',
  })
  @IsEnum(PictureAndSound)
  pictureAndSound: PictureAndSound;

  @ApiPropertyOptional({ description: 'Een opmerking, als u wilt.', example: 'De bewoners zongen mee.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string;
}

export class FeedbackAnswerView {
  @ApiProperty({ description: 'Aantal kijkers.' }) viewers: number;
  @ApiProperty({ description: 'Aantal schermen.' }) screens: number;
  @ApiProperty({ description: 'Tevredenheid van 1 tot 5.' }) satisfaction: number;
  @ApiProperty({ enum: PictureAndSound, enumName: 'PictureAndSound', description: 'Hoe beeld en geluid doorkwamen.' })
  pictureAndSound: PictureAndSound;
  @ApiProperty({ description: 'Opmerking; leeg als er geen is.' }) comment: string;
  @ApiProperty({ description: 'Wanneer het antwoord het laatst bewaard werd (ISO 8601).' }) updatedAt: Date;
}

/** What the link shows: who answers for which stream, until when, and the answer so far. */
export class FeedbackView {
  @ApiProperty({ description: 'De intekening waarvoor geantwoord wordt.' }) subscriptionId: string;
  @ApiProperty({ description: 'De satelliet.' }) organisationName: string;
  @ApiProperty({ description: 'De voorstelling.' }) eventTitle: string;
  @ApiProperty({ description: 'Begin van de voorstelling (ISO 8601).' }) eventStartsAt: Date;
  @ApiProperty({ description: 'Aantal schermen uit de intekening: de voorinvulling zolang er geen antwoord is.' })
  signedOnScreens: number;
  @ApiProperty({ description: 'Tot wanneer het antwoord nog gewijzigd kan worden (ISO 8601).' }) expiresAt: Date;
  @ApiProperty({ type: FeedbackAnswerView, nullable: true, description: 'Het bewaarde antwoord, of null.' })
  answer: FeedbackAnswerView | null;
}
