import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AppliesOnlyWhen } from '../../common/http/applies-only-when.js';
import { RegisterDto, SessionView } from '../../accounts/dto/auth.dto.js';
import type { Invitation } from '../entities/invitation.entity.js';
import { InvitationStatus } from '../entities/invitation.entity.js';
import { CostSharing } from '../subscription-status.js';
import { SignOnDto } from './sign-on.dto.js';
import { SubscriptionView } from './subscription.view.js';

const splitsCost = (dto: CreateInvitationDto) => dto.costSharing === CostSharing.Split;

export class CreateInvitationDto {
  @ApiPropertyOptional({ description: 'Id van een zorgcentrum met een account. Geef dit óf een e-mailadres.' })
  @ValidateIf((dto: CreateInvitationDto) => dto.email === undefined)
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    description:
      'E-mailadres van een zorgcentrum zonder account; het krijgt een link om in één stap te registreren en te aanvaarden.',
  })
  @ValidateIf((dto: CreateInvitationDto) => dto.organisationId === undefined || dto.email !== undefined)
  @AppliesOnlyWhen((dto: CreateInvitationDto) => dto.organisationId === undefined, 'geef een organisationId óf een e-mailadres')
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  email?: string;

  @ApiProperty({
    enum: CostSharing,
    description: 'Wie betaalt het tarief van het zorgcentrum: sponsor (het cultuurhuis), satellite (het zorgcentrum) of split.',
  })
  @IsEnum(CostSharing)
  costSharing: CostSharing;

  @ApiPropertyOptional({
    description: 'Bij split: het vaste bedrag dat het zorgcentrum betaalt, eurocent excl. btw.',
    example: 2500,
  })
  @ValidateIf((dto: CreateInvitationDto) => splitsCost(dto) || dto.careCentreShareCents !== undefined)
  @AppliesOnlyWhen(splitsCost, 'enkel bij costSharing "split"')
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  careCentreShareCents?: number;

  @ApiPropertyOptional({ description: 'Persoonlijke boodschap in de uitnodiging.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class InvitationView {
  @ApiProperty({ description: 'Id.' }) id: string;
  @ApiProperty({ description: 'Voorstelling.' }) eventId: string;
  @ApiProperty({ description: 'Uitnodigend cultuurhuis.' }) inviterOrganisationId: string;
  @ApiProperty({ nullable: true, description: 'Uitgenodigd zorgcentrum (met account).' }) inviteeOrganisationId: string | null;
  @ApiProperty({ nullable: true, description: 'Uitgenodigd e-mailadres.' }) inviteeEmail: string | null;
  @ApiProperty({ enum: CostSharing, description: 'Wie betaalt.' }) costSharing: CostSharing;
  @ApiProperty({ nullable: true, description: 'Bij split: bedrag voor het zorgcentrum, eurocent excl. btw.' })
  careCentreShareCents: number | null;
  @ApiProperty({ description: 'Boodschap.' }) message: string;
  @ApiProperty({ enum: InvitationStatus, description: 'Status.' }) status: InvitationStatus;
  @ApiProperty({ nullable: true, description: 'De intekening die uit de aanvaarding volgde.' }) subscriptionId: string | null;

  static of(invitation: Invitation): InvitationView {
    return {
      id: invitation.id,
      eventId: invitation.eventId,
      inviterOrganisationId: invitation.inviterOrganisationId,
      inviteeOrganisationId: invitation.inviteeOrganisationId,
      inviteeEmail: invitation.inviteeEmail,
      costSharing: invitation.costSharing,
      careCentreShareCents: invitation.satelliteShareCents,
      message: invitation.message,
      status: invitation.status,
      subscriptionId: invitation.subscriptionId,
    };
  }
}

export class CreatedInvitationView extends InvitationView {
  @ApiProperty({ description: 'Link voor het zorgcentrum; ook per e-mail verstuurd.' }) acceptUrl: string;
}

export class AcceptWithRegistrationDto {
  @ApiProperty({ type: RegisterDto, description: 'Registratie van het zorgcentrum en zijn eerste gebruiker.' })
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterDto)
  registration: RegisterDto;

  @ApiProperty({ type: SignOnDto, description: 'Gegevens van de intekening.' })
  @IsObject()
  @ValidateNested()
  @Type(() => SignOnDto)
  signOn: SignOnDto;
}

export class AcceptedWithRegistrationView {
  @ApiProperty({ type: SessionView, description: 'De nieuwe aanmelding.' }) session: SessionView;
  @ApiProperty({ type: SubscriptionView, description: 'De intekening.' }) subscription: SubscriptionView;
}
